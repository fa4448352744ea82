using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Code that runs only in a development environment: the true branch of <c>if (env.IsDevelopment())</c> (the hosting
/// abstractions' extension, on any environment object) or of <c>env.IsEnvironment("Development")</c>. Reported by
/// default — the branch ships in the same binary and runs wherever the environment name says Development — and left out
/// when the team sets <c>dataguard.ignore_development_only</c>.
/// </summary>
internal static class DevelopmentBranches
{
    /// <summary>True when <paramref name="operation"/> sits in the true branch of a development-environment test.</summary>
    public static bool Encloses(IOperation operation)
    {
        for (IOperation? child = operation, parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation choice && child == choice.WhenTrue && TestsDevelopment(choice.Condition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TestsDevelopment(IOperation condition)
        => OperationShapes.Unconverted(condition) switch
        {
            IInvocationOperation { TargetMethod.Name: "IsDevelopment" } => true,
            IInvocationOperation { TargetMethod.Name: "IsEnvironment" } call
                => call.Arguments.Length > 0 && call.Arguments[call.Arguments.Length - 1].Value.ConstantValue is { HasValue: true, Value: "Development" },
            IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both => TestsDevelopment(both.LeftOperand) || TestsDevelopment(both.RightOperand),
            _ => false,
        };
}
