using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// The program's sign-in accounts and the access they are granted (DG1008; round 36: staff and user administration was 19
/// of 48 wrong reports). The guideline's misuse is an officer looking a citizen up in the records the organisation keeps
/// about the people it serves; an account row says who may sign in — its user name, the e-mail and phone to reach the
/// holder, its roles — and listing or managing accounts is access administration, not such a look-up. The rule is kept
/// narrow: an account counts as no person's record only when it is what the read answers with (the root of a query, the
/// row a service returns); reached from a served person's row (<c>Tenant.User</c>, <c>Patient.User</c>), its columns are
/// that person's contact details and count, and so does a served record loaded below it (<c>Include(u =&gt; u.Student)</c>).
/// <para>
/// An account is known by its type: an ASP.NET Core Identity user (a type deriving from <c>IdentityUser</c>), a row that
/// keeps a password's hash or salt (<c>PasswordHash</c>), or a row named for an account (<c>UserDto</c>,
/// <c>ApplicationUser</c>, <c>UserAccount</c>, and an account's grant, <c>UserRoleDto</c>) that names no one served.
/// </para>
/// </summary>
internal static class AccountRecords
{
    /// <summary>Last words of a login account type (<c>User</c>, <c>ApplicationUser</c>, <c>UserAccount</c>).</summary>
    private static readonly HashSet<string> AccountNouns = new(StringComparer.Ordinal) { "user", "account", "login" };

    /// <summary>What an account is granted, after its noun: <c>UserRole</c>, <c>AccountPermission</c>, <c>UserClaim</c>.</summary>
    private static readonly HashSet<string> GrantNouns = new(StringComparer.Ordinal) { "role", "permission", "claim" };

    /// <summary>Words a row type's name ends with that say its shape, not what it holds: <c>UserDto</c>, <c>UserDetailsViewModel</c>.</summary>
    private static readonly HashSet<string> ShapeWords = new(StringComparer.Ordinal)
    {
        "dto", "model", "view", "response", "result", "summary", "detail", "info", "item", "record", "entity", "data", "read", "row",
    };

    /// <summary>ASP.NET Core Identity's user types, whatever the program derives from them.</summary>
    private static readonly HashSet<string> IdentityUsers = new(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Identity.IdentityUser", "Microsoft.AspNetCore.Identity.IdentityUser`1",
    };

    /// <summary>True for a sign-in account or its grant (see the class summary).</summary>
    public static bool Is(ITypeSymbol type)
        => BaseTypes.Any(type, t => t.OriginalDefinition is INamedTypeSymbol original && IdentityUsers.Contains(PersonalAttributes.MetadataName(original))) || KeepsPassword(type) || IsNamed(type.Name);

    /// <summary>True for a name whose last words are an account noun (<c>Doctor.User</c>, <c>UserDto</c>), or one followed by a grant, naming no one served.</summary>
    public static bool IsNamed(string name)
    {
        var words = IdentifierWords.Words(name).Select(IdentifierWords.Singular).ToList();
        if (StaffRecords.NamesServed(words)) return false;
        var end = words.Count;
        while (end > 1 && ShapeWords.Contains(words[end - 1])) end--;
        if (end > 1 && GrantNouns.Contains(words[end - 1])) end--;
        return end > 0 && AccountNouns.Contains(words[end - 1]);
    }

    /// <summary>A column keeping a password's hash or salt (<c>PasswordHash</c>, <c>PasswordSalt</c>, <c>HashedPassword</c>): only an account does.</summary>
    private static bool KeepsPassword(ITypeSymbol type)
        => BaseTypes.Chain(type).SelectMany(t => t.GetMembers()).Any(m => m is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false } && NamesPasswordHash(m.Name));

    private static bool NamesPasswordHash(string name)
    {
        var words = IdentifierWords.Words(name);
        return words.Contains("password") && (words.Contains("hash") || words.Contains("hashed") || words.Contains("salt"));
    }
}
