using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// The findings of every dataflow rule (DG1001–DG1006) for one method body. The method is walked once for all rules —
/// whichever rule's callback arrives first does the work and the others read its result — instead of once per rule.
/// </summary>
internal sealed class MethodFlowFindings
{
    private static readonly IReadOnlyList<Diagnostic> None = System.Array.Empty<Diagnostic>();

    /// <summary>One instance of each dataflow rule; they hold no state, so the shared walk can ask them for their sinks.</summary>
    private static readonly PersonalDataFlowAnalyzer[] FlowRules =
    {
        new PersonalDataLoggedAnalyzer(),
        new PersonalDataInUrlAnalyzer(),
        new PersonalDataOverUnencryptedChannelAnalyzer(),
        new PersonalDataSentToGenerativeAiAnalyzer(),
        new PersonalDataSentToExternalHostAnalyzer(),
        new PersonalDataInExceptionMessageAnalyzer(),
    };

    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _byRule;

    private MethodFlowFindings(Dictionary<string, IReadOnlyList<Diagnostic>> byRule)
    {
        _byRule = byRule;
    }

    /// <summary>The diagnostics of rule <paramref name="ruleId"/> in this method.</summary>
    public IReadOnlyList<Diagnostic> For(string ruleId) => _byRule.TryGetValue(ruleId, out var diagnostics) ? diagnostics : None;

    /// <summary>Walks <paramref name="root"/> once, inspecting the sinks of every rule that has one in it.</summary>
    public static MethodFlowFindings Compute(IOperation root, DataGuardProfile profile)
    {
        var byRule = new Dictionary<string, IReadOnlyList<Diagnostic>>();
        var enabled = FlowRules.Where(rule => rule.IsEnabledFor(profile)).ToList();
        if (enabled.Count == 0)
        {
            return new MethodFlowFindings(byRule);
        }

        // Only the rules with a sink (or a call to a wrapper of one of their sinks) in this method take part in the walk.
        // Sinks are looked up per called method and cached, so this comes before the dearer question whether the
        // method reads anything personal: most methods have no sink at all.
        var active = new List<PersonalDataFlowAnalyzer>();
        foreach (var operation in root.DescendantsAndSelf())
        {
            for (var i = enabled.Count - 1; i >= 0; i--)
            {
                if (enabled[i].IsSinkOrWrapper(operation, profile))
                {
                    active.Add(enabled[i]);
                    enabled.RemoveAt(i);
                }
            }

            if (enabled.Count == 0)
            {
                break;
            }
        }

        if (active.Count == 0 || !profile.TouchesPersonalData(root))
        {
            return new MethodFlowFindings(byRule);
        }

        var collectors = active.Select(_ => new DiagnosticCollector()).ToArray();
        var failed = new bool[active.Count];

        // A rule that throws reports DG0001 for this method and drops out; the other rules go on. The enclosing symbol is
        // looked up only then: asking the semantic model at every sink cost more than the inspection.
        void Guarded(int i, IOperation at, System.Action inspect)
        {
            if (!failed[i])
            {
                failed[i] = !RuleFailure.GuardFindingSymbol(active[i].Id, () => EnclosingSymbol(at), at.Syntax.GetLocation(), collectors[i].AddFailure, inspect);
            }
        }

        var walker = new FlowWalker(
            profile,
            op => active.Any(rule => rule.IsSinkOrWrapper(op, profile)),
            (op, evaluator) =>
            {
                for (var i = 0; i < active.Count; i++)
                {
                    var rule = active[i];
                    var collector = collectors[i];
                    Guarded(i, op, () =>
                    {
                        if (rule.IsSinkOrWrapper(op, profile))
                        {
                            rule.InspectSinkOrWrapper(op, evaluator, collector);
                        }
                    });
                }
            },
            summarized: null);

        // The walk itself is shared: when it throws, every rule that took part reports the failure in its own name.
        var walked = true;
        try
        {
            walker.Run(root);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            walked = false;
            for (var i = 0; i < active.Count; i++)
            {
                collectors[i].Clear();
                collectors[i].AddFailure(RuleFailure.Diagnostic(active[i].Id, EnclosingSymbol(root), root.Syntax.GetLocation(), exception));
                failed[i] = true;
            }
        }

        if (walked && walker.Exhausted)
        {
            // Too big to follow: judge each sink by its direct arguments only, never hang the build.
            var direct = new TaintEvaluator(profile, state: null);
            for (var i = 0; i < active.Count; i++)
            {
                if (!failed[i])
                {
                    var rule = active[i];
                    var collector = collectors[i];
                    collector.Clear();
                    Guarded(i, root, () => rule.InspectDirect(root, direct, collector));
                }
            }
        }

        for (var i = 0; i < active.Count; i++)
        {
            byRule[active[i].Id] = collectors[i].Diagnostics.ToList();
        }

        return new MethodFlowFindings(byRule);
    }

    /// <summary>The method, property or field whose code the operation is part of, for an internal-error message.</summary>
    private static ISymbol? EnclosingSymbol(IOperation operation)
        => operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
}
