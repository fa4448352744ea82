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
            // The type test first: it is cheap, and most calls and assignments of a compilation touch no mail transport.
            if (ConfiguredClient(context.Operation) is not { } client || !IsTransport(client.Type, transport))
            {
                return;
            }

            var profile = DataGuardProfile.For(context.Compilation, context.Options, context.Operation.Syntax.SyntaxTree);
            if (PersonalDataOverUnencryptedChannelAnalyzer.MailChannel(Flaw(context.Operation, profile)) is not { } channel || SendsOn(client, context.Operation))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataOverUnencryptedChannel, context.Operation.Syntax.GetLocation(),
                "mail recipients", channel, client.Syntax.ToString()));
        });
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
