using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A dictionary from names to text or objects (<c>Dictionary&lt;string, object&gt;</c>, <c>IDictionary&lt;string, string&gt;</c>):
/// an open-ended set of named values. On a person's record it holds more of that person's attributes
/// (<see cref="PersonalDataClassifier"/>); dictionaries of numbers, flags or records are not bags of values.
/// </summary>
internal static class PropertyBags
{
    public static bool IsBag(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named) return false;
        var dictionary = IsDictionary(named) ? named : null;
        foreach (var candidate in named.AllInterfaces)
        {
            if (dictionary is null && IsDictionary(candidate)) dictionary = candidate;
        }

        return dictionary is { TypeArguments.Length: 2 } found
               && found.TypeArguments[0].SpecialType == SpecialType.System_String
               && found.TypeArguments[1].SpecialType is SpecialType.System_String or SpecialType.System_Object;
    }

    private static bool IsDictionary(INamedTypeSymbol type)
        => PersonalAttributes.MetadataName(type.OriginalDefinition) is "System.Collections.Generic.IDictionary`2" or "System.Collections.Generic.IReadOnlyDictionary`2";
}
