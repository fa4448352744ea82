using System;
using System.Collections.Generic;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// A coarse category computed from a personal value — an age band from a birth date (<c>GetAgeGroup(birthDate)</c> →
/// "12-15 years"), an income bracket — is one of a handful of values shared by many people: deliberate de-identification,
/// not the person's data. When the method's body is in this compilation its summary shows it (every return is a constant);
/// a method from another assembly is judged by its name instead: a text result named for a group, band, bracket, bucket,
/// range, tier or category. Exact derived values (an age in years, a year of birth) stay personal.
/// </summary>
internal static class CoarseCategories
{
    private static readonly HashSet<string> CategoryWords = new(StringComparer.Ordinal)
    {
        "group", "band", "bracket", "bucket", "range", "tier", "category",
    };

    public static bool Returns(IMethodSymbol method, SourceBodies bodies)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_String) return false;

        var words = IdentifierWords.Words(method.Name);
        return words.Count > 1 && CategoryWords.Contains(IdentifierWords.LastWord(words)!) && bodies.Body(method) is null;
    }
}
