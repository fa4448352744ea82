namespace DataGuard.Detection.Normalization;

/// <summary>
/// Whether an English word found in a text stands as a whole word there: no ASCII letter glued before it or after it, so
/// "tel" is not read inside "hotel" nor "at" inside "data". One test for every reader of English words (round 39: five
/// copies of it were folded here).
/// </summary>
internal static class WordEdges
{
    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> has no ASCII letter right before or right after it.</summary>
    public static bool Whole(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !AsciiChars.IsLetter(text[start - 1])) && (end >= text.Length || !AsciiChars.IsLetter(text[end]));
}
