namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 38 (categories of sets U33, U34): a roster row of foreign residents that gives the person's nationality in a cell
/// of its own before the number (<c>KIM … / 證號 … / 越南 / 9xxx xxxx</c>). The row says the number is a foreign person's;
/// it does not say which country's: migrants keep the number of a country they lived in, so the cell names a nationality,
/// not the number's plan.
/// </summary>
internal static class NationalityCell
{
    /// <summary>Most cells walked back from the value (a roster has a name, an ID, a nationality and a few more).</summary>
    private const int MaxCells = 6;

    /// <summary>Longest cell read as a country's name (印度尼西亞, United Kingdom).</summary>
    private const int MaxNameLength = 16;

    /// <summary>
    /// The country a cell of the value's line names before <paramref name="start"/>, that cell holding the name alone and
    /// the value starting the next cell or a later one (same delimiter); -1 when none does.
    /// </summary>
    public static int Before(ReadOnlySpan<char> text, int start)
    {
        int lineStart = TableCell.LineStart(text, start);
        var before = text.Slice(lineStart, start - lineStart).TrimEnd(Enclosing); // (4xx) 5xx-…, "9xxx xxxx": a bracket or quote opens the cell
        if (before.IsEmpty || !IsDelimiter(before[before.Length - 1])) return -1;
        char delimiter = before[before.Length - 1];
        // the cells before the value's, nearest first (the last break of before opens the value's own cell)
        int column = TableCell.CellBreaksIn(before, delimiter);
        for (int c = column - 1; c >= 0 && column - c <= MaxCells; c--)
        {
            var (from, length) = TableCell.DelimitedCell(before, delimiter, c);
            var cell = before.Slice(from, length).Trim(' ');
            if (cell.Length is > 0 and <= MaxNameLength)
            {
                int country = CountryWords.NamedExactly(cell);
                if (country >= 0) return country;
            }
        }
        return -1;
    }

    /// <summary>Spaces, brackets and quotes around a cell's value.</summary>
    internal const string Enclosing = " (（)）[]「」\"'{}<>";

    // The delimiters of a roster typed by hand or exported (／ and / between spaced cells, |, 、, a tab, a comma).
    internal static bool IsDelimiter(char c) => RowDelimiters.Is(c, FieldMarks.RosterCells);
}
