using System.Collections.Generic;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>The verb a method's name starts with, as DG1008's decisions read it.</summary>
internal static class MethodVerbs
{
    /// <summary>True when the name's first word is one of <paramref name="verbs"/>; a one-letter prefix is no word (<c>TDelete</c>, <c>TUpdate</c> of a generic service).</summary>
    public static bool FirstWordIn(IMethodSymbol method, HashSet<string> verbs)
        => IdentifierWords.Words(method.Name) is { Count: > 0 } words
           && verbs.Contains(words[0].Length == 1 && words.Count > 1 ? words[1] : words[0]);
}
