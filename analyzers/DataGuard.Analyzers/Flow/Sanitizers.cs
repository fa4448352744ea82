using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Methods whose result is no longer personal: masking, hashing, redaction, encryption and the team's own wrappers — marked
/// <c>[Sanitizer]</c>, configured, or named so with a body that removes the value (<see cref="SanitizingBodies"/>); never an
/// HTML/XSS sanitizer by its name alone (<see cref="MarkupSanitizers"/>).
/// </summary>
internal sealed class Sanitizers
{
    /// <summary>Every method of these types sanitizes.</summary>
    private static readonly string[] SanitizingTypes =
    {
        "DataGuard.Masking",
        "DataGuard.Detection.Fingerprint",
        "DataGuard.Detection.Redaction.Redactor",
        "Microsoft.Extensions.Compliance.Redaction.Redactor",
        "Microsoft.AspNetCore.DataProtection.IDataProtector",
        "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions",
    };

    /// <summary>Hash and HMAC algorithms accepted as one-way (MD5 and SHA-1 are not).</summary>
    private static readonly HashSet<string> StrongHashTypes = new(StringComparer.Ordinal)
    {
        "SHA256", "SHA384", "SHA512", "SHA3_256", "SHA3_384", "SHA3_512", "HMACSHA256", "HMACSHA384", "HMACSHA512", "HMACSHA3_256",
        "HMACSHA3_384", "HMACSHA3_512", "IncrementalHash", "HMAC",
    };

    private static readonly HashSet<string> HashMethods = new(StringComparer.Ordinal)
    {
        "HashData", "HashDataAsync", "TryHashData", "ComputeHash", "ComputeHashAsync", "TryComputeHash", "GetHashAndReset", "GetCurrentHash",
    };

    /// <summary>First words of method names that announce a sanitizer (<c>MaskPhone</c>, <c>RedactAddress</c>, <c>HashNationalId</c>).</summary>
    private static readonly HashSet<string> SanitizingVerbs = new(StringComparer.Ordinal)
    {
        "mask", "redact", "anonymize", "anonymise", "pseudonymize", "pseudonymise", "obfuscate", "scrub", "sanitize", "sanitise", "hash",
        "encrypt", "protect", "tokenize",
    };

    private readonly ConfiguredMethods _configured;

    /// <summary>What the symbol alone says: a sanitizer, not one, or one if its body removes the value (null).</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, bool?> _cache = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// What the bodies say, kept where a walk from the question would say the same: a "no" found under a cut (the bound, or a
    /// cycle) is not the body's answer, and kept it made a masking helper's calls leaks after an unlucky first question.
    /// </summary>
    private readonly BoundedVerdicts _removing = new(WalkKind.Sanitizing);

    private readonly SourceBodies _bodies;

    public Sanitizers(DataGuardOptions options, SourceBodies bodies)
    {
        _configured = new ConfiguredMethods(options.Sanitizers);
        _bodies = bodies;
    }

    /// <summary>True when the call's result does not carry the personal data of its arguments.</summary>
    public bool IsSanitizer(IMethodSymbol method, ITypeSymbol? receiverType)
    {
        if (method.Name is "ComputeHash" or "TryComputeHash" or "ComputeHashAsync" && BaseTypes.Any(receiverType, t => StrongHashTypes.Contains(t.Name)))
        {
            return true;
        }

        var key = (method.ReducedFrom ?? method).OriginalDefinition;
        var sanitizes = _cache.TryGetValue(key, out var known) ? known : _cache.GetOrAdd(key, Classify(key));
        return sanitizes ?? RemovesByBody(key);
    }

    /// <summary>The answer of the body of a method named like a sanitizer (<see cref="SanitizingBodies"/>).</summary>
    private bool RemovesByBody(IMethodSymbol method)
    {
        if (_removing.TryGet(method, out var removes))
        {
            return removes;
        }

        var level = _removing.Level;
        return _removing.Keep(method, level, _bodies.Body(method) is { } body && SanitizingBodies.Removes(method, body, this));
    }

    /// <summary>True or false from the symbol alone; null when the body decides.</summary>
    private bool? Classify(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        var typeName = PersonalAttributes.MetadataName(type.OriginalDefinition);
        if (SanitizingTypes.Contains(typeName) || PersonalAttributes.InheritsFrom(type, "Microsoft.Extensions.Compliance.Redaction.Redactor"))
        {
            return true;
        }

        if (StrongHashTypes.Contains(type.Name) && HashMethods.Contains(method.Name) && type.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
        {
            return true;
        }

        if (PersonalAttributes.Has(method, PersonalAttributes.Sanitizer) || PersonalAttributes.Has(type, PersonalAttributes.Sanitizer))
        {
            return true;
        }

        if (_configured.Matches(method))
        {
            return true;
        }

        // The name only suggests: a body in this compilation decides (SanitizeForLog that strips control characters hands the
        // address on). A method whose body cannot be read (a package's, an interface's) is taken at its word, unless the word
        // is about markup (Ganss.Xss HtmlSanitizer.Sanitize keeps the name and e-mail it is given).
        var words = IdentifierWords.Words(method.Name);
        if (words.Count == 0 || !SanitizingVerbs.Contains(words[0]) && !words.Any(w => PersonalNames.SafeWords.Contains(w)))
        {
            return false;
        }

        return _bodies.Body(method) is null ? !MarkupSanitizers.CleansMarkupOnly(method) : null;
    }
}
