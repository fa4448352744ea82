namespace DataGuard.Detection.Normalization;

/// <summary>What a character means to the recognizers once it has been folded.</summary>
internal enum CharKind : byte
{
    /// <summary>Anything that ends a candidate (CJK, punctuation, line breaks…).</summary>
    Other = 0,

    /// <summary>A digit 0–9 (ASCII, full-width or Chinese numeral).</summary>
    Digit,

    /// <summary>A Latin letter A–Z (folded to upper case).</summary>
    Letter,

    /// <summary>A character people put between groups: space, hyphen, dot, slash, underscore, parentheses.</summary>
    Separator,

    /// <summary>A zero-width or format character: skipped as if it were not there.</summary>
    Invisible,

    /// <summary>The plus sign that starts an international phone number.</summary>
    Plus,
}
