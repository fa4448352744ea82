using System;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.OperationShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The data a call returns: a source (a personal method or key), a sanitizer's or configuration's value (no one's), or what it
/// passes on from its receiver and arguments — by its summary for the program's own methods, by its shape for a library's.
/// Split from <see cref="TaintEvaluator"/>, which asks it for every invocation.
/// </summary>
internal sealed class InvocationTaint
{
    private readonly TaintEvaluator _evaluator;
    private readonly DataGuardProfile _profile;

    public InvocationTaint(TaintEvaluator evaluator)
    {
        _evaluator = evaluator;
        _profile = evaluator.Profile;
    }

    public Taint Of(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var instance = invocation.Instance;

        // msg.ToString(printDatasets) declared in this compilation says itself what it prints: its summary, below.
        if (method.Name == "ToString" && instance is not null && (method.Parameters.IsEmpty || PersonalDataClassifier.IsFramework(method.ContainingType)))
        {
            return _evaluator.Stringify(_evaluator.Evaluate(instance));
        }

        if (_profile.Sanitizers.IsSanitizer(method, instance?.Type) || OperatorValues.IsConfigurationRead(invocation) || GeneratedData.Generates(method)
            || Sources.ValidatedObjects.HoldNoPersonalValues(invocation, _profile.Classifier) || ClaimValues.SelectsImpersonalClaim(invocation, _profile.Classifier.Names)
            || MailDomains.IsDomain(invocation) || Sources.CredentialTokens.Makes(method))
        {
            return Taint.Sanitized;
        }

        // principal.Claims.Select(c => c.Type): the projection keeps only each element's label, none of the values.
        if (ProjectsLabels(invocation))
        {
            return Taint.None;
        }

        if (method.ReturnsVoid || MemberTaint.DerivedMembers.Contains(method.Name) || CoarseCategories.Returns(method, _profile.Bodies))
        {
            return Taint.None;
        }

        if (_profile.Classifier.IsPersonal(method))
        {
            return Taint.Of(new PersonalSource(method, invocation.Syntax.GetLocation()));
        }

        if (_profile.Classifier.PersonalKey(invocation) is { } key)
        {
            return Taint.Of(new PersonalSource(method, invocation.Syntax.GetLocation(), key: key));
        }

        // SELECT Email FROM Users … run by ExecuteScalar or QuerySingle<string>: the value is the column the SQL selects.
        if (SelectedColumns.PersonalColumn(invocation, _profile.Classifier.Names) is { } column)
        {
            return Taint.Of(new PersonalSource(method, invocation.Syntax.GetLocation(), key: column));
        }

        return Propagated(invocation);
    }

    /// <summary>What a call that is neither a source nor a sanitizer passes on from its receiver and arguments.</summary>
    private Taint Propagated(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var instance = invocation.Instance;
        var arguments = invocation.Arguments;
        var containing = method.ContainingType is { } t ? PersonalAttributes.MetadataName(t.OriginalDefinition) : string.Empty;
        if (_profile.Sinks.Match(method, SinkKind.Serializer) is not null)
        {
            return _evaluator.Serialize(_evaluator.EvaluateArguments(arguments).Union(_evaluator.Evaluate(instance)));
        }

        if (containing is "System.String" or "System.Text.StringBuilder" || method.Name is "Format" or "Join" or "Concat")
        {
            return _evaluator.Stringify(_evaluator.Evaluate(instance)).Union(_evaluator.EvaluateArguments(arguments, asText: true));
        }

        if (!PersonalDataClassifier.IsFramework(method.ContainingType) && _profile.Bodies.Body(method) is not null)
        {
            return Summarized(method, arguments);
        }

        return Unread(invocation);
    }

    /// <summary>A method of the program: what its summary says it returns of its own and of the arguments it passes on.</summary>
    private Taint Summarized(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        var summary = _profile.Summaries.Get(method);
        var result = summary.Own;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && summary.FlowsFrom(parameter.Ordinal))
            {
                result = result.Union(_evaluator.Evaluate(argument.Value));
            }
        }

        return result;
    }

    /// <summary>A library call whose body is not read: what it returns is judged from its receiver, arguments and return type.</summary>
    private Taint Unread(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var instance = invocation.Instance;
        if (Sources.ParsedBodies.IsKeyedRead(method, instance?.Type, invocation.Arguments))
        {
            // body.GetProperty("tier"): a constant key that names nothing personal shows this value is not the whole body.
            return _evaluator.Evaluate(instance).WithoutWholeRecords();
        }

        if (Sources.ParsedBodies.PrintsWhole(method, instance?.Type))
        {
            return _evaluator.Stringify(_evaluator.Evaluate(instance));
        }

        if (method.Name.StartsWith("Read", StringComparison.Ordinal) && instance is not null && _evaluator.Evaluate(instance) is { IsEmpty: false } read)
        {
            // new StreamReader(Request.Body).ReadToEndAsync(): what is read is what the reader holds.
            return read.ValuesOnly();
        }

        if (Sources.ParsedBodies.IsParse(method))
        {
            // await JsonDocument.ParseAsync(Request.Body), JObject.Parse(body): the parsed JSON is what was parsed.
            return _evaluator.EvaluateArguments(invocation.Arguments);
        }

        if (IsAsyncResult(method.ReturnType))
        {
            return Taint.None;
        }

        var propagated = _evaluator.Evaluate(instance).Union(_evaluator.EvaluateArguments(invocation.Arguments));
        if (IsSetting(method.ReturnType))
        {
            // A port, a timeout or a flag read out of a whole record (a log event's rendered SmtpPort) is not the record.
            propagated = propagated.WithoutWholeRecords();
        }

        return CanHoldObjects(method.ReturnType) ? propagated : propagated.ValuesOnly();
    }

    /// <summary>A number, flag, enum member or time span: a value that steers a call rather than holds text.</summary>
    private static bool IsSetting(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Boolean or >= SpecialType.System_SByte and <= SpecialType.System_Double
           || type.TypeKind == TypeKind.Enum || type.Name == "TimeSpan";

    private bool CanHoldObjects(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic
            || !_profile.Classifier.PersonalMembers(type).IsEmpty)
        {
            return true;
        }

        // Node : IEnumerable<Node> is its own element type; A<T> : IEnumerable<A<A<T>>> makes a new one at every level.
        using var walk = BoundedWalk.Enter(WalkKind.Elements, type);
        return walk.Entered && PersonalDataClassifier.ElementType(type) is { } element && CanHoldObjects(element);
    }

    /// <summary>
    /// <c>Select</c> whose selector returns a label member of its element (<c>c =&gt; c.Type</c> over claims): the result holds the
    /// labels the elements are filed under, whatever the elements hold.
    /// </summary>
    private static bool ProjectsLabels(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != "Select" || invocation.Arguments.Length != 2)
        {
            return false;
        }

        var selector = invocation.Arguments[1].Value;
        if (selector is IDelegateCreationOperation creation)
        {
            selector = creation.Target;
        }

        return selector is IAnonymousFunctionOperation { Body.Operations: { Length: 1 } body }
               && body[0] is IReturnOperation { ReturnedValue: IPropertyReferenceOperation { Instance: IParameterReferenceOperation, Property: { } property } }
               && MemberTaint.IsLabel(property);
    }
}
