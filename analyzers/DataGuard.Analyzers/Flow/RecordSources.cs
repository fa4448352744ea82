using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Sources that a value is as a whole rather than by what flowed into it — request content, a record read by a personal key,
/// an object whose type has personal members. Split from <see cref="TaintEvaluator"/>, which adds them to every value it evaluates.
/// </summary>
internal sealed class RecordSources
{
    private readonly TaintEvaluator _evaluator;
    private readonly DataGuardProfile _profile;

    public RecordSources(TaintEvaluator evaluator)
    {
        _evaluator = evaluator;
        _profile = evaluator.Profile;
    }

    /// <summary>
    /// What the value is as a whole, beyond what flowed into it: request content, a record read by a personal key, an
    /// object whose type has personal members.
    /// </summary>
    public Taint Added(IOperation operation, Taint taint)
    {
        // Request content (a form, query string, headers, body, model state) is personal unless shown otherwise; the path is
        // when a route of the program puts a personal value into it. A pipeline step's request is shown otherwise when every
        // request its assembly declares holds nothing personal (BoundRequestTypes).
        if (!taint.IsSanitized && (RequestContent.WholeContentRead(operation) ?? _profile.Routes.PathRead(operation)) is { } content
            && !(content is IParameterSymbol request && _profile.Classifier.BoundRequests.HoldNoPersonalData(request)))
        {
            taint = taint.Union(Taint.Of(new PersonalSource(content, operation.Syntax.GetLocation(), wholeRecord: true)));
        }

        // A record the method reads by a personal key holds personal values: the whole of it is personal.
        if (!taint.IsSanitized && operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
            && KeyedRecords.Holds(_evaluator.PersonalRecords, operation.Type))
        {
            var symbol = operation switch
            {
                ILocalReferenceOperation l => (ISymbol)l.Local,
                IParameterReferenceOperation p => p.Parameter,
                IMemberReferenceOperation m => m.Member,
                _ => operation.Type!,
            };
            taint = taint.Union(Taint.Of(new PersonalSource(symbol, operation.Syntax.GetLocation(), wholeRecord: true)));
        }

        // A value whose type has personal members is a personal object, wherever it comes from.
        if (!taint.IsSanitized && operation.Type is { } type && operation is not (IObjectCreationOperation or IAnonymousObjectCreationOperation)
            && !_profile.Classifier.PersonalMembers(type).IsEmpty)
        {
            taint = taint.Union(Taint.Of(new CompositeSource(type, operation.Syntax.GetLocation(), ImmutableArray<PersonalSource>.Empty)));
        }

        // An untyped parameter (object message) holds the records the program's calls pass for it: a publishing helper's message.
        if (!taint.IsSanitized && operation is IParameterReferenceOperation { Parameter: var untyped } && PassedRecords.IsUntyped(untyped))
        {
            foreach (var passed in _profile.PassedRecords.Of(untyped))
            {
                taint = taint.Union(Taint.Of(new CompositeSource(passed, operation.Syntax.GetLocation(), ImmutableArray<PersonalSource>.Empty)));
            }
        }

        return taint;
    }
}
