using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

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

    /// <summary>
    /// A helper's returns read in order (<c>GetUserId(user)</c>): a return that hands back the program's own id claim of a
    /// principal when it is there (<c>if (!string.IsNullOrEmpty(userId)) return userId;</c>) leaves the later returns to a
    /// principal without it, as <c>??</c> does; the spans of that principal's name and claim reads in <paramref name="body"/>
    /// are returned, so a later return's data read there is not counted. Null for any other return.
    /// </summary>
    public static ISet<TextSpan>? ReadsAfterOwnIdReturn(IReturnOperation returned, IOperation body, PersonalNames names)
    {
        if (returned.ReturnedValue is not { } value || OwnIdClaimGiven(value, names) is not { } principal || !GuardedBy(returned, value))
        {
            return null;
        }

        var reads = new HashSet<TextSpan>();
        foreach (var operation in body.Descendants())
        {
            if (ClaimValues.PrincipalRead(operation, names) is { } read && SameReference(read, principal, 0))
            {
                reads.Add(operation.Syntax.Span);
            }
        }

        return reads;
    }

    /// <summary>The principal whose own id claim the value reads, directly or through a local holding only that read.</summary>
    private static IOperation? OwnIdClaimGiven(IOperation value, PersonalNames names)
    {
        if (OperationShapes.Unconverted(value) is not ILocalReferenceOperation local)
        {
            return OwnIdClaimPrincipal(value, names);
        }

        IOperation? principal = null;
        foreach (var assigned in StoredValues.Assigned(local.Local, local))
        {
            if (OwnIdClaimPrincipal(assigned, names) is not { } read || principal is not null && !SameReference(read, principal, 0))
            {
                return null;
            }

            principal = read;
        }

        return principal;
    }

    /// <summary>
    /// The return runs whenever the claim is there: unconditionally (what follows never runs), or as the true branch of an
    /// <c>if</c> whose condition tests the returned local or reads the same claim. Inside an <c>else</c>, a loop or a switch
    /// it says nothing about the returns after it.
    /// </summary>
    private static bool GuardedBy(IReturnOperation returned, IOperation value)
    {
        for (var (child, current) = ((IOperation)returned, returned.Parent); current is not null; (child, current) = (current, current.Parent))
        {
            switch (current)
            {
                case IConditionalOperation conditional:
                    return conditional.WhenTrue == child && TestsClaim(conditional.Condition, value);
                case ILoopOperation or ISwitchOperation or ISwitchCaseOperation:
                    return false;
                case IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation:
                    return true;
            }
        }

        return true;
    }

    /// <summary>The condition tests the returned local, or reads the same claim type as the returned value.</summary>
    private static bool TestsClaim(IOperation condition, IOperation value)
    {
        var local = (OperationShapes.Unconverted(value) as ILocalReferenceOperation)?.Local;
        return condition.DescendantsAndSelf().Any(o => local is not null
            ? o is ILocalReferenceOperation tested && SymbolEqualityComparer.Default.Equals(tested.Local, local)
            : ClaimValues.ReadClaimType(o) is { } type && type == ClaimValues.ReadClaimType(value));
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
