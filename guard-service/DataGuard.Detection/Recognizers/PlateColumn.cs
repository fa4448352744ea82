using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 37 (categories of sets U31, U32): a roster's column shown to hold plates by its other rows (column consensus, as
/// <see cref="PhoneColumn"/> reads phones). A roster pasted from a visit or duty system writes one row's plate as KTW5281,
/// kpd7135 or 5382TK — the hyphen dropped, lower case — while the same column of the other rows holds plates with their
/// hyphen; alone such a code is a product, flight or unit code and stands only with a plate word. Rows cut by tabs, bars,
/// commas, semicolons, fixed-width gaps, and the enumeration comma or full-width slash of a roster typed in Chinese are read.
/// </summary>
internal static class PlateColumn
{
    /// <summary>Fewest other rows of the column that hold a plate written with its hyphen.</summary>
    private const int FewestPlates = 2;

    /// <summary>Most letters and digits of a plate (the micro-EV's 2+5 and a mixed code's 2+5 at most).</summary>
    private const int MaxCharacters = 8;

    /// <summary>
    /// Headers of columns whose codes take a plate's shape: models, parts, orders, flights, rooms, parking spaces, cases. A
    /// column of them is no plate column whatever its rows hold.
    /// </summary>
    internal static readonly ContextWord[] LookAlikeHeaders = ContextWord.All(new[]
    {
        "型號", "機型", "車型", "料號", "貨號", "品號", "品名", "訂單", "單號", "編號", "班機", "航班", "房號", "車位", "案號", "序號", "批號",
        "model", "part", "sku", "order", "flight", "room", "unit", "item", "product",
    });

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills its cell in a column whose other rows
    /// hold plates written with their hyphen — at least two, one of them in a shape model and flight codes do not take
    /// (ABC-1235, 5382-TK) — and no fewer than cells of other numbers, under no header naming a look-alike code.
    /// </summary>
    public static bool Holds(ReadOnlySpan<char> text, int start, int end) =>
        PhoneColumn.OtherRowsHold(text, start, end, KindOf, listMarks: true, FewestPlates)
        && PhoneColumn.OtherRowsHold(text, start, end, KindOfStandAlone, listMarks: true, fewest: 1)
        && !NamesLookAlike(HeaderAbove(text, start))
        // (det-foreign45: a roster printed from a PDF, its rows cut each its own way under a header of single words)
        || HeaderWordColumns.OtherRowsHold(text, start, end, KindOf, FewestPlates, LookAlikeHeader)
        && HeaderWordColumns.OtherRowsHold(text, start, end, KindOfStandAlone, fewest: 1, LookAlikeHeader);

    /// <summary>A header word naming a code of a plate's shape (型號, 訂單, model).</summary>
    private static readonly HeaderWordColumns.WordTest LookAlikeHeader = static word => NamesLookAlike(word);

    private static bool NamesLookAlike(ReadOnlySpan<char> header) => !header.IsEmpty && ContextWord.AnyIn(LookAlikeHeaders, header);

    /// <summary>How many lines above the value's a header is looked for.</summary>
    private const int MaxRowsAbove = 16;

    // The nearest line above the value's with no digit, within its block of lines: a roster's header, whatever cuts its cells
    // (TableCell reads no header of a roster cut by 、 or ／).
    private static ReadOnlySpan<char> HeaderAbove(ReadOnlySpan<char> text, int start)
    {
        int lineStart = TableCell.LineStart(text, start);
        for (int rows = 0; rows < MaxRowsAbove && lineStart > 0; rows++)
        {
            int from = TableCell.LineStart(text, lineStart - 1);
            var line = text.Slice(from, lineStart - 1 - from);
            if (line.Trim().IsEmpty) return default;
            if (!AsciiChars.HasDigitOrFullWidth(line) && !TableCell.IsRule(line)) return line;
            lineStart = from;
        }
        return default;
    }

    /// <summary>A cell read as a plate with its hyphen (<see cref="PhoneColumn.CellKind.Phone"/>: the column's kind), by its characters alone.</summary>
    internal static PhoneColumn.CellKind KindOf(ReadOnlySpan<char> cell) => Read(cell, standAloneOnly: false);

    /// <summary>The same, counting only the shapes that stand alone as plates: three letters and four digits, or digits first.</summary>
    internal static PhoneColumn.CellKind KindOfStandAlone(ReadOnlySpan<char> cell) => Read(cell, standAloneOnly: true);

    // Reads the cell as two groups of folded letters and digits around one dash (spaces beside it allowed); a code without a
    // dash (the kind asked about) and a cell of words count for neither side, any other cell with a digit against.
    private static PhoneColumn.CellKind Read(ReadOnlySpan<char> cell, bool standAloneOnly)
    {
        cell = cell.Trim(" \u3000\"'`".AsSpan());
        int dash = -1, firstLetters = 0, firstDigits = 0, secondLetters = 0, secondDigits = 0;
        bool anyDigit = false;
        for (int i = 0; i < cell.Length; i++)
        {
            var folded = CharFolding.Fold(cell[i]);
            switch (folded.Kind)
            {
                case CharKind.Invisible:
                    continue;
                case CharKind.Letter when dash < 0: firstLetters++; continue;
                case CharKind.Letter: secondLetters++; continue;
                case CharKind.Digit:
                    anyDigit = true;
                    if (dash < 0) firstDigits++;
                    else secondDigits++;
                    continue;
                case CharKind.Separator when folded.Value == '-' && dash < 0 && firstLetters + firstDigits > 0:
                    dash = i;
                    continue;
                case CharKind.Separator when folded.Value == ' ' && IsBesideDash(cell, i):
                    continue;
                default:
                    return anyDigit || AsciiChars.HasDigitOrFullWidth(cell) ? PhoneColumn.CellKind.Other : PhoneColumn.CellKind.Blank;
            }
        }
        int first = firstLetters + firstDigits, second = secondLetters + secondDigits, letters = firstLetters + secondLetters;
        if (first + second == 0 || !anyDigit) return PhoneColumn.CellKind.Blank;
        bool plate = dash >= 0 && first is >= 2 and <= 4 && second is >= 2 and <= 5 && first + second <= MaxCharacters
            && letters is >= 1 and <= 3 && firstDigits + secondDigits >= 2;
        if (!plate) return dash < 0 && letters is >= 1 and <= 3 && first <= MaxCharacters ? PhoneColumn.CellKind.Blank : PhoneColumn.CellKind.Other;
        if (!standAloneOnly) return PhoneColumn.CellKind.Phone;
        bool current = firstLetters == 3 && firstDigits == 0 && secondDigits == 4 && secondLetters == 0;
        bool digitsFirst = firstLetters == 0 && secondDigits == 0 && secondLetters >= 2;
        return current || digitsFirst ? PhoneColumn.CellKind.Phone : PhoneColumn.CellKind.Blank;
    }

    // A space right before or after the cell's dash (ABC - 1235), not inside a group.
    private static bool IsBesideDash(ReadOnlySpan<char> cell, int i)
    {
        int j = i;
        while (j < cell.Length && cell[j] == ' ') j++;
        if (j < cell.Length && CharFolding.Fold(cell[j]).Value == '-') return true;
        j = i;
        while (j >= 0 && cell[j] == ' ') j--;
        return j >= 0 && CharFolding.Fold(cell[j]).Value == '-';
    }
}
