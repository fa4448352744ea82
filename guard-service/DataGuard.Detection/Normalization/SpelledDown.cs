namespace DataGuard.Detection.Normalization;

/// <summary>
/// A value spelled one character per line (G⏎1⏎6⏎…, with blank lines between too) or one per table cell after its label
/// cell (身分證,M,1,1,6,…; | 居留證 | F | 8 | 9 | … |; tab-separated), typed to get it past a filter. The chain reader
/// reads across such a break as across a space when the character before it stands alone in its line or cell (or starts
/// the chain) and the character after it does too; the recognizers still validate what is read.
/// </summary>
internal static class SpelledDown
{
    /// <summary>Blank lines allowed between two characters spelled down (B⏎⏎9⏎⏎4).</summary>
    private const int MaxBlankLines = 2;

    /// <summary>Whether <paramref name="c"/> can end a line or a cell holding one character.</summary>
    public static bool MayBreakAt(char c) => c is '\n' or '\r' or ',' || CellBreaks.Is(c);

    /// <summary>
    /// The distance from the break at <paramref name="i"/> to the next character of a value spelled down, or 0.
    /// <paramref name="previous"/> is where the last character read stands, <paramref name="first"/> whether it starts the chain.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, int previous, bool first)
    {
        bool line = text[i] is '\n' or '\r';
        char cell = text[i];
        if (!first && !BreakBefore(text, previous, line, cell)) return 0;
        int next = line ? SkipLines(text, i) : SkipBlanks(text, i + 1);
        if (next >= text.Length || CharFolding.KindOf(text[next]) is not (CharKind.Digit or CharKind.Letter)) return 0;
        // Alone: what follows ends the value (a break, a word: …⏎1，是他的), or the row's next cell starts; never a letter or digit.
        int after = SkipBlanks(text, next + 1);
        bool alone = after >= text.Length || CharFolding.KindOf(text[after]) == CharKind.Other || !line && text[after] == cell;
        return alone ? next - i : 0;
    }

    // Whether the character at index stands first in its line or cell.
    private static bool BreakBefore(ReadOnlySpan<char> text, int index, bool line, char cell)
    {
        int k = index - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        if (k < 0) return line;
        return line ? text[k] is '\n' or '\r' : text[k] == cell;
    }

    private static int SkipLines(ReadOnlySpan<char> text, int i)
    {
        int breaks = 0;
        while (i < text.Length)
        {
            int length = ChainReader.LineBreakLength(text, i);
            if (length == 0 || ++breaks > MaxBlankLines + 1) break;
            i = SkipBlanks(text, i + length);
        }
        return i;
    }

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000') i++;
        return i;
    }
}
