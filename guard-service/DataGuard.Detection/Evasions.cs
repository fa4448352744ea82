namespace DataGuard.Detection;

/// <summary>
/// Disguises the normaliser undid to find a value. A hidden identifier is a sign of intent,
/// so the audit trail records these alongside each finding.
/// </summary>
[Flags]
public enum Evasions
{
    /// <summary>The value was written plainly.</summary>
    None = 0,

    /// <summary>Full-width forms such as ＡＢＣ１２３.</summary>
    FullWidth = 1 << 0,

    /// <summary>Chinese numerals (零〇一二…九, 壹貳參…, 么) in place of digits.</summary>
    ChineseNumerals = 1 << 1,

    /// <summary>Zero-width or other invisible format characters inside the value.</summary>
    ZeroWidth = 1 << 2,

    /// <summary>Look-alike Cyrillic or Greek letters in place of Latin ones.</summary>
    Homoglyph = 1 << 3,

    /// <summary>Separators between characters (spaces, dots, hyphens, slashes, underscores) where the format has none.</summary>
    Separators = 1 << 4,

    /// <summary>Lower-case letters where the format is upper-case.</summary>
    LowerCase = 1 << 5,

    /// <summary>Digits spelled out as words (one five two…, oh, double five; satu dua…, một hai…) in place of digits.</summary>
    NumberWords = 1 << 6,

    /// <summary>Escapes of code, URLs, markup or mail (%40, \u002D, &amp;#64;, =40) in place of the value's characters.</summary>
    Escaped = 1 << 7,

    /// <summary>Digits written as sound-alike characters (諧音: 酒 for 9, 醫 for 1, 爸 for 8) in place of digits.</summary>
    Homophones = 1 << 8,

    /// <summary>Digits given as small sums to work out (0920—6(2×4)4, (500+12)) in place of the digits.</summary>
    Arithmetic = 1 << 9,
}
