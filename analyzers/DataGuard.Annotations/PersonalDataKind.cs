namespace DataGuard;

/// <summary>
/// What kind of personal data a member marked with <see cref="PersonalFieldAttribute"/> holds.
/// The analyzers treat every kind the same way; the kind documents the field and lets code fixes
/// pick the matching <see cref="Masking"/> method.
/// </summary>
/// <remarks>The numeric values are part of the contract: new kinds are only ever appended.</remarks>
public enum PersonalDataKind
{
    /// <summary>Personal data of a kind not listed here (case notes about a person, a photo path, a bank account…).</summary>
    Other = 0,

    /// <summary>A national identification number (身分證統一編號), e.g. <c>A123456789</c>.</summary>
    NationalId = 1,

    /// <summary>A person's name (姓名).</summary>
    Name = 2,

    /// <summary>A phone or mobile number (電話、手機).</summary>
    Phone = 3,

    /// <summary>A vehicle licence plate (車牌號碼), e.g. <c>ABC-1234</c>.</summary>
    Plate = 4,

    /// <summary>A postal or household-registration address (地址).</summary>
    Address = 5,

    /// <summary>A date of birth (生日).</summary>
    BirthDate = 6,

    /// <summary>An e-mail address.</summary>
    Email = 7,

    /// <summary>A resident certificate number (居留證統一證號) of a foreign resident, e.g. <c>A800000014</c>.</summary>
    ResidentCertificate = 8,

    /// <summary>A passport number (護照號碼).</summary>
    Passport = 9,
}
