using System.Collections.Generic;
using System.Collections.Immutable;
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

    /// <summary>The findings of a body no rule can report in — most bodies: one instance, as every body's findings are kept.</summary>
    private static readonly MethodFlowFindings Nothing = new(new Dictionary<string, IReadOnlyList<Diagnostic>>());

    /// <summary>One instance of each dataflow rule; they hold no state, so the shared walk can ask them for their sinks.</summary>
    internal static readonly PersonalDataFlowAnalyzer[] AllFlowRules =
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

    /// <summary>
    /// Walks <paramref name="root"/>, the body of <paramref name="owner"/>, once, inspecting the sinks of every rule that has
    /// one in it. The sinks are found first (cached per called method), before the dearer question whether the method reads
    /// anything personal: most methods have no sink at all. Calls of the team's own methods are summarised as possible
    /// wrappers only after that question. Whether the method's code ever runs (<see cref="DataGuardProfile.FlowNeverRuns"/>,
    /// which binds the calls of its name across the compilation, and its callers' up the chain) is asked last, of the few
    /// methods left with a sink.
    /// </summary>
    public static MethodFlowFindings Compute(IOperation root, ISymbol owner, DataGuardProfile profile)
    {
        bool? touches = null;
        bool Touches() => touches ??= profile.TouchesPersonalData(root);
        var sinks = RuleSinks.Find(root, profile.FlowRules, profile, Touches);
        if (sinks.Found == 0 || !Touches() || profile.FlowNeverRuns(owner))
        {
            return Nothing;
        }

        var byRule = new Dictionary<string, IReadOnlyList<Diagnostic>>();
        var walk = new SharedWalk(sinks, profile);
        walk.Run(root);
        for (var i = 0; i < sinks.Rules.Length; i++)
        {
            if (sinks.HasAny(i))
            {
                byRule[sinks.Rules[i].Id] = walk.Collectors[i].Diagnostics.ToList();
            }
        }

        return new MethodFlowFindings(byRule);
    }

    /// <summary>One flow walk of a method on behalf of several rules, each collecting its own diagnostics.</summary>
    private sealed class SharedWalk
    {
        private readonly RuleSinks _sinks;
        private readonly ImmutableArray<PersonalDataFlowAnalyzer> _rules;
        private readonly DataGuardProfile _profile;
        private readonly bool[] _failed;

        /// <summary>Takes part for the rules with a sink in the method; the others count as failed, so they are never asked.</summary>
        public SharedWalk(RuleSinks sinks, DataGuardProfile profile)
        {
            _sinks = sinks;
            _rules = sinks.Rules;
            _profile = profile;
            _failed = _rules.Select((_, i) => !sinks.HasAny(i)).ToArray();
            Collectors = _rules.Select(_ => new DiagnosticCollector()).ToArray();
        }

        public DiagnosticCollector[] Collectors { get; }

        public void Run(IOperation root)
        {
            var walker = new FlowWalker(_profile, _sinks.IsSink, InspectAll, summarized: null);
            try
            {
                walker.Run(root);
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // The walk itself is shared: when it throws, every rule that took part reports the failure in its own name.
                for (var i = 0; i < _rules.Length; i++)
                {
                    if (!_sinks.HasAny(i))
                    {
                        continue;
                    }

                    Collectors[i].Clear();
                    Collectors[i].AddFailure(RuleFailure.Diagnostic(_rules[i].Id, EnclosingSymbol(root), root.Syntax.GetLocation(), exception));
                    _failed[i] = true;
                }

                return;
            }

            if (walker.Exhausted)
            {
                InspectDirectly(root);
            }
        }

        private void InspectAll(IOperation operation, TaintEvaluator evaluator)
        {
            using var judging = TransmissionEndpoint.JudgeAt(operation, evaluator);
            for (var i = 0; i < _rules.Length; i++)
            {
                if (_sinks.IsSinkOf(operation, i))
                {
                    var rule = _rules[i];
                    var collector = Collectors[i];
                    Guarded(i, operation, () => rule.InspectSinkOrWrapper(operation, evaluator, collector));
                }
            }
        }

        /// <summary>Too big to follow: judge each sink by its direct arguments only, never hang the build.</summary>
        private void InspectDirectly(IOperation root)
        {
            var direct = new TaintEvaluator(_profile, state: null);
            for (var i = 0; i < _rules.Length; i++)
            {
                if (!_failed[i])
                {
                    var rule = _rules[i];
                    var collector = Collectors[i];
                    collector.Clear();
                    Guarded(i, root, () => rule.InspectDirect(root, direct, collector));
                }
            }
        }

        /// <summary>
        /// A rule that throws reports DG0001 for this method and drops out; the other rules go on. The enclosing symbol is
        /// looked up only then: asking the semantic model at every sink cost more than the inspection.
        /// </summary>
        private void Guarded(int i, IOperation at, System.Action inspect)
        {
            if (!_failed[i])
            {
                _failed[i] = !RuleFailure.GuardFindingSymbol(_rules[i].Id, () => EnclosingSymbol(at), at.Syntax.GetLocation(), Collectors[i].AddFailure, inspect);
            }
        }
    }

    /// <summary>The method, property or field whose code the operation is part of, for an internal-error message.</summary>
    private static ISymbol? EnclosingSymbol(IOperation operation)
        => operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
}
