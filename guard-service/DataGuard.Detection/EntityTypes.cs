namespace DataGuard.Detection;

/// <summary>
/// Names of the kinds of personal data the engine finds. These strings are a public contract:
/// they appear in CLI output, HTTP responses, audit rows and policy files. Add new names; never rename one.
/// Deployments add their own types in configuration (<see cref="Configuration.RecognizerOptions"/>).
/// </summary>
public static class EntityTypes
{
    /// <summary>Taiwan national ID (國民身分證統一編號): letter + 1/2 + 8 digits, checksum.</summary>
    public const string NationalId = "TW_NATIONAL_ID";

    /// <summary>Resident certificate / UI number (外來人口統一證號): old letter+A–D+8 digits or 2021 letter+8/9+8 digits.</summary>
    public const string ResidentCertificate = "TW_RESIDENT_CERTIFICATE";

    /// <summary>Taiwan vehicle licence plate (車牌), current and legacy formats.</summary>
    public const string LicensePlate = "TW_LICENSE_PLATE";

    /// <summary>Telephone number: Taiwan mobile and landline, +886, and foreign numbers in international form.</summary>
    public const string PhoneNumber = "PHONE_NUMBER";

    /// <summary>E-mail address.</summary>
    public const string EmailAddress = "EMAIL_ADDRESS";

    /// <summary>Payment card number (Luhn-valid, known issuer range).</summary>
    public const string CreditCard = "CREDIT_CARD";

    /// <summary>Taiwan passport number (中華民國護照號碼), context-gated.</summary>
    public const string Passport = "TW_PASSPORT";

    /// <summary>National Health Insurance card number (健保卡號), context-gated.</summary>
    public const string NhiCard = "TW_NHI_CARD";

    /// <summary>Bank account number (銀行帳號), context-gated.</summary>
    public const string BankAccount = "TW_BANK_ACCOUNT";

    /// <summary>A person's name, context-gated.</summary>
    public const string PersonName = "PERSON_NAME";

    /// <summary>A street address, context-gated.</summary>
    public const string Address = "ADDRESS";

    /// <summary>A date of birth, context-gated.</summary>
    public const string DateOfBirth = "DATE_OF_BIRTH";

    /// <summary>Every built-in type, derived from the built-in recognizers (<see cref="RecognizerRegistry.BuiltIn"/>).</summary>
    public static IReadOnlyList<string> All => RecognizerRegistry.BuiltIn.BuiltInTypes;

    /// <summary>The six core types the guard blocks by default.</summary>
    public static IReadOnlyList<string> Core { get; } = new[]
    {
        NationalId, ResidentCertificate, LicensePlate, PhoneNumber, EmailAddress, CreditCard,
    };
}
