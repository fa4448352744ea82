using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Rows that describe a place or an organisation — a spa's premises, a ministry office, a customer company, the tenant of a
/// platform — hold its name, address, phone and e-mail: a contact card, not a person's record, so reading them is no
/// look-up of anyone (DG1008). A type is such a row when all its personal columns are contact channels or its name, none
/// is marked personal by attribute, and either its own name ends in a place or organisation noun (<c>Location</c>,
/// <c>HetServiceArea</c>, <c>Organization</c>) or it has what only organisations have: a website and people of its own
/// (<c>Customer { Website, ICollection&lt;Contact&gt; Contacts }</c>). Its navigations are judged as usual: including the
/// contacts reads people.
/// </summary>
internal static class OrganisationRecords
{
    /// <summary>Besides <see cref="OrganisationNouns"/>, head nouns of types named for a place.</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "office", "venue", "location", "premise", "premises", "site", "facility", "area", "district", "region", "restaurant", "warehouse",
    };

    /// <summary>Words of the channels a contact card lists (<c>Phone</c>, <c>PhoneNumber</c>, <c>EmailAddress</c>, <c>AddressLine1</c>).</summary>
    private static readonly HashSet<string> ContactChannelWords = new(StringComparer.Ordinal)
    {
        "address", "phone", "telephone", "tel", "mobile", "fax", "email", "mail", "cellphone",
    };

    /// <summary>Last words of a member holding the organisation's web address.</summary>
    private static readonly HashSet<string> WebsiteWords = new(StringComparer.Ordinal) { "website", "homepage", "url", "site" };

    public static bool Is(ITypeSymbol type, IReadOnlyCollection<ISymbol> personalColumns)
    {
        var values = personalColumns.Where(c => !PersonalDataClassifier.IsNavigation(c)).ToList();
        if (values.Count == 0 || !values.All(IsContactCardMember)) return false;

        if (IdentifierWords.LastWord(type.Name) is { } head && (OrganisationNouns.Contains(head) || PlaceNouns.Contains(head))) return true;

        return type.GetMembers().Any(m => m is IPropertySymbol or IFieldSymbol && IdentifierWords.LastWord(m.Name) is { } last && WebsiteWords.Contains(last))
               && personalColumns.Any(c => PersonalDataClassifier.IsNavigation(c) && IsCollection(c));
    }

    /// <summary>The card's own name (<c>Name</c>, <c>CustomerName</c>) or one of its channels; never a member marked personal.</summary>
    private static bool IsContactCardMember(ISymbol member)
        => !PersonalAttributes.IsMarked(member)
           && (IdentifierWords.LastWord(member.Name) == "name" || IdentifierWords.Split(member.Name).Any(ContactChannelWords.Contains));

    private static bool IsCollection(ISymbol member)
        => PersonalDataClassifier.MemberType(member) is { } type && PersonalDataClassifier.ElementType(type) is not null;
}
