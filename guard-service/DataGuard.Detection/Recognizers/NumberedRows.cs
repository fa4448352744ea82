using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 40 (categories of set U40): the rows of a numbered list (1. …　未接來電 ⏎ 2. …　通話12次), read as a one-column table
/// for <see cref="PhoneColumn"/>'s consensus: a call list pasted from a records request numbers its rows and puts a note after
/// each number, with no delimiter a table would have. The value must be the item's first field (after the number, before an
/// ideographic space, two spaces or the line's end).
/// </summary>
internal static class NumberedRows
{
    /// <summary>How many items above and below the value's are read (call lists are short).</summary>
    private const int MaxItems = 16;

    /// <summary>
    /// Length of a list item's number at the start of the line ("1. ", "12．", "3、", "4) ", "(5) "), blanks after it
    /// included; 0 when the line opens with none. A dot needs a blank after it (1.5 is a number).
    /// </summary>
    public static int ItemMarkLength(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\u3000') i++;
        bool bracketed = i < line.Length && line[i] is '(' or '（';
        if (bracketed) i++;
        int number = i;
        while (i < line.Length && i - number < 3 && (uint)(line[i] - '0') <= 9) i++;
        if (i - number is < 1 or > 2 || i >= line.Length) return 0;
        char mark = line[i++];
        bool blankAfter = i < line.Length && line[i] is ' ' or '\u3000';
        bool closes = bracketed ? mark is ')' or '）' : mark is ')' or '）' or '、' || (mark is '.' or '．' && blankAfter);
        if (!closes) return 0;
        while (i < line.Length && line[i] is ' ' or '\u3000') i++;
        return i;
    }

    /// <summary>Whether <paramref name="start"/> is right after a list item's number that opens its line ("2. " before it).</summary>
    public static bool OpensItem(ReadOnlySpan<char> text, int start)
    {
        int lineStart = TableCell.LineStart(text, start);
        return start - lineStart is > 1 and <= MaxMarkLength && ItemMarkLength(text.Slice(lineStart, start - lineStart)) == start - lineStart;
    }

    /// <summary>The longest item mark read: blanks, a bracket, two digits, its close and blanks.</summary>
    private const int MaxMarkLength = 8;

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) is the first field of a numbered item and the
    /// first fields of the other items of its list hold at least <paramref name="fewest"/> cells that
    /// <paramref name="kindOf"/> reads as the value's kind, and no fewer than written-out numbers of another kind (a field
    /// disguised with numerals or emoji is no evidence either way).
    /// </summary>
    public static bool OtherItemsHold(ReadOnlySpan<char> text, int start, int end, PhoneColumn.CellReader kindOf, int fewest)
    {
        int lineStart = TableCell.LineStart(text, start);
        int lineEnd = TableCell.LineEnd(text, end);
        var line = text.Slice(lineStart, lineEnd - lineStart);
        int mark = ItemMarkLength(line);
        if (mark == 0 || lineStart + mark > start) return false;
        var field = FirstField(line.Slice(mark));
        if (!TableCell.FillsCell(line, mark, field.Length, start - lineStart, end - lineStart)) return false;
        int matches = 0, others = 0;
        Tally(text, lineStart, kindOf, up: true, ref matches, ref others);
        Tally(text, lineEnd, kindOf, up: false, ref matches, ref others);
        return matches >= fewest && matches >= others;
    }

    // The item's first field: up to an ideographic space, a tab or two spaces (TableCell's fixed-width break).
    private static ReadOnlySpan<char> FirstField(ReadOnlySpan<char> item) => TableCell.SpacedCell(item.TrimEnd(), 0);

    // Counts the first fields of the items above (from lineStart up) or below (from lineEnd down); stops at a line that is
    // no numbered item (a blank line, the list's heading, the next paragraph).
    private static void Tally(ReadOnlySpan<char> text, int edge, PhoneColumn.CellReader kindOf, bool up, ref int matches, ref int others)
    {
        for (int items = 0; items < MaxItems; items++)
        {
            if (!TableCell.StepLine(text, ref edge, up, out int from, out int to)) return;
            var line = text.Slice(from, to - from);
            int mark = ItemMarkLength(line);
            if (mark == 0) return;
            var field = FirstField(line.Slice(mark));
            switch (kindOf(field))
            {
                case PhoneColumn.CellKind.Phone: matches++; break;
                case PhoneColumn.CellKind.Other when IsWrittenOut(field): others++; break;
            }
        }
    }

    // Digits, ASCII letters and punctuation only: a number of another kind as it is written, not one disguised.
    private static bool IsWrittenOut(ReadOnlySpan<char> field)
    {
        foreach (char c in field)
        {
            if (c > '\u007F' && !AsciiChars.IsDigitOrFullWidth(c)) return false;
        }
        return true;
    }
}
