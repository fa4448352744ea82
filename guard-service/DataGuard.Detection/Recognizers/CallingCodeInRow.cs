namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 34 (categories of sets U25, U26): a foreign +CC number in a table row names the country of the national-form
/// numbers of the same person in that row (<c>+84 78 …⇥NGUYEN VAN AN⇥0716 …</c>: a roster of foreign residents lists
/// the home number with its code and the family's number as the family dials it). Taiwan's own +886 names no other country.
/// </summary>
internal static class CallingCodeInRow
{
    /// <summary>Most digits a country calling code has.</summary>
    private const int MaxCodeDigits = 3;

    private const int TaiwanCode = 886;

    /// <summary>
    /// The country (see <see cref="CountryWords.Region"/>) of the first foreign +CC number on the line of the value at
    /// [<paramref name="start"/>, <paramref name="end"/>) outside the value, or -1.
    /// </summary>
    public static int Of(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = TableCell.LineStart(text, start);
        int lineEnd = TableCell.LineEnd(text, end);
        for (int at = text.Slice(lineStart, lineEnd - lineStart).IndexOfAny('+', '＋'); at >= 0;)
        {
            int plus = lineStart + at;
            if (plus < start || plus >= end)
            {
                int country = CountryAfterPlus(text, plus + 1, lineEnd);
                if (country >= 0) return country;
            }
            int next = text.Slice(plus + 1, lineEnd - plus - 1).IndexOfAny('+', '＋');
            at = next < 0 ? -1 : plus + 1 - lineStart + next;
        }
        return -1;
    }

    // The country whose calling code the digits at i start with (codes are prefix-free: the first one read is the one), or
    // -1 for Taiwan's, an unassigned code, or a country the engine has no words for.
    private static int CountryAfterPlus(ReadOnlySpan<char> text, int i, int lineEnd)
    {
        int code = 0;
        for (int n = 0; n < MaxCodeDigits && i + n < lineEnd && (uint)(text[i + n] - '0') <= 9; n++)
        {
            code = code * 10 + text[i + n] - '0';
            if (code == TaiwanCode) return -1;
            var region = InternationalNumbers.RegionOfCallingCode(code);
            if (region is not null) return CountryWords.OfRegion(region.AsSpan());
        }
        return -1;
    }
}
