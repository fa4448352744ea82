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
/// (<c>Customer { Website, ICollection&lt;Contact&gt; Contacts }</c>). A row named for an organisation (its type, or a
/// <c>CompanyName</c> column) also owns the numbers it is registered or paid by (round 11: courts, a bank's company
/// customers). Its navigations are judged as usual: including the
/// contacts reads people.
/// </summary>
internal static class OrganisationRecords
{
    /// <summary>Besides <see cref="OrganisationNouns"/>, head nouns of types named for a place.</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "office", "venue", "location", "court", "premise", "premises", "site", "facility", "area", "district", "region", "restaurant", "warehouse",
    };

    /// <summary>Words of the channels a contact card lists (<c>Phone</c>, <c>PhoneNumber</c>, <c>EmailAddress</c>, <c>AddressLine1</c>).</summary>
    private static readonly HashSet<string> ContactChannelWords = new(StringComparer.Ordinal)
    {
        "address", "phone", "telephone", "tel", "mobile", "fax", "email", "mail", "cellphone",
    };

    /// <summary>Last words of a member holding the organisation's web address.</summary>
    private static readonly HashSet<string> WebsiteWords = new(StringComparer.Ordinal) { "website", "homepage", "url", "site" };

    /// <summary>Last words of the numbers an organisation is registered or paid by (<c>IdentificationNumber</c>, <c>DefaultAccountNumber</c>).</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "number", "no", "code", "account" };

    /// <summary>Words that only a person's column carries, whatever row holds it.</summary>
    private static readonly HashSet<string> PersonOnlyWords = new(StringComparer.Ordinal)
    {
        "birth", "gender", "sex", "passport", "national", "nationality", "religion", "marital", "first", "middle", "surname", "given", "social",
    };

    public static bool Is(ITypeSymbol type, IReadOnlyCollection<ISymbol> personalColumns)
    {
        var values = personalColumns.Where(c => !PersonalDataClassifier.IsNavigation(c) || IsAddressReference(c)).ToList();
        if (values.Count == 0) return false;
        if (IsOrganisationsSettings(type)) return values.All(IsSettingsColumn);
        if (NamesOrganisation(type)) return values.All(IsOrganisationColumn);
        if (!values.All(IsContactCardMember)) return false;

        return type.GetMembers().Any(m => m is IPropertySymbol or IFieldSymbol && IdentifierWords.LastWord(m.Name) is { } last && WebsiteWords.Contains(last))
               && (personalColumns.Any(c => PersonalDataClassifier.IsNavigation(c) && IsCollection(c)) || IsOnTheMap(type));
    }

    /// <summary>
    /// A row that stands at a fixed point — numeric <c>Latitude</c> and <c>Longitude</c> members beside its website — is a
    /// place's card (a campsite, a branch), not a person's (round 14: a campsite directory).
    /// </summary>
    private static bool IsOnTheMap(ITypeSymbol type)
        => CoordinateWords.All(word => type.GetMembers().Any(m => PersonalDataClassifier.MemberType(m) is { } memberType && IsNumber(memberType)
                                                                 && IdentifierWords.LastWord(m.Name) == word));

    private static readonly string[] CoordinateWords = { "latitude", "longitude" };

    private static bool IsNumber(ITypeSymbol type)
        => (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type).SpecialType
            is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    /// <summary>
    /// The type's own name ends in a place or organisation noun (<c>Courts</c>, <c>HetServiceArea</c>), or the row names itself
    /// after one (<c>TblCorporateCustomer { CompanyName, CompanyAddress }</c>: a bank's company customer).
    /// </summary>
    private static bool NamesOrganisation(ITypeSymbol type)
        => IdentifierWords.LastWord(type.Name) is { } head && (OrganisationNouns.Contains(head) || PlaceNouns.Contains(head))
           || type.GetMembers().Any(m => m is IPropertySymbol or IFieldSymbol && IdentifierWords.Words(m.Name) is { Count: 2 } words
                                         && OrganisationNouns.Contains(words[0]) && words[1] == "name");

    /// <summary>Last words of a type that holds a configuration (<c>OrganizationEmailSettings</c>, <c>CompanySmtpOptions</c>).</summary>
    private static readonly HashSet<string> SettingsWords = new(StringComparer.Ordinal) { "settings", "setting", "configuration", "config", "options" };

    /// <summary>
    /// <c>OrganizationEmailSettings { FromEmail, FromName, Username }</c>, <c>OrganizationSMSSettings { TwilioPhoneNumber }</c>
    /// (round 33's property manager): a configuration named for the organisation — its sender address, name and number, not a person's.
    /// </summary>
    private static bool IsOrganisationsSettings(ITypeSymbol type)
        => IdentifierWords.Words(type.Name) is { Count: > 1 } words && OrganisationNouns.Contains(words[0]) && SettingsWords.Contains(words[words.Count - 1]);

    /// <summary>
    /// In the organisation's settings every column is its account's — sender, user name, numbers — unless it is marked personal
    /// or carries a person's word (<c>OwnerDateOfBirth</c>, <c>ManagerFirstName</c>). A mark that only validates a format
    /// (<c>[EmailAddress] FromEmail</c>, round 33's property manager) says what shape the sender's address has, not whose it is.
    /// </summary>
    private static bool IsSettingsColumn(ISymbol member)
        => (!PersonalAttributes.IsMarked(member) || PersonalAttributes.IsMarkedByFormatOnly(member)) && !IdentifierWords.Words(member.Name).Any(w => PersonOnlyWords.Contains(w) || PersonalNames.IsPersonOrServedNoun(w));

    /// <summary>
    /// In a row named for an organisation, its channels and the numbers it is registered or paid by are its own; a column
    /// with a person's word (<c>ManagerIdNumber</c>, <c>DateOfBirth</c>) or marked personal stays a person's.
    /// </summary>
    private static bool IsOrganisationColumn(ISymbol member)
    {
        if (IsContactCardMember(member)) return true;
        var words = IdentifierWords.Words(member.Name);
        return !PersonalAttributes.IsMarked(member) && words.Count > 0 && NumberWords.Contains(words[words.Count - 1])
               && !words.Any(w => PersonOnlyWords.Contains(w) || PersonalNames.IsPersonOrServedNoun(w));
    }

    /// <summary>The card's own name (<c>Name</c>, <c>CustomerName</c>) or one of its channels; never a member marked personal.</summary>
    private static bool IsContactCardMember(ISymbol member)
        => !PersonalAttributes.IsMarked(member)
           && (IdentifierWords.LastWord(member.Name) == "name" || IdentifierWords.Words(member.Name).Any(ContactChannelWords.Contains));

    /// <summary>
    /// <c>Supplier.Address</c>: a single reference named for a contact channel is the card's own address, kept in a row of its
    /// own (lines, town, postcode); a collection (<c>Contacts</c>) stays people.
    /// </summary>
    private static bool IsAddressReference(ISymbol member) => !IsCollection(member) && IsContactCardMember(member) && IdentifierWords.LastWord(member.Name) != "name";

    public static bool IsCollection(ISymbol member)
        => PersonalDataClassifier.MemberType(member) is { } type && PersonalDataClassifier.ElementType(type) is not null;
}
