using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The walk through operations that branch or repeat (conditionals, try/catch, loops, switches): which state each part starts
/// from and how the states merge after it. Split from <see cref="FlowWalker"/>, whose visit dispatch hands these kinds here.
/// </summary>
internal sealed class BranchVisits
{
    private readonly FlowWalker _walker;

    public BranchVisits(FlowWalker walker) => _walker = walker;

    /// <summary>Both branches start from the state before them; after the operation either may have run.</summary>
    public void Conditional(IConditionalOperation conditional)
    {
        _walker.Visit(conditional.Condition);
        var beforeBranches = _walker.State.Clone();
        _walker.Visit(conditional.WhenTrue);
        var afterTrue = _walker.State;
        _walker.SetState(beforeBranches);
        _walker.Visit(conditional.WhenFalse);
        _walker.SetState(FlowState.Merge(afterTrue, _walker.State));
    }

    /// <summary>Each catch starts from the state after the body (merged with the catches before it); the finally block from the merge of all.</summary>
    public void Try(ITryOperation @try)
    {
        _walker.Visit(@try.Body);
        var afterBody = _walker.State;
        foreach (var @catch in @try.Catches)
        {
            _walker.SetState(afterBody.Clone());
            _walker.Visit(@catch);
            afterBody = FlowState.Merge(afterBody, _walker.State);
        }

        _walker.SetState(afterBody);
        _walker.Visit(@try.Finally);
    }

    /// <summary>A loop runs twice so that what one iteration stores reaches the next; it may also not run at all.</summary>
    public void Loop(ILoopOperation loop)
    {
        if (loop is IForLoopOperation forLoop)
        {
            foreach (var before in forLoop.Before)
            {
                _walker.Visit(before);
            }
        }

        if (loop is IForEachLoopOperation forEach)
        {
            _walker.Visit(forEach.Collection);
        }

        var entry = _walker.State.Clone();
        for (var pass = 0; pass < 2 && !_walker.Exhausted; pass++)
        {
            Pass(loop);
        }

        _walker.SetState(FlowState.Merge(entry, _walker.State));
    }

    /// <summary>One pass through a loop's body: a foreach's locals take the collection's elements first.</summary>
    private void Pass(ILoopOperation loop)
    {
        switch (loop)
        {
            case IForEachLoopOperation each:
                var elements = _walker.Evaluator.Evaluate(each.Collection);
                foreach (var local in each.Locals)
                {
                    _walker.State.SetTaint(local, elements);
                }

                _walker.Visit(each.Body);
                break;
            case IForLoopOperation @for:
                _walker.Visit(@for.Condition);
                _walker.Visit(@for.Body);
                foreach (var bottom in @for.AtLoopBottom)
                {
                    _walker.Visit(bottom);
                }

                break;
            case IWhileLoopOperation @while:
                _walker.Visit(@while.Condition);
                _walker.Visit(@while.Body);
                break;
            default:
                _walker.VisitChildren(loop);
                break;
        }
    }

    /// <summary>Each section starts from the state before the switch; with no matching case none runs.</summary>
    public void Switch(ISwitchOperation @switch)
    {
        _walker.Visit(@switch.Value);
        var entry = _walker.State;
        FlowState? merged = null;
        foreach (var section in @switch.Cases)
        {
            _walker.SetState(entry.Clone());
            foreach (var clause in section.Clauses)
            {
                _walker.Visit(clause);
            }

            foreach (var statement in section.Body)
            {
                _walker.Visit(statement);
            }

            merged = merged is null ? _walker.State : FlowState.Merge(merged, _walker.State);
        }

        _walker.SetState(merged is null ? entry : FlowState.Merge(merged, entry));
    }
}
