using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The request a mediator hands a pipeline step: MediatR's <c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>, a command
/// handler decorator, a pre-processor or filter. Its type is the open type parameter, bound at run time to every command of
/// the application (a patient's registration, a transfer), so it is request content: personal unless shown otherwise, and
/// logging the whole of it dumps every request. What the rest of the pipeline answers (<c>await next()</c>, typed by the step's
/// <c>TResponse</c>) is bound to every response in the same way — a customer, a reservation, a bill — so it is request content
/// too. Its type name, or a member the constraint names, is shown otherwise.
/// </summary>
internal static class PipelineRequests
{
    /// <summary>Words of a type parameter that say it is the request: <c>TRequest</c>, <c>TCommand</c>, <c>TQuery</c>, <c>TMessage</c>.</summary>
    private static readonly ImmutableHashSet<string> RequestWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "request", "command", "query", "message", "notification");

    /// <summary>Words of a type parameter that say it is what the pipeline answers: <c>TResponse</c>, <c>TResult</c>, <c>TReply</c>.</summary>
    private static readonly ImmutableHashSet<string> ResponseWords = ImmutableHashSet.Create(StringComparer.Ordinal, "response", "result", "reply");

    /// <summary>Words of the step's type or of the interface it implements that make it a pipeline step wrapped around every request.</summary>
    private static readonly ImmutableHashSet<string> StepWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "behavior", "behaviour", "decorator", "filter", "pipeline", "middleware", "processor", "interceptor");

    /// <summary>True for a parameter typed by its class's request type parameter, in a pipeline step over that parameter.</summary>
    public static bool IsReceived(IParameterSymbol parameter) => IsStepParameter(parameter.Type, RequestWords);

    /// <summary>
    /// True for what the rest of the pipeline answers a step: a call of a delegate the step was handed (<c>next()</c>,
    /// <c>next(cancellationToken)</c>), awaited or not, whose value is the step's response type parameter.
    /// </summary>
    public static bool IsAnswered(IOperation operation)
    {
        var call = operation is IAwaitOperation awaited ? awaited.Operation : operation;
        return call is IInvocationOperation { Instance: IParameterReferenceOperation handed }
               && handed.Type?.TypeKind == TypeKind.Delegate
               && IsStepParameter(operation is IAwaitOperation ? operation.Type : call.Type, ResponseWords);
    }

    /// <summary>True for a type parameter of a pipeline step, named with one of <paramref name="words"/>, that the step passes along.</summary>
    private static bool IsStepParameter(ITypeSymbol? type, ImmutableHashSet<string> words)
        => type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type, DeclaringType: { } step } value
           && IdentifierWords.Words(value.Name).Any(words.Contains)
           && (IsStepName(step.Name) || step.AllInterfaces.Any(i => IsStepName(i.Name) && i.TypeArguments.Contains(value, SymbolEqualityComparer.Default))
               || BaseTypes.Any(step.BaseType, b => IsStepName(b.Name) && b.TypeArguments.Contains(value, SymbolEqualityComparer.Default)));

    /// <summary>An interface named for the requests a mediator carries: <c>IRequest</c>, <c>ICommand&lt;T&gt;</c>, <c>INotification</c>.</summary>
    public static bool IsRequestInterface(INamedTypeSymbol type)
        => type.TypeKind == TypeKind.Interface && IdentifierWords.Words(type.Name).Any(RequestWords.Contains);

    private static bool IsStepName(string name) => IdentifierWords.Words(name).Any(StepWords.Contains);
}
