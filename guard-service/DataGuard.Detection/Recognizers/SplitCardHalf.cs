namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 27 (issue 9, sets U13/U14): a card number typed in two halves of eight digits to slip past a filter, words or a
/// plus between them (拆開給你：4xxx xxxx + xxxx xxxx, 分開打：xxxxxxxx（中間不要空格）xxxxxxxx, …，後半段是 xxxx xxxx): each
/// half is a landline's shape, and 打 (type, or dial) labels it. The halves are the card's when their sixteen digits open
/// with an issuer's prefix and pass the Luhn check, and what joins them is more than a list's comma — two landlines are
/// listed with 、 or ，, a card's halves are announced.
/// </summary>
internal static class SplitCardHalf
{
    /// <summary>The digits of each half: a sixteen-digit card cut in the middle.</summary>
    private const int HalfLength = 8;

    /// <summary>How many characters the words between the halves may take ("，下一行是⏎-", "（中間不要空格）").</summary>
    private const int JoinReach = 16;

    /// <summary>Whether the eight digits in [start, end) are one half of a card whose other half stands right before or after them.</summary>
    public static bool IsHalf(ReadOnlySpan<char> text, int start, int end)
    {
        Span<char> half = stackalloc char[HalfLength];
        if (!ReadHalf(text, start, end, half)) return false;
        Span<char> card = stackalloc char[HalfLength * 2];
        half.CopyTo(card);
        if (OtherHalfAfter(text, end, card.Slice(HalfLength)) && IsCard(card)) return true;
        half.CopyTo(card.Slice(HalfLength));
        return OtherHalfBefore(text, start, card.Slice(0, HalfLength)) && IsCard(card);
    }

    private static bool IsCard(ReadOnlySpan<char> card)
    {
        Span<int> lengths = stackalloc int[4];
        int found = CardIssuers.LengthsFor(card, lengths);
        return lengths.Slice(0, found).IndexOf(card.Length) >= 0 && CardIssuers.PassesLuhn(card);
    }

    // The eight digits of [start, end), read past the single spaces and hyphens that group them.
    private static bool ReadHalf(ReadOnlySpan<char> text, int start, int end, Span<char> half)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if ((uint)(c - '0') <= 9)
            {
                if (n == HalfLength) return false;
                half[n++] = c;
            }
            else if (c is not (' ' or '-')) return false;
        }
        return n == HalfLength;
    }

    private static bool OtherHalfAfter(ReadOnlySpan<char> text, int end, Span<char> half)
    {
        int at = end;
        while (at < text.Length && at - end <= JoinReach && !IsDigit(text[at])) at++;
        if (at >= text.Length || at - end > JoinReach || !Announces(text.Slice(end, at - end))) return false;
        int stop = at;
        while (stop < text.Length && (IsDigit(text[stop]) || (text[stop] is ' ' or '-' && stop + 1 < text.Length && IsDigit(text[stop + 1])))) stop++;
        return (stop == text.Length || !char.IsLetter(text[stop])) && ReadHalf(text, at, stop, half);
    }

    private static bool OtherHalfBefore(ReadOnlySpan<char> text, int start, Span<char> half)
    {
        int at = start;
        while (at > 0 && start - at <= JoinReach && !IsDigit(text[at - 1])) at--;
        if (at == 0 || start - at > JoinReach || !Announces(text.Slice(at, start - at))) return false;
        int from = at;
        while (from > 0 && (IsDigit(text[from - 1]) || (text[from - 1] is ' ' or '-' && from > 1 && IsDigit(text[from - 2])))) from--;
        return (from == 0 || !char.IsLetter(text[from - 1])) && ReadHalf(text, from, at, half); // not an ID's or a code's digits
    }

    // Between the halves stands a word, a plus or a bracket — not only a list's separator and spaces (2345 6789、2876 5432),
    // and no cell border or sentence end: a table row's cells and another sentence's numbers are values of their own
    // (| (02)2345-6789 | 港仔 9xxx xxxx |).
    private static bool Announces(ReadOnlySpan<char> join)
    {
        if (join.IndexOfAny(Boundaries) >= 0) return false;
        foreach (char c in join)
            if (c is not (' ' or '\u3000' or '、' or '，' or ',' or '；' or ';' or '/' or '\n' or '\r' or '-')) return true;
        return false;
    }

    private const string Boundaries = "|｜\t。！？";

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
