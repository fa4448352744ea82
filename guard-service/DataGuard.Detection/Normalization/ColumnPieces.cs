namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 43 (det-pieces43, set U46): a value written down a column of a Markdown or bar-delimited table, one to four
/// characters per row (「碼」欄依序接起來就是身分證), where a sentence before the table says to join. Each column whose every
/// row holds such a piece is joined top to bottom as one number of any type — the join's validator deciding (a column of
/// counts or row numbers makes no value). Only the cells joined give way to the value.
/// </summary>
internal static class ColumnPieces
{
    /// <summary>How far after the joining word the table may start, and most rows read.</summary>
    private const int Reach = 160, MaxRows = 20;

    /// <summary>Fewest rows joined, and most characters in one cell of such a column.</summary>
    private const int MinRows = 2, MaxCellPiece = 4;

    /// <summary>
    /// Joins of the columns of the table that ends right before the word at <paramref name="wordStart"/>, or else of the
    /// first table after the word's end (<paramref name="wordEnd"/>).
    /// </summary>
    public static void AddFrames(string text, int wordStart, int wordEnd, ref List<GivenPieces>? found)
    {
        int row = FirstRowBefore(text, wordStart);
        if (row < 0) row = FirstRowAfter(text, wordEnd);
        if (row < 0) return;
        string? asked = NamedValue(text, wordStart, wordEnd) ?? NamedValue(text, row, row);
        if (asked is null) return;
        // A plate is read as one only after its word (model codes look the same); any other type by its validator.
        var (label, type) = asked == EntityTypes.LicensePlate ? ("車牌", asked) : ("號碼", AskedValues.AnyPersonal);
        var rows = new List<List<(int Start, int End)>>();
        int firstData = 0;
        for (; row < text.Length && rows.Count < MaxRows; )
        {
            int lineEnd = text.IndexOf('\n', row);
            if (lineEnd < 0) lineEnd = text.Length;
            var cells = CellsOf(text, row, lineEnd);
            if (cells is null) break;
            // A rule under the first row makes that row a header: the columns are read below it.
            if (IsRule(text, cells)) firstData = rows.Count == 1 ? 1 : firstData;
            else rows.Add(cells);
            row = lineEnd + 1;
        }
        for (int column = 0; rows.Count - firstData >= MinRows && column < rows[firstData].Count; column++)
            AddColumn(text, rows, firstData, column, label, type, ref found);
    }

    /// <summary>How far around the joining word its sentence may name the value (欄依序接起來就是嫌疑人身分證).</summary>
    private const int LabelReach = 40;

    // The personal type the joining sentence, or the one above the table, names (null for 證號: 身分證 or 居留證 alike); null
    // where it names none: a column of counts joined (請把各欄合併成總表) is no value.
    private static string? NamedValue(string text, int wordStart, int wordEnd)
    {
        int from = Math.Max(0, wordStart - LabelReach), to = Math.Min(text.Length, wordEnd + LabelReach);
        if (!AskedValues.TryFindLast(text.AsSpan(from, to - from), out _, out string? asked) || asked == AskedValues.NotPersonal) return null;
        return asked ?? AskedValues.AnyPersonal;
    }

    // The first row of the table whose last row ends on the line before the word's (請把「碼」欄接起來 under the table); -1
    // where the line before opens with no bar.
    private static int FirstRowBefore(string text, int wordStart)
    {
        int line = text.LastIndexOf('\n', Math.Max(0, wordStart - 1));
        int first = -1;
        for (int k = 0; line > 0 && k < MaxRows + 2; k++)
        {
            int start = text.LastIndexOf('\n', line - 1) + 1;
            int opening = Blanks.Skip(text.AsSpan(), start);
            if (opening >= line || text[opening] is not ('|' or '｜')) break;
            first = opening;
            line = start - 1;
        }
        return first;
    }

    // The start of the first line after `from`, within Reach, that opens with a bar; -1 where none.
    private static int FirstRowAfter(string text, int from)
    {
        for (int line = text.IndexOf('\n', from); line >= 0 && line - from <= Reach; line = text.IndexOf('\n', line + 1))
        {
            int first = Blanks.Skip(text.AsSpan(), line + 1);
            if (first < text.Length && text[first] is '|' or '｜') return first;
        }
        return -1;
    }

    // The cells of a row opening with a bar at `start` (trimmed spans), or null where the line is no such row.
    private static List<(int Start, int End)>? CellsOf(string text, int start, int end)
    {
        if (text[start] is not ('|' or '｜')) return null;
        var cells = new List<(int Start, int End)>();
        int cell = start + 1;
        for (int k = cell; k < end; k++)
        {
            if (text[k] is not ('|' or '｜')) continue;
            int s = Blanks.Skip(text.AsSpan(), cell), e = k;
            while (e > s && text[e - 1] is ' ' or '\u3000' or '\t' or '\r') e--;
            cells.Add((s, e));
            cell = k + 1;
        }
        return cells.Count > 0 ? cells : null;
    }

    // A column of row numbers (1, 2, 3 …): a numbering, no value.
    private static bool CountsUp(List<(int Start, int End)> spans, string text)
    {
        for (int k = 0; k < spans.Count; k++)
        {
            var (s, e) = spans[k];
            if (!int.TryParse(text.Substring(s, e - s), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n != k + 1) return false;
        }
        return true;
    }

    // A header's rule (|---|:---:|).
    private static bool IsRule(string text, List<(int Start, int End)> cells)
    {
        foreach (var (s, e) in cells)
            for (int k = s; k < e; k++) if (text[k] is not ('-' or ':' or ' ')) return false;
        return true;
    }

    // The column's cells joined top to bottom, every row below the header holding a piece.
    private static void AddColumn(string text, List<List<(int Start, int End)>> rows, int firstData, int column, string label, string type, ref List<GivenPieces>? found)
    {
        var joined = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End)>();
        for (int r = firstData; r < rows.Count; r++)
        {
            if (column >= rows[r].Count) return;
            var (s, e) = rows[r][column];
            int held = e > s && e - s <= MaxCellPiece * 2 ? PieceCharacters.Append(text.AsSpan(s, e - s), joined) : -1;
            if (held is <= 0 or > MaxCellPiece) return;
            spans.Add((s, e));
        }
        if (CountsUp(spans, text)) return;
        (found ??= new List<GivenPieces>()).Add(new GivenPieces(label, type, typeAsked: false, joined.ToString(), spans.Count,
            spans[0].Start, spans[spans.Count - 1].End, pieceSpans: spans.ToArray()));
    }
}
