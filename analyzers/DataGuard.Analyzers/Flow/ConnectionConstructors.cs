using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Constructors that configure a connection to a server: in one body they store a password (or secret) in a field and a
/// server's address or channel in another (<c>_password = password; _virtualHost = virtualHost; _exchange = exchange;</c>).
/// The user name they store beside these is the account the program connects with — a service account, set by whoever
/// wires the program up — not a person's (round 24: a RabbitMQ publisher logging its broker account). A password stored
/// alone (a person's sign-in) is no connection.
/// </summary>
internal static class ConnectionConstructors
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal) { "password", "passwd", "pwd", "secret" };

    /// <summary>Words of a field that holds where or through what the program connects.</summary>
    private static readonly HashSet<string> ServerWords = new(StringComparer.Ordinal)
    {
        "host", "hostname", "server", "port", "exchange", "broker", "endpoint", "queue", "vhost",
    };

    /// <summary>True for a word of a name that says where or through what the program connects (<c>host</c>, <c>port</c>, <c>vhost</c>).</summary>
    public static bool IsServerWord(string word) => ServerWords.Contains(word);

    /// <summary>True when <paramref name="value"/> is a parameter of a connection-configuring constructor that <paramref name="store"/> sits in.</summary>
    public static bool StoresConnectionParameter(SyntaxNode store, IOperation value)
        => value is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } }
           && store.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is { Body: { } body }
           && ConfiguresConnection(body);

    private static bool ConfiguresConnection(BlockSyntax body)
    {
        var stored = body.Statements.OfType<ExpressionStatementSyntax>()
            .Select(s => s.Expression is AssignmentExpressionSyntax assignment ? CalledNames.Of(assignment.Left) : null)
            .Where(name => name is not null)
            .Select(name => IdentifierWords.Words(name!))
            .ToList();
        return stored.Any(words => words.Any(SecretWords.Contains)) && stored.Any(words => words.Any(ServerWords.Contains));
    }
}
