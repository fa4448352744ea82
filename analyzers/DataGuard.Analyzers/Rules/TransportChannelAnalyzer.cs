using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1003 where a transport's connection is configured apart from where data is sent: a MailKit client handed to a
/// connection-configuration helper that connects it without TLS (<c>Connect(host, port, settings.EnableSsl)</c> with the
/// setting off by default) or gives it a certificate callback that accepts every certificate, and an HTTP message handler
/// (<c>HttpClientHandler</c>, <c>SocketsHttpHandler</c>'s <c>SslOptions</c>) given such a callback — the primary handler of a
/// client registered for dependency injection, or one handed to <c>new HttpClient(handler)</c>. Every mail carries its
/// recipients' addresses and every request of the client what the program sends, so the flawed channel is reported where it
/// is made. A method that also sends on the client is left to <see cref="PersonalDataOverUnencryptedChannelAnalyzer"/>,
/// which judges what is sent at the send.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TransportChannelAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The transports, as rows: the type whose settings are configured, what every use of it carries, and how it sends.</summary>
    private static readonly ImmutableArray<Transport> Transports = ImmutableArray.Create(
        new Transport("MailKit.IMailTransport", "mail recipients", "MailKit.IMailTransport"),
        new Transport("System.Net.Http.HttpMessageHandler", "the client's requests", "System.Net.Http.HttpMessageInvoker"),
        new Transport("System.Net.Security.SslClientAuthenticationOptions", "the client's requests", "System.Net.Http.HttpMessageInvoker"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PersonalDataOverUnencryptedChannel, Descriptors.AnalyzerInternalError);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var present = Transports.Select(t => t.Resolve(start.Compilation)).Where(t => t.Type is not null && t.Sender is not null).ToImmutableArray();
            if (!present.IsEmpty)
            {
                var byType = new TransportsByType(present);
                start.RegisterOperationAction(c => Analyze(c, byType), OperationKind.Invocation, OperationKind.SimpleAssignment);
            }
        });
    }

    /// <summary>
    /// <see cref="RuleFailure.Guard"/> written out: this runs for every call and property assignment of the compilation, and
    /// the guard's delegates over the context and the operation's location, made before the type test, cost more than the
    /// test (4–10 % of DataGuard's CPU samples on two 4k-line APIs).
    /// </summary>
    private static void Analyze(OperationAnalysisContext context, TransportsByType transports)
    {
        try
        {
            // The type test first: it is cheap, and most calls and assignments of a compilation touch no transport.
            if (ConfiguredClient(context.Operation) is { } client && transports.Of(client.Type) is { } transport)
            {
                AnalyzeConfiguring(context, client, transport);
            }
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            context.ReportDiagnostic(RuleFailure.Diagnostic(DiagnosticIds.PersonalDataOverUnencryptedChannel, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), exception));
        }
    }

    private static void AnalyzeConfiguring(OperationAnalysisContext context, IOperation client, Transport transport)
    {
        var profile = DataGuardProfile.For(context.Compilation, context.Options, context.Operation.Syntax.SyntaxTree);
        if (PersonalDataOverUnencryptedChannelAnalyzer.MailChannel(Flaw(context.Operation, profile)) is not { } channel
            || SendsOn(client, context.Operation, transport.Sender!)
            || profile.Options.IgnoreDevelopmentOnly && DevelopmentBranches.Encloses(context.Operation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataOverUnencryptedChannel, context.Operation.Syntax.GetLocation(),
            transport.Carries, channel, client.Syntax.ToString()));
    }

    /// <summary>The client a property assignment or an instance call configures.</summary>
    private static IOperation? ConfiguredClient(IOperation operation)
        => operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } } => instance,
            IInvocationOperation { Instance: { } instance } => instance,
            _ => null,
        };

    /// <summary>The flaw a setting or call gives its client (see <see cref="ChannelSettings"/>).</summary>
    private static ChannelFlaw Flaw(IOperation operation, DataGuardProfile profile)
        => operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                => ChannelSettings.OfAssignment(property, assignment.Value, profile),
            IInvocationOperation invocation => ChannelSettings.OfCall(invocation, profile),
            _ => ChannelFlaw.None,
        };

    private static bool Inherits(ITypeSymbol? type, INamedTypeSymbol baseOrInterface)
        => type is INamedTypeSymbol named
           && (Sources.BaseTypes.Any(named, t => SymbolEqualityComparer.Default.Equals(t, baseOrInterface)) || named.AllInterfaces.Contains(baseOrInterface, SymbolEqualityComparer.Default));

    /// <summary>
    /// True when the method that configures the client also sends on it (a mail client's <c>Send</c>, any call of an HTTP
    /// client built in the method): the send is judged there, by its payload.
    /// </summary>
    private static bool SendsOn(IOperation client, IOperation configuring, INamedTypeSymbol sender)
    {
        var root = configuring;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var symbol = Referenced(client);
        var mail = Inherits(client.Type, sender);
        return root.Descendants().OfType<IInvocationOperation>().Any(call => call.Instance is { } instance && (mail
            ? call.TargetMethod.Name is "Send" or "SendAsync" && (symbol is null || SymbolEqualityComparer.Default.Equals(Referenced(instance), symbol))
            : Inherits(instance.Type, sender) && SinkTable.TransmitVerbs.Any(v => call.TargetMethod.Name.StartsWith(v, System.StringComparison.Ordinal))));
    }

    private static ISymbol? Referenced(IOperation operation)
        => OperationShapes.Unconverted(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

    /// <summary>
    /// The transport a client's type is, per type of the compilation: the calls of one compilation are made on a few hundred
    /// types, so each type's base chain and interfaces are searched once, not at every call.
    /// </summary>
    private sealed class TransportsByType
    {
        private readonly ImmutableArray<Transport> _transports;
        private readonly ConcurrentDictionary<ITypeSymbol, Transport?> _byType = new(SymbolEqualityComparer.Default);
        private readonly System.Func<ITypeSymbol, Transport?> _find;

        public TransportsByType(ImmutableArray<Transport> transports)
        {
            _transports = transports;
            _find = type => _transports.FirstOrDefault(t => Inherits(type, t.Type!));
        }

        public Transport? Of(ITypeSymbol? type) => type is INamedTypeSymbol ? _byType.GetOrAdd(type, _find) : null;
    }

    /// <summary>One transport row; <see cref="Resolve"/> gives the compilation's symbols of its names.</summary>
    private sealed class Transport
    {
        private readonly string _configured;
        private readonly string _sender;
        public readonly string Carries;
        public readonly INamedTypeSymbol? Type;
        public readonly INamedTypeSymbol? Sender;

        public Transport(string configured, string carries, string sender, INamedTypeSymbol? type = null, INamedTypeSymbol? senderType = null)
        {
            _configured = configured;
            _sender = sender;
            Carries = carries;
            Type = type;
            Sender = senderType;
        }

        public Transport Resolve(Compilation compilation)
            => new(_configured, Carries, _sender, compilation.GetTypeByMetadataName(_configured), compilation.GetTypeByMetadataName(_sender));
    }
}
