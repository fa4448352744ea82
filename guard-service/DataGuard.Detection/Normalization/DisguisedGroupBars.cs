namespace DataGuard.Detection.Normalization;

/// <summary>
/// det-words42 (set U44): `0️⃣9️⃣ | 6️⃣9️⃣2️⃣3️⃣ | 9️⃣7️⃣1️⃣3️⃣`, `zero nine nine three | one seven one | three four six`,
/// `Ｇ yi | liu si si yi | wu er qi yi` — a value's digits disguised as keycaps or number words with a bar between its
/// groups. A bar is a table's cell break everywhere else (round 38), so the chain reader stops at one; but no column of a
/// table writes keycaps, nor digits one word each, and a bar with such a group of two or more on both sides is the gap
/// between one value's groups. The recognizers then validate the digits as always (a numbering plan, a checksum, Luhn).
/// </summary>
internal static class DisguisedGroupBars
{
    /// <summary>The combining enclosing keycap (U+20E3) that closes each keycap digit (digit, U+FE0F, U+20E3).</summary>
    private const char Keycap = '\u20E3';

    /// <summary>Fewest disguised digits in the group on either side of the bar: one alone is a list's number or a cell (1️⃣ | 2️⃣, | one | two |).</summary>
    private const int FewestInGroup = 2;

    /// <summary>
    /// Length of the gap from <paramref name="bar"/> (a '|' or '｜') to the next group's first digit (the bar and the blanks
    /// after it), where a group of keycaps ends right before the bar (blanks between allowed) and another starts after it,
    /// or, with <paramref name="wordsBefore"/> (the chain's last two characters are number words), two number words start
    /// after it; else 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int bar, bool wordsBefore = false)
    {
        if (text[bar] is not ('|' or '｜')) return 0;
        int after = bar + 1;
        while (after < text.Length && text[after] == ' ') after++;
        if (wordsBefore) return WordsStartingAt(text, after) >= FewestInGroup ? after - bar : 0;
        int before = bar - 1;
        while (before >= 0 && text[before] == ' ') before--;
        if (KeycapsEndingAt(text, before) < FewestInGroup) return 0;
        return KeycapsStartingAt(text, after) >= FewestInGroup ? after - bar : 0;
    }

    // How many keycap digits end at last (its U+20E3), walking back.
    private static int KeycapsEndingAt(ReadOnlySpan<char> text, int last)
    {
        int count = 0;
        while (last >= 1 && text[last] == Keycap)
        {
            int digit = text[last - 1] == '\uFE0F' ? last - 2 : last - 1;
            if (digit < 0 || !AsciiChars.IsDigit(text[digit])) break;
            count++;
            last = digit - 1;
        }
        return count;
    }

    // How many keycap digits start at first.
    private static int KeycapsStartingAt(ReadOnlySpan<char> text, int first)
    {
        int count = 0;
        while (first < text.Length && AsciiChars.IsDigit(text[first]))
        {
            int mark = first + 1 < text.Length && text[first + 1] == '\uFE0F' ? first + 2 : first + 1;
            if (mark >= text.Length || text[mark] != Keycap) break;
            count++;
            first = mark + 1;
        }
        return count;
    }

    // How many number words (up to FewestInGroup) start at first, one blank between them.
    private static int WordsStartingAt(ReadOnlySpan<char> text, int first)
    {
        int count = 0;
        while (count < FewestInGroup && first < text.Length && NumberWords.LengthAt(text, first, out _) is int word and > 0)
        {
            count++;
            first += word;
            if (first < text.Length && text[first] == ' ') first++;
        }
        return count;
    }
}
