using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// A value typed into two neighbouring cells of a pasted table whose header names the parts (號碼(前段) | 號碼(後段),
/// 前半 | 後半, 第一段 | 第二段): an ID's letter and digits, a certificate's or a card's halves. A value never runs across a
/// cell break elsewhere (<see cref="Normalization.CellBreaks"/>); under such a header every row's two cells are joined
/// and kept where the whole validates (<see cref="WholeValue"/>). Anchored on the first part's word in the header.
/// </summary>
internal sealed class ValueAcrossCellsRecognizer : AnchoredRecognizer
{
    private const double Score = 0.85;

    /// <summary>How many rows under the header are read: pasted tables are short.</summary>
    private const int MaxRows = 60;

    private static readonly string[] SecondPartWords = { "後段", "後半", "第二段", "第2段", "下半", "後面", "part 2", "part2" };

    public override string Type => EntityTypes.NationalId;

    public override string[] Anchors { get; } = { "前段", "前半", "第一段", "第1段", "上半", "part 1", "part1" };

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        int lineStart = TableCell.LineStart(text, start), lineEnd = TableCell.LineEnd(text, end);
        var header = text.Slice(lineStart, lineEnd - lineStart);
        char delimiter = TableCell.DelimiterOf(header);
        if (delimiter == '\0') return;
        int column = TableCell.CellBreaksIn(header.Slice(0, start - lineStart), delimiter);
        if (!Cell(header, delimiter, column + 1, out int nextStart, out int nextEnd) || !NamesSecondPart(header.Slice(nextStart, nextEnd - nextStart))) return;

        int rowStart = lineEnd + 1;
        for (int rows = 0; rows < MaxRows && rowStart < text.Length; rows++)
        {
            int rowEnd = TableCell.LineEnd(text, rowStart);
            var row = text.Slice(rowStart, rowEnd - rowStart);
            if (row.IndexOf(delimiter) < 0) return;
            if (Cell(row, delimiter, column, out int firstStart, out int firstEnd) && Cell(row, delimiter, column + 1, out int secondStart, out int secondEnd))
                OfferJoined(text, rowStart, row, firstStart, firstEnd, secondStart, secondEnd, ref sink, priority);
            rowStart = rowEnd + 1;
        }
    }

    // The two cells put together, reported over both when the whole validates.
    private static void OfferJoined(ReadOnlySpan<char> text, int rowStart, ReadOnlySpan<char> row, int firstStart, int firstEnd, int secondStart, int secondEnd,
        ref CandidateSink sink, int priority)
    {
        if (firstStart == firstEnd || secondStart == secondEnd) return;
        Span<char> value = stackalloc char[WholeValue.MaxLength];
        int length = 0;
        if (!WholeValue.Append(row.Slice(firstStart, firstEnd - firstStart), value, ref length)
            || !WholeValue.Append(row.Slice(secondStart, secondEnd - secondStart), value, ref length)) return;
        if (WholeValue.TypeOf(value.Slice(0, length)) is not string type) return;
        int start = rowStart + firstStart, end = rowStart + secondEnd;
        if (!sink.TryScore(text, type, start, end, Scoring.ContextProfile.None, Score, out double score)) return;
        sink.Add(new Candidate(type, start, end, score, Evasions.Separators, value.Slice(0, length).ToString(), priority));
    }

    private static bool NamesSecondPart(ReadOnlySpan<char> cell)
    {
        foreach (var word in SecondPartWords)
            if (cell.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    // The bounds of cell number <paramref name="column"/> of the line, trimmed of blanks.
    private static bool Cell(ReadOnlySpan<char> line, char delimiter, int column, out int start, out int end)
    {
        (start, end) = TableCell.DelimitedCell(line, delimiter, column);
        if (start < 0) return false;
        end += start;
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        return true;
    }
}
