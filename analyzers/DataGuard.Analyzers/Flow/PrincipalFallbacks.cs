using System.Collections.Generic;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The operands of a <c>??</c> chain whose value can reach a sink. <c>a ?? b</c> is <c>b</c> only where <c>a</c> is null, so the
/// chain's data is the union of its operands — except behind a claim the program puts in its own token: in
/// <c>user.FindFirst("uid")?.Value ?? user.Identity?.Name ?? "Anonymous"</c> the name is read only for a principal without
/// the program's own id claim, one its own sign-in did not make (anonymous, whose name is null), so the same principal's
/// name and claims behind it are not counted. The id claim is one of a constant type naming no person's datum and not the
/// subject identifier (<see cref="ClaimValues.IsImpersonalType"/>); behind a personal claim, a subject identifier, another
/// principal or any other value, every operand counts.
/// </summary>
internal static class PrincipalFallbacks
{
    /// <summary>Operands of one chain looked at; the rest of a longer chain counts whole.</summary>
    private const int MaxOperands = 8;

    /// <summary>Steps through members when comparing two principal reads (<c>_accessor.HttpContext.User</c> takes three).</summary>
    private const int MaxReferenceSteps = 6;

    /// <summary>The fallback operands of <paramref name="coalesce"/> whose data counts (its first operand always does).</summary>
    public static IEnumerable<IOperation> Counted(ICoalesceOperation coalesce, PersonalNames names)
    {
        var principal = OwnIdClaimPrincipal(coalesce.Value, names);
        if (principal is null)
        {
            yield return coalesce.WhenNull;
            yield break;
        }

        var rest = coalesce.WhenNull;
        for (var operands = 0; ; operands++)
        {
            var inner = operands < MaxOperands ? OperationShapes.Unconverted(rest) as ICoalesceOperation : null;
            var operand = inner?.Value ?? rest;
            if (ClaimValues.PrincipalRead(operand, names) is not { } read || !SameReference(read, principal, 0))
            {
                yield return operand;
            }

            if (inner is null)
            {
                yield break;
            }

            rest = inner.WhenNull;
        }
    }

    /// <summary>The principal whose own id claim <paramref name="value"/> reads, or null.</summary>
    private static IOperation? OwnIdClaimPrincipal(IOperation value, PersonalNames names)
        => ClaimValues.ReadClaimType(value) is { } type && ClaimValues.IsImpersonalType(type, names) ? ClaimValues.PrincipalRead(value, names) : null;

    /// <summary>The same local, parameter, <c>this</c>, or member of the same receiver (<c>HttpContext.User</c> twice).</summary>
    private static bool SameReference(IOperation left, IOperation right, int steps)
    {
        if (steps > MaxReferenceSteps)
        {
            return false;
        }

        left = OperationShapes.Unconverted(left);
        right = OperationShapes.Unconverted(right);
        return (left, right) switch
        {
            (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
            (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
            (IInstanceReferenceOperation, IInstanceReferenceOperation) => true,
            (IMemberReferenceOperation a, IMemberReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Member, b.Member)
                && (a.Instance is null ? b.Instance is null : b.Instance is not null && SameReference(Owner(a.Instance), Owner(b.Instance), steps + 1)),
            _ => false,
        };
    }

    /// <summary>A <c>?.</c>'s instance stands for that access's receiver.</summary>
    private static IOperation Owner(IOperation instance)
        => instance is IConditionalAccessInstanceOperation && OperationShapes.ConditionalAccessOwner(instance) is { } owner ? owner.Operation : instance;
}
