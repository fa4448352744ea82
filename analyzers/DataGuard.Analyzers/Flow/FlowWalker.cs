using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.WalkShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Walks a method's operations in execution order, keeping a <see cref="FlowState"/> of what each local holds: assignments
/// replace, branches merge, loops run twice. At every operation the caller cares about it calls back with an evaluator that
/// sees the state at that point. The walk counts the operations it visits and stops past the budget.
/// </summary>
internal sealed class FlowWalker
{
    /// <summary>Operations visited per method before the walk gives up and the caller degrades to the direct-argument check.</summary>
    public const int DefaultBudget = 20_000;

    private readonly Func<IOperation, bool> _isCandidate;
    private readonly Action<IOperation, TaintEvaluator> _inspect;
    private readonly TaintEvaluator _evaluator;
    private readonly DataGuardProfile _profile;
    private readonly int _budget;
    private readonly AssignmentEffects _assignments;
    private readonly CallEffects _calls;
    private readonly BranchVisits _branches;
    private FlowState _state = new();
    private int _visited;
    private Taint? _lambdaArgument;

    public FlowWalker(DataGuardProfile profile, Func<IOperation, bool> isCandidate, Action<IOperation, TaintEvaluator> inspect,
        IMethodSymbol? summarized, int budget = DefaultBudget)
    {
        _isCandidate = isCandidate;
        _inspect = inspect;
        _budget = budget;
        _profile = profile;
        _evaluator = new TaintEvaluator(profile, _state, summarized);
        var contents = new ObjectContents(this);
        _assignments = new AssignmentEffects(this, contents);
        _calls = new CallEffects(this, contents);
        _branches = new BranchVisits(this);
    }

    /// <summary>True when the budget ran out; results are then incomplete and must not be used.</summary>
    public bool Exhausted { get; private set; }

    public FlowState State => _state;

    internal TaintEvaluator Evaluator => _evaluator;

    internal DataGuardProfile Profile => _profile;

    public void Run(IOperation root)
    {
        _evaluator.PersonalRecords = KeyedRecords.In(root, _profile.Classifier);
        _evaluator.OrganisationValues = OrganisationKeys.In(root, _profile.Classifier);
        _evaluator.InSeedCode = Owner(root) is { } method && Audit.StartupSeeding.IsSeedCode(method, _profile.Compilation);
        Visit(root);
    }

    /// <summary>The method whose body <paramref name="root"/> is; the top-level statements' root is the whole file.</summary>
    private IMethodSymbol? Owner(IOperation root)
        => root.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax
            ? _profile.Compilation.GetEntryPoint(System.Threading.CancellationToken.None)
            : root.SemanticModel?.GetEnclosingSymbol(root.Syntax.SpanStart) as IMethodSymbol;

    internal void SetState(FlowState state)
    {
        _state = state;
        _evaluator.State = state;
    }

    internal void Visit(IOperation? operation)
    {
        if (operation is null || Exhausted)
        {
            return;
        }

        // Too many operations, or nested deeper than the bound: the caller falls back to the direct-argument check.
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        if (++_visited > _budget || !walk.Entered)
        {
            Exhausted = true;
            return;
        }

        VisitOperation(operation);
        if (_isCandidate(operation))
        {
            _inspect(operation, _evaluator);
        }
    }

    /// <summary>Visits one operation in execution order, updating the state with what it assigns.</summary>
    private void VisitOperation(IOperation operation)
    {
        if (!VisitAssignment(operation))
        {
            VisitOther(operation);
        }
    }

    /// <summary>The first half of the dispatch: declarations and assignments, which walk the value and then store it.</summary>
    private bool VisitAssignment(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                VisitDeclarator(declarator);
                return true;
            case ISimpleAssignmentOperation assignment:
                Visit(assignment.Value);
                VisitChildren(assignment.Target);
                _assignments.Assign(assignment.Target, assignment.Value);
                return true;
            case ICompoundAssignmentOperation compound:
                Visit(compound.Value);
                _assignments.AddToRoot(compound.Target, _evaluator.Stringify(_evaluator.Evaluate(compound.Value)));
                _assignments.AddChannelSetting(compound);
                return true;
            case ICoalesceAssignmentOperation coalesce:
                Visit(coalesce.Value);
                _assignments.AddToRoot(coalesce.Target, _evaluator.Evaluate(coalesce.Value));
                return true;
            case IDeconstructionAssignmentOperation deconstruction:
                Visit(deconstruction.Value);
                _assignments.Deconstruct(deconstruction.Target, deconstruction.Value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The second half of the dispatch: branches, loops, nested functions and calls; anything else walks its children.</summary>
    private void VisitOther(IOperation operation)
    {
        switch (operation)
        {
            case IConditionalOperation conditional:
                _branches.Conditional(conditional);
                break;
            case IPropertySubpatternOperation { Pattern: IDeclarationPatternOperation { DeclaredSymbol: { } declared } } subpattern:
                // x is Person { FamilyName: var family }: the local receives the member's value.
                VisitChildren(subpattern);
                _state.SetTaint(declared, _evaluator.Evaluate(subpattern.Member));
                break;
            case IDeclarationPatternOperation { DeclaredSymbol: { } typed } typePattern when TestedValue(typePattern) is { } tested:
                // x is DateTime dt, case string s:, x switch { Person p => … }: the local is the tested value itself.
                VisitChildren(typePattern);
                _state.SetTaint(typed, _evaluator.Evaluate(tested));
                break;
            case IRecursivePatternOperation { DeclaredSymbol: { } named } recursive when TestedValue(recursive) is { } whole:
                // x is Person { } p: the local is the tested value; its subpatterns' locals take their members.
                VisitChildren(recursive);
                _state.SetTaint(named, _evaluator.Evaluate(whole));
                break;
            case ILoopOperation loop:
                _branches.Loop(loop);
                break;
            case ISwitchOperation @switch:
                _branches.Switch(@switch);
                break;
            case ITryOperation @try:
                _branches.Try(@try);
                break;
            case IAnonymousFunctionOperation lambda:
                VisitNested(lambda.Symbol, lambda.Body, madeUp: Sources.GeneratedData.IsGeneratorCallback(lambda));
                break;
            case ILocalFunctionOperation local:
                VisitNested(local.Symbol, local.Body ?? local.IgnoredBody);
                break;
            case IInvocationOperation invocation:
                VisitInvocation(invocation);
                break;
            default:
                VisitChildren(operation);
                break;
        }
    }

    /// <summary>
    /// The value a top-level pattern tests: the operand of <c>is</c>, of a switch expression or of a switch statement; through
    /// <c>not</c>/<c>and</c>/<c>or</c> and parentheses. A pattern nested in a property subpattern tests a member, which the
    /// subpattern case handles; elsewhere (list, positional patterns) there is none.
    /// </summary>
    private static IOperation? TestedValue(IPatternOperation pattern)
    {
        IOperation current = pattern;
        while (current.Parent is INegatedPatternOperation or IBinaryPatternOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IIsPatternOperation test => test.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switched } => switched.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switched } } => switched.Value,
            _ => null,
        };
    }

    private void VisitDeclarator(IVariableDeclaratorOperation declarator)
    {
        if (declarator.Initializer is { } initializer)
        {
            Visit(initializer.Value);
            _assignments.AssignVariable(declarator.Symbol, initializer.Value);
        }
    }

    private void VisitInvocation(IInvocationOperation invocation)
    {
        // items.ForEach(x => …): a lambda argument's parameter receives the receiver's elements.
        var saved = _lambdaArgument;
        _lambdaArgument = HasLambdaArgument(invocation) ? _evaluator.Evaluate(Receiver(invocation)) : null;
        VisitChildren(invocation);
        _lambdaArgument = saved;
        _calls.After(invocation);
    }

    internal void VisitChildren(IOperation operation)
    {
        foreach (var child in operation.ChildOperations)
        {
            Visit(child);
        }
    }

    private void VisitNested(IMethodSymbol symbol, IOperation? body, bool madeUp = false)
    {
        var outer = _state;
        var elements = _lambdaArgument;
        _lambdaArgument = null;
        SetState(outer.Clone());
        if (elements is { IsEmpty: false } && symbol.Parameters.Length > 0)
        {
            // items.ForEach(x => Log(x)): the lambda's parameter receives the collection's elements.
            _state.SetTaint(symbol.Parameters[0], elements);
        }

        foreach (var parameter in madeUp ? symbol.Parameters : ImmutableArray<IParameterSymbol>.Empty)
        {
            // faker.FinishWith((f, employee) => …): the generator hands over the fake person it made.
            _state.SetTaint(parameter, Taint.Sanitized);
        }

        Visit(body);
        SetState(outer);
        _lambdaArgument = elements;
    }

}
