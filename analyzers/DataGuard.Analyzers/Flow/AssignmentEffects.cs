using System.Linq;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.WalkShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What an assignment does to the walk's state: a variable takes the value's data, endpoints and channel flaws; a member
/// assignment puts data into the variable's object, masks a member, sets an address, a recipient or a channel setting.
/// Split from <see cref="FlowWalker"/>, which walks the value first and then asks this class.
/// </summary>
internal sealed class AssignmentEffects
{
    private readonly FlowWalker _walker;
    private readonly DataGuardProfile _profile;
    private readonly ObjectContents _contents;

    public AssignmentEffects(FlowWalker walker, ObjectContents contents)
    {
        _walker = walker;
        _profile = walker.Profile;
        _contents = contents;
    }

    private FlowState State => _walker.State;

    private TaintEvaluator Evaluator => _walker.Evaluator;

    public void AssignVariable(ISymbol variable, IOperation value)
    {
        State.ForgetMembers(variable);
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
                    var stored = Evaluator.MemberValue(assignment.Value);
                    State.SetMasked(variable, member.Member, stored.IsSanitized);
                    State.SetStored(variable, member.Member, stored);
                }
            }
        }

        State.SetTaint(variable, Evaluator.VariableValue(value));
        State.SetEndpoints(variable, _profile.Endpoints.Resolve(value, State));
        State.SetFlaws(variable, ChannelSettings.OfCreation(value, _profile, State.GetFlaws));
    }

    public void Assign(IOperation target, IOperation value)
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
                AssignMember(member, root, value);
                return;
            case IArrayElementReferenceOperation element when RootVariable(element.ArrayReference) is { } array:
                State.AddTaint(array, Evaluator.Evaluate(value));
                return;
        }
    }

    /// <summary><c>msg.Body = text; request.Content = content; query["id"] = value</c>: the object now holds the data.</summary>
    private void AssignMember(IMemberReferenceOperation member, ISymbol root, IOperation value)
    {
        var assigned = Evaluator.MemberValue(value);
        _contents.Absorb(root, assigned, member);
        if (member.Instance is ILocalReferenceOperation or IParameterReferenceOperation)
        {
            State.SetMasked(root, member.Member, assigned.IsSanitized);
            State.SetStored(root, member.Member, assigned);
        }

        if (EndpointResolver.AddressMembers.Contains(member.Member.Name))
        {
            State.SetEndpoints(root, _profile.Endpoints.Resolve(value, State));
        }
        else if (IsRecipientList(member))
        {
            // message.To = "admin@example.com": the message now goes there too.
            State.AddEndpoints(root, _profile.Endpoints.Resolve(value, State));
        }
        else if (member.Member is IPropertySymbol property && ChannelSettings.IsSetting(property))
        {
            // smtp.EnableSsl = true clears what EnableSsl = false set; other flaws stay.
            SetChannel(root, property, value, replaces: true);
        }
    }

    /// <summary><c>total += amount</c>, <c>name ??= fallback</c>: the variable at the target's root keeps its data and gains the value's.</summary>
    public void AddToRoot(IOperation target, Taint taint)
    {
        if (RootVariable(target) is { } root)
        {
            State.AddTaint(root, taint);
        }
    }

    /// <summary>
    /// <c>client.ServerCertificateValidationCallback += (s, c, h, e) => true</c>: a delegate added to a setting joins what it
    /// holds, and the last callback's answer is the one the client uses, so an accept-all one makes the channel flawed.
    /// </summary>
    public void AddChannelSetting(ICompoundAssignmentOperation compound)
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
        State.SetFlaws(client, (State.GetFlaws(client) & ~cleared) | flaw);
    }

    /// <summary><c>(a, b) = (x, y)</c>: each target takes its element of the value, or the whole value when the shapes differ.</summary>
    public void Deconstruct(IOperation target, IOperation value)
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
}
