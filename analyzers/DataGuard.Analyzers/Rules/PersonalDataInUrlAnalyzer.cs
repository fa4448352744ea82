using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>DG1002: personal data in an HTTP request URL (HttpClient calls, <c>new Uri</c>, HttpRequestMessage, UriBuilder, WebClient), whatever the host.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInUrlAnalyzer : PersonalDataFlowAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataInUrlAnalyzer()
        : base(Descriptors.PersonalDataInUrl)
    {
    }

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.RequestUrl);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile) => operation switch
    {
        IInvocationOperation invocation => profile.Sinks.Match(invocation.TargetMethod, SinkKind.RequestUrl) is not null,
        IObjectCreationOperation { Constructor: { } constructor } => profile.Sinks.Match(constructor, SinkKind.RequestUrl) is not null,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.SetMethod: { } setter } } => profile.Sinks.Match(setter, SinkKind.RequestUrl) is not null,
        _ => false,
    };

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
        {
            Check(assignment, assignment.Value, property.Property.ContainingType.Name + "." + property.Property.Name, SameSiteLinks.IsLinkBack(assignment));
            return;
        }

        var (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Constructor!, creation.Arguments),
            _ => (null, default),
        };
        if (method is null)
        {
            return;
        }

        var spec = evaluator.Profile.Sinks.Match(method, SinkKind.RequestUrl)!;
        foreach (var argument in arguments)
        {
            // A Uri argument was built by `new Uri(...)`, which is reported where it is built.
            if (argument.Parameter is { } parameter && spec.UrlParameters.Contains(parameter.Name) && parameter.Type.SpecialType == SpecialType.System_String)
            {
                Check(operation, argument.Value, Describe(method), linkBack: false);
            }
        }

        void Check(IOperation sink, IOperation value, string description, bool linkBack)
        {
            var taint = evaluator.Stringify(evaluator.Evaluate(value));
            taint = linkBack ? SameSiteLinks.WithoutRequestAddress(taint) : taint;
            if (taint.IsPersonal)
            {
                diagnostics.Add(Rule, sink, taint, MaskTarget.Find(value, evaluator), description);
            }
        }
    }
}
