using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-lists46 (issue 9, set U51): rows of a record list cut each its own way under one delimited header. A list pasted from
/// several systems keeps the header of one (<c>序|單號|條款|車牌|金額|應到案日期</c>) over rows parted by spaces, tabs, commas of
/// either width or bars, row by row. <see cref="TableCell"/> counts a row's cells by the header's own delimiter, so a row
/// parted by spaces under a barred header has one cell; <see cref="HeaderWordColumns"/> reads only headers of words parted by
/// single spaces. Here the row's cells are counted by whatever parts them, and the value's column is named where the row has
/// exactly the header's count of cells (an amount's thousands comma parts nothing).
/// </summary>
internal static class OwnCutRows
{
    /// <summary>How far up the header is looked for (lines, characters): a list's rows under one header.</summary>
    private const int MaxLines = 40, MaxReach = 4000;

    /// <summary>Fewest and most cells of a header: fewer is a title, more a sentence.</summary>
    private const int MinColumns = 3, MaxColumns = 12;

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills a cell of a row, cut its own way, under a
    /// delimited header whose cell over that column <paramref name="names"/> accepts.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> text, int start, int end, HeaderWordColumns.WordTest names)
    {
        int lineStart = TableCell.LineStart(text, start);
        if (lineStart == 0 || !IsBreakOrEdge(text, start - 1) || end < text.Length && !IsBreakOrEdge(text, end)) return false;
        var line = text.Slice(lineStart, TableCell.LineEnd(text, end) - lineStart);
        int header = HeaderAbove(text, lineStart, out char delimiter);
        if (header < 0) return false;
        var headerLine = text.Slice(header, TableCell.LineEnd(text, header) - header);
        int columns = TableCell.CellBreaksIn(headerLine, delimiter) + 1;
        int column = Cells(text.Slice(lineStart, start - lineStart));
        if (Cells(line) != columns || column >= columns) return false;
        var (from, length) = TableCell.DelimitedCell(headerLine, delimiter, column);
        return from >= 0 && names(headerLine.Slice(from, length).Trim());
    }

    // Where the header above the line at lineStart starts: the nearest line up, within the block of lines, that holds no digit
    // and three to twelve cells parted by a delimiter (-1 where a blank line or the reach comes first).
    private static int HeaderAbove(ReadOnlySpan<char> text, int lineStart, out char delimiter)
    {
        delimiter = '\0';
        for (int lines = 0, above = lineStart; lines < MaxLines && above > 0 && lineStart - above < MaxReach; lines++)
        {
            int from = TableCell.LineStart(text, above - 1);
            var line = text.Slice(from, above - 1 - from).Trim();
            above = from;
            if (line.IsEmpty) return -1;
            if (AsciiChars.HasDigitOrFullWidth(line) || TableCell.IsRule(line)) continue; // another row, or the rule under the header
            delimiter = TableCell.DelimiterOf(line);
            if (delimiter == '\0') return -1;
            int cells = TableCell.CellBreaksIn(line, delimiter) + 1;
            return cells is >= MinColumns and <= MaxColumns ? from : -1;
        }
        return -1;
    }

    // How many cells a piece of a row holds: runs of characters between cell breaks.
    private static int Cells(ReadOnlySpan<char> piece)
    {
        int cells = 0;
        bool inCell = false;
        for (int i = 0; i < piece.Length; i++)
        {
            bool breaks = IsBreak(piece, i);
            if (!breaks && !inCell) cells++;
            inCell = !breaks;
        }
        return cells;
    }

    private static bool IsBreakOrEdge(ReadOnlySpan<char> text, int i) => i < 0 || text[i] is '\n' or '\r' || IsBreak(text, i);

    // Blanks of any width, a bar, a tab, a comma of either width or a semicolon; not a comma grouping an amount's thousands.
    private static bool IsBreak(ReadOnlySpan<char> span, int i) => span[i] switch
    {
        ' ' or '\t' or '\u3000' or '|' or '｜' or ';' or '\r' => true,
        ',' or '，' => !GroupsThousands(span, i),
        _ => false,
    };

    // "2,700元", "36,000": a comma between a digit and three digits that no digit follows.
    private static bool GroupsThousands(ReadOnlySpan<char> span, int at)
    {
        if (at == 0 || at + 3 >= span.Length || !AsciiChars.IsDigit(span[at - 1])) return false;
        for (int k = 1; k <= 3; k++) if (!AsciiChars.IsDigit(span[at + k])) return false;
        return at + 4 >= span.Length || !AsciiChars.IsDigitOrFullWidth(span[at + 4]);
    }
}
