using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Records that describe an organisation or an animal rather than a person: a clinic branch's <c>AddressLine</c> and reception
/// <c>PhoneNumber</c> are the business's contact data, a veterinary <c>Patient</c>'s <c>Name</c> is a pet's (round 15). Names
/// suggest, the type decides: a member named like personal data is no person's on such a record, unless its own name says whose
/// it is (<c>OwnerPhone</c>, <c>ContactEmail</c>). Decided from the type's name and members alone, never from a library's:
/// <list type="bullet">
/// <item>an organisation's record: the type is named for one (<c>CreateBranchCommand</c>, <c>BranchPhoneDto</c>) or names
/// itself after one (<c>ClinicName</c>, <c>BranchName</c> members), and no member holds what only a person has — a birth date,
/// national ID, first or full name — or a person's data by a person noun (<c>ManagerName</c>);</item>
/// <item>an animal's record: a member says what kind of animal it is (<c>Species</c>, <c>Breed</c>, <c>AnimalType</c>) and no
/// member holds a person's identity; its name, birth date and sex are the animal's, contact channels stay personal (an
/// owner's).</item>
/// <item>an organisation's record by its company attributes (round 24): a tax or VAT number or a VAT exemption
/// (<c>Customer { Name, Email, TaxId, IsVatExempt }</c> is a B2B customer, a shipper company), with no member only a person
/// has — even when the type is named for a customer;</item>
/// <item>an organisation's record by what its members describe (round 25): a company registration (above, or a motor
/// carrier's <c>McNumber</c>/<c>DotNumber</c>, a <c>DunsNumber</c>, a <c>CompanyRegistrationNumber</c>, Taiwan's unified
/// business number <c>Ubn</c>), or two kinds of company detail (<c>Website</c>, <c>ContactPerson</c>, <c>CompanyName</c>,
/// <c>RegistrationNumber</c>, <c>Industry</c>), on a type not named for a person and with no member only a person has besides
/// its contact person's (whose members stay personal by their own names). An <c>Employee</c> or <c>Customer</c> with a
/// <c>CompanyName</c> and a <c>Website</c> is still a person. Members grouped under a role prefix that holds a company
/// registration (<c>BrokerName</c>, <c>BrokerPhone</c> beside <c>BrokerMcNumber</c>) are that business's on any record.</item>
/// <item>a fleet vehicle: a record with a vehicle identification number and a plate, and no member that ties it to a person
/// (<see cref="TiesToPerson"/>: <c>OwnerId</c>, <c>DriverName</c>, a <c>Customer</c>) — a company's truck as an ELD provider
/// reports it; its plate is the company's (round 18's <c>Audit.AssetRecords</c> test, on any record). A person's car with its
/// owner stays personal.</item>
/// </list>
/// </summary>
internal sealed class NonPersonRecords
{
    private enum Kind
    {
        Person,
        Organisation,
        Animal,
        FleetVehicle,
    }

    /// <summary>Words of a type name that say what the type does with a record, not what it describes.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "command", "query", "request", "response", "dto", "model", "view", "row", "input", "output", "result", "record", "entity",
        "item", "info", "data", "detail", "summary", "create", "update", "get", "add", "edit", "delete", "list", "new", "form",
        "payload", "contract", "read", "vm", "viewmodel",
        // The account steps a record is sent for: a ClinicOtpLogin or ClinicSignupOtpRequest is about the clinic signing in.
        "login", "logon", "signin", "signup", "otp", "password", "reset", "verification", "verify", "registration", "register",
    };

    /// <summary>Contact channels an organisation has as a person does (<c>BranchPhoneInput</c> is a branch's phone).</summary>
    private static readonly HashSet<string> ChannelWords = new(StringComparer.Ordinal)
    {
        "address", "line", "phone", "number", "telephone", "tel", "mobile", "fax", "email", "mail",
    };

    /// <summary>Words of a member that say what kind of animal the record describes.</summary>
    private static readonly HashSet<string> AnimalWords = new(StringComparer.Ordinal) { "animal", "species", "breed" };

    /// <summary>Words of a member that ties a record to one person, besides the person nouns (<see cref="PersonalNames.IsPersonOrServedNoun"/>).</summary>
    private static readonly HashSet<string> AccountWords = new(StringComparer.Ordinal) { "user", "member", "client", "account", "tenant", "renter", "lessee" };

    /// <summary>Last words of a number that says which tax or VAT registration it is.</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "id", "number", "no", "code" };

    /// <summary>Registrations only a business holds, read before a number word (<c>McNumber</c>, <c>UsDotNumber</c>, <c>DunsNumber</c>); <c>Ubn</c> and <c>Duns</c> also alone.</summary>
    private static readonly HashSet<string> BusinessRegistrations = new(StringComparer.Ordinal) { "mc", "dot", "duns", "ubn" };

    /// <summary>Words of a member that describe a company when two kinds of them meet on one record (<c>Website</c>, <c>Industry</c>).</summary>
    private static readonly HashSet<string> CompanyDetailWords = new(StringComparer.Ordinal) { "website", "homepage", "industry" };

    /// <summary>Words only a person's identity carries: a national or passport number, a first, last or full name.</summary>
    private static readonly HashSet<string> IdentityWords = new(StringComparer.Ordinal)
    {
        "national", "nationality", "passport", "ssn", "social", "first", "middle", "last", "surname", "given", "family", "full", "marital", "religion",
    };

    /// <summary>
    /// Besides <see cref="IdentityWords"/>, words of a person's own data that no organisation has: birth, gender. Also what
    /// makes a record a person's for <see cref="PersonIdentifiers"/>.
    /// </summary>
    internal static readonly HashSet<string> PersonOnlyWords = new(StringComparer.Ordinal) { "birth", "birthday", "birthdate", "dob", "gender", "sex" };

    private readonly PersonalNames _names;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Kind> _kinds = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<string>> _businessPrefixes = new(SymbolEqualityComparer.Default);

    public NonPersonRecords(PersonalNames names)
    {
        _names = names;
    }

    /// <summary>
    /// True when <paramref name="member"/>, named like personal data, holds the organisation's or the animal's own value on
    /// the record that declares it.
    /// </summary>
    public bool HoldsNoPersonsValue(ISymbol member)
    {
        if (member.ContainingType is not { } holder || PersonalDataClassifier.IsFramework(holder))
        {
            return false;
        }

        var words = IdentifierWords.Words(member.Name);
        if (words.Any(PersonalNames.IsPersonOrServedNoun) && !IsRegisteredBusinessesContactLine(holder, words))
        {
            return false;
        }

        return _kinds.GetOrAdd(holder.OriginalDefinition, Classify) switch
        {
            Kind.Organisation => true,
            Kind.Animal => !words.Any(ChannelWords.Contains),
            Kind.FleetVehicle => words.Contains("plate"),
            _ => words.Count > 1 && _businessPrefixes.GetOrAdd(holder.OriginalDefinition, BusinessPrefixes).Contains(words[0]),
        };
    }

    /// <summary>
    /// First words of the member groups that hold a company registration (<c>broker</c> of <c>BrokerMcNumber</c>): the
    /// group's name, phone and e-mail are that business's. A person noun never names such a group.
    /// </summary>
    private static HashSet<string> BusinessPrefixes(INamedTypeSymbol type)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in Members(type))
        {
            var words = IdentifierWords.Words(member.Name);
            if (words.Count > 1 && !PersonalNames.IsPersonOrServedNoun(words[0]) && IsCompanyAttribute(member))
            {
                prefixes.Add(words[0]);
            }
        }

        return prefixes;
    }

    /// <summary>True for a record of the program that describes an organisation (see the class summary).</summary>
    public bool IsOrganisation(INamedTypeSymbol type)
        => !PersonalDataClassifier.IsFramework(type) && _kinds.GetOrAdd(type.OriginalDefinition, Classify) == Kind.Organisation;

    /// <summary>
    /// Account nouns whose records are people even without a name column: a <c>User</c> row signs one person in, a
    /// <c>CreateClinicSuperAdmin</c> request makes one person the clinic's administrator.
    /// </summary>
    private static readonly HashSet<string> AccountNouns = new(StringComparer.Ordinal) { "user", "member", "admin", "administrator" };

    /// <summary>
    /// True for a record shown to describe a person: a member only a person has (a name, birth date, national ID), or a type
    /// named for a person or an account (<c>Customer</c>, <c>ClinicUser</c>). An OTP entry or a token row is neither.
    /// </summary>
    public bool IsPersons(INamedTypeSymbol type)
    {
        if (PersonalDataClassifier.IsFramework(type) || IsOrganisation(type))
        {
            return false;
        }

        return HeadNoun(type.Name) is { } head && NamesPerson(head) || Members(type.OriginalDefinition).Any(IsPersonsValue);
    }

    /// <summary>A word that names a person or an account (<c>Customer</c>, <c>User</c>, <c>Member</c>).</summary>
    internal static bool NamesPerson(string head) => PersonalNames.IsPersonOrServedNoun(head) || AccountNouns.Contains(IdentifierWords.Singular(head));

    private Kind Classify(INamedTypeSymbol type)
    {
        var members = Members(type);
        if (members.Any(m => IdentifierWords.Words(m.Name).Any(IdentityWords.Contains) && IsPersonalName(m)))
        {
            return Kind.Person;
        }

        if (members.Any(IsAnimalKind))
        {
            return Kind.Animal;
        }

        if (members.Any(IsCompanyAttribute) && !members.Any(IsPersonsValue))
        {
            return Kind.Organisation;
        }

        if (members.Any(IsVehicleIdentification) && members.Any(m => IdentifierWords.Words(m.Name).Contains("plate")) && !members.Any(TiesToPerson))
        {
            return Kind.FleetVehicle;
        }

        // A customer's or user's record that names their company (CustomerDto.CompanyName) is still about the person.
        var head = HeadNoun(type.Name);
        if (head is not null && NamesPerson(head))
        {
            return Kind.Person;
        }

        // A user's profile that names their company (UserProfile.CompanyName) is about the user, wherever the noun stands.
        var namedForPerson = IdentifierWords.Words(type.Name).Any(NamesPerson);
        if (!namedForPerson && DescribesCompany(members) && !members.Any(m => IsPersonsValue(m) && !IsContactPersons(m)))
        {
            return Kind.Organisation;
        }

        var namesOrganisation = head is not null && IsOrganisationNoun(head) || !namedForPerson && members.Any(NamesOrganisation);
        return namesOrganisation && !members.Any(IsPersonsValue) ? Kind.Organisation : Kind.Person;
    }

    /// <summary>
    /// A member no organisation has: a birth date, gender or sex (whatever its type), or a value named like personal data whose
    /// name is a person noun's or a person's identity (<c>ManagerName</c>, <c>FirstName</c>, <c>NationalId</c>).
    /// </summary>
    private bool IsPersonsValue(ISymbol member)
    {
        var words = IdentifierWords.Words(member.Name);
        return words.Any(PersonOnlyWords.Contains)
               || (PersonalAttributes.IsMarked(member) || IsPersonalName(member)) && words.Any(w => PersonalNames.IsPersonOrServedNoun(w) || IdentityWords.Contains(w));
    }

    private bool IsPersonalName(ISymbol member) => _names.IsPersonal(member.Name);

    /// <summary>A member that ties a record to one person: named for a person or an account (<c>OwnerId</c>, <c>DriverName</c>, <c>UserId</c>, <c>Customer</c>).</summary>
    internal static bool TiesToPerson(ISymbol member)
        => IdentifierWords.Words(member.Name).Any(w => PersonalNames.IsPersonOrServedNoun(w) || AccountWords.Contains(IdentifierWords.Singular(w)));

    /// <summary>
    /// What only a company is registered with: a VAT number or exemption (<c>VatNumber</c>, <c>IsVatExempt</c>), a tax
    /// registration number (<c>TaxId</c>, <c>TaxNumber</c>). A tax rate or amount (<c>TaxRate</c>) is not one.
    /// </summary>
    private static bool IsCompanyAttribute(ISymbol member)
    {
        var words = IdentifierWords.Words(member.Name);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[words.Count - 1];
        var beforeNumber = words.Count >= 2 && NumberWords.Contains(last) ? words[words.Count - 2] : null;
        return words.Contains("vat") || beforeNumber == "tax"
               || beforeNumber is not null && BusinessRegistrations.Contains(beforeNumber) || last is "ubn" or "duns"
               || beforeNumber == "registration" && words.Count >= 3 && IsOrganisationNoun(words[words.Count - 3]);
    }

    /// <summary>
    /// A company registration, or two kinds of company detail: a website or industry, a contact person, the company's name,
    /// a registration number.
    /// </summary>
    private static bool DescribesCompany(List<ISymbol> members)
    {
        if (members.Any(IsCompanyAttribute))
        {
            return true;
        }

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var words = IdentifierWords.Words(member.Name);
            if (words.FirstOrDefault(CompanyDetailWords.Contains) is { } detail)
            {
                kinds.Add(detail);
            }
            else if (IsContactPersons(member) && !words.Contains("emergency"))
            {
                kinds.Add("contact");
            }
            else if (NamesOrganisation(member))
            {
                kinds.Add("name");
            }
            else if (words.Count == 2 && words[0] == "registration" && NumberWords.Contains(words[1]))
            {
                kinds.Add("registration");
            }
        }

        return kinds.Count >= 2;
    }

    /// <summary>
    /// A contact channel (<c>ContactPhone</c>, <c>ContactEmail</c>) on a record with a company registration (<c>CompanyVat</c>,
    /// <c>TaxNumber</c>) that names no contact person (no <c>ContactName</c>, <c>ContactPerson</c>): the registered business's
    /// own line beside its <c>CompanyName</c> and <c>Url</c> (round 32's store records), not a person's. Where a contact person
    /// is named, the channels are theirs.
    /// </summary>
    private static bool IsRegisteredBusinessesContactLine(INamedTypeSymbol holder, IReadOnlyList<string> words)
    {
        if (words.Count < 2 || words[0] != "contact" || !IsChannelOnly(words))
        {
            return false;
        }

        var members = Members(holder.OriginalDefinition);
        return members.Any(IsCompanyAttribute) && !members.Any(m => IsContactPersons(m) && !IsChannelOnly(IdentifierWords.Words(m.Name)));
    }

    /// <summary><c>contact</c> followed by channel words only (<c>ContactPhoneNumber</c>, not <c>ContactName</c>).</summary>
    private static bool IsChannelOnly(IReadOnlyList<string> words) => words.Skip(1).All(w => ChannelWords.Contains(IdentifierWords.Singular(w)));

    /// <summary>A member of the record's contact person (<c>ContactPerson</c>, <c>ContactName</c>, <c>ContactEmail</c>).</summary>
    private static bool IsContactPersons(ISymbol member) => IdentifierWords.Words(member.Name) is { Count: > 0 } words && words[0] == "contact";

    /// <summary>A vehicle identification number: <c>Vin</c>, <c>VinNumber</c>, <c>VehicleVin</c>.</summary>
    private static bool IsVehicleIdentification(ISymbol member) => IdentifierWords.Words(member.Name).Contains("vin");

    /// <summary>A single value saying what animal this is: <c>Species</c>, <c>Breed</c>, <c>AnimalType</c> (not a collection of pets).</summary>
    private static bool IsAnimalKind(ISymbol member)
        => PersonalDataClassifier.MemberType(member) is { } type && PersonalDataClassifier.ElementType(type) is null
           && IdentifierWords.Words(member.Name).Any(w => AnimalWords.Contains(w) || AnimalWords.Contains(IdentifierWords.Singular(w)));

    /// <summary><c>ClinicName</c>, <c>BranchName</c>, <c>CompanyName</c>: the record names the organisation it describes.</summary>
    private static bool NamesOrganisation(ISymbol member)
        => IdentifierWords.Words(member.Name) is { Count: 2 } words && words[1] == "name" && IsOrganisationNoun(words[0]);

    /// <summary>An organisation noun, singular or plural (<c>Branches</c>, <c>Companies</c>).</summary>
    private static bool IsOrganisationNoun(string word)
        => OrganisationNouns.Contains(IdentifierWords.Singular(word))
           || word.EndsWith("es", StringComparison.Ordinal) && OrganisationNouns.Contains(word.Substring(0, word.Length - 2))
           || word.EndsWith("ies", StringComparison.Ordinal) && OrganisationNouns.Contains(word.Substring(0, word.Length - 3) + "y");

    /// <summary>
    /// A type named for an organisation, past the words for what is done with it (<c>AdminCreateClinicDto</c>, <c>ClinicsModel</c>):
    /// what it carries is the organisation's, even beside the name of a person who works there.
    /// </summary>
    internal static bool IsNamedForOrganisation(INamedTypeSymbol type) => HeadNoun(type.Name) is { } head && IsOrganisationNoun(head);

    /// <summary>
    /// The noun a type name is about, past the words for what is done with it and its contact channels:
    /// <c>CreateBranchCommand</c>, <c>GetBranchesQuery</c> and <c>BranchPhoneDto</c> are about a branch.
    /// </summary>
    private static string? HeadNoun(string typeName)
    {
        var words = IdentifierWords.Words(typeName);
        var end = words.Count - 1;
        while (end > 0 && (RoleWords.Contains(words[end]) || ChannelWords.Contains(IdentifierWords.Singular(words[end]))))
        {
            end--;
        }

        return end >= 0 ? words[end] : null;
    }

    /// <summary>The instance fields and properties of a type of the program and its program base types.</summary>
    internal static List<ISymbol> Members(INamedTypeSymbol type)
        => BaseTypes.Chain(type).TakeWhile(t => !PersonalDataClassifier.IsFramework(t) && t.SpecialType != SpecialType.System_Object)
            .SelectMany(t => t.GetMembers())
            .Where(m => m is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
            .ToList();
}
