using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The table a value sits in, when it sits in one: a tab-separated, Markdown (<c>|</c>) or CSV row under a header row.
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
    public static ReadOnlySpan<char> Header(ReadOnlySpan<char> text, int start, int end, out bool wholeCell)
    {
        wholeCell = false;
        int lineStart = LineStart(text, start);
        int lineEnd = LineEnd(text, end);
        var line = text.Slice(lineStart, lineEnd - lineStart);
        char delimiter = line.IndexOf('\t') >= 0 ? '\t' : line.IndexOf('|') >= 0 ? '|' : line.IndexOf(',') >= 0 ? ',' : '\0';
        if (delimiter == '\0' || lineStart == 0) return default;

        var before = text.Slice(lineStart, start - lineStart);
        int column = before.Count(delimiter);
        int cellStart = before.LastIndexOf(delimiter) + 1;
        int cellEnd = text.Slice(end, lineEnd - end).IndexOf(delimiter);
        wholeCell = HoldsNoOtherValue(before.Slice(cellStart)) && HoldsNoOtherValue(cellEnd < 0 ? text.Slice(end, lineEnd - end) : text.Slice(end, cellEnd));

        // The header is the first line of the block of lines that hold the delimiter.
        int header = -1;
        int rowStart = lineStart;
        for (int rows = 0; rows < MaxRows && rowStart > 0 && start - rowStart < MaxReach; rows++)
        {
            int previousStart = LineStart(text, rowStart - 1);
            if (text.Slice(previousStart, rowStart - 1 - previousStart).IndexOf(delimiter) < 0) break;
            header = previousStart;
            rowStart = previousStart;
        }
        if (header < 0) return default;
        var headerLine = text.Slice(header, LineEnd(text, header) - header);
        for (int c = 0; c < column; c++)
        {
            int next = headerLine.IndexOf(delimiter);
            if (next < 0) return default;
            headerLine = headerLine.Slice(next + 1);
        }
        int stop = headerLine.IndexOf(delimiter);
        return stop < 0 ? headerLine : headerLine.Slice(0, stop);
    }

    private static int LineStart(ReadOnlySpan<char> text, int index)
    {
        int newline = text.Slice(0, index).LastIndexOf('\n');
        return newline + 1;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int index)
    {
        int newline = text.Slice(index).IndexOfAny('\n', '\r');
        return newline < 0 ? text.Length : index + newline;
    }

    // No other letter or digit beside the value in its cell (words and brackets may be: "是2345 6789的", "[2345 6789]").
    private static bool HoldsNoOtherValue(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if (CharFolding.IsAlphanumeric(c)) return false;
        return true;
    }
}
