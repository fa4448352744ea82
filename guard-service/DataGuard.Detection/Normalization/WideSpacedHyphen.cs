namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 37 (categories of sets U31, U32): a plate spelt out a character at a time with wide gaps around its hyphen
/// (<c>N F X   -   3 0 9 8</c>, <c>5 7 1 8   -   K C</c>): staff widen the gap so that no reader joins the groups. The
/// chain reader ends a chain after three separator characters; this reads the whole gap as the spaced hyphen, only between
/// characters that are themselves spelt out with single spaces.
/// </summary>
internal static class WideSpacedHyphen
{
    /// <summary>Most spaces on either side of the hyphen.</summary>
    private const int MaxSpaces = 4;

    /// <summary>
    /// The length of the gap starting at <paramref name="i"/> (at least two spaces before or after one dash, one to four on
    /// each side), when the character before it was spelt apart by a single space and the one after it is followed by a
    /// single space and another letter or digit; 0 otherwise.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i < 3 || text[i - 2] != ' ' || !IsSpelt(text[i - 1]) || !IsSpelt(text[i - 3])) return 0;
        int before = Spaces(text, i);
        int dash = i + before;
        if (before == 0 || dash >= text.Length || CharFolding.Fold(text[dash]).Value != '-') return 0;
        int after = Spaces(text, dash + 1);
        int next = dash + 1 + after;
        if (after == 0 || before + after < 3 || next + 2 >= text.Length) return 0;
        return IsSpelt(text[next]) && text[next + 1] == ' ' && IsSpelt(text[next + 2]) ? next - i : 0;
    }

    // A run of one to MaxSpaces spaces at i (0 when longer: a column gap, not the hyphen's).
    private static int Spaces(ReadOnlySpan<char> text, int i)
    {
        int n = 0;
        while (i + n < text.Length && text[i + n] == ' ') n++;
        return n <= MaxSpaces ? n : 0;
    }

    private static bool IsSpelt(char c) => AsciiChars.IsLetterOrDigit(c);
}
