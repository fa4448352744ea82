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

    private RuleSinks(ImmutableArray<PersonalDataFlowAnalyzer> rules, Dictionary<IOperation, int> rulesAt, int found)
    {
        Rules = rules;
        _rulesAt = rulesAt;
        Found = found;
    }

    /// <summary>The rules asked about, in bit order.</summary>
    public ImmutableArray<PersonalDataFlowAnalyzer> Rules { get; }

    /// <summary>Bit i set: <see cref="Rules"/>[i] has a sink or a wrapper call in the body.</summary>
    public int Found { get; }

    public bool HasAny(int rule) => (Found & (1 << rule)) != 0;

    /// <summary>True when some rule looks at <paramref name="operation"/>.</summary>
    public bool IsSink(IOperation operation) => _rulesAt.ContainsKey(operation);

    /// <summary>True when rule <paramref name="rule"/> (an index into <see cref="Rules"/>) looks at <paramref name="operation"/>.</summary>
    public bool IsSinkOf(IOperation operation, int rule) => _rulesAt.TryGetValue(operation, out var rules) && (rules & (1 << rule)) != 0;

    public static RuleSinks Find(IOperation root, ImmutableArray<PersonalDataFlowAnalyzer> rules, DataGuardProfile profile)
    {
        var rulesAt = new Dictionary<IOperation, int>();
        var found = 0;
        if (rules.IsEmpty)
        {
            return new RuleSinks(rules, rulesAt, found);
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            // The called method's summary once for all rules: which of its parameters reach which rule's sinks.
            var callee = operation is IInvocationOperation invocation ? profile.Summaries.OfWrapper(invocation.TargetMethod) : MethodSummary.Empty;
            var here = 0;
            for (var i = 0; i < rules.Length; i++)
            {
                if (rules[i].IsSinkOrWrapper(operation, callee, profile))
                {
                    here |= 1 << i;
                }
            }

            if (here != 0)
            {
                rulesAt[operation] = here;
                found |= here;
            }
        }

        return new RuleSinks(rules, rulesAt, found);
    }
}
