namespace DataGuard.Detection.Normalization;

/// <summary>
/// Digits spelled out as English words (K one five two six…, zero nine one two…): written to slip an ID or a number
/// past a filter that looks for digits, or typed by speech-to-text. The chain reader reads each word as its digit.
/// A word counts only beside another digit, spelled or not, so "one of them" or "five people" stay words.
/// </summary>
internal static class NumberWords
{
    // Each digit's words ('0' + n) in the spellings people write; "niner" is the radiotelephony nine (ICAO Annex 10 Vol. II).
    private static readonly string[][] WordsByDigit =
    {
        new[] { "zero" }, new[] { "one" }, new[] { "two" }, new[] { "three" }, new[] { "four" }, new[] { "five" },
        new[] { "six" }, new[] { "seven" }, new[] { "eight" }, new[] { "nine", "niner" },
    };

    // The words filed by their first letter ('a' + n) with their digits: a word is compared only with those it could be,
    // and most letters start none ("the", "and", "people" are turned down by one lookup).
    private static readonly (string Word, char Digit)[][] WordsByFirst = FileByFirstLetter();

    private static (string Word, char Digit)[][] FileByFirstLetter()
    {
        var filed = new List<(string, char)>[26];
        for (int letter = 0; letter < 26; letter++) filed[letter] = new List<(string, char)>();
        for (int d = 0; d < WordsByDigit.Length; d++)
        {
            foreach (var word in WordsByDigit[d]) filed[word[0] - 'a'].Add((word, (char)('0' + d)));
        }
        return Array.ConvertAll(filed, list => list.ToArray());
    }

    /// <summary>
    /// Length of the number word at <paramref name="i"/> with its <paramref name="digit"/> ('0'–'9'): a whole ASCII word
    /// (either case) with another digit or number word next to it, across spaces or a hyphen; else 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char digit)
    {
        int length = WordAt(text, i, out digit);
        if (length == 0 || !(DigitFollows(text, i + length) || DigitPrecedes(text, i))) return 0;
        return length;
    }

    // A number word at i standing alone as a word (no letter or digit glued on either side), or 0.
    private static int WordAt(ReadOnlySpan<char> text, int i, out char digit)
    {
        digit = '\0';
        int first = (text[i] | 0x20) - 'a';
        if ((uint)first >= 26 || i > 0 && AsciiChars.IsLetterOrDigit(text[i - 1])) return 0;
        foreach (var (word, value) in WordsByFirst[first])
        {
            int end = i + word.Length;
            if (end > text.Length || end < text.Length && AsciiChars.IsLetterOrDigit(text[end])) continue;
            if (!text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            digit = value;
            return word.Length;
        }
        return 0;
    }

    private static bool DigitFollows(ReadOnlySpan<char> text, int from)
    {
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return false;
        return CharFolding.KindOf(text[next]) == CharKind.Digit || WordAt(text, next, out _) > 0;
    }

    private static bool DigitPrecedes(ReadOnlySpan<char> text, int start)
    {
        int last = SkipGap(text, start - 1, step: -1);
        if (last < 0 || last == start - 1) return false;
        if (CharFolding.KindOf(text[last]) == CharKind.Digit) return true;
        int wordStart = last;
        while (wordStart > 0 && AsciiChars.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
        return WordAt(text, wordStart, out _) == last + 1 - wordStart;
    }

    // The first index from i, walking by step, that is not a space or a hyphen (at most three of them).
    private static int SkipGap(ReadOnlySpan<char> text, int i, int step)
    {
        int skipped = 0;
        while (i >= 0 && i < text.Length && skipped < 3 && text[i] is ' ' or '\u3000' or '-') { i += step; skipped++; }
        return i;
    }
}
