namespace DataGuard.Analyzers.Literals;

/// <summary>The kinds of checksum-valid personal number DG1009 finds in source.</summary>
internal enum PersonalNumberKind
{
    /// <summary>國民身分證統一編號: letter, 1 or 2, eight digits.</summary>
    NationalId,

    /// <summary>外來人口統一證號: the 2021 form (letter, 8 or 9, eight digits) or the old form (two letters, eight digits).</summary>
    ResidentCertificate,

    /// <summary>Payment card number: a known issuer range and length with a valid Luhn digit.</summary>
    CardNumber,
}
