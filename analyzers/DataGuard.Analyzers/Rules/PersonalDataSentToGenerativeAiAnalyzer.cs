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
    private protected override DiagnosticDescriptor Rule => Descriptors.PersonalDataSentToGenerativeAi;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.GenerativeAi);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation && profile.Sinks.Match(invocation.TargetMethod, SinkKind.GenerativeAi) is not null;

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var payload = Payload(invocation, evaluator, evaluator.Profile);
        if (payload.IsPersonal)
        {
            diagnostics.Add(Rule, invocation, payload, MaskableArgument(invocation, evaluator), Describe(invocation.TargetMethod));
        }
    }
}
