using System;
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
        // A sanitizer's body asks about the methods it calls, which can call it back: bounded like a summary.
        using var walk = BoundedWalk.Enter(WalkKind.Summary, method);
        if (!walk.Entered)
        {
            return false;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: var value } } when IsMask(value):
                    return true;
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
