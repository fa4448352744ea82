using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Records of a place or an asset — a rental building, a unit, a site — whose address is where the thing stands, not where
/// a person lives (round 17's rental <c>PropertyAddress</c>; round 33: a landlord's <c>Property { Address, City, ZipCode,
/// MonthlyRent, Bedrooms, LastRoutineInspectionDate, Leases }</c>, 14 wrong reports). Decided from the declaring type's shape,
/// never from a library's names: the type is named for a place (<c>Property</c>, <c>Building</c>, <c>Site</c>, <c>Asset</c>) or
/// describes one by its members (rent, rooms, floor area, inspections, parking, the units it holds), it is named for no
/// person or account, and no member holds what a person has — a name, e-mail, phone, birth date or gender, or a member marked
/// personal. On such a record the address and its parts (street, city, postal code) are no one's; on a person-shaped record
/// (a tenant, a customer) they stay personal, as does a member named for its person (<c>OwnerAddress</c>). Organisations'
/// records are <see cref="NonPersonRecords"/>'s question, a catalogue entry's title <see cref="ThingTitles"/>'.
/// </summary>
internal sealed class PlaceRecords
{
    /// <summary>Nouns of a type named for a place or an asset (<c>Property</c>, <c>RentalBuilding</c>, <c>SiteDto</c>'s head).</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "property", "building", "apartment", "site", "asset", "facility", "premise", "premises", "venue", "warehouse", "estate", "parcel", "plot",
    };

    /// <summary>Words of a member that describe a place: its rent, rooms, floor area, inspections, parking.</summary>
    private static readonly HashSet<string> PlaceMemberWords = new(StringComparer.Ordinal)
    {
        "rent", "bedroom", "bathroom", "square", "sqft", "inspection", "floor", "storey", "parking", "acreage", "occupancy",
    };

    /// <summary>Words of an address or one of its parts.</summary>
    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "address", "street", "city", "town", "zip", "zipcode", "postcode", "postal", "state", "country", "county", "suburb",
    };

    private readonly PersonalNames _names;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _places = new(SymbolEqualityComparer.Default);

    public PlaceRecords(PersonalNames names)
    {
        _names = names;
    }

    /// <summary>True when <paramref name="member"/> is the address (or a part of it) of the place its record describes.</summary>
    public bool HoldsPlacesAddress(ISymbol member)
        => member is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false } && IsAddress(member)
           && member.ContainingType is { } owner && !PersonalDataClassifier.IsFramework(owner)
           && _places.GetOrAdd(owner.OriginalDefinition, IsPlace);

    private static bool IsAddress(ISymbol member)
    {
        var words = IdentifierWords.Words(member.Name);
        return words.Any(AddressWords.Contains) && !words.Any(PersonalNames.IsPersonOrServedNoun) && !PersonalAttributes.IsMarked(member);
    }

    private bool IsPlace(INamedTypeSymbol type)
    {
        var typeWords = IdentifierWords.Words(type.Name);
        if (typeWords.Any(NonPersonRecords.NamesPerson))
        {
            return false;
        }

        var members = NonPersonRecords.Members(type);
        if (members.Any(IsPersonsValue))
        {
            return false;
        }

        return typeWords.Any(w => PlaceNouns.Contains(IdentifierWords.Singular(w))) || members.Any(DescribesPlace);
    }

    /// <summary>A member only a person's record has: a birth date or gender, a member marked personal, or one named like personal data that is no address part.</summary>
    private bool IsPersonsValue(ISymbol member)
        => IdentifierWords.Words(member.Name).Any(NonPersonRecords.PersonOnlyWords.Contains) || PersonalAttributes.IsMarked(member)
           || _names.IsPersonal(member.Name) && !IsAddress(member);

    /// <summary>Rent, rooms, area, inspections — or a collection of the units the place holds (<c>Units</c>; a unit number alone is an address part).</summary>
    private static bool DescribesPlace(ISymbol member)
    {
        var words = IdentifierWords.Words(member.Name);
        return words.Any(w => PlaceMemberWords.Contains(IdentifierWords.Singular(w)))
               || words.Count == 1 && words[0] == "units" && PersonalDataClassifier.MemberType(member) is { } type && PersonalDataClassifier.ElementType(type) is not null;
    }
}
