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
    /// <summary>
    /// The request type <paramref name="method"/> handles, when it is the <c>Handle</c> of a request handler — also written as an
    /// explicit implementation (<c>Task&lt;Result&lt;Unit&gt;&gt; IRequestHandler&lt;EditCustomerCommand, Result&lt;Unit&gt;&gt;.Handle(…)</c>,
    /// whose own name is the interface's qualified one); otherwise null.
    /// </summary>
    public static ITypeSymbol? RequestOf(IMethodSymbol method)
    {
        var name = method.ExplicitInterfaceImplementations.FirstOrDefault()?.Name ?? method.Name;
        if (name != "Handle" || method.ContainingType is not { } type || method.Parameters.Length == 0) return null;
        var request = method.Parameters[0].Type;
        return type.AllInterfaces.Any(i => i.Name == "IRequestHandler" && i.TypeArguments.Length > 0
                                           && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], request))
            ? request
            : null;
    }

    /// <summary>True when <paramref name="method"/> handles a request named as a command (<c>WithdrawCommand</c>).</summary>
    public static bool HandlesCommand(IMethodSymbol method) => RequestOf(method) is { } request && IsCommand(request);

    /// <summary>
    /// A mediator's request (a type implementing an interface named <c>IRequest</c>, MediatR's or one built the same way) named as a
    /// command (<c>UpdateCustomerCommand</c>): the request changes state.
    /// </summary>
    public static bool IsCommandRequest(ITypeSymbol type)
        => IsCommand(type) && type.AllInterfaces.Any(i => i.Name == "IRequest");

    private static bool IsCommand(ITypeSymbol request) => request.Name.EndsWith("Command", StringComparison.Ordinal);

    /// <summary>True when <paramref name="method"/> handles a request named as a query (<c>GetAccountByIdQuery</c>).</summary>
    public static bool HandlesQuery(IMethodSymbol method) => RequestOf(method)?.Name.EndsWith("Query", StringComparison.Ordinal) == true;
}
