using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The pre-check before any flow walk: does a body read anything personal — a personal member, parameter, local or method,
/// a record by a personal key, request or mail content, an object with personal members — or call a method of this
/// compilation that returns such data? Without such a read no rule can report, so the walk is skipped.
/// </summary>
internal sealed class PersonalReads
{
    private readonly DataGuardProfile _profile;
    private readonly MayAnswers _mayReturn = new(WalkKind.Summary);

    /// <summary><see cref="Scan"/> as one delegate, not a new closure at every look-up.</summary>
    private readonly System.Func<IMethodSymbol, bool> _scan;

    public PersonalReads(DataGuardProfile profile)
    {
        _profile = profile;
        _scan = Scan;
    }

    /// <summary>
    /// True when <paramref name="root"/> reads anything personal. Names, keys, request content and personal types first;
    /// the summaries of called methods (a walk of each callee's body) only when none of those answered.
    /// </summary>
    public bool Touches(IOperation root)
    {
        var calls = new List<IMethodSymbol>();
        return ReadsDirectly(root, calls) || calls.Any(method => !_profile.Summaries.Returned(method).IsEmpty);
    }

    /// <summary>
    /// False only when a call of <paramref name="method"/> cannot return anyone's data, whatever its arguments: its body, and
    /// the bodies of the methods it calls, read nothing personal and hold nothing a ToString would print. Answered by scanning
    /// the operations, without the summary's flow walk: most helpers a method calls (formatting, lookups, mapping of
    /// non-personal values) are of this kind. Past the summaries' bound or on a cycle the answer is true — the summary decides.
    /// </summary>
    public bool MayReturnPersonalData(IMethodSymbol method) => _mayReturn.Get(method.OriginalDefinition, _scan);

    private bool Scan(IMethodSymbol method)
    {
        if (_profile.Bodies.Body(method) is not { } body)
        {
            // No body: the summary is empty (metadata, abstract, extern).
            return false;
        }

        var calls = new List<IMethodSymbol>();
        return ReadsDirectly(body, calls) || PrintsHeldData(body)
               || calls.Any(callee => MethodSummaries.CanReturnData(callee.OriginalDefinition.ReturnType) && MayReturnPersonalData(callee));
    }

    /// <summary>Any operation of <paramref name="root"/> reads personal data; calls into this compilation are left in <paramref name="calls"/>.</summary>
    private bool ReadsDirectly(IOperation root, List<IMethodSymbol> calls)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (Reads(operation, calls))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One operation of <see cref="ReadsDirectly"/>: the sources <see cref="TaintEvaluator"/> knows, and the calls whose summaries it asks.</summary>
    private bool Reads(IOperation operation, List<IMethodSymbol> calls)
    {
        var classifier = _profile.Classifier;
        switch (operation)
        {
            case IMemberReferenceOperation member:
                if (classifier.IsPersonal(member.Member) || classifier.PersonalKey(member) is not null) return true;
                if (member.Member is IPropertySymbol { GetMethod: { } getter } && !PersonalDataClassifier.IsFramework(getter.ContainingType)) calls.Add(getter);
                break;
            case ILocalReferenceOperation local:
                if (classifier.IsPersonal(local.Local)) return true;
                break;
            case IParameterReferenceOperation parameter:
                if (classifier.IsPersonal(parameter.Parameter) || _profile.IsPersonalByUse(parameter.Parameter)
                    || PassedRecords.IsUntyped(parameter.Parameter) && !_profile.PassedRecords.Of(parameter.Parameter).IsEmpty) return true;
                break;
            case IInvocationOperation invocation:
                if (classifier.IsPersonal(invocation.TargetMethod) || classifier.PersonalKey(invocation) is not null
                    || SelectedColumns.PersonalColumn(invocation, classifier.Names) is not null) return true;
                if (!PersonalDataClassifier.IsFramework(invocation.TargetMethod.ContainingType)) calls.Add(invocation.TargetMethod);
                if (WritesStoredMail(invocation) || WritesPersonalUpload(invocation)) return true;
                break;
            case IObjectCreationOperation { Constructor: { } constructor } when _profile.RequestCopies.CopiedContent(constructor) is not null:
                return true;
        }

        // A mail's recipients and body are not personal members (a mail library is a carrier), but written to a file they are a mail drop.
        return RequestContent.WholeContentRead(operation) is not null || _profile.Routes.PathRead(operation) is not null || MailContent.Touches(operation)
               || operation.Type is { } type && !classifier.PersonalMembers(type).IsEmpty;
    }

    /// <summary>
    /// A file write of a mail's recipients or body read elsewhere — formatted in another method and kept in a field until this
    /// one writes it (<see cref="MailContent.CarriedIn"/>): the body reads nothing itself, yet writes a mail drop.
    /// </summary>
    private bool WritesStoredMail(IInvocationOperation invocation)
    {
        if (_profile.Sinks.Match(invocation, Sinks.SinkKind.File) is not { } spec || !Sinks.LogDestinations.IsFileWrite(invocation, spec))
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.Type?.SpecialType == SpecialType.System_String
                && MailContent.CarriedIn(argument.Value, _profile.StoredValues, _profile.Bodies) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person's uploaded file (<see cref="PersonalUploads"/>) written to a file: the body reads no personal member, yet
    /// may publish a photo or signature under the web root.
    /// </summary>
    private bool WritesPersonalUpload(IInvocationOperation invocation)
        => _profile.Sinks.Match(invocation, Sinks.SinkKind.File) is { WritesReceiver: true } spec && Sinks.LogDestinations.IsFileWrite(invocation, spec)
           && PersonalUploads.Owner(WalkShapes.Receiver(invocation), _profile.Classifier) is not null;

    /// <summary>
    /// A team's object built or filled in the body (<c>new Box(x)</c>, <c>box.Add(x)</c>) whose ToString prints personal
    /// members: printed, it shows them whatever it was given, so the returned text can be personal though nothing was read.
    /// </summary>
    private bool PrintsHeldData(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (operation is IObjectCreationOperation or ILocalReferenceOperation or IParameterReferenceOperation
                && operation.Type is { } type && !PersonalDataClassifier.IsFramework(type) && !_profile.Exposures.Of(type).Members.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
