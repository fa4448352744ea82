namespace DataGuard.Detection.Normalization;

/// <summary>
/// A value spelled one character per line (G⏎1⏎6⏎…, with blank lines between too) or one per table cell after its label
/// cell (身分證,M,1,1,6,…; | 居留證 | F | 8 | 9 | … |; tab-separated), typed to get it past a filter. The chain reader
/// reads across such a break as across a space when the character before it stands alone in its line or cell (or starts
/// the chain) and the character after it does too; the recognizers still validate what is read.
/// Round 30 (categories of sets U21, U22): a value typed one group per cell of a table row after a name cell
/// (| 王小明 | 0912 | 345 | 678 |, | 王小明 | A | 1234 | 56789 |): across a tab or a bar (not a comma, not a line) a
/// group of up to <see cref="MaxGroup"/> letters and digits filling its cell stands as one character does.
/// </summary>
internal static class SpelledDown
{
    /// <summary>Blank lines allowed between two characters spelled down (B⏎⏎9⏎⏎4).</summary>
    private const int MaxBlankLines = 2;

    /// <summary>
    /// The longest group read as one cell's part of a value: a card's 16 digits in three cells take six (6+5+5); a longer
    /// number filling its cell is a value of its own, or an amount.
    /// </summary>
    private const int MaxGroup = 6;

    /// <summary>Whether <paramref name="c"/> can end a line or a cell holding one character.</summary>
    public static bool MayBreakAt(char c) => c is '\n' or '\r' or ',' || CellBreaks.Is(c);

    /// <summary>
    /// The distance from the break at <paramref name="i"/> to the next character of a value spelled down, or 0.
    /// <paramref name="previous"/> is where the last character read stands, <paramref name="first"/> whether it starts the chain.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, int previous, bool first, int chainStart = -1)
    {
        bool line = text[i] is '\n' or '\r';
        char cell = text[i];
        int next = line ? SkipLines(text, i) : Blanks.Skip(text, i + 1);
        if (line && next < text.Length && CharFolding.IsHyphen(text[next])) return HyphenLineLength(text, i, next, previous, first);
        if (next >= text.Length || !IsValueChar(text[next])) return 0;
        if ((first || BreakBefore(text, previous, line, cell)) && AloneAt(text, next + 1, line, cell)) return next - i;
        return CellGroupsMeet(text, previous, next, cell, chainStart) ? next - i : 0;
    }

    // Alone: what follows ends the value (a break, a word or a clause mark: …⏎1，是他的, …⏎3 。), or the row's next cell
    // starts; never a letter or digit, nor a colon: "A：" opens a speaker's line of a dialogue (…⏎7⏎A：那個機車？), and
    // is no character of the value.
    private static bool AloneAt(ReadOnlySpan<char> text, int from, bool line, char cell)
    {
        int after = Blanks.Skip(text, from);
        return after >= text.Length || CharFolding.KindOf(text[after]) == CharKind.Other && text[after] is not (':' or '：')
               || text[after] is '。' or '，' or '、' or '；' or '！' or '？' || !line && text[after] == cell;
    }

    /// <summary>
    /// Round 32 (categories of sets U23, U24): a plate spelled down with its hyphen on a line of its own (T⏎K⏎W⏎-⏎5⏎8…): the
    /// distance from the break at <paramref name="i"/> across the hyphen's line to the next character, when the hyphen and
    /// that character each stand alone in their lines and the character before the break does too; else 0.
    /// </summary>
    private static int HyphenLineLength(ReadOnlySpan<char> text, int i, int hyphen, int previous, bool first)
    {
        int end = Blanks.Skip(text, hyphen + 1);
        if (end >= text.Length || ChainReader.LineBreakLength(text, end) == 0 || !first && !BreakBefore(text, previous, line: true, '\n')) return 0;
        int next = SkipLines(text, end);
        return next < text.Length && IsValueChar(text[next]) && AloneAt(text, next + 1, line: true, '\n') ? next - i : 0;
    }

    /// <summary>Whether the <paramref name="length"/> characters crossed at <paramref name="i"/> hold a hyphen's line (see <see cref="HyphenLineLength"/>).</summary>
    public static bool CrossesHyphen(ReadOnlySpan<char> text, int i, int length)
    {
        foreach (char c in text.Slice(i, length)) if (CharFolding.IsHyphen(c)) return true;
        return false;
    }

    // Whether the group holding previous fills its cell of a tab- or bar-separated row, and the group starting at next fills
    // the next cell (ended by the same break or by the row's end). A chain that starts at a group whose cell follows another
    // such group is the tail of the reading from there (| 554244 | 09453 | 47003 |: no mobile from 09453).
    private static bool CellGroupsMeet(ReadOnlySpan<char> text, int previous, int next, char cell, int chainStart)
    {
        if (!CellBreaks.Is(cell)) return false;
        int start = previous;
        while (start > 0 && previous - start < MaxGroup && IsValueChar(text[start - 1])) start--;
        if (previous - start >= MaxGroup || start > 0 && IsValueChar(text[start - 1]) || !StartsCell(text, start, cell)) return false;
        if (start == chainStart && GroupCellBefore(text, start, cell)) return false;
        int end = next;
        while (end < text.Length && end - next <= MaxGroup && IsValueChar(text[end])) end++;
        if (end - next > MaxGroup) return false;
        end = Blanks.Skip(text, end);
        return end >= text.Length || text[end] == cell || text[end] is '\n' or '\r';
    }

    // Whether index starts its cell: the cell break or the row's start (a tab-separated row has no bar before its first cell).
    private static bool StartsCell(ReadOnlySpan<char> text, int index, char cell)
    {
        int k = index - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        return k < 0 || text[k] == cell || text[k] is '\n' or '\r';
    }

    // Whether the cell before the one starting at index holds nothing but a group of letters and digits.
    private static bool GroupCellBefore(ReadOnlySpan<char> text, int index, char cell)
    {
        int k = index - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        if (k < 0 || text[k] != cell) return false;
        k--;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        int end = k;
        while (k >= 0 && end - k <= MaxGroup && IsValueChar(text[k])) k--;
        return end - k is > 0 and <= MaxGroup && StartsCell(text, k + 1, cell);
    }

    private static bool IsValueChar(char c) => CharFolding.KindOf(c) is CharKind.Digit or CharKind.Letter;

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
            i = Blanks.Skip(text, i + length);
        }
        return i;
    }
}
