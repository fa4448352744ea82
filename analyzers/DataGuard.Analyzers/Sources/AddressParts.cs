using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A home address kept in parts: <c>AddressDTO(Country, City, PostalCode, StreetName, Number)</c> holds no member named
/// <c>Address</c>, yet a street with its house number beside a postal code and a city is one (round 27's patient records).
/// A type is such an address when it has a street, a postal code and a city or town; its street, house number and postal
/// code are the personal parts (a city or a country alone is shared by many). Records of places and organisations are
/// left out before this is asked (<c>NonPersonRecords</c>).
/// </summary>
internal static class AddressParts
{
    private static readonly HashSet<string> TownWords = new(StringComparer.Ordinal) { "city", "town" };
    private static readonly HashSet<string> HouseNumberNames = new(StringComparer.Ordinal) { "number", "no", "nr", "housenumber", "house_number", "streetnumber", "street_number" };

    /// <summary>True for the street, house number or postal code member of an address kept in parts.</summary>
    public static bool IsPart(ISymbol member)
    {
        if (member.ContainingType is not { } owner || KindOf(member.Name) is not { } kind) return false;

        var kinds = owner.GetMembers().Where(m => m is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false }).Select(m => KindOf(m.Name)).ToList();
        return kind != Part.Town && kinds.Contains(Part.Street) && kinds.Contains(Part.PostalCode) && kinds.Contains(Part.Town);
    }

    private enum Part
    {
        Street,
        HouseNumber,
        PostalCode,
        Town,
    }

    private static Part? KindOf(string name)
    {
        var words = IdentifierWords.Words(name);
        if (words.Count == 0) return null;
        var last = words[words.Count - 1];
        if (words.Contains("street") && last != "number" && last != "no") return Part.Street;
        if (HouseNumberNames.Contains(string.Join("_", words))) return Part.HouseNumber;
        if (last is "postcode" or "zip" or "zipcode" || last == "code" && words.Count > 1 && words[words.Count - 2] is "postal" or "post" or "zip") return Part.PostalCode;
        return TownWords.Contains(last) && words.Count == 1 ? Part.Town : null;
    }
}
