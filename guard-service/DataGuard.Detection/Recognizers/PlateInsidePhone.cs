using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 44 (det-plates44): a phone read across a list of plates — "JFD-0226、QG-3695" read as 0226 06 3695, the second
/// plate's letters taken for look-alike digits. Letters typed for digits sit inside a number's groups (O9S2-7l6…); two or
/// three letters standing apart before a hyphen and the last digits are a plate's letter group, the list's next item.
/// </summary>
internal static class PlateInsidePhone
{
    /// <summary>
    /// Whether the first <paramref name="count"/> characters of the chain end with a plate: a run of two or three letters
    /// after a gap that is no hyphen, then a hyphen, then three or four digits to the end.
    /// </summary>
    public static bool EndsWithPlate(in Chain chain, int count)
    {
        int digits = 0;
        while (digits < count && IsDigit(chain.Chars[count - 1 - digits])) digits++;
        int hyphenAt = count - digits;
        if (digits is < 3 or > 4 || hyphenAt < 3 || chain.Gaps[hyphenAt] == 0 || !CharFolding.IsHyphen(chain.GapChars[hyphenAt])) return false;
        int letters = 0;
        while (letters < hyphenAt && AsciiChars.IsLetter(chain.Chars[hyphenAt - 1 - letters])) letters++;
        int runStart = hyphenAt - letters;
        return letters is 2 or 3 && runStart > 0 && chain.Gaps[runStart] > 0 && !CharFolding.IsHyphen(chain.GapChars[runStart])
            && AllLettersBetween(chain, runStart, hyphenAt) && chain.Gaps[runStart + 1] == 0;
    }

    private static bool AllLettersBetween(in Chain chain, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (chain.Gaps[k] > 0) return false;
        }
        return true;
    }

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
