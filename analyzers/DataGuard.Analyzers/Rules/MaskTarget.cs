using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// Code-fix targeting: the expression a fix should wrap in <c>Masking.Mask</c>. Kept apart from the taint engine, which only
/// answers what data an expression carries.
/// </summary>
internal static class MaskTarget
{
    /// <summary>The first string reference or call inside <paramref name="operation"/> that carries personal data.</summary>
    public static IOperation? Find(IOperation operation, TaintEvaluator evaluator)
    {
        foreach (var candidate in operation.DescendantsAndSelf())
        {
            if (candidate.Type?.SpecialType != SpecialType.System_String || candidate.Syntax is null)
            {
                continue;
            }

            var isLeaf = candidate is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation
                || candidate is IInvocationOperation { TargetMethod.ContainingType.SpecialType: not SpecialType.System_String } invocation
                    && invocation.TargetMethod.Name != "ToString" && invocation.TargetMethod.Name != "Format";
            if (isLeaf && evaluator.Evaluate(candidate).IsPersonal)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The first argument of a call whose data is personal.</summary>
    public static IOperation? InArguments(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Find(argument.Value, evaluator) is { } maskable)
            {
                return maskable;
            }
        }

        return null;
    }
}
