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
    }

    /// <summary>True when the budget ran out; results are then incomplete and must not be used.</summary>
    public bool Exhausted { get; private set; }

    public FlowState State => _state;

    public void Run(IOperation root)
    {
        _evaluator.PersonalRecords = KeyedRecords.In(root, _profile.Classifier);
        _evaluator.InSeedCode = Owner(root) is { } method && Audit.StartupSeeding.IsSeedCode(method, _profile.Compilation);
        Visit(root);
    }

    /// <summary>The method whose body <paramref name="root"/> is; the top-level statements' root is the whole file.</summary>
    private IMethodSymbol? Owner(IOperation root)
        => root.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax
            ? _profile.Compilation.GetEntryPoint(System.Threading.CancellationToken.None)
            : root.SemanticModel?.GetEnclosingSymbol(root.Syntax.SpanStart) as IMethodSymbol;

    private void SetState(FlowState state)
    {
        _state = state;
        _evaluator.State = state;
    }

    private void Visit(IOperation? operation)
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
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                VisitDeclarator(declarator);
                break;
            case ISimpleAssignmentOperation assignment:
                Visit(assignment.Value);
                VisitChildren(assignment.Target);
                Assign(assignment.Target, assignment.Value);
                break;
            case ICompoundAssignmentOperation compound:
                Visit(compound.Value);
                AddToRoot(compound.Target, _evaluator.Stringify(_evaluator.Evaluate(compound.Value)));
                AddChannelSetting(compound);
                break;
            case ICoalesceAssignmentOperation coalesce:
                Visit(coalesce.Value);
                AddToRoot(coalesce.Target, _evaluator.Evaluate(coalesce.Value));
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                Visit(deconstruction.Value);
                Deconstruct(deconstruction.Target, deconstruction.Value);
                break;
            case IConditionalOperation conditional:
                VisitConditional(conditional);
                break;
            case IPropertySubpatternOperation { Pattern: IDeclarationPatternOperation { DeclaredSymbol: { } declared } } subpattern:
                // x is Person { FamilyName: var family }: the local receives the member's value.
                VisitChildren(subpattern);
                _state.SetTaint(declared, _evaluator.Evaluate(subpattern.Member));
                break;
            case ILoopOperation loop:
                VisitLoop(loop);
                break;
            case ISwitchOperation @switch:
                VisitSwitch(@switch);
                break;
            case ITryOperation @try:
                VisitTry(@try);
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

    private void VisitDeclarator(IVariableDeclaratorOperation declarator)
    {
        if (declarator.Initializer is { } initializer)
        {
            Visit(initializer.Value);
            AssignVariable(declarator.Symbol, initializer.Value);
        }
    }

    private void AddToRoot(IOperation target, Taint taint)
    {
        if (RootVariable(target) is { } root)
        {
            _state.AddTaint(root, taint);
        }
    }

    private void VisitConditional(IConditionalOperation conditional)
    {
        Visit(conditional.Condition);
        var beforeBranches = _state.Clone();
        Visit(conditional.WhenTrue);
        var afterTrue = _state;
        SetState(beforeBranches);
        Visit(conditional.WhenFalse);
        SetState(FlowState.Merge(afterTrue, _state));
    }

    private void VisitTry(ITryOperation @try)
    {
        Visit(@try.Body);
        var afterBody = _state;
        foreach (var @catch in @try.Catches)
        {
            SetState(afterBody.Clone());
            Visit(@catch);
            afterBody = FlowState.Merge(afterBody, _state);
        }

        SetState(afterBody);
        Visit(@try.Finally);
    }

    private void VisitInvocation(IInvocationOperation invocation)
    {
        // items.ForEach(x => …): a lambda argument's parameter receives the receiver's elements.
        var saved = _lambdaArgument;
        _lambdaArgument = HasLambdaArgument(invocation) ? _evaluator.Evaluate(Receiver(invocation)) : null;
        VisitChildren(invocation);
        _lambdaArgument = saved;
        Mutate(invocation);
        FillMail(invocation);
        RenderInto(invocation);
    }

    /// <summary>
    /// <c>RenderLoggingEvent(writer, loggingEvent)</c>, <c>formatter.Format(logEvent, output)</c>: a renderer of the sink
    /// table writes the text of its other arguments into the writer argument its row names.
    /// </summary>
    private void RenderInto(IInvocationOperation invocation)
    {
        if (_profile.Sinks.Match(invocation.TargetMethod, SinkKind.Renderer) is not { WritesInto: { } writes })
        {
            return;
        }

        IArgumentOperation? writer = null;
        var added = Taint.None;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == writes)
            {
                writer = argument;
            }
            else
            {
                added = added.Union(_evaluator.Stringify(_evaluator.Evaluate(argument.Value)));
            }
        }

        if (writer is not null && RootVariable(writer.Value) is { } root && !added.IsEmpty)
        {
            Absorb(root, added, invocation);
        }
    }

    /// <summary>
    /// <c>SetRecipients(to, mail)</c>: a helper of the program that writes a mail argument's recipients or body fills that mail
    /// with the data of the call's other arguments.
    /// </summary>
    private void FillMail(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !Sources.MailContent.IsMail(parameter.Type) || RootVariable(argument.Value) is not { } root
                || !Sources.MailContent.IsFilledBy(parameter.OriginalDefinition, _profile.Bodies.Body(invocation.TargetMethod)))
            {
                continue;
            }

            var added = Taint.None;
            foreach (var other in invocation.Arguments)
            {
                added = other == argument ? added : added.Union(_evaluator.Evaluate(other.Value));
            }

            if (!added.IsEmpty)
            {
                Absorb(root, added, invocation);
            }
        }
    }

    private void VisitChildren(IOperation operation)
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

    private void VisitLoop(ILoopOperation loop)
    {
        if (loop is IForLoopOperation forLoop)
        {
            foreach (var before in forLoop.Before)
            {
                Visit(before);
            }
        }

        if (loop is IForEachLoopOperation forEach)
        {
            Visit(forEach.Collection);
        }

        var entry = _state.Clone();
        for (var pass = 0; pass < 2 && !Exhausted; pass++)
        {
            switch (loop)
            {
                case IForEachLoopOperation each:
                    var elements = _evaluator.Evaluate(each.Collection);
                    foreach (var local in each.Locals)
                    {
                        _state.SetTaint(local, elements);
                    }

                    Visit(each.Body);
                    break;
                case IForLoopOperation @for:
                    Visit(@for.Condition);
                    Visit(@for.Body);
                    foreach (var bottom in @for.AtLoopBottom)
                    {
                        Visit(bottom);
                    }

                    break;
                case IWhileLoopOperation @while:
                    Visit(@while.Condition);
                    Visit(@while.Body);
                    break;
                default:
                    VisitChildren(loop);
                    break;
            }
        }

        SetState(FlowState.Merge(entry, _state));
    }

    private void VisitSwitch(ISwitchOperation @switch)
    {
        Visit(@switch.Value);
        var entry = _state;
        FlowState? merged = null;
        foreach (var section in @switch.Cases)
        {
            SetState(entry.Clone());
            foreach (var clause in section.Clauses)
            {
                Visit(clause);
            }

            foreach (var statement in section.Body)
            {
                Visit(statement);
            }

            merged = merged is null ? _state : FlowState.Merge(merged, _state);
        }

        SetState(merged is null ? entry : FlowState.Merge(merged, entry));
    }

    private void AssignVariable(ISymbol variable, IOperation value)
    {
        _state.ForgetMembers(variable);
        var initializer = value switch
        {
            IWithOperation with => with.Initializer,
            IObjectCreationOperation creation => creation.Initializer,
            _ => null,
        };
        if (initializer is not null)
        {
            // card with { Mobile = Masking.Mask(card.Mobile) }: the member is safe on the new object.
            foreach (var init in initializer.Initializers)
            {
                if (init is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
                {
                    _state.SetMasked(variable, member.Member, _evaluator.MemberValue(assignment.Value).IsSanitized);
                }
            }
        }

        _state.SetTaint(variable, _evaluator.VariableValue(value));
        _state.SetEndpoints(variable, _profile.Endpoints.Resolve(value, _state));
        _state.SetFlaws(variable, ChannelSettings.OfCreation(value, _profile, _state.GetFlaws));
    }

    private void Assign(IOperation target, IOperation value)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                AssignVariable(local.Local, value);
                return;
            case IParameterReferenceOperation parameter:
                AssignVariable(parameter.Parameter, value);
                return;
            case IMemberReferenceOperation member when IsOnTheVariable(member) && RootVariable(member) is { } root:
                // msg.Body = text; request.Content = content; query["id"] = value: the object now holds the data.
                var assigned = _evaluator.MemberValue(value);
                Absorb(root, assigned, member);
                if (member.Instance is ILocalReferenceOperation or IParameterReferenceOperation)
                {
                    _state.SetMasked(root, member.Member, assigned.IsSanitized);
                }

                if (EndpointResolver.AddressMembers.Contains(member.Member.Name))
                {
                    _state.SetEndpoints(root, _profile.Endpoints.Resolve(value, _state));
                }
                else if (IsRecipientList(member))
                {
                    // message.To = "admin@example.com": the message now goes there too.
                    _state.AddEndpoints(root, _profile.Endpoints.Resolve(value, _state));
                }
                else if (member.Member is IPropertySymbol property && ChannelSettings.IsSetting(property))
                {
                    // smtp.EnableSsl = true clears what EnableSsl = false set; other flaws stay.
                    SetChannel(root, property, value, replaces: true);
                }

                return;
            case IArrayElementReferenceOperation element when RootVariable(element.ArrayReference) is { } array:
                _state.AddTaint(array, _evaluator.Evaluate(value));
                return;
        }
    }

    /// <summary>
    /// <c>client.ServerCertificateValidationCallback += (s, c, h, e) => true</c>: a delegate added to a setting joins what it
    /// holds, and the last callback's answer is the one the client uses, so an accept-all one makes the channel flawed.
    /// </summary>
    private void AddChannelSetting(ICompoundAssignmentOperation compound)
    {
        if (compound.OperatorKind == BinaryOperatorKind.Add && compound.Target is IPropertyReferenceOperation { Property: var property } member
            && ChannelSettings.IsSetting(property) && IsOnTheVariable(member) && RootVariable(member) is { } root)
        {
            SetChannel(root, property, compound.Value, replaces: false);
        }
    }

    /// <summary>Records the flaw a setting's value gives the client; a plain assignment first clears what the setting gave before.</summary>
    private void SetChannel(ISymbol client, IPropertySymbol property, IOperation value, bool replaces)
    {
        var flaw = ChannelSettings.OfAssignment(property, value, _profile);
        var cleared = replaces ? ChannelSettings.Rows.Where(r => r.Member == property.Name).Aggregate(ChannelFlaw.None, (all, r) => all | r.Flaw) : ChannelFlaw.None;
        _state.SetFlaws(client, (_state.GetFlaws(client) & ~cleared) | flaw);
    }

    private void Deconstruct(IOperation target, IOperation value)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        while (value is IConversionOperation { Operand: ITupleOperation } conversion)
        {
            value = conversion.Operand;
        }

        if (target is ITupleOperation targets && value is ITupleOperation values && targets.Elements.Length == values.Elements.Length)
        {
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                Deconstruct(targets.Elements[i], values.Elements[i]);
            }

            return;
        }

        if (target is ITupleOperation all)
        {
            foreach (var element in all.Elements)
            {
                Deconstruct(element, value);
            }

            return;
        }

        Assign(target, value);
    }

    private void Mutate(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = Receiver(invocation);
        if (receiver is null || RootVariable(receiver) is not { } root)
        {
            return;
        }

        if (method.Name == "Clear" && invocation.Instance is not null)
        {
            _state.SetTaint(root, Taint.None);
            return;
        }

        if (ChannelSettings.OfCall(invocation, _profile) is var flaw and not ChannelFlaw.None)
        {
            // client.Connect(host, 25, useSsl: false)
            _state.SetFlaws(root, _state.GetFlaws(root) | flaw);
        }

        if (method.Name == "Add" && invocation.Instance is IMemberReferenceOperation list && IsRecipientList(list)
            || IsRecipientCall(invocation))
        {
            // message.To.Add("admin@example.com"), msg.AddTo(new EmailAddress("admin@example.com")).
            foreach (var argument in invocation.Arguments)
            {
                _state.AddEndpoints(root, _profile.Endpoints.Resolve(argument.Value, _state).Where(e => e.IsMailbox || e.ConfigurationKey is not null).ToImmutableArray());
            }
        }

        if (!Mutators.Contains(method.Name))
        {
            return;
        }

        var textual = receiver.Type?.Name is "StringBuilder" or "StringWriter" or "TextWriter";
        var added = Taint.None;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value == receiver)
            {
                continue;
            }

            var taint = _evaluator.Evaluate(argument.Value);
            added = added.Union(textual ? _evaluator.Stringify(taint) : taint);
        }

        if (added.IsEmpty)
        {
            EndSafety(root, added);
            return;
        }

        Absorb(root, added, invocation);
    }

    /// <summary>
    /// The variable's object now holds the data: framework objects (MailMessage, StringBuilder, lists) pass it on as a value,
    /// the team's own objects hold it inside, which matters only when they are serialized or printed.
    /// </summary>
    private void Absorb(ISymbol root, Taint taint, IOperation at)
    {
        EndSafety(root, taint);
        var type = root switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
        if (type is null || Sources.PersonalDataClassifier.IsFramework(type) || taint.Values.IsEmpty || type is IArrayTypeSymbol)
        {
            _state.AddTaint(root, taint);
            return;
        }

        _state.AddTaint(root, Taint.Of(new CompositeSource(type, at.Syntax.GetLocation(), taint.Values)));
    }

    /// <summary>An object shown to be no one's data (seed records, configuration) that is given a value not shown so no longer is.</summary>
    private void EndSafety(ISymbol root, Taint added)
    {
        if (!added.IsSanitized && _state.TryGetTaint(root, out var held) && held.IsSanitized)
        {
            _state.SetTaint(root, Taint.None);
        }
    }
}
