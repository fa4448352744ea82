using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Whether the body of a method named like a sanitizer (<c>MaskPhone</c>, <c>SanitizeForLog</c>) removes the value it is given.
/// Names suggest, bodies decide: a body that writes mask characters (<c>new string('*', n)</c>, <c>"***"</c>,
/// <c>"[REDACTED]"</c>), or calls a sanitizer itself (a strong hash, encryption, data protection, DataGuard's masking, a
/// method marked <c>[Sanitizer]</c>), removes it; one that only strips control characters, trims or truncates hands the
/// e-mail address on whole, and its callers' values stay personal.
/// </summary>
internal static class SanitizingBodies
{
    /// <summary>Characters a mask is written with: <c>***</c>, <c>####</c>, <c>••••</c>.</summary>
    private static readonly char[] MaskCharacters = { '*', '#', '•', '●', '█', '＊', '○', '×' };

    /// <summary>Words of a literal that stands in for a removed value: <c>[REDACTED]</c>, <c>&lt;masked&gt;</c>, <c>(hidden)</c>.</summary>
    private static readonly string[] PlaceholderWords = { "redacted", "masked", "hidden", "removed", "anonymized", "anonymised", "遮罩", "隱藏" };

    /// <summary>True when <paramref name="body"/> of <paramref name="method"/> writes a mask or calls a sanitizer.</summary>
    public static bool Removes(IMethodSymbol method, IOperation body, Sanitizers sanitizers)
    {
        // A sanitizer's body asks about the methods it calls, which can call it back: bounded, in a walk of its own (asked
        // inside a summary's walk, the summary's bound cut it: round 31's RedactPhone, asked first three helpers down).
        using var walk = BoundedWalk.Enter(WalkKind.Sanitizing, method);
        if (!walk.Entered)
        {
            return false;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: var value } } when IsMask(value):
                    return !MasksCredentialsOnly(body);
                case IInvocationOperation { TargetMethod: var called } invocation
                    when !SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, method.OriginalDefinition)
                         && (IsCryptography(called.ContainingType) || sanitizers.IsSanitizer(called, invocation.Instance?.Type)):
                    return true;
                case IObjectCreationOperation { Type: var created } when IsCryptography(created):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a body that writes its mask over keys it names, every one a credential — <c>Regex.Replace(json, pattern,
    /// "\"***MASKED***\"")</c> with patterns for <c>"password"</c>, <c>"token"</c> and <c>"pin"</c> (round 22's bank, masking a
    /// serialised request): the citizen's national ID, phone and e-mail in the same text are not named, so they pass.
    /// </summary>
    private static bool MasksCredentialsOnly(IOperation body)
    {
        var replaces = false;
        var named = false;
        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "Replace" })
            {
                replaces = true;
            }
            else if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } && !IsMask(text))
            {
                foreach (var run in LetterRuns(text))
                {
                    // accessToken, client_secret: every word of the key a credential's.
                    foreach (var word in Sources.IdentifierWords.Words(run))
                    {
                        if (!CredentialWords.Contains(word))
                        {
                            return false;
                        }

                        named = true;
                    }
                }
            }
        }

        return replaces && named;
    }

    /// <summary>Words of a pattern or key that name a credential or secret, never a person's datum.</summary>
    private static readonly HashSet<string> CredentialWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pwd", "passcode", "pin", "token", "tokens", "secret", "secrets", "authorization", "bearer", "apikey",
        "api", "key", "cookie", "cookies", "otp", "cvv", "cvc", "credential", "credentials", "access", "refresh", "session", "salt",
        "client", "private", "signature",
    };

    /// <summary>Runs of three or more letters: the key names of a pattern, not its escapes (<c>\s</c>, <c>\d</c>).</summary>
    private static IEnumerable<string> LetterRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // A regex escape's letter is not part of the word after it: \bpassword is "password".
                var first = start > 0 && text[start - 1] == '\\' ? start + 1 : start;
                if (i - first >= 3)
                {
                    yield return text.Substring(first, i - first);
                }

                start = -1;
            }
        }
    }

    private static bool IsMask(object? value)
        => value switch
        {
            char c => Array.IndexOf(MaskCharacters, c) >= 0,
            string text => IsMaskText(text),
            _ => false,
        };

    private static bool IsMaskText(string text)
    {
        var masks = 0;
        foreach (var c in text)
        {
            if (Array.IndexOf(MaskCharacters, c) >= 0)
            {
                masks++;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('[' or ']' or '(' or ')' or '<' or '>' or '-' or '.'))
            {
                masks = -1;
                break;
            }
        }

        if (masks > 0)
        {
            return true;
        }

        foreach (var word in PlaceholderWords)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Hashing and encryption primitives (<c>Aes.Create</c>, <c>SHA256.HashData</c>, <c>CryptoStream</c>).</summary>
    private static bool IsCryptography(ITypeSymbol? type)
        => type?.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography"
           && type.Name is not ("RandomNumberGenerator" or "CryptographicException" or "MD5" or "SHA1" or "HMACMD5" or "HMACSHA1");
}
