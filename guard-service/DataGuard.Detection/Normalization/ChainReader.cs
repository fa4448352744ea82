namespace DataGuard.Detection.Normalization;

/// <summary>
/// Reads a <see cref="Chain"/> from the original text: folds each character, skips invisible ones, and lets a few
/// separator characters sit between significant ones. Stops at anything else (CJK, punctuation, line breaks).
/// </summary>
internal static class ChainReader
{
    /// <summary>Most separator characters allowed in one gap (e.g. " - ").</summary>
    private const int MaxGap = 3;

    /// <summary>Whether <paramref name="index"/> starts a token: the previous visible character is not a letter or digit.</summary>
    public static bool IsTokenStart(ReadOnlySpan<char> text, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind == CharKind.Invisible) continue;
            return kind != CharKind.Digit && kind != CharKind.Letter;
        }
        return true;
    }

    /// <summary>Fills <paramref name="chain"/> from <paramref name="start"/> and returns the offset where its first run of adjacent characters ends.</summary>
    public static int Read(ReadOnlySpan<char> text, int start, ref Chain chain)
    {
        chain.Length = 0;
        chain.HasPlus = false;
        chain.PlusPosition = -1;
        chain.EndGlued = false;
        int gap = 0;
        char gapChar = '\0';
        int pendingFlags = 0;
        int firstRunEnd = -1;
        int i = start;
        for (; i < text.Length; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            switch (folded.Kind)
            {
                case CharKind.Digit:
                case CharKind.Letter:
                    if (chain.Length == Chain.Capacity)
                    {
                        chain.EndGlued = gap == 0;
                        return firstRunEnd < 0 ? i : firstRunEnd;
                    }
                    int n = chain.Length++;
                    chain.Chars[n] = folded.Value;
                    chain.Positions[n] = i;
                    chain.Gaps[n] = (byte)gap;
                    chain.GapChars[n] = gapChar;
                    chain.Flags[n] = (byte)((int)folded.Evasions | pendingFlags);
                    gap = 0;
                    gapChar = '\0';
                    pendingFlags = 0;
                    continue;
                case CharKind.Invisible:
                    pendingFlags |= (int)Evasions.ZeroWidth;
                    continue;
                case CharKind.Separator:
                    if (chain.Length == 0 && !chain.HasPlus) return i;
                    if (firstRunEnd < 0) firstRunEnd = i;
                    if (gap == 0) gapChar = folded.Value;
                    if (++gap > MaxGap) return firstRunEnd;
                    continue;
                case CharKind.Plus:
                    if (i == start)
                    {
                        chain.HasPlus = true;
                        chain.PlusPosition = i;
                        continue;
                    }
                    break;
            }
            break;
        }
        // '@' right after the value makes it the local part of an e-mail address, not an identifier of its own.
        if (gap == 0 && i < text.Length && (text[i] == '@' || text[i] == '\uFF20')) chain.EndGlued = true;
        if (firstRunEnd < 0) firstRunEnd = i;
        return firstRunEnd;
    }
}
