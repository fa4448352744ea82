using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>DG1003: personal data sent to an <c>http://</c> or <c>ftp://</c> endpoint, or through SMTP with <c>EnableSsl = false</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataOverUnencryptedChannelAnalyzer : PersonalDataFlowAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.PersonalDataOverUnencryptedChannel;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.Transmit);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation && profile.Sinks.Match(invocation.TargetMethod, SinkKind.Transmit) is not null;

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var spec = evaluator.Profile.Sinks.Match(invocation.TargetMethod, SinkKind.Transmit)!;
        string? channel = null;
        if (invocation.TargetMethod.ContainingType.Name == "SmtpClient")
        {
            if (TransmissionEndpoint.IsSmtpWithoutSsl(invocation, evaluator))
            {
                channel = "SMTP without SSL";
            }
        }
        else
        {
            var endpoint = TransmissionEndpoint.Of(invocation, spec, evaluator);
            if (endpoint.Scheme is "http" or "ftp" && !endpoint.IsLoopback)
            {
                channel = endpoint.Scheme + "://" + endpoint.Host;
            }
        }

        if (channel is null)
        {
            return;
        }

        var payload = Payload(invocation, evaluator, evaluator.Profile);
        if (payload.IsPersonal)
        {
            diagnostics.Add(Rule, invocation, payload, MaskableArgument(invocation, evaluator), channel, Describe(invocation.TargetMethod));
        }
    }
}
