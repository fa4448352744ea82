namespace DataGuard.Detection.Normalization;

/// <summary>
/// A row whose cell separators were lost in the paste (王小明A123456789ABC-1234, A1234567890912345678,
/// A123456789111年度偵字第…; set U8): a value typed onto the next cell's value, which starts with a shape of its own —
/// a plate's letters and hyphen, a Taiwan mobile, a ROC year. The value before it ends there; only values a checksum
/// guards are read so (the recognizer asks for a valid one with no letter typed for a digit).
/// </summary>
internal static class GluedCells
{
    /// <summary>Whether the next cell's value starts right after the first <paramref name="count"/> characters of the chain.</summary>
    public static bool NextValueAt(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        if (count >= chain.Length || chain.Gaps[count] > 0) return false;
        int at = chain.Positions[count];
        return PlateLettersAt(text, at) || MobileAt(text, at) || RocYearAt(text, at);
    }

    // "ABC-1234", "AB-123": two or three capitals, a hyphen, a digit.
    private static bool PlateLettersAt(ReadOnlySpan<char> text, int at)
    {
        int letters = 0;
        while (at + letters < text.Length && AsciiChars.IsUpper(text[at + letters])) letters++;
        int hyphen = at + letters;
        return letters is 2 or 3 && hyphen + 1 < text.Length && CharFolding.Fold(text[hyphen]).Value == '-' && AsciiChars.IsDigit(text[hyphen + 1]);
    }

    // "0912345678": 09 and eight more digits, and no digit after them.
    private static bool MobileAt(ReadOnlySpan<char> text, int at)
    {
        const int mobile = 10;
        if (at + mobile > text.Length || text[at] != '0' || text[at + 1] != '9') return false;
        for (int i = 2; i < mobile; i++) if (!AsciiChars.IsDigit(text[at + i])) return false;
        return at + mobile == text.Length || !AsciiChars.IsDigit(text[at + mobile]);
    }

    // "111年度", "98年": a ROC year of two or three digits before 年.
    private static bool RocYearAt(ReadOnlySpan<char> text, int at)
    {
        int digits = 0;
        while (at + digits < text.Length && AsciiChars.IsDigit(text[at + digits])) digits++;
        return digits is 2 or 3 && at + digits < text.Length && text[at + digits] == '年';
    }
}
