using System;
using System.Collections.Generic;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Records that describe a database or broker session or connection (round 30: an Oracle session's <c>Sid</c>, <c>Serial</c>,
/// <c>Machine</c>, <c>Program</c>; a RabbitMQ connection's <c>Host</c>, <c>Port</c>, <c>Channels</c>; a database server's user list
/// with its <c>Host</c>). The <c>Username</c>/<c>LoginName</c>/<c>User</c> such a record holds is the account a program or an
/// operator connects with — a service account, as <see cref="ConnectionConstructors"/> decides for a constructor that stores
/// it beside a host and a password — not a person. Decided from the declaring type's shape (its members' and its own name's
/// words), never from a library's: at least two server or session words, and no other member named like a person's data
/// (a sign-in record with an e-mail beside its host stays a person's).
/// </summary>
internal static class ServiceSessionRecords
{
    /// <summary>Words of a member only a server session or connection has, besides where it connects (<see cref="ConnectionConstructors.IsServerWord"/>).</summary>
    private static readonly HashSet<string> SessionWords = new(StringComparer.Ordinal)
    {
        "sid", "serial", "pid", "spid", "machine", "program", "database", "db", "schema", "virtual", "connection", "channel", "cluster", "replica",
    };

    /// <summary>Words of an account's name: <c>Username</c>, <c>LoginName</c>, <c>User</c>, <c>DbUser</c>.</summary>
    private static readonly HashSet<string> AccountWords = new(StringComparer.Ordinal) { "user", "username", "login", "name", "account" };

    /// <summary>
    /// True when <paramref name="member"/> is the text account name of a record that describes a server session or connection
    /// (a <c>User</c> navigation to a person's record stays that record).
    /// </summary>
    public static bool IsServiceAccount(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_String } or IFieldSymbol { IsStatic: false, Type.SpecialType: SpecialType.System_String }
           && IsAccountName(IdentifierWords.Words(member.Name))
           && member.ContainingType is { } owner && !PersonalDataClassifier.IsFramework(owner)
           && DescribesSession(owner, member, names);

    private static bool IsAccountName(IReadOnlyList<string> words)
    {
        var named = false;
        foreach (var word in words)
        {
            if (!AccountWords.Contains(word))
            {
                return false;
            }

            named |= word is "user" or "username" or "login";
        }

        return named;
    }

    private static bool DescribesSession(INamedTypeSymbol owner, ISymbol account, PersonalNames names)
    {
        var hits = CountSessionWords(IdentifierWords.Words(owner.Name));
        foreach (var other in owner.GetMembers())
        {
            if (other is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
                || SymbolEqualityComparer.Default.Equals(other, account))
            {
                continue;
            }

            if (names.IsPersonal(other.Name) && !IsAccountName(IdentifierWords.Words(other.Name)))
            {
                return false;
            }

            hits += CountSessionWords(IdentifierWords.Words(other.Name)) > 0 ? 1 : 0;
        }

        return hits >= 2;
    }

    private static int CountSessionWords(IReadOnlyList<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += SessionWords.Contains(word) || ConnectionConstructors.IsServerWord(word) ? 1 : 0;
        }

        return count;
    }
}
