using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A platform's own number for a person — a health-file number (<c>HFID</c>), a medical record number, a member code —
/// on a record about that person (round 20: a health platform logged its patients' HFIDs alone in 61 lines). Nothing in
/// such a name says person; the record does. An identifier-shaped string member — an upper-case code (<c>HFID</c>,
/// <c>MRN</c>), or an abbreviation followed by Id, No, Number or Code (<c>HfId</c>, <c>NhsNumber</c>) — of a type whose other members
/// hold what only a person has (a first, last or full name, a birth date, a gender) or a person's e-mail or phone beside a
/// plain <c>Name</c>, identifies that person. Not an identifier: a database key (a number, a Guid, a bare or
/// <c>[Key]</c> Id), and numbers and codes whose words say what else they number (order, invoice, reference, post, country
/// or verification codes, an organisation's code). Organisations' records are decided before this, by
/// <see cref="NonPersonRecords"/>.
/// </summary>
internal static class PersonIdentifiers
{
    /// <summary>Last words of a name that make it a number or code (with <c>Id</c>, an identifier).</summary>
    internal static readonly HashSet<string> IdentifierEndings = new(StringComparer.Ordinal) { "no", "nr", "num", "number", "code" };

    /// <summary>Words that say a number or code is of something other than the person, or is no identifier at all.</summary>
    private static readonly HashSet<string> OtherThings = new(StringComparer.Ordinal)
    {
        "order", "invoice", "receipt", "bill", "transaction", "txn", "payment", "reference", "ref", "tracking", "booking", "appointment",
        "ticket", "batch", "serial", "lot", "product", "item", "sku", "model", "country", "area", "dial", "postal", "zip", "post", "pin",
        "state", "city", "district", "region", "otp", "verification", "verify", "confirmation", "reset", "access", "auth", "token",
        "session", "device", "status", "error", "result", "response", "currency", "language", "lang", "locale", "promo", "coupon",
        "discount", "voucher", "referral", "invite", "invitation", "role", "group", "tenant", "class", "course", "room", "bed", "ward",
        "floor", "house", "building", "street", "flat", "unit", "file", "document", "report", "request", "correlation", "trace", "job",
        "template", "color", "colour", "type", "category", "event", "message", "version", "security", "secret", "captcha", "sms",
        "gender", "blood", "designation", "grade", "level", "plan", "package", "subscription", "lab", "pharmacy", "office", "center",
        "centre", "facility", "user", "app", "org", "doc", "ext", "hash", "salt", "key",
        // A case, claim or contract has a number of its own, whoever it concerns (Contact.CaseNo).
        "case", "incident", "complaint", "claim", "contract", "project", "task",
        // Round 26/27: the matters a person's record points at — a dispute, a reservation, a policy or loan, a visit.
        "dispute", "reservation", "shipment", "delivery", "policy", "loan", "visit", "encounter", "admission", "prescription",
        "permit", "application",
    };

    /// <summary>Upper-case names that are common abbreviations, not a platform's person number.</summary>
    private static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "ID", "URL", "URI", "IP", "OTP", "PIN", "ZIP", "GUID", "UUID", "API", "SKU", "JWT", "ETAG", "TOTP", "CSRF", "HTML", "JSON", "XML",
        "PDF", "CSV", "QR", "SMS", "ISO", "UTC", "GMT", "TZ", "OK",
    };

    /// <summary>Words of a personal name that only a person's name has: first, last, full name, surname.</summary>
    private static readonly HashSet<string> PersonNameWords = new(StringComparer.Ordinal) { "first", "last", "middle", "surname", "given", "family", "full" };

    /// <summary>Words of a person's contact channels.</summary>
    private static readonly HashSet<string> ContactWords = new(StringComparer.Ordinal) { "email", "mail", "phone", "mobile", "cellphone", "telephone" };

    /// <summary>True when <paramref name="member"/> is an identifier-shaped string of a record about a person.</summary>
    public static bool IsPersonsIdentifier(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_String }
               or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, Type.SpecialType: SpecialType.System_String }
           && IsIdentifierShaped(member.Name)
           && !member.GetAttributes().Any(a => a.AttributeClass?.Name == "KeyAttribute")
           && member.ContainingType is { } owner && DescribesPerson(owner, member, names);

    /// <summary>An upper-case code (<c>HFID</c>), or an abbreviation followed by Id, No, Number or Code (<c>HfId</c>, <c>NhsNumber</c>).</summary>
    private static bool IsIdentifierShaped(string name)
    {
        if (IsUpperCaseCode(name))
        {
            return !CommonAbbreviations.Contains(name);
        }

        var words = IdentifierWords.Words(name);
        if (NamesAnotherThing(words))
        {
            return false;
        }

        if (IsCardNumber(words))
        {
            return true;
        }

        if (words.Count < 2)
        {
            return false;
        }

        // One short word before the ending: an abbreviation (HfId, NhsNumber, MrNo). A longer word says what is numbered —
        // a role (InmateNo: the name list decides those), a document (WarrantNo), a place (PrecinctCode) — not the person.
        return words.Count == 2 && words[0].Length <= 4 && (IdentifierEndings.Contains(words[1]) || words[1] == "id");
    }

    /// <summary>Last words of a card's barcode number: <c>Ean</c>, <c>ReaderEan</c>, <c>Barcode</c>.</summary>
    private static readonly HashSet<string> BarcodeWords = new(StringComparer.Ordinal) { "ean", "barcode" };

    /// <summary>
    /// A library or member card's number (round 30: a reader's <c>Ean</c> that with the birth date signs the reader in at a
    /// kiosk; <c>CardNumber</c>, <c>MemberCardNo</c>): on a record about a person, the number that identifies that person.
    /// </summary>
    private static bool IsCardNumber(IReadOnlyList<string> words)
        => words.Count is 1 or 2 && BarcodeWords.Contains(words[words.Count - 1])
           || words.Count >= 2 && words[words.Count - 2] == "card" && IdentifierEndings.Contains(words[words.Count - 1]);

    /// <summary>A word of the name says the number is of something other than the person: an order, a case, an organisation.</summary>
    internal static bool NamesAnotherThing(IReadOnlyList<string> words) => words.Any(OtherThings.Contains) || words.Any(OrganisationNouns.Contains);

    internal static bool IsUpperCaseCode(string name)
        => name.Length is >= 2 and <= 8 && name.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9') && name.Count(char.IsLetter) >= 2;

    /// <summary>
    /// A type whose other members hold what only a person has (a first, last or full name, a birth date, a gender), or a
    /// person's e-mail or phone beside a plain name. Its own plain-value members are read by name only: no walk.
    /// </summary>
    public static bool DescribesPerson(INamedTypeSymbol owner, ISymbol identifier, PersonalNames names)
        => ShapeOf(owner, identifier, names) is var shape && (shape.PersonOnly || shape.Contact && shape.Name);

    /// <summary>True when a member of the type other than <paramref name="except"/> holds a person's e-mail or phone by its name.</summary>
    public static bool HoldsContact(INamedTypeSymbol owner, ISymbol except, PersonalNames names) => ShapeOf(owner, except, names).Contact;

    /// <summary>
    /// Whether <see cref="DescribesPerson"/> can hold for any member of the type, told from the member names of its chain alone
    /// (read from metadata without building the members): every name <see cref="ShapeOf"/> accepts passes the looser tests here,
    /// so false is exact. Round 37: learning identifiers built the members of Stripe.net's thousands of types (an unsigned
    /// package) on eRents, nearly all of them without a person's name — a quarter of DataGuard's time in the replay there.
    /// </summary>
    public static bool MayDescribePerson(INamedTypeSymbol owner)
    {
        var hasContact = false;
        var hasName = false;
        foreach (var type in OwnChain(owner).OfType<INamedTypeSymbol>())
        {
            foreach (var name in type.MemberNames)
            {
                var words = IdentifierWords.Words(name);
                if (words.Any(NonPersonRecords.PersonOnlyWords.Contains) || words.Any(PersonNameWords.Contains) || ForeignNames.IsSurnameOrGivenName(name))
                {
                    return true;
                }

                hasContact |= words.Any(ContactWords.Contains);
                hasName |= ForeignNames.IsGeneralName(name);
                if (hasContact && hasName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The type and its base types up to the framework's: the members a record of the program declares.</summary>
    private static IEnumerable<ITypeSymbol> OwnChain(INamedTypeSymbol owner)
        => BaseTypes.Chain(owner).TakeWhile(t => !PersonalDataClassifier.IsFramework(t) && t.SpecialType != SpecialType.System_Object);

    /// <summary>What the type's other plain members say by name: a value only a person has, a contact channel, a plain name.</summary>
    private static (bool PersonOnly, bool Contact, bool Name) ShapeOf(INamedTypeSymbol owner, ISymbol identifier, PersonalNames names)
    {
        var hasContact = false;
        var hasName = false;
        foreach (var type in OwnChain(owner))
        {
            foreach (var other in type.GetMembers())
            {
                if (other is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
                    || other.Name == identifier.Name)
                {
                    continue;
                }

                var words = IdentifierWords.Words(other.Name);
                if (words.Any(NonPersonRecords.PersonOnlyWords.Contains) || names.IsPersonal(other.Name) && words.Any(PersonNameWords.Contains)
                    || ForeignNames.IsSurnameOrGivenName(other.Name))
                {
                    return (true, hasContact, hasName);
                }

                hasContact |= names.IsPersonal(other.Name) && words.Any(ContactWords.Contains);
                hasName |= ForeignNames.IsGeneralName(other.Name);
            }
        }

        return (false, hasContact, hasName);
    }
}
