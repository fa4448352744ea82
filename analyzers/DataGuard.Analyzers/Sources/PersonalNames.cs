using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Decides whether an identifier names personal data. The identifier's last words must equal one of the phrases below,
/// so the head noun decides: <c>SuspectPhone</c> is personal, <c>PhoneModel</c> and <c>EmailTemplateId</c> are not.
/// </summary>
internal sealed class PersonalNames
{
    /// <summary>English phrases, as words. Kept close to the police guideline's list of personal fields.</summary>
    private static readonly string[] DefaultPhrases =
    {
        // Identity documents
        "national id", "national id number", "national id no", "id number", "id no", "id num", "personal id", "identity number", "identity no",
        // A person's identification number by its long name (round 33: a tenant's IdentificationNumber beside the birth date);
        // a vehicle's or a company's (VehicleIdentificationNumber, CompanyIdentificationNo) is no person's, see IsThingsIdentification.
        "identification number", "identification no", "identification num",
        "identity card number", "citizen id", "sfzh", "arc no", "arc number", "arc id", "resident certificate no", "resident certificate number",
        "residence permit number", "passport", "passport no", "passport number", "uniform id", "id card", "id card no", "id card number",
        // Other countries' national numbers real code names (Pakistan's CNIC, the US social security number, the Nordic personal
        // identity number).
        "cnic", "cnic no", "cnic number", "ssn", "social security number", "personal number", "personal identity number", "personnummer",
        "resident id", "driver license number", "driver license no", "driving license number", "driver licence number",
        // Nigeria's national identification number and bank verification number.
        "nin", "nin number", "bvn", "bvn number",
        // Numbers an institution gives a person for life there: a student's or an employee's number identifies them as an ID
        // card does (a school's warnings, a payroll). Not the bare "student id"/"employee id": mostly a surrogate key.
        "student code", "student no", "student number", "student num", "matric no", "matric number", "matriculation number",
        "employee code", "employee no", "employee number", "employee num", "staff no", "staff number", "staff code", "personnel number",
        // Money (cards and bank accounts identify a person as well)
        "credit card", "credit card number", "card number", "card no", "bank account", "bank account no", "bank account number",
        // A transfer's accounts: SourceAccountNumber, BeneficiaryAccountNo, DestinationAccountName (the holder's name), Iban. Taiwan's
        // warning-account (警示帳戶) work is about exactly these. AccountId (a surrogate key), AccountType and AccountStatus are not.
        "account number", "account no", "account num", "account name", "beneficiary account", "iban",
        // Vehicles
        "plate", "plate number", "plate no", "license plate", "licence plate", "car no", "car number", "vehicle no", "vehicle number",
        "vehicle license number", "vehicle licence number", "vehicle license no", "vehicle licence no",
        // Phones
        "phone", "phone number", "phone no", "mobile", "mobile phone", "mobile number", "mobile no", "cellphone", "cell phone", "cellphone number", "cell no", "phone num",
        "tel", "tel no", "telephone", "telephone number", "telephone no",
        // E-mail; "mail" alone as the head noun is an e-mail address too (ReceiverMail, UserMail, ToMail): how code written
        // by non-native speakers names it. MailBody, MailServer and MailTemplate end in another noun and stay out.
        "email", "e mail", "email address", "mail address", "mail",
        // Addresses
        "address", "home address", "residential address", "registered address", "mailing address", "address line",
        // Birth
        "birthday", "birth day", "birth date", "birthdate", "date of birth", "dob",
        // Names
        "full name", "citizen name", "suspect name", "victim name", "driver name", "owner name", "person name", "reporter name", "witness name",
        "applicant name", "offender name", "complainant name", "real name", "first name", "last name", "given name", "family name", "surname",
        "contact name", "caller name", "guardian name", "spouse name", "father name", "mother name", "patient name", "resident name",
        // Sign-in names: a user name identifies its person as an e-mail does (ASP.NET Identity marks IdentityUser.UserName
        // [ProtectedPersonalData]); a system's own account (SmtpUserName, DbUsername) is not, see IsSystemAccount.
        "user name", "username", "login name", "login id", "user login",
        // Names only people have.
        "preferred name", "nickname", "nick name", "middle name", "maiden name",
        // A person's public handle on a chat or social network (round 30: a social message's SenderHandle, a user's handle).
        "user handle", "sender handle", "social handle", "author handle",
    };

    /// <summary>Chinese terms; the identifier's CJK run must end with one. A bare 統一編號 is a company's business number, not personal.</summary>
    private static readonly string[] ChineseTerms =
    {
        "身分證字號", "身份證字號", "身分證統一編號", "身份證統一編號", "身分證號", "身份證號", "身分證號碼", "身份證號碼", "身分證", "身份證",
        "居留證號", "居留證號碼", "統一證號", "護照號碼", "學號", "学号", "員工編號", "工號",
        "車牌號碼", "車牌", "車號",
        "帳戶號碼", "銀行帳號", "戶名",
        "電話", "電話號碼", "手機", "手機號碼", "行動電話",
        "地址", "住址", "電子郵件", "電子信箱",
        "姓名", "生日", "出生日期", "出生年月日",
    };

    /// <summary>Words before "address" that make it a network or memory address, not a home.</summary>
    private static readonly HashSet<string> NonPersonalAddressModifiers = new(StringComparer.Ordinal)
    {
        "ip", "ipv4", "ipv6", "v4", "v6", "mac", "base", "remote", "local", "server", "host", "endpoint", "end", "web", "url", "uri", "network", "net",
        "memory", "broadcast", "multicast", "gateway", "proxy", "bind", "binding", "listen", "listening", "wallet", "contract", "socket",
        "hardware", "start", "return", "target", "source", "device", "bluetooth", "logical", "virtual", "relay", "smtp", "dns", "router", "node",
        "peer", "client", "callback", "redirect", "site", "service", "api", "hex", "physical", "bus", "register", "offset", "pointer",
        // Sign-in and token endpoints (authAddress = the OAuth server's URL).
        "auth", "authority", "authorization", "authorisation", "oauth", "token", "login", "issuer", "discovery", "metadata", "webhook",
    };

    /// <summary>
    /// Words before an account phrase that make it a system's or a ledger's account, not a person's bank account:
    /// <c>StorageAccountName</c>, <c>ServiceAccountName</c>, <c>GlAccountNumber</c>, <c>SmtpAccountName</c>.
    /// </summary>
    private static readonly HashSet<string> NonPersonalAccountModifiers = new(StringComparer.Ordinal)
    {
        "storage", "service", "system", "batch", "automation", "cosmos", "cloud", "azure", "aws", "gcp", "admin", "administrator", "root",
        "smtp", "mail", "email", "ftp", "sftp", "database", "db", "sql", "gl", "ledger", "general", "chart", "expense", "revenue", "income",
        "cost", "asset", "liability", "equity", "suspense", "nostro", "vostro", "settlement", "clearing", "technical", "bot", "test", "demo",
        // A bank's own books: the pool a transfer passes through, the fees it earns.
        "operating", "fee", "commission", "escrow", "pool", "internal", "float",
        // Services a program signs in to with a user name of its own.
        "proxy", "broker", "rabbit", "rabbitmq", "redis", "ldap", "bind", "git", "registry", "docker", "api", "sa", "default", "seed",
    };

    /// <summary>
    /// Words before "plate" that make it a dangerous-goods placard, not a registration: an ADR truck's orange plate carries the
    /// hazard and UN numbers of its load (round 24: <c>AdrEquipment.OrangePlateNumber</c>), no one's vehicle registration.
    /// </summary>
    private static readonly HashSet<string> HazardPlateModifiers = new(StringComparer.Ordinal) { "orange", "hazard", "hazmat", "adr", "placard" };

    /// <summary>
    /// Besides <see cref="OrganisationNouns"/>, the parties a program sends or pays as one: a phone, e-mail or address after
    /// one of these is the organisation's contact (<c>MerchantPhone</c>, <c>SupportAddress</c>, <c>SenderEmail</c>), not a person's.
    /// </summary>
    private static readonly HashSet<string> SendingParties = new(StringComparer.Ordinal)
    {
        "payee", "org", "sender", "support", "helpdesk", "system", "station", "precinct",
    };

    /// <summary>The words of a phone number, e-mail or address phrase: the contact channels an organisation has as well.</summary>
    private static readonly HashSet<string> ContactWords = new(StringComparer.Ordinal)
    {
        "phone", "mobile", "cellphone", "tel", "telephone", "email", "mail", "address", "fax",
    };

    /// <summary>Words that say the value was already made safe: <c>MaskedPhone</c>, <c>HashedNationalId</c>.</summary>
    internal static readonly HashSet<string> SafeWords = new(StringComparer.Ordinal)
    {
        "masked", "redacted", "hashed", "encrypted", "anonymized", "anonymised", "obfuscated", "pseudonymized", "pseudonymised", "tokenized",
        "sanitized", "sanitised", "遮罩", "遮蔽", "脫敏", "加密", "雜湊",
    };

    /// <summary>Nouns for people in police records: their <c>Name</c> is a personal name: <c>Suspect.Name</c> and <c>claimantName</c>, not <c>Product.Name</c>.</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "citizen", "person", "people", "suspect", "victim", "witness", "driver", "owner", "applicant", "resident", "offender", "reporter",
        "complainant", "informant", "defendant", "plaintiff", "passenger", "patient", "caller", "contact", "guardian", "claimant", "arrestee",
        "detainee", "holder", "prisoner", "inmate", "spouse", "father", "mother", "民眾", "嫌疑人", "被害人",
        "證人", "駕駛", "駕駛人", "車主", "報案人", "申請人", "當事人",
    };

    /// <summary>True for a noun naming a person (singular or plural).</summary>
    public static bool IsPersonNoun(string word) => PersonNouns.Contains(IdentifierWords.Singular(word));

    /// <summary>
    /// People a shop, employer, school or clinic serves or employs: <c>BuyerName</c> and <c>Customer.Name</c> are a person's name.
    /// Types named after them are often groups or kinds (<c>CustomerGroup.Name</c>, <c>EmployeeType.Name</c>), so unlike
    /// <see cref="PersonNouns"/> a bare <c>Name</c> counts only on a type whose name ends with one of these.
    /// Left out on purpose: member, parent, client, sender, subscriber, tenant, user (reflection members, tree nodes, API
    /// clients, event senders, multi-tenancy and login names), worker (job and thread workers), payee (the merchant a payment
    /// goes to: <c>PayeeInfo.PayeeName</c> is a shop's name).
    /// </summary>
    private static readonly HashSet<string> ServedPersonNouns = new(StringComparer.Ordinal)
    {
        "customer", "buyer", "shopper", "purchaser", "payer", "cardholder", "recipient", "addressee", "consignee",
        "employee", "staff", "student", "pupil", "learner", "teacher", "attendee", "participant", "guest", "traveler",
        "traveller", "beneficiary", "insured", "policyholder", "borrower", "debtor", "donor", "volunteer",
        // Round 24 (Bellwood): the person who books a ride for a passenger (BookerName, BookerEmail).
        "booker",
    };

    /// <summary>True for a person noun, including the people an organisation serves (<see cref="ServedPersonNouns"/>).</summary>
    public static bool IsPersonOrServedNoun(string word)
    {
        var singular = IdentifierWords.Singular(word);
        return PersonNouns.Contains(singular) || ServedPersonNouns.Contains(singular);
    }

    private readonly ImmutableArray<string[]> _phrases;
    private readonly ImmutableArray<string> _chineseTerms;
    private readonly HashSet<string> _ignored;

    public PersonalNames(IEnumerable<string> extraNames, IEnumerable<string> ignoredNames)
    {
        _phrases = DefaultPhrases.Select(p => p.Split(' '))
            .Concat(extraNames.Where(n => n.IndexOf('.') < 0).Select(n => IdentifierWords.Words(n).ToArray()).Where(w => w.Length > 0))
            .ToImmutableArray();
        _chineseTerms = ChineseTerms.Concat(extraNames.Where(n => n.Length > 0 && IdentifierWords.IsCjk(n[n.Length - 1]))).ToImmutableArray();
        _ignored = new HashSet<string>(ignoredNames.Where(n => n.IndexOf('.') < 0).Select(Normalize), StringComparer.Ordinal);
    }

    /// <summary>
    /// Identifiers repeat across a code base (<c>citizen</c>, <c>logger</c>, <c>Phone</c>) and every local, parameter and
    /// member of every method asks: splitting and matching each one once is the largest saving in the analyzers' time.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Verdicts kept per name lists; past this many identifiers new ones are decided each time, not kept.</summary>
    private const int MaxVerdicts = 200_000;

    /// <summary>Name lists with a shared instance; a process that sees more distinct settings builds the rest per compilation.</summary>
    private const int MaxShared = 16;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PersonalNames> Shared = new(StringComparer.Ordinal);

    /// <summary>
    /// The instance for these name lists, shared by every compilation of the process: a verdict depends on the identifier
    /// and the lists alone, so the compiler server and the IDE, which analyse many compilations in one process, decide each
    /// identifier once instead of once per compilation (adding them was 4–8 % of DataGuard's time per compilation).
    /// </summary>
    public static PersonalNames For(ImmutableArray<string> extraNames, ImmutableArray<string> ignoredNames)
    {
        var key = string.Join("\u0001", extraNames) + "\u0002" + string.Join("\u0001", ignoredNames);
        if (Shared.TryGetValue(key, out var known))
        {
            return known;
        }

        var names = new PersonalNames(extraNames, ignoredNames);
        return Shared.Count < MaxShared ? Shared.GetOrAdd(key, names) : names;
    }

    /// <summary>True when the identifier names personal data.</summary>
    public bool IsPersonal(string identifier)
    {
        if (_verdicts.TryGetValue(identifier, out var verdict))
        {
            return verdict;
        }

        // A count of our own: ConcurrentDictionary.Count takes every lock of the table.
        var decided = Decide(identifier);
        if (System.Threading.Volatile.Read(ref _kept) < MaxVerdicts && _verdicts.TryAdd(identifier, decided))
        {
            System.Threading.Interlocked.Increment(ref _kept);
        }

        return decided;
    }

    private int _kept;

    private bool Decide(string identifier)
    {
        if (identifier.Length == 0 || _ignored.Contains(Normalize(identifier)))
        {
            return false;
        }

        var words = IdentifierWords.Split(identifier);

        if (words.Any(w => SafeWords.Contains(w)) || identifier.IndexOf("遮罩", StringComparison.Ordinal) >= 0 || identifier.IndexOf("脫敏", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        // AddressLine1, Phone2: the number only tells which one.
        while (words.Count > 1 && char.IsDigit(words[words.Count - 1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return false;
        }

        var last = words[words.Count - 1];
        if (IdentifierWords.IsCjk(last[0]))
        {
            return _chineseTerms.Any(t => last.EndsWith(t, StringComparison.Ordinal));
        }

        // EmailOrUsername, UserNameOrEmail, PhoneOrEmail: a field that takes either holds a personal value.
        if (words.IndexOf("or") is var or && or > 0 && or < words.Count - 1)
        {
            return Decide(string.Join("_", words.Take(or))) || Decide(string.Join("_", words.Skip(or + 1)));
        }

        // A bare Login is what the person typed to sign in; LoginUrl, LastLogin and LoginAttempts are not.
        if (words.Count == 1 && last == "login")
        {
            return true;
        }

        if (ForeignNames.IsPersonal(words))
        {
            return true;
        }

        words[words.Count - 1] = IdentifierWords.Singular(last);

        // <role noun> Name: claimantName, arresteeName, holderName, buyerName.
        if (words.Count > 1 && last == "name" && IsPersonOrServedNoun(words[words.Count - 2]))
        {
            return true;
        }
        if (IsCivilRegistryNumber(words))
        {
            return true;
        }

        foreach (var phrase in _phrases)
        {
            if (EndsWith(words, phrase))
            {
                if (phrase.Length == 1 && phrase[0] == "address" && words.Count > 1 && NonPersonalAddressModifiers.Contains(words[words.Count - 2])
                    || IsSystemAccount(words, phrase) || IsOrganisationContact(words, phrase) || IsHazardPlate(words, phrase)
                    || IsThingsIdentification(words, phrase))
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Last words of the number a state or a register gives (<c>…Number</c>, <c>…No</c>, <c>…Id</c>).</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "number", "no", "num", "nr", "id", "code" };

    /// <summary>
    /// Words between <c>National</c> and the number that keep it a person's: <c>NationalInsuranceNumber</c>; a
    /// <c>NationalDrugCode</c> numbers a product.
    /// </summary>
    private static readonly HashSet<string> CivilWords = new(StringComparer.Ordinal)
    {
        "registry", "register", "registration", "identity", "identification", "insurance", "health", "personal", "citizen", "population", "social", "security",
    };

    /// <summary>Words of a register of residents: Belgium's rijksregister, a national or population register.</summary>
    private static readonly HashSet<string> RegisterWords = new(StringComparer.Ordinal) { "registry", "register" };

    /// <summary>
    /// Other countries' national numbers by the shape of their names rather than a list of countries: a number named
    /// <c>National…</c> (<c>NationalRegistryNumber</c>, <c>NationalInsuranceNumber</c>, <c>NationalIdentityNo</c>) or a register's
    /// number (<c>RegistryNumber</c>, <c>PopulationRegisterNo</c>) is a person's, unless an organisation owns it
    /// (<c>CompanyRegistryNumber</c>, <c>SupplierNationalCode</c>).
    /// </summary>
    private static bool IsCivilRegistryNumber(List<string> words)
    {
        var last = words.Count - 1;
        if (last < 1 || !NumberWords.Contains(words[last])) return false;

        var national = words.IndexOf("national");
        var isNational = national >= 0 && national < last && words.Skip(national + 1).Take(last - national - 1).All(CivilWords.Contains);
        var named = isNational || RegisterWords.Contains(words[last - 1]) && words[last] != "id";
        var start = isNational ? national : last - 1;
        return named && !words.Take(start).Any(w => OrganisationNouns.Contains(IdentifierWords.Singular(w)));
    }

    /// <summary>An account phrase after a system or ledger word (<see cref="NonPersonalAccountModifiers"/>), or after an organisation noun.</summary>
    private static bool IsSystemAccount(List<string> words, string[] phrase)
    {
        var before = words.Count - phrase.Length - 1;
        return phrase[0] is "account" or "user" or "username" or "login" && before >= 0
               && (NonPersonalAccountModifiers.Contains(words[before]) || OrganisationNouns.Contains(IdentifierWords.Singular(words[before])));
    }

    /// <summary>Words before an identification number that say it numbers a thing or a business: <c>VehicleIdentificationNumber</c> (a VIN).</summary>
    private static readonly HashSet<string> ThingIdentificationModifiers = new(StringComparer.Ordinal)
    {
        "vehicle", "product", "device", "equipment", "aircraft", "vessel", "employer", "item", "asset",
    };

    /// <summary>An identification-number phrase right after a thing's or an organisation's word (<c>VehicleIdentificationNumber</c>, <c>CompanyIdentificationNo</c>).</summary>
    private static bool IsThingsIdentification(List<string> words, string[] phrase)
    {
        var before = words.Count - phrase.Length - 1;
        return phrase[0] == "identification" && before >= 0
               && (ThingIdentificationModifiers.Contains(words[before]) || OrganisationNouns.Contains(IdentifierWords.Singular(words[before])));
    }

    /// <summary>A plate phrase right after a dangerous-goods word (<see cref="HazardPlateModifiers"/>): <c>OrangePlateNumber</c>, <c>HazardPlate</c>.</summary>
    private static bool IsHazardPlate(List<string> words, string[] phrase)
    {
        var before = words.Count - phrase.Length - 1;
        return phrase[0] == "plate" && before >= 0 && HazardPlateModifiers.Contains(words[before]);
    }

    /// <summary>
    /// A message's sender address by its name: <c>fromEmail</c>, <c>FromAddress</c>, <c>senderEmail</c> — the mailbox a mail comes
    /// from, most often the organisation's own. A report that can name another source (the recipients, the body) names that.
    /// </summary>
    public static bool IsSenderAddress(string identifier)
    {
        var words = IdentifierWords.Words(identifier);
        return words.Count > 1 && (words[0] == "from" || words[0] == "sender") && words.Skip(1).All(ContactWords.Contains);
    }

    /// <summary>
    /// A contact phrase (and the contact words before it) right after an organisation noun: <c>CompanyPhoneNumber</c>,
    /// <c>SenderEmailAddress</c>; <c>CompanyContactName</c> is a person's.
    /// </summary>
    private static bool IsOrganisationContact(List<string> words, string[] phrase)
    {
        if (!phrase.Any(ContactWords.Contains))
        {
            return false;
        }

        var before = words.Count - phrase.Length - 1;
        while (before >= 0 && ContactWords.Contains(words[before]))
        {
            before--;
        }

        return before >= 0 && IdentifierWords.Singular(words[before]) is var party && (OrganisationNouns.Contains(party) || SendingParties.Contains(party));
    }

    private static bool EndsWith(List<string> words, string[] phrase)
    {
        if (phrase.Length > words.Count)
        {
            return false;
        }

        var offset = words.Count - phrase.Length;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[offset + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string identifier) => string.Concat(IdentifierWords.Words(identifier));
}
