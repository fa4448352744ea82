using System;
using System.Collections.Generic;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.OperationShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The data a member access carries (<c>citizen.NationalId</c>, <c>form["email"]</c>, <c>pair.Value</c>, <c>request.RequestUri</c>):
/// a personal member is a source, a wrapper's member hands on what it wraps, a framework object's text shows what built it.
/// Split from <see cref="TaintEvaluator"/>, which asks it for every member reference.
/// </summary>
internal sealed class MemberTaint
{
    /// <summary>Members that derive a number or flag from a value without revealing it.</summary>
    internal static readonly HashSet<string> DerivedMembers = new(StringComparer.Ordinal)
    {
        "Length", "Count", "LongLength", "LongCount", "Capacity", "IndexOf", "LastIndexOf", "IndexOfAny", "LastIndexOfAny", "GetHashCode",
        "CompareTo", "Compare", "CompareOrdinal", "GetLength", "GetType", "Equals", "GetLongLength",
    };

    /// <summary>Members that hand out the wrapped value itself (Nullable.Value, KeyValuePair.Value, Match.Value, tuples, Memory.Span).</summary>
    private static readonly HashSet<string> WrappedValueMembers = new(StringComparer.Ordinal)
    {
        "Value", "Key", "Item1", "Item2", "Item3", "Item4", "Item5", "Item6", "Item7", "Rest", "Current", "First", "Last", "Span",
    };

    /// <summary>
    /// Parts of an address that name the server, not the person, and labels that name the kind of a value, not the value (a
    /// claim's <c>Type</c> and <c>Issuer</c>): the rest of a framework object's text keeps its data.
    /// </summary>
    private static readonly HashSet<string> AddressParts = new(StringComparer.Ordinal)
    {
        "Scheme", "Host", "Authority", "DnsSafeHost", "IdnHost", "Port", "Method", "Version", "StatusCode", "ReasonPhrase",
        "Type", "ValueType", "Issuer", "OriginalIssuer",
    };

    /// <summary>
    /// A framework object's member that labels its value rather than holding it (<c>Claim.Type</c>, <c>Claim.Issuer</c>): reads of
    /// it carry none of the object's data.
    /// </summary>
    internal static bool IsLabel(IPropertySymbol property)
        => property is { IsStatic: false, Name: "Type" or "ValueType" or "Issuer" or "OriginalIssuer" } && PersonalDataClassifier.IsFramework(property.ContainingType);

    private readonly TaintEvaluator _evaluator;
    private readonly DataGuardProfile _profile;

    public MemberTaint(TaintEvaluator evaluator)
    {
        _evaluator = evaluator;
        _profile = evaluator.Profile;
    }

    public Taint Of(IMemberReferenceOperation reference)
    {
        // form.Content after new ContactForm { Content = $"{model.Email} …" }: a member that carries nothing by itself carries
        // what the walk saw stored in it. Only then: a personal member is reported for itself, as before.
        var taint = Read(reference);
        return taint.IsEmpty && !taint.IsSanitized && Stored(reference) is { } stored ? stored : taint;
    }

    private Taint? Stored(IMemberReferenceOperation reference)
        => _evaluator.State is { } state && VariableOf(reference.Instance) is { } variable ? state.StoredIn(variable, reference.Member) : null;

    private Taint Read(IMemberReferenceOperation reference)
    {
        var member = reference.Member;
        var state = _evaluator.State;
        if (state is not null && VariableOf(reference.Instance) is { } variable && (state.IsMasked(variable, member) || _evaluator.HeldSafe(variable)
                                                                                      || OrganisationKeys.Holds(_evaluator.OrganisationValues, variable, member)))
        {
            return Taint.Sanitized;
        }

        // The operator's settings (configuration["Smtp:From"], options.Value.AdminEmail) are no one's record, whatever their keys
        // say; nor are a seeder's lists of demo accounts.
        if (OperatorValues.IsConfigurationRead(reference) || member is IFieldSymbol list && _profile.SeedCollections.HoldsSeedRecords(list))
        {
            return Taint.Sanitized;
        }

        // A file's path (FileInfo.FullName, ISftpFile.FullName): what is made of it, a local fileFullName, is a path too.
        if (Sources.FileSystemEntries.IsPathMember(member, _profile.Classifier.Names))
        {
            return Taint.Sanitized;
        }

        if (_profile.Classifier.IsPersonal(member))
        {
            return PersonalMember(reference);
        }

        // Identity's errors after creating a user quote the user name and e-mail it refused (Sources/QuotedErrors).
        if (QuotedErrors.QuotesPerson(reference))
        {
            return Taint.Of(new PersonalSource(member, reference.Syntax.GetLocation()));
        }

        if (_profile.Classifier.PersonalKey(reference) is { } key)
        {
            return Taint.Of(new PersonalSource(member, reference.Syntax.GetLocation(), key: key));
        }

        return DerivedMembers.Contains(member.Name) ? Taint.None : PassedOn(reference);
    }

    private Taint PersonalMember(IMemberReferenceOperation reference)
    {
        var member = reference.Member;
        if (member is IFieldSymbol field && _profile.SettingFields.HoldsSetting(field))
        {
            return Taint.Sanitized;
        }

        // A request's form held by a record is a whole record: error.Form["page"] does not carry it (see WithoutWholeRecords).
        return Taint.Of(new PersonalSource(member, reference.Syntax.GetLocation(), wholeRecord: RequestContentMembers.HoldsRequestContent(member)));
    }

    /// <summary>What a member that is no source itself hands on from the object it is read from.</summary>
    private Taint PassedOn(IMemberReferenceOperation reference)
    {
        var member = reference.Member;
        var instance = reference.Instance;
        switch (member)
        {
            case IPropertySymbol { IsIndexer: true } when reference is IPropertyReferenceOperation { Arguments: { Length: 1 } keys }
                                                          && keys[0].Value.ConstantValue is { HasValue: true, Value: string }:
                // form["page"]: a constant key that names nothing personal shows this value is not one of the record's personal ones.
                return _evaluator.Evaluate(instance).WithoutWholeRecords();
            case IPropertySymbol { IsIndexer: true }:
                return _evaluator.Evaluate(instance);
            case IPropertySymbol { Name: "ItemArray" }:
                // string.Join(",", row.ItemArray): every value of the row.
                return _evaluator.Evaluate(instance);
            case IPropertySymbol or IFieldSymbol when instance?.Type is { } owner && (owner.IsAnonymousType || owner.IsTupleType):
                return _evaluator.Evaluate(instance);
            case IPropertySymbol { Name: "Key" } when instance?.Type is INamedTypeSymbol { Name: "KeyValuePair" }:
                return KeysOf(_evaluator.Evaluate(instance));
            case IPropertySymbol or IFieldSymbol when WrappedValueMembers.Contains(member.Name):
                return _evaluator.Evaluate(instance);
            case IPropertySymbol { GetMethod: { } getter } when !CompositeOrFramework(getter):
                return _profile.Summaries.Get(getter).Own;
            case IPropertySymbol or IFieldSymbol when LogEvents.IsContentMember(member, instance?.Type):
                // loggingEvent.MessageObject, .ExceptionObject: what the application logged, not text yet.
                return _evaluator.Evaluate(instance);
            case IPropertySymbol property when Sources.ParsedBodies.IsUntypedJson(property.Type) && Sources.ParsedBodies.IsUntypedJson(instance?.Type):
                // document.RootElement: the parsed body's root is the body.
                return _evaluator.Evaluate(instance);
            case IPropertySymbol property when instance is not null && IsText(property.Type) && !AddressParts.Contains(property.Name):
                // A framework object built from personal data shows it again: request.RequestUri, uri.PathAndQuery, builder.Uri.
                return _evaluator.Evaluate(instance).ValuesOnly();
            default:
                return Taint.None;
        }
    }

    private static bool CompositeOrFramework(IMethodSymbol method) => PersonalDataClassifier.IsFramework(method.ContainingType);
}
