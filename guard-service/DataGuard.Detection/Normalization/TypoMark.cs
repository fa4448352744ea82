namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 43 (issue 9, det-phones43; set U45): a mark typed once for the hyphen between a phone's groups (0930=664-394,
/// 0930-664＝394): the key beside the hyphen, hit by mistake. Stray marks part a value's pieces only when typed again
/// (<see cref="JoiningWords.PartsPieces"/>: a lone colon is a time, a lone = a key's); a lone = between two groups of three
/// digits or more, a hyphened group on one side, is the typo, not a key (x=123 has letters before it) or a sum.
/// </summary>
internal static class TypoMark
{
    /// <summary>The digits a group beside the typo holds at least.</summary>
    private const int ShortestGroup = 3;

    /// <summary>Whether the mark at <paramref name="i"/> is a lone typo for a hyphen between digit groups.</summary>
    public static bool StandsForHyphen(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('=' or '＝' or '\\' or '＼')) return false;
        int before = 0, after = 0, digitsBefore = 0, digitsAfter = 0;
        while (i - before - 1 >= 0 && IsDigitOrLookalike(text[i - before - 1])) digitsBefore += AsciiChars.IsDigit(text[i - ++before]) ? 1 : 0;
        while (i + after + 1 < text.Length && IsDigitOrLookalike(text[i + after + 1])) digitsAfter += AsciiChars.IsDigit(text[i + ++after]) ? 1 : 0;
        // (a group of three or more holding a digit: 09o0=S4Z is a disguised mobile's, x=123 and ABC=123 are a key's)
        if (before < ShortestGroup || after < ShortestGroup || digitsBefore == 0 || digitsAfter == 0) return false;
        int head = i - before - 1, tail = i + after + 1;
        if (head >= 0 && AsciiChars.IsLetter(text[head])) return false; // x1=234-…: a key
        bool hyphenBefore = head >= 1 && CharFolding.IsHyphen(text[head]) && IsDigitOrLookalike(text[head - 1]);
        bool hyphenAfter = tail + 1 < text.Length && CharFolding.IsHyphen(text[tail]) && IsDigitOrLookalike(text[tail + 1]);
        return hyphenBefore || hyphenAfter;
    }

    // A digit, or a letter a phone's digits are typed with (DigitLookalikes' set: O o I l S B Z b).
    private static bool IsDigitOrLookalike(char c) => AsciiChars.IsDigit(c) || c is 'O' or 'o' or 'I' or 'l' or 'S' or 's' or 'B' or 'b' or 'Z' or 'z';

    /// <summary>
    /// Whether the first <paramref name="count"/> characters of the chain hold exactly one filler gap, a lone typo mark, and
    /// every other gap is a plain separator: the number is whole, not read in pieces.
    /// </summary>
    public static bool OnlyCut(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        int typos = 0;
        for (int k = 1; k < count; k++)
        {
            if (chain.Gaps[k] == 0 || chain.GapChars[k] != Chain.FillerGap) continue;
            int from = chain.EndOf(k);
            if (chain.Positions[k] - from != 1 || !StandsForHyphen(text, from)) return false;
            typos++;
        }
        return typos == 1;
    }
}
