using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1003 where a mail transport's connection is configured apart from where mail is sent: a MailKit client handed to a
/// connection-configuration helper that connects it without TLS (<c>Connect(host, port, settings.EnableSsl)</c> with the
/// setting off by default) or gives it a certificate callback that accepts every certificate. Every mail carries its
/// recipients' addresses, so the flawed channel is reported where it is made. A method that also sends on the client is
/// left to <see cref="PersonalDataOverUnencryptedChannelAnalyzer"/>, which judges what the mail carries at the send.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MailTransportChannelAnalyzer : DiagnosticAnalyzer
{
    private const string MailTransport = "MailKit.IMailTransport";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PersonalDataOverUnencryptedChannel, Descriptors.AnalyzerInternalError);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(MailTransport) is not { } transport)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, transport), OperationKind.Invocation, OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol transport)
    {
        RuleFailure.Guard(DiagnosticIds.PersonalDataOverUnencryptedChannel, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), context.ReportDiagnostic, () =>
        {
            var profile = DataGuardProfile.For(context.Compilation, context.Options, context.Operation.Syntax.SyntaxTree);
            var (client, flaw) = Configured(context.Operation, profile);
            if (client is null || !IsTransport(client.Type, transport) || PersonalDataOverUnencryptedChannelAnalyzer.MailChannel(flaw) is not { } channel || SendsOn(client, context.Operation))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataOverUnencryptedChannel, context.Operation.Syntax.GetLocation(),
                "mail recipients", channel, client.Syntax.ToString()));
        });
    }

    /// <summary>The client a setting or call configures, and the flaw it gives it (see <see cref="ChannelSettings"/>).</summary>
    private static (IOperation? Client, ChannelFlaw Flaw) Configured(IOperation operation, DataGuardProfile profile)
        => operation switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance, Property: var property } } assignment
                => (instance, ChannelSettings.OfAssignment(property, assignment.Value, profile)),
            IInvocationOperation { Instance: { } instance } invocation => (instance, ChannelSettings.OfCall(invocation, profile)),
            _ => (null, ChannelFlaw.None),
        };

    private static bool IsTransport(ITypeSymbol? type, INamedTypeSymbol transport)
        => type is INamedTypeSymbol named && (SymbolEqualityComparer.Default.Equals(named, transport) || named.AllInterfaces.Contains(transport, SymbolEqualityComparer.Default));

    /// <summary>True when the method that configures the client also sends mail on it: the send is judged there, by its payload.</summary>
    private static bool SendsOn(IOperation client, IOperation configuring)
    {
        var root = configuring;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var symbol = Referenced(client);
        return root.Descendants().OfType<IInvocationOperation>().Any(call => call.TargetMethod.Name is "Send" or "SendAsync"
            && call.Instance is { } instance && (symbol is null || SymbolEqualityComparer.Default.Equals(Referenced(instance), symbol)));
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
}
