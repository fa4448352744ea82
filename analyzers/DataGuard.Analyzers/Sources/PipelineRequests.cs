using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The request a mediator hands a pipeline step: MediatR's <c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>, a command
/// handler decorator, a pre-processor or filter. Its type is the open type parameter, bound at run time to every command of
/// the application (a patient's registration, a transfer), so it is request content: personal unless shown otherwise, and
/// logging the whole of it dumps every request. Its type name, or a member the constraint names, is shown otherwise.
/// </summary>
internal static class PipelineRequests
{
    /// <summary>Words of a type parameter that say it is the request: <c>TRequest</c>, <c>TCommand</c>, <c>TQuery</c>, <c>TMessage</c>.</summary>
    private static readonly ImmutableHashSet<string> RequestWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "request", "command", "query", "message", "notification");

    /// <summary>Words of the step's type or of the interface it implements that make it a pipeline step wrapped around every request.</summary>
    private static readonly ImmutableHashSet<string> StepWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "behavior", "behaviour", "decorator", "filter", "pipeline", "middleware", "processor", "interceptor");

    /// <summary>True for a parameter typed by its class's request type parameter, in a pipeline step over that parameter.</summary>
    public static bool IsReceived(IParameterSymbol parameter)
        => parameter.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type, DeclaringType: { } step } request
           && IdentifierWords.Split(request.Name).Any(RequestWords.Contains)
           && (IsStepName(step.Name) || step.AllInterfaces.Any(i => IsStepName(i.Name) && i.TypeArguments.Contains(request, SymbolEqualityComparer.Default))
               || BaseTypes.Any(step.BaseType, b => IsStepName(b.Name) && b.TypeArguments.Contains(request, SymbolEqualityComparer.Default)));

    private static bool IsStepName(string name) => IdentifierWords.Split(name).Any(StepWords.Contains);
}
