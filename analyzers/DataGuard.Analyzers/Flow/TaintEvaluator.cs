using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.OperationShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Answers "what personal data does this expression carry, and from where?" given the state of the locals at that point.
/// Without a state (past the budget) locals and parameters are judged by their names only: the direct-argument check.
/// </summary>
internal sealed class TaintEvaluator
{
    private readonly DataGuardProfile _profile;
    private readonly IMethodSymbol? _summarized;
    private readonly RevealedData _revealed;
    private readonly MemberTaint _members;
    private readonly InvocationTaint _invocations;
    private readonly CreationTaint _creations;
    private readonly RecordSources _records;

    public TaintEvaluator(DataGuardProfile profile, FlowState? state, IMethodSymbol? summarized = null)
    {
        _profile = profile;
        _revealed = new RevealedData(profile);
        _members = new MemberTaint(this);
        _invocations = new InvocationTaint(this);
        _creations = new CreationTaint(this);
        _records = new RecordSources(this);
        State = state;
        _summarized = summarized;
    }

    /// <summary>Record types the walked method reads by a personal key (see <see cref="KeyedRecords"/>); empty in direct mode.</summary>
    public ImmutableHashSet<string> PersonalRecords { get; set; } = ImmutableHashSet<string>.Empty;

    /// <summary>Values the walked method compares or looks up only as an organisation's (see <see cref="OrganisationKeys"/>).</summary>
    public ImmutableHashSet<OrganisationKeys.Key> OrganisationValues { get; set; } = ImmutableHashSet<OrganisationKeys.Key>.Empty;

    /// <summary>The state of locals at the current point; null in direct mode.</summary>
    public FlowState? State { get; set; }

    public DataGuardProfile Profile => _profile;

    public Taint Evaluate(IOperation? operation)
    {
        if (operation is null)
        {
            return Taint.None;
        }

        // Past the bound (thousands of concatenations, lambdas in lambdas) the deeper operands are "unknown".
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        return walk.Entered ? EvaluateCore(operation) : Taint.None;
    }

    /// <summary>
    /// The data a record's member holds once <paramref name="value"/> is stored in it: a compile-time constant
    /// (<c>admin.Email = "admin@school.example"</c>) makes it a seed or demo value, no one's data. A constant in a local named for
    /// personal data (<c>var plate = "ABC-1234"</c>) is not cleared this way: it stands for the value it names, as DG1009 sees it.
    /// </summary>
    public Taint MemberValue(IOperation value) => OperatorValues.IsConstant(value) ? Taint.Sanitized : Evaluate(value);

    /// <summary>
    /// True while walking code that seeds the database or runs the program's start-up (<see cref="Audit.StartupSeeding.IsSeedCode"/>),
    /// where a constant is a seed account's value (<c>string email = "admin@clinic.example"</c>), not a person's.
    /// </summary>
    public bool InSeedCode { get; set; }

    /// <summary>
    /// The data a local or parameter holds once <paramref name="value"/> is assigned to it. A constant keeps the name speaking
    /// (<c>var plate = "ABC-1234"</c> stands for a plate, as DG1009 sees it) except in seeding and start-up code, where what a
    /// call makes of constants alone (the seed account it creates or finds) is no one's data either.
    /// </summary>
    public Taint VariableValue(IOperation value)
        => InSeedCode && (OperatorValues.IsConstant(value) || OperatorValues.IsMadeFromConstants(value)) ? Taint.Sanitized : Evaluate(value);

    private Taint EvaluateCore(IOperation operation)
    {
        if (operation.Type?.SpecialType == SpecialType.System_Boolean || operation.ConstantValue.HasValue || IsExpressionTree(operation.Type))
        {
            return Taint.None;
        }

        var taint = operation switch
        {
            IConversionOperation c => Evaluate(c.Operand),
            IParenthesizedOperation p => Evaluate(p.Operand),
            ILocalReferenceOperation l => Variable(l.Local, l),
            IParameterReferenceOperation p => Variable(p.Parameter, p),
            IMemberReferenceOperation m => _members.Of(m),
            IArrayElementReferenceOperation a => MailDomains.IsDomain(a) ? Taint.Sanitized : Evaluate(a.ArrayReference),
            IInterpolatedStringOperation s => UnionOf(s.Parts.Select(Part)),
            IInterpolatedStringHandlerCreationOperation h => Evaluate(h.Content),
            IInterpolatedStringAdditionOperation add => Evaluate(add.Left).Union(Evaluate(add.Right)),
            IInterpolatedStringAppendOperation append => append.AppendCall is IInvocationOperation call
                ? EvaluateArguments(call.Arguments, asText: true)
                : Taint.None,
            IBinaryOperation b => Binary(b),
            IUnaryOperation u => Evaluate(u.Operand),
            IConditionalOperation c => Evaluate(c.WhenTrue).Union(Evaluate(c.WhenFalse)),
            ICoalesceOperation c => Evaluate(c.Value).Union(UnionOf(PrincipalFallbacks.Counted(c, _profile.Classifier.Names).Select(Evaluate))),
            IConditionalAccessOperation c => Evaluate(c.WhenNotNull),
            IConditionalAccessInstanceOperation i => Evaluate(ConditionalAccessOwner(i)?.Operation),
            IInvocationOperation i => _invocations.Of(i),
            IObjectCreationOperation o => _creations.Of(o),
            _ => Structured(operation),
        };

        return _records.Added(operation, taint);
    }

    /// <summary>
    /// The second half of <see cref="EvaluateCore"/>'s dispatch, in the same order: values built of parts (tuples, arrays,
    /// initializers), assignments, lambdas and the rest, whose data is that of their children.
    /// </summary>
    private Taint Structured(IOperation operation)
        => operation switch
        {
            IAnonymousObjectCreationOperation a => EvaluateAll(a.Initializers),
            ITupleOperation t => EvaluateAll(t.Elements),
            IArrayCreationOperation a => Evaluate(a.Initializer),
            IArrayInitializerOperation a => EvaluateAll(a.ElementValues),
            IObjectOrCollectionInitializerOperation i => UnionOf(i.Initializers.Select(Initializer)),
            IMemberInitializerOperation m => Evaluate(m.Initializer),
            ISimpleAssignmentOperation a => Evaluate(a.Value),
            ICompoundAssignmentOperation a => Evaluate(a.Target).Union(Evaluate(a.Value)),
            ICoalesceAssignmentOperation a => Evaluate(a.Target).Union(Evaluate(a.Value)),
            IAnonymousFunctionOperation f => UnionOf(OwnReturns(f.Body).Select(r => Evaluate(r.ReturnedValue))),
            IDelegateCreationOperation d => Evaluate(d.Target),
            IAwaitOperation a => Evaluate(a.Operation),
            ISwitchExpressionOperation s => UnionOf(s.Arms.Select(a => Evaluate(a.Value))),
            IWithOperation w => Evaluate(w.Operand).Union(Evaluate(w.Initializer)),
            IArgumentOperation a => Evaluate(a.Value),
            IDefaultValueOperation or ITypeOfOperation or INameOfOperation or ISizeOfOperation or ILiteralOperation or IInstanceReferenceOperation
                or IThrowOperation or IIsTypeOperation or IIsPatternOperation => Taint.None,
            _ => EvaluateChildren(operation),
        };

    /// <summary>Collection initializers call Add: the element is the data, not the (void) call.</summary>
    private Taint Initializer(IOperation initializer)
        => initializer is IInvocationOperation add ? EvaluateArguments(add.Arguments) : Evaluate(initializer);

    private Taint Part(IInterpolatedStringContentOperation part)
        => part switch
        {
            IInterpolationOperation interpolation => Stringify(Evaluate(interpolation.Expression)),
            IInterpolatedStringAppendOperation append => Evaluate(append),
            _ => Taint.None,
        };

    private Taint Variable(ISymbol symbol, IOperation reference)
    {
        // An organisation's own e-mail (compared with its sign-up's column), and the records one seeder hands another.
        if (OrganisationKeys.Holds(OrganisationValues, symbol, member: null)
            || InSeedCode && symbol is IParameterSymbol seeded && _profile.ConstantParameters.FilledBySeedCode(seeded))
        {
            return Taint.Sanitized;
        }

        if (State is not null && State.TryGetTaint(symbol, out var known))
        {
            // The name speaks only when the flow saw nothing: a count or length in a local named withPhone is not personal.
            if (known.IsEmpty && !known.IsSanitized && !IsNumber(symbol) && NamedPersonal(symbol, reference))
            {
                return Taint.Of(new PersonalSource(symbol, reference.Syntax.GetLocation()));
            }

            return known;
        }

        if (_summarized is not null && symbol is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _summarized))
        {
            return Taint.Of(new PersonalSource(parameter, reference.Syntax.GetLocation(), parameter.Ordinal));
        }

        return NamedPersonal(symbol, reference) ? Taint.Of(new PersonalSource(symbol, reference.Syntax.GetLocation())) : Taint.None;
    }

    /// <summary>
    /// A local or parameter personal by its name or attributes, or a parameter its method uses as a mail recipient or looks a
    /// user up by (not where, at <paramref name="reference"/>, that lookup found no one) — unless every call fills the
    /// parameter with a constant.
    /// </summary>
    private bool NamedPersonal(ISymbol symbol, IOperation reference)
        => symbol is IParameterSymbol parameter
            ? (_profile.Classifier.IsPersonal(parameter) || _profile.IsPersonalByUse(parameter, reference)) && !_profile.ConstantParameters.AlwaysConstant(parameter)
            : _profile.Classifier.IsPersonal(symbol);

    /// <summary>
    /// The variable holds an object shown to be no one's data — built from constants (a seed list of demo accounts), read from
    /// configuration, or returned by a sanitizer — so its members are not a person's either.
    /// </summary>
    internal bool HeldSafe(ISymbol variable) => State!.TryGetTaint(variable, out var held) && held.IsSanitized;

    private Taint Binary(IBinaryOperation binary)
    {
        if (binary.Type?.SpecialType == SpecialType.System_String)
        {
            return Stringify(Evaluate(binary.LeftOperand)).Union(Stringify(Evaluate(binary.RightOperand)));
        }

        return binary.OperatorKind switch
        {
            BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.ObjectValueEquals
                or BinaryOperatorKind.ObjectValueNotEquals => Taint.None,
            _ => Evaluate(binary.LeftOperand).Union(Evaluate(binary.RightOperand)),
        };
    }

    /// <summary>The data that appears when the value is turned into text (see <see cref="RevealedData.AsText"/>).</summary>
    public Taint Stringify(Taint taint) => _revealed.AsText(taint);

    /// <summary>The data that appears when the value is serialized or destructured (see <see cref="RevealedData.AsData"/>).</summary>
    public Taint Serialize(Taint taint) => _revealed.AsData(taint);

    /// <summary>The union of the operations' data, in order; a loop, not LINQ: this runs at every node of every expression.</summary>
    private Taint EvaluateAll<T>(ImmutableArray<T> operations)
        where T : IOperation
    {
        var result = Taint.None;
        foreach (var operation in operations)
        {
            result = result.Union(Evaluate(operation));
        }

        return result;
    }

    private Taint EvaluateChildren(IOperation operation)
    {
        var result = Taint.None;
        foreach (var child in operation.ChildOperations)
        {
            result = result.Union(Evaluate(child));
        }

        return result;
    }

    /// <summary>The union of the arguments' data, each turned into text first when <paramref name="asText"/>.</summary>
    internal Taint EvaluateArguments(ImmutableArray<IArgumentOperation> arguments, bool asText = false)
    {
        var result = Taint.None;
        foreach (var argument in arguments)
        {
            var taint = Evaluate(argument.Value);
            result = result.Union(asText ? Stringify(taint) : taint);
        }

        return result;
    }

}
