using System.Collections.Generic;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.OperationShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The data a new object holds: what its constructor arguments and initializer give it, as a value of a framework object or
/// as the members of the team's own object (a <see cref="CompositeSource"/>); a seed record built from constants holds no one's.
/// Split from <see cref="TaintEvaluator"/>, which asks it for every object creation.
/// </summary>
internal sealed class CreationTaint
{
    private readonly TaintEvaluator _evaluator;
    private readonly DataGuardProfile _profile;

    public CreationTaint(TaintEvaluator evaluator)
    {
        _evaluator = evaluator;
        _profile = evaluator.Profile;
    }

    public Taint Of(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (BuiltFromConstants(creation))
        {
            return Taint.Sanitized;
        }

        var parts = _evaluator.EvaluateArguments(creation.Arguments).Union(_evaluator.Evaluate(creation.Initializer));
        if (creation.Constructor is { } constructor && _profile.RequestCopies.CopiedContent(constructor) is { } copied)
        {
            // new RequestDetails(context.Request): the constructor copies the request's form or headers into the object.
            parts = parts.Union(Taint.Of(new PersonalSource(copied, creation.Syntax.GetLocation(), wholeRecord: true)));
        }

        if (type is null || parts.IsEmpty)
        {
            return parts;
        }

        if (type.SpecialType == SpecialType.System_String || type.Name == "StringBuilder")
        {
            return _evaluator.Stringify(parts);
        }

        if (PersonalDataClassifier.IsFramework(type) || type.TypeKind == TypeKind.Error)
        {
            return parts;
        }

        // The team's own object now holds the values: personal when serialized or printed by a record's ToString.
        var composite = new CompositeSource(type, creation.Syntax.GetLocation(), parts.Values);
        var result = Taint.Of(composite);
        foreach (var inner in parts.Composites)
        {
            result = result.Union(Taint.Of(inner));
        }

        return result;
    }

    /// <summary>
    /// A seed or demo record (<c>new User { Email = "reception@example.com", CreatedAt = DateTime.UtcNow }</c>): every personal
    /// member or constructor parameter it sets (at least one) gets a constant, a configuration value or a local already shown
    /// to be no one's data, and nothing else it is given carries data.
    /// </summary>
    private bool BuiltFromConstants(IObjectCreationOperation creation)
    {
        List<IOperation>? others = null;
        var personal = 0;
        foreach (var argument in creation.Arguments)
        {
            if (!Sort(argument.Parameter is { } parameter && _profile.Classifier.IsPersonal(parameter), argument.Value)) return false;
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment
                || !Sort(_profile.Classifier.IsPersonal(target.Member), assignment.Value)) return false;
        }

        // The personal members are checked first (a constant is cheap to see); the other values are evaluated only then.
        return personal > 0 && (others is null || others.TrueForAll(value => _evaluator.Evaluate(value).IsEmpty));

        bool Sort(bool isPersonal, IOperation value)
        {
            if (!isPersonal)
            {
                (others ??= new List<IOperation>()).Add(value);
                return true;
            }

            personal++;
            return OperatorValues.IsOperatorValue(value) || VariableOf(value) is { } variable && _evaluator.State is not null && _evaluator.HeldSafe(variable);
        }
    }
}
