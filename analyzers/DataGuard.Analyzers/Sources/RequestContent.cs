using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// What a client sent: forms, query strings, headers, cookies, the body and model state; what another service sent: the
/// body of a message received from a queue or bus; and what the identity provider says about the signed-in user: the claims. Forms carry names, e-mails, IDs and passwords, and messages carry whole
/// events (an order with its buyer), so such content is personal unless shown otherwise — a read by a constant key that names nothing personal
/// (<c>Request.Query["page"]</c>) is shown otherwise. Dumping the whole of it (serialised, enumerated, printed) leaks it.
/// </summary>
internal static class RequestContent
{
    /// <summary>Types whose whole content came from the client (their implementations too: FormCollection, QueryCollection).</summary>
    private static readonly ImmutableHashSet<string> Types = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Microsoft.AspNetCore.Http.IFormCollection",
        "Microsoft.AspNetCore.Http.IQueryCollection",
        "Microsoft.AspNetCore.Http.IHeaderDictionary",
        "Microsoft.AspNetCore.Http.IRequestCookieCollection",
        "Microsoft.AspNetCore.Http.QueryString",
        "Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary");

    /// <summary>Members of request objects (and readers of them) whose value came from the client, where the type alone does not say so.</summary>
    private static readonly ImmutableHashSet<string> Members = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Microsoft.AspNetCore.Http.HttpRequest.Body",
        "Microsoft.AspNetCore.Http.HttpRequestJsonExtensions.ReadFromJsonAsync",
        "System.Web.HttpRequest.Form", "System.Web.HttpRequest.QueryString", "System.Web.HttpRequest.Params", "System.Web.HttpRequest.Headers",
        "System.Web.HttpRequest.Cookies", "System.Web.HttpRequest.InputStream",
        "System.Web.HttpRequestBase.Form", "System.Web.HttpRequestBase.QueryString", "System.Web.HttpRequestBase.Params",
        "System.Web.HttpRequestBase.Headers", "System.Web.HttpRequestBase.Cookies", "System.Web.HttpRequestBase.InputStream",
        // What another service sent: a received message's body is its whole event (an order with the buyer's name), as a form is.
        "RabbitMQ.Client.Events.BasicDeliverEventArgs.Body", "RabbitMQ.Client.BasicGetResult.Body",
        "Azure.Messaging.ServiceBus.ServiceBusReceivedMessage.Body", "Azure.Storage.Queues.Models.QueueMessage.Body",
        "Azure.Storage.Queues.Models.QueueMessage.MessageText", "Amazon.SQS.Model.Message.Body",
        // What the identity provider says about the signed-in person: e-mail, name, user name, picture, phone.
        "System.Security.Claims.ClaimsPrincipal.Claims", "System.Security.Claims.ClaimsIdentity.Claims");

    /// <summary>
    /// The member names of <see cref="Members"/> (<c>Body</c>, <c>Form</c>, …): the cheap test before the qualified name is built,
    /// which the pre-check of every method did for every property read and call.
    /// </summary>
    private static readonly ImmutableHashSet<string> MemberNames = SimpleNames.Of(Members);

    /// <summary>Simple names of <see cref="Types"/> and their usual implementations: a cheap test before the full one.</summary>
    private static readonly ImmutableHashSet<string> TypeNames = ImmutableHashSet.Create(StringComparer.Ordinal,
        "IFormCollection", "FormCollection", "IQueryCollection", "QueryCollection", "IHeaderDictionary", "HeaderDictionary",
        "IRequestCookieCollection", "RequestCookieCollection", "QueryString", "ModelStateDictionary");

    /// <summary>True for a type that holds a whole request's content, or log events as a target receives them (<see cref="LogEvents"/>).</summary>
    public static bool IsWholeType(ITypeSymbol? type)
    {
        if (LogEvents.IsEventOrBatch(type))
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || !TypeNames.Contains(named.Name))
        {
            return false;
        }

        if (Types.Contains(PersonalAttributes.MetadataName(named.OriginalDefinition)))
        {
            return true;
        }

        foreach (var @interface in named.AllInterfaces)
        {
            if (Types.Contains(PersonalAttributes.MetadataName(@interface.OriginalDefinition)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Members followed into an object to find request content it holds (a report's details' copy of the request).</summary>
    private const int MaxCarrierDepth = 4;

    /// <summary>
    /// True for a source that is request content or holds some a few members deep: <c>HttpRequest.Form</c>, a record's
    /// <c>Form</c>, a crash report whose details hold a copy of the request (<see cref="RequestContentMembers"/>).
    /// </summary>
    public static bool Carries(ISymbol source, PersonalDataClassifier classifier) => Carries(source, classifier, 0);

    private static bool Carries(ISymbol source, PersonalDataClassifier classifier, int depth)
    {
        if (IsContent(source) || source is IParameterSymbol parameter && (LogEvents.IsReceived(parameter) || ParsedBodies.IsBoundBody(parameter)
                                                                           || PipelineRequests.IsReceived(parameter) && !classifier.BoundRequests.HoldNoPersonalData(parameter)))
        {
            return true;
        }

        var type = Flow.OperationShapes.ValueTypeOf(source);
        if (type is null || IsWholeType(type))
        {
            return type is not null;
        }

        return depth < MaxCarrierDepth && classifier.PersonalMembers(type).Any(member => Carries(member, classifier, depth + 1));
    }

    /// <summary>
    /// The values of <paramref name="taint"/> that are request content or hold some (<see cref="Carries(ISymbol, PersonalDataClassifier)"/>);
    /// with <paramref name="keepMarkers"/>, also a summarized method's parameters, whose callers say what they hold.
    /// </summary>
    public static Flow.Taint Only(Flow.Taint taint, PersonalDataClassifier classifier, bool keepMarkers = false)
        => Flow.Taint.Of(taint.Values.Where(v => v.IsMarker ? keepMarkers : Carries(v.Symbol, classifier)).ToImmutableArray());

    private static bool IsContent(ISymbol symbol)
        => symbol is IFieldSymbol or IPropertySymbol && RequestContentMembers.HoldsRequestContent(symbol)
           || symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol && symbol.ContainingType is { } owner && MemberNames.Contains(symbol.Name)
              && Members.Contains(PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + symbol.Name);

    /// <summary>The symbol that names the request content this operation reads (<c>HttpRequest.Form</c>, a form parameter), or null.</summary>
    public static ISymbol? WholeContentRead(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation
                when ((IMemberReferenceOperation)operation).Member is { ContainingType: { } owner } member
                     && MemberNames.Contains(member.Name)
                     && Members.Contains(PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + member.Name):
                // Request.Form; RabbitMQ's BasicDeliverEventArgs.Body is a field.
                return member;
            case IInvocationOperation { TargetMethod: { ContainingType: { } reader } method }
                when MemberNames.Contains(method.Name) && Members.Contains(PersonalAttributes.MetadataName(reader.OriginalDefinition) + "." + method.Name):
                // await Request.ReadFromJsonAsync<Dictionary<string, string>>()
                return method.OriginalDefinition;
            case IMemberReferenceOperation member when IsWholeType(operation.Type) && !ApiModelState.IsScreenedByFramework(member)
                                                       || RequestContentMembers.HoldsRequestContent(member.Member):
                // error.Form of an error record filled from the request by another assembly (see RequestContentMembers)
                return member.Member;
            case IParameterReferenceOperation parameter when IsWholeType(operation.Type) || LogEvents.IsReceived(parameter.Parameter)
                                                             || PipelineRequests.IsReceived(parameter.Parameter) || ParsedBodies.IsBoundBody(parameter.Parameter):
                // A form parameter; what a logging framework hands its target (ILogger.Log's state, whatever TState is); the
                // request a mediator hands a pipeline behaviour (whatever TRequest is bound to); a body bound as untyped JSON.
                return parameter.Parameter;
            case IInvocationOperation or IAwaitOperation when IsWholeType(operation.Type) || PipelineRequests.IsAnswered(operation):
                // await Request.ReadFormAsync(); await next() in a pipeline behaviour (whatever TResponse is bound to).
                return operation.Type;
            default:
                return null;
        }
    }
}
