using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A mediator's request handlers (<c>IRequestHandler&lt;TRequest, TResponse&gt;</c>, and interfaces built on it such as
/// <c>ICommandHandler&lt;TCommand, TResponse&gt;</c>) and what their request's name says the request does: a CQRS
/// <c>…Command</c> changes state, a <c>…Query</c> only answers.
/// </summary>
internal static class RequestHandlers
{
    /// <summary>The request type <paramref name="method"/> handles, when it is the <c>Handle</c> of a request handler; otherwise null.</summary>
    public static ITypeSymbol? RequestOf(IMethodSymbol method)
    {
        if (method.Name != "Handle" || method.ContainingType is not { } type || method.Parameters.Length == 0) return null;
        var request = method.Parameters[0].Type;
        return type.AllInterfaces.Any(i => i.Name == "IRequestHandler" && i.TypeArguments.Length > 0
                                           && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], request))
            ? request
            : null;
    }

    /// <summary>True when <paramref name="method"/> handles a request named as a command (<c>WithdrawCommand</c>).</summary>
    public static bool HandlesCommand(IMethodSymbol method) => RequestOf(method)?.Name.EndsWith("Command", StringComparison.Ordinal) == true;

    /// <summary>True when <paramref name="method"/> handles a request named as a query (<c>GetAccountByIdQuery</c>).</summary>
    public static bool HandlesQuery(IMethodSymbol method) => RequestOf(method)?.Name.EndsWith("Query", StringComparison.Ordinal) == true;
}
