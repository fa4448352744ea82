using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The table a value sits in, when it sits in one: a tab-separated, Markdown (<c>|</c>), CSV (commas or semicolons, as a
/// spreadsheet in a European or Excel locale exports it) or HTML row under a header row.
/// A column header names every value below it ("市話", "聯絡電話", "日本手機") the way a label before it would.
/// </summary>
internal static class TableCell
{
    /// <summary>How far up a header row is looked for (lines, characters): pasted tables are short.</summary>
    private const int MaxRows = 60;
    private const int MaxReach = 6000;

    /// <summary>
    /// The header cell of the column holding the value at [<paramref name="start"/>, <paramref name="end"/>), or an empty
    /// span when the value is not in a table row below a header. <paramref name="wholeCell"/> says whether the value fills
    /// its cell (no other letter or digit beside it).
    /// </summary>
    public static ReadOnlySpan<char> Header(ReadOnlySpan<char> text, int start, int end, out bool wholeCell) =>
        Header(text, start, end, out wholeCell, out _);

    /// <summary>
    /// The header cell as <see cref="Header(ReadOnlySpan{char}, int, int, out bool)"/> finds it, and the whole header row
    /// in <paramref name="headerRow"/> (empty for an HTML table), so a caller can ask what the other columns hold.
    /// </summary>
    public static ReadOnlySpan<char> Header(ReadOnlySpan<char> text, int start, int end, out bool wholeCell, out ReadOnlySpan<char> headerRow)
    {
        wholeCell = false;
        headerRow = default;
        if (InHtmlCell(text, start)) return HtmlHeader(text, start, end, out wholeCell);
        int lineStart = LineStart(text, start);
        if (lineStart == 0) return default; // the text's first line has no header above it: its delimiters go uncounted (det-speed45)
        int lineEnd = LineEnd(text, end);
        var line = text.Slice(lineStart, lineEnd - lineStart);
        char delimiter = DelimiterOf(line);
        if (delimiter == '\0') return default;

        var before = text.Slice(lineStart, start - lineStart);
        int column = CellBreaksIn(before, delimiter);
        int cellStart = LastBreak(before, delimiter) + 1;
        int cellEnd = NextBreak(text.Slice(end, lineEnd - end), delimiter);
        wholeCell = HoldsNoOtherValue(before.Slice(cellStart)) && HoldsNoOtherValue(cellEnd < 0 ? text.Slice(end, lineEnd - end) : text.Slice(end, cellEnd));

        // The header is the first line of the block of lines that hold the delimiter.
        int header = -1;
        int rowStart = lineStart;
        for (int rows = 0; rows < MaxRows && rowStart > 0 && start - rowStart < MaxReach; rows++)
        {
            int previousStart = LineStart(text, rowStart - 1);
            var previous = text.Slice(previousStart, rowStart - 1 - previousStart);
            if (NextBreak(previous, delimiter) < 0 && !IsRule(previous))
            {
                if (!IsWrappedTail(text, previousStart, previous, delimiter)) break;
                rowStart = previousStart; // a row's last cell wrapped onto its own line: the row above it goes on
                continue;
            }
            if (!IsRule(previous)) header = previousStart;
            rowStart = previousStart;
        }
        if (header < 0) return default;
        var headerLine = text.Slice(header, LineEnd(text, header) - header);
        headerRow = headerLine;
        var (from, length) = DelimitedCell(headerLine, delimiter, column);
        return from < 0 ? default : headerLine.Slice(from, length);
    }

    /// <summary>
    /// Where the cell at <paramref name="column"/> (from 0) of a delimited line starts and how long it is; (-1, 0) when the
    /// line has fewer cells.
    /// </summary>
    internal static (int From, int Length) DelimitedCell(ReadOnlySpan<char> line, char delimiter, int column)
    {
        int from = 0;
        for (int c = 0; c < column; c++)
        {
            int next = NextBreak(line.Slice(from), delimiter);
            if (next < 0) return (-1, 0);
            from += next + 1;
        }
        int stop = NextBreak(line.Slice(from), delimiter);
        return (from, stop < 0 ? line.Length - from : stop);
    }

    /// <summary>
    /// The header cell of the column holding the value at <paramref name="start"/> in a fixed-width report: cells apart by
    /// two or more spaces, an ideographic space or a tab, under a header line of words (no digit) with as many cells, above
    /// the value's line with only rows (lines with digits) between them. Empty when there is none.
    /// </summary>
    public static ReadOnlySpan<char> SpacedHeader(ReadOnlySpan<char> text, int start) => SpacedHeader(text, start, out _);

    /// <summary>
    /// The header cell as <see cref="SpacedHeader(ReadOnlySpan{char}, int)"/> finds it, and the whole header line in
    /// <paramref name="headerRow"/>, so a caller can ask what the other columns hold.
    /// </summary>
    public static ReadOnlySpan<char> SpacedHeader(ReadOnlySpan<char> text, int start, out ReadOnlySpan<char> headerRow)
    {
        headerRow = default;
        int lineStart = LineStart(text, start);
        // A value on the text's first line has no header line above it: most prompts are one line, whose cells go uncounted (det-speed45).
        if (lineStart == 0) return default;
        var line = text.Slice(lineStart, LineEnd(text, start) - lineStart).Trim();
        int cells = SpacedCells(line);
        if (cells < 2) return default;
        int column = SpacedCells(text.Slice(lineStart, start - lineStart).TrimStart()) - 1;
        for (int rows = 0, above = lineStart; rows < MaxRows && above > 0; rows++)
        {
            int previousStart = LineStart(text, above - 1);
            var previous = text.Slice(previousStart, above - 1 - previousStart).Trim();
            above = previousStart;
            if (previous.IsEmpty) return default;
            if (AsciiChars.HasDigitOrFullWidth(previous) || IsRule(previous)) continue; // another row, or the rule under the header
            // (round 44: "序號 類別  時間   車牌" — a report's header typed with one space between its Chinese words, which
            // no cell of words holds inside it; its cells do not line up with the rows' either, so they are counted.)
            bool hanWords = SpacedCells(previous) != cells;
            if (hanWords && SpacedCells(previous, hanWords: true) != cells) return default;
            headerRow = previous;
            return SpacedCell(previous, column, hanWords, out _);
        }
        return default;
    }

    /// <summary>
    /// Round 37 (categories of sets U31, U32): the header cell over the value in rows parted by a list mark that
    /// <see cref="DelimiterOf"/> reads as none (姓名、證號、訂單編號 over 王○明、A1…、0812-…; the same with ／): the nearest line
    /// above, within the block of lines holding the mark, with as many marks and no digit. Empty when there is none.
    /// </summary>
    public static ReadOnlySpan<char> ListHeader(ReadOnlySpan<char> text, int start)
    {
        int lineStart = LineStart(text, start);
        var line = text.Slice(lineStart, LineEnd(text, start) - lineStart);
        char mark = line.IndexOf('、') >= 0 ? '、' : line.IndexOf('／') >= 0 ? '／' : '\0';
        if (mark == '\0' || DelimiterOf(line) != '\0') return default;
        int breaks = CellBreaksIn(line, mark), column = CellBreaksIn(text.Slice(lineStart, start - lineStart), mark);
        for (int rows = 0, above = lineStart; rows < MaxRows && above > 0; rows++)
        {
            int previousStart = LineStart(text, above - 1);
            var previous = text.Slice(previousStart, above - 1 - previousStart);
            above = previousStart;
            if (previous.IndexOf(mark) < 0) return default;
            if (AsciiChars.HasDigitOrFullWidth(previous) || CellBreaksIn(previous, mark) != breaks) continue; // another row
            var (from, length) = DelimitedCell(previous, mark, column);
            return from < 0 ? default : previous.Slice(from, length);
        }
        return default;
    }

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills its cell of a fixed-width line (cells
    /// apart by <see cref="SkipSpacedBreak"/>): no other letter or digit beside it there.
    /// </summary>
    public static bool FillsSpacedCell(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = LineStart(text, start);
        var line = text.Slice(lineStart, LineEnd(text, end) - lineStart);
        int column = SpacedCells(text.Slice(lineStart, start - lineStart).TrimStart()) - 1;
        var (from, length) = SpacedCellBounds(line, column);
        return FillsCell(line, from, length, start - lineStart, end - lineStart);
    }

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) of a line is all the cell at
    /// [<paramref name="from"/>, <paramref name="from"/> + <paramref name="length"/>) holds but brackets, quotes, spaces and
    /// words (<see cref="HoldsNoOtherValue"/>); false when the line has no such cell (<paramref name="from"/> -1).
    /// </summary>
    internal static bool FillsCell(ReadOnlySpan<char> line, int from, int length, int start, int end) =>
        from >= 0 && from <= start && end <= from + length
        && HoldsNoOtherValue(line.Slice(from, start - from)) && HoldsNoOtherValue(line.Slice(end, from + length - end));

    /// <summary>
    /// Where the cell at <paramref name="column"/> (from 0) of a fixed-width line starts and how long it is; (-1, 0) when
    /// the line has fewer cells.
    /// </summary>
    internal static (int From, int Length) SpacedCellBounds(ReadOnlySpan<char> line, int column)
    {
        int lead = line.Length - line.TrimStart().Length;
        var cell = SpacedCell(line.Trim(), column, out int at);
        return at < 0 ? (-1, 0) : (lead + at, cell.Length);
    }

    // The number of cells of a fixed-width line (trimmed).
    internal static int SpacedCells(ReadOnlySpan<char> line) => SpacedCells(line, hanWords: false);

    // The same, where hanWords also breaks at one space between two Chinese characters (a header's words).
    private static int SpacedCells(ReadOnlySpan<char> line, bool hanWords)
    {
        int cells = 1;
        for (int i = 0; i < line.Length; i++)
        {
            int next = SkipSpacedBreak(line, i, hanWords);
            if (next == i) continue;
            cells++;
            i = next - 1;
        }
        return cells;
    }

    // The cell of a fixed-width line (trimmed) at the column, or an empty span.
    internal static ReadOnlySpan<char> SpacedCell(ReadOnlySpan<char> line, int column) => SpacedCell(line, column, out _);

    // The same, and where in the line it starts (-1 when the line has no such cell).
    internal static ReadOnlySpan<char> SpacedCell(ReadOnlySpan<char> line, int column, out int from) => SpacedCell(line, column, hanWords: false, out from);

    private static ReadOnlySpan<char> SpacedCell(ReadOnlySpan<char> line, int column, bool hanWords, out int from)
    {
        int cell = 0;
        from = 0;
        for (int i = 0; i < line.Length; i++)
        {
            int next = SkipSpacedBreak(line, i, hanWords);
            if (next == i) continue;
            if (cell == column) return line.Slice(from, i - from);
            cell++;
            from = next;
            i = next - 1;
        }
        if (cell == column) return line.Slice(from);
        from = -1;
        return default;
    }

    // Where the cell after a break starting at i begins: a tab, an ideographic space or two spaces make one (a single space
    // is inside a cell: NOVA QZ-250); i itself when no break starts there.
    private static int SkipSpacedBreak(ReadOnlySpan<char> line, int i, bool hanWords = false)
    {
        int j = i;
        bool wide = false;
        while (j < line.Length && line[j] is ' ' or '\u3000' or '\t')
        {
            wide |= line[j] != ' ';
            j++;
        }
        bool betweenHan = hanWords && j == i + 1 && i > 0 && j < line.Length && CharFolding.IsHan(line[i - 1]) && CharFolding.IsHan(line[j]);
        return wide || j - i >= 2 || betweenHan ? j : i;
    }

    // A full-width bar (日期｜車號｜聯絡電話) is how a table typed with a Chinese input method separates its cells.
    internal static char DelimiterOf(ReadOnlySpan<char> line) =>
        line.IndexOf('\t') >= 0 ? '\t' : line.IndexOf('|') >= 0 ? '|' : line.IndexOf('｜') >= 0 ? '｜'
        : NextBreak(line, ',') >= 0 ? ',' : line.IndexOf(';') >= 0 ? ';' : '\0';

    // The first cell break of the span: the delimiter, but not a comma grouping an amount's thousands (-1 when none).
    internal static int NextBreak(ReadOnlySpan<char> span, char delimiter)
    {
        for (int at = span.IndexOf(delimiter), from = 0; at >= 0; at = span.Slice(from).IndexOf(delimiter))
        {
            at += from;
            if (!GroupsThousands(span, at, delimiter)) return at;
            from = at + 1;
        }
        return -1;
    }

    // The last cell break of the span (-1 when none).
    internal static int LastBreak(ReadOnlySpan<char> span, char delimiter)
    {
        for (int at = span.LastIndexOf(delimiter); at >= 0; at = span.Slice(0, at).LastIndexOf(delimiter))
        {
            if (!GroupsThousands(span, at, delimiter)) return at;
        }
        return -1;
    }

    // "NT$12,480", "新臺幣6,815元", "1,250萬": a comma between a digit and three digits of an amount — a currency sign or
    // 幣 before its digits, or 元 or 萬 after them — groups its thousands inside one cell of a CSV row (exports do not quote it).
    private static bool GroupsThousands(ReadOnlySpan<char> span, int at, char delimiter)
    {
        if (delimiter != ',' || at == 0 || at + 3 >= span.Length || !AsciiChars.IsDigitOrFullWidth(span[at - 1])) return false;
        for (int k = 1; k <= 3; k++) if (!AsciiChars.IsDigitOrFullWidth(span[at + k])) return false;
        int end = at + 4;
        if (end < span.Length && AsciiChars.IsDigitOrFullWidth(span[end])) return false;
        while (end + 3 < span.Length && span[end] == ',' && AsciiChars.IsDigitOrFullWidth(span[end + 1])
               && AsciiChars.IsDigitOrFullWidth(span[end + 2]) && AsciiChars.IsDigitOrFullWidth(span[end + 3])) end += 4;
        int first = at;
        while (first > 0 && (AsciiChars.IsDigitOrFullWidth(span[first - 1]) || span[first - 1] == ',')) first--;
        return first > 0 && span[first - 1] is '$' or '＄' or '幣' || end < span.Length && span[end] is '元' or '萬';
    }

    /// <summary>
    /// Whether the line holding <paramref name="index"/> has as many cells as <paramref name="headerRow"/>: a row wrapped
    /// over lines (a quoted CSV cell, a PDF paste) counts its columns from the wrong place.
    /// </summary>
    public static bool IsWholeRow(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> headerRow)
    {
        int lineStart = LineStart(text, index);
        var line = text.Slice(lineStart, LineEnd(text, index) - lineStart);
        char delimiter = DelimiterOf(line);
        return delimiter != '\0' && CellBreaksIn(line, delimiter) == CellBreaksIn(headerRow, delimiter);
    }

    /// <summary>Most characters of a row's last cell wrapped onto a line of its own (the tail of a phone: 345-678).</summary>
    private const int MaxWrappedTail = 12;

    // "…;0912-⏎345-678": a short line of digits and hyphens under a row of the table whose last cell it continues (that row
    // ends in a digit or a hyphen) is no end of the table: the rows below it keep the header above.
    private static bool IsWrappedTail(ReadOnlySpan<char> text, int lineStart, ReadOnlySpan<char> line, char delimiter)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > MaxWrappedTail || lineStart == 0) return false;
        foreach (char c in line) if (!AsciiChars.IsDigitOrFullWidth(c) && c is not ('-' or ' ')) return false;
        int aboveStart = LineStart(text, lineStart - 1);
        var above = text.Slice(aboveStart, lineStart - 1 - aboveStart).TrimEnd();
        return NextBreak(above, delimiter) >= 0 && !above.IsEmpty && (AsciiChars.IsDigitOrFullWidth(above[above.Length - 1]) || above[above.Length - 1] == '-');
    }

    // A line of dashes under a header without cell bars (案件編號 | 案類⏎-----): it belongs to the table, and is no header.
    internal static bool IsRule(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length >= 3 && line.Trim("-=+:| ".AsSpan()).IsEmpty;
    }

    // "<td>2345 6789</td>", "<td>是2345 6789的</td>": the last tag before the value opens an HTML cell.
    private static bool InHtmlCell(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - 40);
        int open = text.Slice(from, start - from).LastIndexOf('<');
        return open >= 0 && text.Slice(from + open).StartsWith("<td".AsSpan(), StringComparison.OrdinalIgnoreCase)
            && text.Slice(from + open, start - from - open).IndexOf('>') >= 0;
    }

    // An HTML table (pasted from a web page): the header is the cell in the same place of the table's first row.
    private static ReadOnlySpan<char> HtmlHeader(ReadOnlySpan<char> text, int start, int end, out bool wholeCell)
    {
        wholeCell = false;
        int from = Math.Max(0, start - MaxReach);
        var before = text.Slice(from, start - from);
        int row = LastTag(before, "<tr");
        int table = LastTag(before, "<table");
        if (row < 0 || table < 0 || row < table) return default;
        int column = Count(before.Slice(row), "<td") - 1;
        int close = text.Slice(end).IndexOf('<');
        wholeCell = close >= 0 && HoldsNoOtherValue(text.Slice(end, close));
        var header = before.Slice(table);
        int firstRow = header.IndexOf("<tr".AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (firstRow < 0 || table + firstRow == row) return default;
        header = header.Slice(firstRow);
        for (int c = 0; c <= column; c++)
        {
            int cell = NextCell(header);
            if (cell < 0) return default;
            header = header.Slice(cell + 3);
        }
        int content = header.IndexOf('>');
        if (content < 0) return default;
        header = header.Slice(content + 1);
        int stop = header.IndexOf('<');
        return stop < 0 ? default : header.Slice(0, stop);
    }

    // The next "<th" or "<td" in the row.
    private static int NextCell(ReadOnlySpan<char> html)
    {
        int th = html.IndexOf("<th".AsSpan(), StringComparison.OrdinalIgnoreCase);
        int td = html.IndexOf("<td".AsSpan(), StringComparison.OrdinalIgnoreCase);
        return th < 0 ? td : td < 0 ? th : Math.Min(th, td);
    }

    // The cell breaks in the span. (The netstandard2.0 build has neither MemoryExtensions.Count nor a LastIndexOf with a
    // StringComparison.)
    internal static int CellBreaksIn(ReadOnlySpan<char> span, char delimiter)
    {
        int count = 0;
        for (int i = 0; i < span.Length; i++) if (span[i] == delimiter && !GroupsThousands(span, i, delimiter)) count++;
        return count;
    }

    /// <summary>
    /// How many times <paramref name="c"/> occurs in <paramref name="span"/>, each one counted (the netstandard2.0 build
    /// has no MemoryExtensions.Count).
    /// </summary>
    internal static int CountOf(ReadOnlySpan<char> span, char c)
    {
        int count = 0;
        foreach (char x in span) if (x == c) count++;
        return count;
    }

    private static int LastTag(ReadOnlySpan<char> html, string tag)
    {
        for (int at = html.Length - tag.Length; at >= 0; at--)
        {
            if (html.Slice(at, tag.Length).Equals(tag.AsSpan(), StringComparison.OrdinalIgnoreCase)) return at;
        }
        return -1;
    }

    private static int Count(ReadOnlySpan<char> html, string tag)
    {
        int count = 0;
        for (int at = html.IndexOf(tag.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            count++;
            int next = html.Slice(at + tag.Length).IndexOf(tag.AsSpan(), StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + tag.Length + next;
        }
        return count;
    }

    /// <summary>
    /// Steps from a line's edge to the next line up (<paramref name="edge"/> its start) or down (its end) and gives the new
    /// line's bounds, <paramref name="edge"/> moved to its far edge; false at the text's start or end.
    /// </summary>
    internal static bool StepLine(ReadOnlySpan<char> text, ref int edge, bool up, out int from, out int to)
    {
        from = to = 0;
        if (up)
        {
            if (edge == 0) return false;
            to = edge - 1;
            if (to > 0 && text[to - 1] == '\r') to--;
            from = LineStart(text, to);
            edge = from;
            return true;
        }
        if (edge >= text.Length) return false;
        from = edge + (text[edge] == '\r' && edge + 1 < text.Length && text[edge + 1] == '\n' ? 2 : 1);
        if (from >= text.Length) return false;
        to = LineEnd(text, from);
        edge = to;
        return true;
    }

    /// <summary>Where the line holding <paramref name="index"/> starts.</summary>
    public static int LineStart(ReadOnlySpan<char> text, int index)
    {
        int newline = text.Slice(0, index).LastIndexOf('\n');
        return newline + 1;
    }

    /// <summary>Where the line holding <paramref name="index"/> ends (its line break, or the text's end).</summary>
    public static int LineEnd(ReadOnlySpan<char> text, int index)
    {
        int newline = text.Slice(index).IndexOfAny('\n', '\r');
        return newline < 0 ? text.Length : index + newline;
    }

    // No other letter or digit beside the value in its cell (words and brackets may be: "是2345 6789的", "[2345 6789]").
    internal static bool HoldsNoOtherValue(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if (CharFolding.IsAlphanumeric(c)) return false;
        return true;
    }
}
