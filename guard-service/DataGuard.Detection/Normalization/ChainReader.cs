namespace DataGuard.Detection.Normalization;

/// <summary>
/// Reads a <see cref="Chain"/> from the original text: folds each character, skips invisible ones, and lets a few
/// separator characters sit between significant ones. Stops at anything else (CJK, punctuation, line breaks).
/// </summary>
internal static class ChainReader
{
    /// <summary>Most separator characters allowed in one gap (e.g. " - ").</summary>
    private const int MaxGap = 3;

    /// <summary>
    /// No value has more than three letters (plates ABC-1234; IDs one, old ARCs two), plus the odd letter standing in for
    /// a digit (Hl4l643O27), so a chain stops at the fifth:
    /// English words then cost a few lookups each instead of a full read.
    /// </summary>
    private const int MaxLetters = 4;

    /// <summary>
    /// Whether <paramref name="index"/> starts a token: the previous visible character is not a letter or digit, or it
    /// is written in another script (see <see cref="Joins"/>).
    /// </summary>
    public static bool IsTokenStart(ReadOnlySpan<char> text, int index)
    {
        if (IsInWord(text, index)) return false;
        for (int i = index - 1; i >= 0; i--)
        {
            var previous = CharFolding.Fold(text[i]);
            if (previous.Kind == CharKind.Invisible) continue;
            return previous.Kind is not (CharKind.Digit or CharKind.Letter) || IsInWord(text, i) || !Joins(previous, CharFolding.Fold(text[index]));
        }
        return true;
    }

    /// <summary>
    /// A numeral that is part of a word here: 陸 (financial 6) in 大陸 "mainland", so 大陸壹參捌… reads from 壹, not from 陸.
    /// </summary>
    public static bool IsInWord(ReadOnlySpan<char> text, int index) =>
        index > 0 && text[index] is '陸' or '陆' && text[index - 1] == '大';

    /// <summary>
    /// Whether two adjacent letters/digits belong to one token. A Chinese numeral next to an ASCII digit or letter does
    /// not (in "共三A123456789" the 三 is a word, not part of the ID), except after a letter: "A一二三…" is one disguised ID.
    /// </summary>
    private static bool Joins(FoldedChar previous, FoldedChar next)
    {
        bool previousNumeral = (previous.Evasions & Evasions.ChineseNumerals) != 0;
        bool nextNumeral = (next.Evasions & Evasions.ChineseNumerals) != 0;
        return previousNumeral == nextNumeral || (previous.Kind == CharKind.Letter && nextNumeral);
    }

    /// <summary>Fills <paramref name="chain"/> from <paramref name="start"/> and returns the offset where its first run of adjacent characters ends.</summary>
    public static int Read(ReadOnlySpan<char> text, int start, ref Chain chain)
    {
        chain.Length = 0;
        chain.HasPlus = false;
        chain.PlusPosition = -1;
        chain.EndGlued = false;
        chain.ScriptBreak = 0;
        int gap = 0;
        char gapChar = '\0';
        int pendingFlags = 0;
        int firstRunEnd = -1;
        int letters = 0;
        int i = start;
        for (; i < text.Length; i++)
        {
            int width = 1;
            var folded = CharFolding.Fold(text[i]);
            if (i + 1 < text.Length && CharFolding.TryFoldMathematical(text[i], text[i + 1], out var mathematical))
            {
                folded = mathematical;
                width = 2;
            }
            switch (folded.Kind)
            {
                case CharKind.Digit:
                case CharKind.Letter:
                    if (gap == 0 && chain.Length > 0 && chain.ScriptBreak == 0 && !Joins(CharFolding.Fold(text[chain.Positions[chain.Length - 1]]), folded))
                    {
                        // Read on ("09一二三…" mixes scripts to hide a phone) but remember where the script changed, so the
                        // scanner can retry the chain cut there ("A123456789一案") and restart a token at the change.
                        chain.ScriptBreak = chain.Length;
                        if (firstRunEnd < 0) firstRunEnd = i;
                    }
                    if (folded.Kind == CharKind.Letter && ++letters > MaxLetters)
                    {
                        chain.EndGlued = gap == 0;
                        return firstRunEnd < 0 ? i : firstRunEnd;
                    }
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
                    chain.Widths[n] = (byte)width;
                    i += width - 1;
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
                    pendingFlags |= (int)(folded.Evasions & Evasions.FullWidth); // "0912－345－678"
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
