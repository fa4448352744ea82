using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A token a method makes — a signed JWT (<c>JwtSecurityTokenHandler.WriteToken</c>, <c>GenerateJwtToken(user)</c>), a refresh
/// or bearer token, an API key — is a credential, not a person's value: the claims it was built from (an e-mail) are only in
/// its encoding (round 33: a JWT's first 50 characters logged; round 31's mmgc "a token is a credential"). Logging one is a
/// credential leak other tools look for; DataGuard's rules follow personal data, so the token's text carries none. Decided by
/// what the method returns — text — and the noun its name ends in.
/// </summary>
internal static class CredentialTokens
{
    /// <summary>Last words of a method that returns a credential: <c>…Token</c>, <c>…Jwt</c>, <c>…ApiKey</c>.</summary>
    private static readonly HashSet<string> CredentialNouns = new(StringComparer.Ordinal) { "token", "jwt" };

    /// <summary>Words that make the token the input, not the result: <c>GetEmailFromToken</c> reads a person's e-mail out of one.</summary>
    private static readonly HashSet<string> ReadingWords = new(StringComparer.Ordinal) { "from", "by", "of", "in" };

    /// <summary>True for a method that returns a token's or key's text.</summary>
    public static bool Makes(IMethodSymbol method)
        => ReturnsText(method.ReturnType) && IdentifierWords.Words(StripAsync(method.Name)) is { Count: > 0 } words && !words.Any(ReadingWords.Contains)
           && (CredentialNouns.Contains(words[words.Count - 1]) || words.Count > 1 && words[words.Count - 2] == "api" && words[words.Count - 1] == "key");

    private static string StripAsync(string name) => name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    /// <summary>A string, or a task of one.</summary>
    private static bool ReturnsText(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
           || type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && task.TypeArguments[0].SpecialType == SpecialType.System_String;
}
