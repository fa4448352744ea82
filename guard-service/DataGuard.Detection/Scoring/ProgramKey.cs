using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Scoring;

/// <summary>
/// A program's key read as a label (issue 9, round 18): a key whose last word only says the field holds a number or an
/// address of the thing (plateNo, mobile_no, phone-number, email.addr, telNum) names that thing, so the label is read
/// where its words end. The qualifier must start a word of the key (a capital after a small letter, or after _ - .), so
/// "piano" holds no "no"; the key's other words (tel_count, plateModel, cardType) qualify nothing and stay no label.
/// </summary>
internal static class ProgramKey
{
    /// <summary>Last words of a key that name no type, only that the field holds its number or address.</summary>
    private static readonly string[] Qualifiers = { "no", "num", "nbr", "number", "addr", "address" };

    /// <summary>
    /// Where the key's words before its qualifier end, when the text before <paramref name="end"/> ends with a qualifier
    /// word of a key; otherwise -1.
    /// </summary>
    public static int BeforeQualifier(ReadOnlySpan<char> text, int end)
    {
        foreach (var qualifier in Qualifiers)
        {
            int from = end - qualifier.Length;
            if (from < 2 || !text.Slice(from, qualifier.Length).Equals(qualifier.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            if (text[from - 1] is '_' or '-' or '.' && AsciiChars.IsLetter(text[from - 2])) return from - 1;
            if (AsciiChars.IsUpper(text[from]) && text[from - 1] is >= 'a' and <= 'z') return from;
        }
        return -1;
    }
}
