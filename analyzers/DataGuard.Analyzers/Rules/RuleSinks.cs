using System.Collections.Generic;
using System.Collections.Immutable;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// The operations of one body at which the dataflow rules look — each rule's sinks and calls of the team's wrappers of
/// them — found in one pass before the flow walk. The walk then asks a dictionary at each operation instead of asking every
/// rule again (the sink table, the wrapper summaries), which it did at every operation it visited and again at each sink.
/// </summary>
internal sealed class RuleSinks
{
    private readonly Dictionary<IOperation, int> _rulesAt;

    /// <summary>
    /// The kinds of the operations in <see cref="_rulesAt"/>, one bit per <see cref="OperationKind"/> below 128 (every kind so
    /// far) and one for the rest: the walk asks about every operation it visits, and nearly all of them are of a kind no sink
    /// has (references, literals, conversions), answered here without hashing the operation.
    /// </summary>
    private readonly ulong _kindsBelow64;
    private readonly ulong _kindsBelow128;
    private readonly bool _kindsAbove;

    private RuleSinks(ImmutableArray<PersonalDataFlowAnalyzer> rules, Dictionary<IOperation, int> rulesAt, int found)
    {
        Rules = rules;
        _rulesAt = rulesAt;
        Found = found;
        foreach (var operation in rulesAt.Keys)
        {
            var kind = (int)operation.Kind;
            if (kind < 64)
            {
                _kindsBelow64 |= 1UL << kind;
            }
            else if (kind < 128)
            {
                _kindsBelow128 |= 1UL << (kind - 64);
            }
            else
            {
                _kindsAbove = true;
            }
        }
    }

    private bool MayBeSink(IOperation operation)
    {
        var kind = (int)operation.Kind;
        return kind < 64 ? (_kindsBelow64 & (1UL << kind)) != 0
            : kind < 128 ? (_kindsBelow128 & (1UL << (kind - 64))) != 0
            : _kindsAbove;
    }

    /// <summary>The rules asked about, in bit order.</summary>
    public ImmutableArray<PersonalDataFlowAnalyzer> Rules { get; }

    /// <summary>Bit i set: <see cref="Rules"/>[i] has a sink or a wrapper call in the body.</summary>
    public int Found { get; }

    public bool HasAny(int rule) => (Found & (1 << rule)) != 0;

    /// <summary>True when some rule looks at <paramref name="operation"/>.</summary>
    public bool IsSink(IOperation operation) => MayBeSink(operation) && _rulesAt.ContainsKey(operation);

    /// <summary>True when rule <paramref name="rule"/> (an index into <see cref="Rules"/>) looks at <paramref name="operation"/>.</summary>
    public bool IsSinkOf(IOperation operation, int rule) => MayBeSink(operation) && _rulesAt.TryGetValue(operation, out var rules) && (rules & (1 << rule)) != 0;

    /// <summary>
    /// Finds the sinks of <paramref name="rules"/> in <paramref name="root"/>. Calls of possible wrappers need the called
    /// method's summary (a walk of its body); they are looked up only when <paramref name="wrappersNeeded"/> (null: always)
    /// says the body can report at all, so a method that reads nothing personal never makes its callees be walked.
    /// </summary>
    public static RuleSinks Find(IOperation root, ImmutableArray<PersonalDataFlowAnalyzer> rules, DataGuardProfile profile, System.Func<bool>? wrappersNeeded = null)
    {
        var rulesAt = new Dictionary<IOperation, int>();
        var found = 0;
        if (rules.IsEmpty)
        {
            return new RuleSinks(rules, rulesAt, found);
        }

        List<IInvocationOperation>? calls = null;
        foreach (var operation in root.DescendantsAndSelf())
        {
            var here = 0;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].IsSink(operation, profile))
                {
                    here |= 1 << i;
                }
            }

            if (here != 0)
            {
                rulesAt[operation] = here;
                found |= here;
            }

            if (operation is IInvocationOperation invocation && profile.Summaries.MayWrap(invocation.TargetMethod))
            {
                (calls ??= new List<IInvocationOperation>()).Add(invocation);
            }
        }

        // A call whose callee cannot reach a sink (a scan, kept per method) adds nothing; without such calls, a body with no
        // sink of its own is done before the dearer question whether it reads anything personal (it walks its callees).
        calls?.RemoveAll(call => !profile.Summaries.MayWrapSink(call.TargetMethod));
        if (calls is { Count: 0 })
        {
            calls = null;
        }

        if (calls is not null && (wrappersNeeded is null || wrappersNeeded()))
        {
            found |= AddWrapperCalls(calls, rules, profile, rulesAt);
        }

        return new RuleSinks(rules, rulesAt, found);
    }

    /// <summary>The called method's summary once for all rules: which of its parameters reach which rule's sinks.</summary>
    private static int AddWrapperCalls(List<IInvocationOperation> calls, ImmutableArray<PersonalDataFlowAnalyzer> rules, DataGuardProfile profile,
        Dictionary<IOperation, int> rulesAt)
    {
        var found = 0;
        foreach (var invocation in calls)
        {
            var callee = profile.Summaries.OfWrapper(invocation.TargetMethod);
            var here = 0;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].IsWrapperCall(callee))
                {
                    here |= 1 << i;
                }
            }

            if (here != 0)
            {
                rulesAt[invocation] = rulesAt.TryGetValue(invocation, out var known) ? known | here : here;
                found |= here;
            }
        }

        return found;
    }
}
