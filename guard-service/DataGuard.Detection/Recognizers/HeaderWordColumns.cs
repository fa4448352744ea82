using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-foreign45 (issue 9, set U49): a column named by a header of single words (<c>No Name ID Tel Plate</c>, 編號 姓名 證號 電話
/// 車號) as PDF text or a roster's print keeps it — one space between words, the rows below cut by any mark (one space, two,
/// a tab, a bar, a comma, each row its own way), page furniture between (第 2 頁, 機密 不得外流, — 2 —). A row's cells are
/// counted from its start and from its end, so a name glued to its ID (張○○TD05965614) or a value spaced out on one side
/// leaves the other count right. <see cref="TableCell"/> reads headers whose cells line up with the rows'; this reads
/// headers whose words are all that is left of the columns.
/// </summary>
internal static class HeaderWordColumns
{
    /// <summary>How far up the header is looked for (lines, characters): a roster's pages run on under one header.</summary>
    private const int MaxLines = 60, MaxReach = 5000;

    /// <summary>Whether a header's word names the kind of value asked about (電話, Tel; 車號, Plate).</summary>
    internal delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>A header word naming phones: one of <see cref="PhoneWords.Any"/>.</summary>
    internal static readonly WordTest Phones = static word => ContextWord.AnyIn(PhoneWords.Any, word);

    /// <summary>Fewest and most words of a header; fewer is a title, more a sentence.</summary>
    private const int MinColumns = 3, MaxColumns = 12;

    /// <summary>Longest header word (聯絡電話, Plate No. are short; a sentence's clause is not).</summary>
    private const int MaxHeaderWord = 12;

    /// <summary>How many more or fewer cells than the header a row may have (a name spaced out, a value cut in two).</summary>
    private const int MaxCellSlack = 3;

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills a cell of a row under a header of words
    /// whose word over that cell <paramref name="names"/> accepts.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> text, int start, int end, WordTest names)
    {
        if (!FillsCell(text, start, end)) return false;
        int lineStart = TableCell.LineStart(text, start);
        int lineEnd = TableCell.LineEnd(text, end);
        if (lineStart == 0) return false;
        int before = Cells(text.Slice(lineStart, start - lineStart));
        int after = Cells(text.Slice(end, lineEnd - end));
        var header = HeaderAbove(text, lineStart);
        int columns = Cells(header);
        if (columns < MinColumns) return false;
        // (a row with the header's count of cells has one column; otherwise either count may be the right one: from the start
        // where the row has about the header's cells, from the end where a cell before the value was spaced out — V A 1 7 …)
        if (before + after + 1 == columns) return NamesWord(header, before, names);
        bool aboutAsMany = Math.Abs(before + after + 1 - columns) <= MaxCellSlack;
        return before < columns && aboutAsMany && NamesWord(header, before, names)
               || after < columns && (aboutAsMany || before >= columns - 1 - after) && NamesWord(header, columns - 1 - after, names);
    }

    // The header of words above the line starting at lineStart (see HeaderStartAbove); empty where there is none.
    private static ReadOnlySpan<char> HeaderAbove(ReadOnlySpan<char> text, int lineStart)
    {
        int from = HeaderStartAbove(text, lineStart);
        return from < 0 ? default : text.Slice(from, TableCell.LineEnd(text, from) - from).Trim();
    }

    // Where the header of words above the line starting at lineStart starts: the first line up with no digit and three words
    // or more, past rows, page furniture and single blank lines; -1 where a second blank line, a rule of '=' or the reach
    // comes first, or that line is no header of short words.
    private static int HeaderStartAbove(ReadOnlySpan<char> text, int lineStart)
    {
        int above = lineStart, blanks = 0;
        for (int lines = 0; lines < MaxLines && above > 0 && lineStart - above < MaxReach; lines++)
        {
            int from = TableCell.LineStart(text, above - 1);
            var line = text.Slice(from, above - 1 - from).Trim();
            above = from;
            if (line.IsEmpty)
            {
                if (++blanks > 1) return -1;
                continue;
            }
            blanks = 0;
            if (IsSectionRule(line)) return -1;
            if (AsciiChars.HasDigitOrFullWidth(line) || Cells(line) < MinColumns) continue; // a row, or the page's furniture
            return IsHeader(line) ? from : -1;
        }
        return -1;
    }

    /// <summary>
    /// Column consensus under a header of words, rows cut any way: whether the value fills the last-but-n cell of its row and
    /// the same cell, counted from the end, of the header's other rows holds at least <paramref name="fewest"/> cells that
    /// <paramref name="kindOf"/> reads as the value's kind and no fewer than cells of another kind — where the header's word
    /// over it is not one <paramref name="namesOther"/> accepts (a roster's words may sit over the wrong column; its rows do not).
    /// </summary>
    public static bool OtherRowsHold(ReadOnlySpan<char> text, int start, int end, PhoneColumn.CellReader kindOf, int fewest, WordTest namesOther)
    {
        if (!FillsCell(text, start, end)) return false;
        int lineStart = TableCell.LineStart(text, start);
        if (lineStart == 0) return false;
        int after = Cells(text.Slice(end, TableCell.LineEnd(text, end) - end));
        int headerStart = HeaderStartAbove(text, lineStart);
        if (headerStart < 0) return false;
        var header = text.Slice(headerStart, TableCell.LineEnd(text, headerStart) - headerStart).Trim();
        int columns = Cells(header);
        if (after >= columns || NamesWord(header, columns - 1 - after, namesOther)) return false;
        int matches = 0, others = 0, blanks = 0;
        for (int at = TableCell.LineEnd(text, headerStart) + 1, lines = 0; at < text.Length && lines < 2 * MaxLines; lines++)
        {
            int to = TableCell.LineEnd(text, at);
            var line = text.Slice(at, to - at).Trim();
            bool own = at == lineStart;
            at = to + 1;
            if (line.IsEmpty)
            {
                if (++blanks > 1) break;
                continue;
            }
            blanks = 0;
            if (IsSectionRule(line) || !AsciiChars.HasDigitOrFullWidth(line) && Cells(line) >= MinColumns) break; // the next table
            if (own || Cells(line) < MinColumns) continue; // the value's own row, or the page's furniture
            switch (kindOf(CellFromEnd(line, after)))
            {
                case PhoneColumn.CellKind.Phone: matches++; break;
                case PhoneColumn.CellKind.Other: others++; break;
            }
        }
        return matches >= fewest && matches >= others;
    }

    // The cell of a row n cells from its end (0: the last).
    private static ReadOnlySpan<char> CellFromEnd(ReadOnlySpan<char> line, int n)
    {
        int end = line.Length;
        for (int i = line.Length - 1; i >= -1; i--)
        {
            if (i >= 0 && !IsCellBreak(line[i])) continue;
            if (i + 1 < end)
            {
                if (n-- == 0) return line.Slice(i + 1, end - i - 1);
            }
            end = i;
        }
        return default;
    }

    // Three to twelve words, none longer than a column's name, with no mark of a sentence in them.
    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        int cells = Cells(line);
        if (cells is < MinColumns or > MaxColumns) return false;
        // (a header cut by commas, bars, tabs or wide gaps is a delimited or fixed-width table's, which TableCell reads cell by
        // cell: there a space parts a number's groups, not two cells — 886 2 2345 6789 under 電話; only a header whose words
        // one space parts, as PDF text leaves it, is read here)
        if (line.IndexOfAny("，。；：:！？!?,|｜\t".AsSpan()) >= 0 || line.IndexOf("  ".AsSpan()) >= 0) return false;
        for (int i = 0, from = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !IsCellBreak(line[i])) continue;
            if (i - from > MaxHeaderWord) return false;
            from = i + 1;
        }
        return true;
    }

    // "=====" between two documents of a paste: no header above it belongs to the rows below.
    private static bool IsSectionRule(ReadOnlySpan<char> line) => line.Length >= 3 && line.Trim('=').IsEmpty;

    // Whether the header's word at column (from 0) is one names accepts.
    private static bool NamesWord(ReadOnlySpan<char> header, int column, WordTest names)
    {
        int index = 0;
        for (int i = 0, from = -1; i <= header.Length; i++)
        {
            bool breaks = i == header.Length || IsCellBreak(header[i]);
            if (!breaks)
            {
                if (from < 0) from = i;
                continue;
            }
            if (from < 0) continue;
            if (index++ == column) return names(header.Slice(from, i - from));
            from = -1;
        }
        return false;
    }

    /// <summary>How many cells a piece of a row holds: runs of characters between cell breaks.</summary>
    internal static int Cells(ReadOnlySpan<char> piece)
    {
        int cells = 0;
        bool inCell = false;
        foreach (char c in piece)
        {
            bool breaks = IsCellBreak(c);
            if (!breaks && !inCell) cells++;
            inCell = !breaks;
        }
        return cells;
    }

    // Any mark a row's cells are parted by: blanks of any width, a bar, a comma.
    private static bool IsCellBreak(char c) => c is ' ' or '\t' or '\u3000' or '|' or '｜' or ',' or '\r';

    // The value stands alone in its cell: a cell break or the line's edge on both sides, and no run of digits in the cell
    // before it but the row's number (886 2 ⟨2345 6789⟩: the groups before are the same number's head).
    private static bool FillsCell(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || IsCellBreak(text[start - 1]) || text[start - 1] == '\n')
        && (end >= text.Length || IsCellBreak(text[end]) || text[end] == '\n')
        && !AfterDigitCell(text, start);

    // The cell before the value holds only digits and a number's marks (+, brackets, hyphens), and is not the row's first.
    private static bool AfterDigitCell(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && IsCellBreak(text[end - 1])) end--;
        int from = end;
        while (from > 0 && (AsciiChars.IsDigitOrFullWidth(text[from - 1]) || text[from - 1] is '+' or '(' or ')' or '-')) from--;
        if (from == end || from > 0 && !IsCellBreak(text[from - 1]) && text[from - 1] != '\n') return false;
        int before = from;
        while (before > 0 && IsCellBreak(text[before - 1])) before--;
        return before > 0 && text[before - 1] != '\n';
    }
}
