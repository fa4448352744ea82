using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 34 (categories of sets U25, U26): a table column shown to hold phones by its header (聯絡電話, mobile) or by the
/// other rows of the same column (column consensus). A roster pasted from a visit system heads its family's numbers
/// "Family (local)" or nothing at all; the numbers written in the other rows — a +CC number, a Taiwan mobile, a grouped
/// number — say what the column holds. Delimited rows (tab, |, ｜, comma, semicolon) and fixed-width rows (cells apart by
/// two spaces or more) are read; rows of another cell count are not the same table.
/// </summary>
internal static class PhoneColumn
{
    /// <summary>How many rows above and below the value's are read (pasted tables are short).</summary>
    private const int MaxRows = 16;

    /// <summary>How far from the value the rows read may reach, in characters.</summary>
    private const int MaxReach = 3000;

    /// <summary>Fewest and most digits of a cell read as a phone (a seven-digit local number to a +CC number of fifteen).</summary>
    private const int MinPhoneDigits = 7, MaxPhoneDigits = 15;

    /// <summary>Cells of a fixed-width row: fewer is a sentence with a wide gap, not a table.</summary>
    private const int MinSpacedCells = 3;

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills its cell in a column whose header is a
    /// phone word, or whose other rows hold phones (at least one, and no fewer than numbers of another kind), under a header
    /// that names nothing a phone is mistaken for (帳號, 訂單編號).
    /// </summary>
    public static bool Holds(ReadOnlySpan<char> text, int start, int end) =>
        ForeignNumberContext.FillsPhoneColumn(text, start, end)
        || HeaderWordColumns.Names(text, start, end, HeaderWordColumns.Phones) // det-foreign45: No Name ID Tel Plate, rows cut any way
        || (!ForeignNumberContext.FillsLookAlikeColumn(text, start, end) && OtherRowsHoldPhones(text, start, end)
            && !PhoneWords.LookAlikeLabels.AnyIn(TableCell.SpacedHeader(text, start))); // a fixed-width Order No. column

    /// <summary>Whether the value fills its cell and the same column of the other rows of its table holds phones.</summary>
    public static bool OtherRowsHoldPhones(ReadOnlySpan<char> text, int start, int end) =>
        OtherRowsHold(text, start, end, KindOf, listMarks: false, fewest: 1);

    /// <summary>What a cell holds, by its characters alone, for the column a caller asks about.</summary>
    internal delegate CellKind CellReader(ReadOnlySpan<char> cell);

    /// <summary>
    /// Column consensus for any kind of value: whether the value fills its cell and the same column of the other rows holds at
    /// least <paramref name="fewest"/> cells that <paramref name="kindOf"/> reads as the value's kind (<see cref="CellKind.Phone"/>),
    /// and no fewer than cells of another kind. With <paramref name="listMarks"/>, rows cut by the enumeration comma or a
    /// full-width slash (王○、…、…, 1／王○／…) are read too (round 37: plates' rosters, <see cref="PlateColumn"/>).
    /// </summary>
    internal static bool OtherRowsHold(ReadOnlySpan<char> text, int start, int end, CellReader kindOf, bool listMarks, int fewest)
    {
        // (round 40: a numbered list's items are the rows of a one-column table, 1. 090-…　未接來電)
        if (NumberedRows.OtherItemsHold(text, start, end, kindOf, fewest)) return true;
        int lineStart = TableCell.LineStart(text, start);
        int lineEnd = TableCell.LineEnd(text, end);
        // A text of one line has no other rows to tally: its cells go uncounted (det-speed45).
        if (fewest > 0 && lineStart == 0 && lineEnd >= text.Length) return false;
        var line = text.Slice(lineStart, lineEnd - lineStart);
        char delimiter = DelimiterOf(line, listMarks);
        var row = new RowShape(delimiter, delimiter == '\0' ? TableCell.SpacedCells(line.Trim()) : TableCell.CellBreaksIn(line, delimiter), listMarks);
        if (delimiter == '\0' && row.Cells < MinSpacedCells) return false;
        int column = ColumnOf(text.Slice(lineStart, start - lineStart), row);
        if (column < 0) return false;
        var (from, length) = CellBounds(line, row, column);
        if (!TableCell.FillsCell(line, from, length, start - lineStart, end - lineStart)) return false;
        int matches = 0, others = 0;
        Tally(text, lineStart, row, column, kindOf, up: true, ref matches, ref others);
        Tally(text, lineEnd, row, column, kindOf, up: false, ref matches, ref others);
        return matches >= fewest && matches >= others;
    }

    /// <summary>Fewest breaks of a list mark that cut a line into a roster's cells (a sentence lists with one or two).</summary>
    private const int MinListMarks = 3;

    // The line's delimiter (TableCell's); with listMarks, else the enumeration comma or full-width slash repeated as a roster's.
    private static char DelimiterOf(ReadOnlySpan<char> line, bool listMarks)
    {
        char delimiter = TableCell.DelimiterOf(line);
        if (delimiter != '\0' || !listMarks) return delimiter;
        return TableCell.CountOf(line, '、') >= MinListMarks ? '、' : TableCell.CountOf(line, '／') >= MinListMarks ? '／' : '\0';
    }

    // How a row of the value's table is cut: its delimiter ('\0' for fixed width), how many breaks (or cells) it has, and
    // whether list marks may cut it.
    private readonly struct RowShape
    {
        public RowShape(char delimiter, int cells, bool listMarks)
        {
            Delimiter = delimiter;
            Cells = cells;
            ListMarks = listMarks;
        }

        public char Delimiter { get; }

        public int Cells { get; }

        public bool ListMarks { get; }
    }

    // Counts the cells of the column, in the rows above (from lineStart up) or below (from lineEnd down), that are phones
    // and that are numbers of another kind; stops at a blank line, a line that is no row of the table, or the reach.
    private static void Tally(ReadOnlySpan<char> text, int edge, RowShape row, int column, CellReader kindOf, bool up, ref int phones, ref int others)
    {
        int origin = edge;
        for (int rows = 0; rows < MaxRows; rows++)
        {
            if (!TableCell.StepLine(text, ref edge, up, out int from, out int to)) return;
            if (Math.Abs(origin - edge) > MaxReach) return;
            var line = text.Slice(from, to - from);
            if (line.Trim().IsEmpty) return;
            if (TableCell.IsRule(line)) continue;
            if (!IsCutAs(line, row))
            {
                if (!IsRowOf(line, row)) return;
                continue; // a row of the table whose own cell holds a break (094  673  514  5): its columns are off
            }
            switch (kindOf(CellOf(line, row, column)))
            {
                case CellKind.Phone: phones++; break;
                case CellKind.Other: others++; break;
            }
        }
    }

    private static bool IsCutAs(ReadOnlySpan<char> line, RowShape row) =>
        row.Delimiter == '\0'
            ? DelimiterOf(line, row.ListMarks) == '\0' && TableCell.SpacedCells(line.Trim()) == row.Cells
            : TableCell.CellBreaksIn(line, row.Delimiter) == row.Cells;

    // Whether the line is a row of a table cut as the value's is, whatever its cell count.
    private static bool IsRowOf(ReadOnlySpan<char> line, RowShape row) =>
        row.Delimiter == '\0'
            ? DelimiterOf(line, row.ListMarks) == '\0' && TableCell.SpacedCells(line.Trim()) >= MinSpacedCells
            : DelimiterOf(line, row.ListMarks) == row.Delimiter;

    // The column of a value whose line starts with before: the breaks before it, or the fixed-width cells before it.
    private static int ColumnOf(ReadOnlySpan<char> before, RowShape row) =>
        row.Delimiter == '\0' ? TableCell.SpacedCells(before.TrimStart()) - 1 : TableCell.CellBreaksIn(before, row.Delimiter);

    // The cell of the line at the column.
    private static ReadOnlySpan<char> CellOf(ReadOnlySpan<char> line, RowShape row, int column)
    {
        var (from, length) = CellBounds(line, row, column);
        return from < 0 ? default : line.Slice(from, length);
    }

    // Where the cell of the line at the column starts and how long it is ((-1, 0) when the line has no such cell).
    private static (int From, int Length) CellBounds(ReadOnlySpan<char> line, RowShape row, int column) =>
        row.Delimiter == '\0' ? TableCell.SpacedCellBounds(line, column) : TableCell.DelimitedCell(line, row.Delimiter, column);

    internal enum CellKind : byte
    {
        /// <summary>No digit: a header word, a name, an empty cell.</summary>
        Blank,

        /// <summary>A number written as phones are: a +CC number, a Taiwan mobile written whole, a grouped number.</summary>
        Phone,

        /// <summary>Digits in another shape: a date, an ID, an amount, a code.</summary>
        Other,
    }

    /// <summary>
    /// What a cell (or a line's last field) holds, by its characters alone: no reading, as a column's other rows are many and
    /// one reading must not ask for another.
    /// </summary>
    internal static CellKind KindOf(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim(" \u3000\"'`".AsSpan());
        int digits = 0, gaps = 0;
        bool opens = cell.Length > 0 && cell[0] is '+' or '＋' or '(' or '（';
        for (int i = 0; i < cell.Length; i++)
        {
            char c = cell[i];
            if (AsciiChars.IsDigitOrFullWidth(c)) digits++;
            else if (c is ' ' or '-' or '.' or '·' or '－' or '(' or ')' or '（' or '）' || (i == 0 && c is '+' or '＋'))
            {
                if (digits > 0) gaps++;
            }
            else return digits > 0 || AsciiChars.HasDigitOrFullWidth(cell) ? CellKind.Other : CellKind.Blank;
        }
        if (digits == 0) return CellKind.Blank;
        bool wholeMobile = digits == 10 && DigitAt(cell, 0) == '0' && DigitAt(cell, 1) == '9';
        return digits is >= MinPhoneDigits and <= MaxPhoneDigits && (opens || gaps > 0 || wholeMobile) ? CellKind.Phone : CellKind.Other;
    }

    // The n-th digit of the cell, folded to ASCII ('\0' when there is none).
    private static char DigitAt(ReadOnlySpan<char> cell, int n)
    {
        foreach (char c in cell)
        {
            if (AsciiChars.IsDigitOrFullWidth(c) && n-- == 0) return AsciiChars.FoldFullWidthDigit(c);
        }
        return '\0';
    }
}
