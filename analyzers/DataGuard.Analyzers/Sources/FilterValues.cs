using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// What a user typed into a search box or grid filter over people. The value's own name is generic (<c>filterValue</c>,
/// <c>searchText</c>, <c>term</c>), so the evidence is where it sits: a parameter of a method that filters by a personal field
/// (<c>DataGridFilterEmailAddressAsync(string filterValue)</c>, <c>SearchByPhone(string term)</c>), or the search member of a
/// filter over a person's records (<c>PacientFilters.SearchText</c>, <c>CustomerSearchCriteria.Keyword</c>). A search string
/// with neither (<c>FilterByName(string value)</c>, <c>ProductFilter.SearchText</c>) is no one's data.
/// </summary>
internal static class FilterValues
{
    /// <summary>The words a generic search value is named with: every word of its name is one of these.</summary>
    private static readonly HashSet<string> ValueWords = new(StringComparer.Ordinal)
    {
        "filter", "search", "query", "term", "keyword", "value", "text", "q", "criteria", "pattern", "input", "string", "str",
    };

    /// <summary>Words of a method name or type name that say it searches or filters.</summary>
    private static readonly HashSet<string> SearchWords = new(StringComparer.Ordinal)
    {
        "filter", "search", "find", "lookup", "autocomplete", "suggest", "query", "criteria",
    };

    /// <summary>Words after the search word of a type name that only say what kind of object it is.</summary>
    private static readonly HashSet<string> TypeSuffixes = new(StringComparer.Ordinal)
    {
        "dto", "request", "model", "option", "parameter", "param", "input", "command", "view", "vm", "args",
    };

    /// <summary>True when <paramref name="symbol"/> is a generic search value whose method or type says it searches people.</summary>
    public static bool Holds(ISymbol symbol, PersonalNames names)
    {
        if (!IsGenericValueName(symbol.Name))
        {
            return false;
        }

        return symbol switch
        {
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } => FiltersByPersonalField(method.Name, names),
            IPropertySymbol or IFieldSymbol => symbol.ContainingType is { } owner && FiltersPeople(owner.Name),
            _ => false,
        };
    }

    private static bool IsGenericValueName(string name)
    {
        var words = IdentifierWords.Words(name);
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!ValueWords.Contains(IdentifierWords.Singular(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>DataGridFilterFullNameAsync</c>, <c>SearchByEmail</c>: the words after the last search word name a personal field.</summary>
    private static bool FiltersByPersonalField(string methodName, PersonalNames names)
    {
        var words = IdentifierWords.Split(methodName);
        if (words.Count > 0 && words[words.Count - 1] == "async")
        {
            words.RemoveAt(words.Count - 1);
        }

        var search = words.FindLastIndex(w => SearchWords.Contains(w));
        var field = search + 1 < words.Count && words[search + 1] == "by" ? search + 2 : search + 1;
        return search >= 0 && field < words.Count && names.IsPersonal(string.Join("_", words.GetRange(field, words.Count - field)));
    }

    /// <summary><c>PacientFilters</c>, <c>CustomerSearchRequest</c>: a person noun, then search words and kind words only.</summary>
    private static bool FiltersPeople(string typeName)
    {
        var words = ForeignNames.Fold(IdentifierWords.Words(typeName));
        var end = words.Count;
        while (end > 0 && TypeSuffixes.Contains(IdentifierWords.Singular(words[end - 1])))
        {
            end--;
        }

        var start = end;
        while (start > 0 && SearchWords.Contains(IdentifierWords.Singular(words[start - 1])))
        {
            start--;
        }

        return start < end && start > 0 && (ForeignNames.IsPerson(words[start - 1]) || ForeignNames.IsPerson(IdentifierWords.Singular(words[start - 1])));
    }
}
