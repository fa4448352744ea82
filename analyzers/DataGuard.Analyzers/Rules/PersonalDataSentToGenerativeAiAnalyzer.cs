using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1004: personal data sent to a generative-AI service (OpenAI / Azure.AI.OpenAI chat, responses, embeddings, assistants;
/// Microsoft.Extensions.AI; Semantic Kernel). Every AI endpoint counts; there is no allowlist.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSentToGenerativeAiAnalyzer : PersonalDataFlowAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataSentToGenerativeAiAnalyzer()
        : base(Descriptors.PersonalDataSentToGenerativeAi)
    {
    }

    private protected override bool SendsArgumentsWhole => true;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.GenerativeAi) || profile.Sinks.HasAny(SinkKind.Transmit);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (profile.Sinks.Match(invocation, SinkKind.GenerativeAi) is not null || profile.Sinks.Match(invocation, SinkKind.Transmit) is not null);

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var sinks = evaluator.Profile.Sinks;
        if (sinks.Match(invocation, SinkKind.GenerativeAi) is null
            && !TransmissionEndpoint.Of(invocation, sinks.Match(invocation, SinkKind.Transmit)!, evaluator).Any(evaluator.Profile.Hosts.IsAiHost))
        {
            // A plain HTTP call counts only when it goes to an AI API (api.openai.com, *.openai.azure.com, ..., dataguard.ai_hosts).
            return;
        }

        ReportPersonalPayload(invocation, evaluator, diagnostics, Describe(invocation.TargetMethod));
    }
}
