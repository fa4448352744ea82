namespace DataGuard.Detection.Normalization;

/// <summary>
/// Runs of the spaces typed between words (ASCII and ideographic U+3000), skipped forwards or backwards in one place.
/// Readers that also skip tabs, no-break or invisible characters say so where they do.
/// </summary>
internal static class Spaces
{
    /// <summary>The first position at or after <paramref name="from"/> that is not a space (or the text's length).</summary>
    public static int SkipForward(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && IsSpace(text[from])) from++;
        return from;
    }

    /// <summary>
    /// Where the run of spaces that ends right before <paramref name="end"/> starts: the position just after the last
    /// other character before it, 0 when there is none, <paramref name="end"/> itself when no space precedes it.
    /// </summary>
    public static int StartBefore(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && IsSpace(text[end - 1])) end--;
        return end;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000';
}
