using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-ocr45 (set U49, T): a number grouped as a card is (four groups of four, one separator throughout) is one value. A phone
/// read from its second group on ("測試資料（checksum錯誤）⏎2446-0045-5134-5175": 0045-5134-5175, 00 then Denmark) takes the tail
/// of a card-shaped number whether or not its Luhn digit holds; one read from its first two groups (電話4666 7029 1675 3583)
/// takes the head of a card whose Luhn digit holds, under whatever word the chat put before it.
/// </summary>
internal static class PhoneInsideCardRun
{
    /// <summary>A card's grouping: four digits a group, four groups (Visa, Mastercard, JCB, UnionPay as printed).</summary>
    private const int GroupDigits = 4, Groups = 4;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is part, not all, of a number grouped as a card (see above).</summary>
    public static bool IsPartOf(ReadOnlySpan<char> text, int start, int end)
    {
        int first = start, before = 0;
        char mark = start > 0 ? text[start - 1] : '\0';
        // Back over whole groups with the same mark between them.
        while (IsSeparator(mark) && first >= GroupDigits + 1 && text[first - 1] == mark && IsGroup(text, first - 1 - GroupDigits))
        {
            first -= GroupDigits + 1;
            before++;
        }
        if (first > 0 && (AsciiChars.IsLetterOrDigit(text[first - 1]) || IsSeparator(text[first - 1]) && first >= 2 && AsciiChars.IsDigit(text[first - 2])))
            return false;
        if (before == 0) mark = start + GroupDigits < text.Length ? text[start + GroupDigits] : '\0';
        if (!IsSeparator(mark)) return false;
        int at = first;
        for (int group = 0; group < Groups; group++)
        {
            if (!IsGroup(text, at)) return false;
            at += GroupDigits;
            if (group < Groups - 1 && (at >= text.Length || text[at++] != mark)) return false;
        }
        if (at < text.Length && (AsciiChars.IsLetterOrDigit(text[at]) || text[at] == mark && at + 1 < text.Length && AsciiChars.IsDigit(text[at + 1]))) return false;
        if (end >= at && before == 0) return false;
        return before > 0 || CardIssuers.PassesLuhn(Digits(text.Slice(first, at - first), stackalloc char[Groups * GroupDigits]));
    }

    private static bool IsSeparator(char c) => c is '-' or ' ' or '.';

    private static bool IsGroup(ReadOnlySpan<char> text, int at)
    {
        if (at < 0 || at + GroupDigits > text.Length) return false;
        for (int i = at; i < at + GroupDigits; i++) if (!AsciiChars.IsDigit(text[i])) return false;
        return true;
    }

    private static ReadOnlySpan<char> Digits(ReadOnlySpan<char> run, Span<char> into)
    {
        int n = 0;
        foreach (char c in run) if (AsciiChars.IsDigit(c)) into[n++] = c;
        return into.Slice(0, n);
    }
}
