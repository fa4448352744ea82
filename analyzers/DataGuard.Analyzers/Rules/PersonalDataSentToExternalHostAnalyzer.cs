using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1005: personal data sent to a messaging or webhook API (always), or to a host outside <c>dataguard.allowed_hosts</c>
/// when an allowlist is configured.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSentToExternalHostAnalyzer : PersonalDataFlowAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.PersonalDataSentToExternalHost;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.Transmit) || profile.Sinks.HasAny(SinkKind.Messaging);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (profile.Sinks.Match(invocation.TargetMethod, SinkKind.Transmit) is not null || profile.Sinks.Match(invocation.TargetMethod, SinkKind.Messaging) is not null);

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var sinks = evaluator.Profile.Sinks;
        string? host;
        if (sinks.Match(invocation.TargetMethod, SinkKind.Messaging) is { } messaging)
        {
            host = messaging.TypeName;
        }
        else
        {
            var endpoint = TransmissionEndpoint.Of(invocation, sinks.Match(invocation.TargetMethod, SinkKind.Transmit)!, evaluator);
            host = ExternalHosts.IsMessagingApi(endpoint) || evaluator.Profile.Hosts.IsOutsideAllowList(endpoint) ? endpoint.Host : null;
        }

        if (host is null)
        {
            return;
        }

        var payload = Payload(invocation, evaluator, evaluator.Profile);
        if (payload.IsPersonal)
        {
            diagnostics.Add(Rule, invocation, payload, MaskableArgument(invocation, evaluator), host, Describe(invocation.TargetMethod));
        }
    }
}
