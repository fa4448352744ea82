namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40, U40's "split" tag): a value cut into segments labelled by letter or number and given out of
/// order with an instruction to join them (請依 A→B→C 的順序接起來：第B段＝…；第A段＝…；第C段＝…). The segments are put in
/// the order of their labels (A–Z, 1–9, 一–九) and joined as the value the sentence before names (身分證號, 統一證號, 卡號).
/// </summary>
internal static class LabelledSegments
{
    /// <summary>How far before the first segment the value word may stand (the sentence that announces it).</summary>
    private const int LabelReach = 60;

    /// <summary>Most segments read.</summary>
    private const int MaxSegments = 6;

    private const string HanNumbers = "一二三四五六七八九";

    /// <summary>
    /// The segments starting with the 第 at <paramref name="at"/>, joined in the order of their labels, or null where fewer
    /// than two stand together, a label repeats, or no value word stands before them or after.
    /// </summary>
    public static GivenPieces? Read(string text, int at, out int end)
    {
        var span = text.AsSpan();
        end = at;
        Span<int> ranks = stackalloc int[MaxSegments];
        var segments = new (int Start, int End)[MaxSegments];
        int count = 0, i = at;
        while (count < MaxSegments && SegmentAt(span, i, out int rank, out int valueStart, out int valueEnd))
        {
            if (ranks.Slice(0, count).IndexOf(rank) >= 0) return null;
            ranks[count] = rank;
            segments[count++] = (valueStart, valueEnd);
            end = valueEnd;
            i = SkipDelimiter(span, valueEnd);
        }
        if (count < 2) return null;
        if (!NamedNear(span, at, end, out string label, out string? asked)) return null;
        var joined = new System.Text.StringBuilder();
        for (int next = 0; next < count; next++)
        {
            int k = ranks.Slice(0, count).IndexOf(next);
            if (k < 0) return null; // A and C without B
            var (start, stop) = segments[k];
            if (PieceCharacters.Append(span.Slice(start, stop - start), joined) <= 0) return null;
        }
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), count, at, end);
    }

    // The value word in the sentence before the segments, or else in the one after them (依序相接就是證人身分證).
    internal static bool NamedNear(ReadOnlySpan<char> text, int start, int end, out string label, out string? asked)
    {
        int from = Math.Max(0, start - LabelReach);
        if (AskedValues.TryFindLast(text.Slice(from, start - from), out label, out asked)) return true;
        int to = Math.Min(text.Length, end + LabelReach);
        return AskedValues.TryFindLast(text.Slice(end, to - end), out label, out asked);
    }

    // 第B段＝ / 第2段: / 第三段是 / 第一段「 at i, then the segment's value up to ；，。 or the line's end.
    private static bool SegmentAt(ReadOnlySpan<char> text, int i, out int rank, out int valueStart, out int valueEnd)
    {
        rank = -1;
        valueStart = valueEnd = i;
        if (i + 3 >= text.Length || text[i] != '第' || text[i + 2] != '段' || (rank = RankOf(text[i + 1])) < 0) return false;
        int v = i + 3;
        if (text[v] is not ('＝' or '=' or '：' or ':' or '是' or '「')) return false;
        // 第二段「5070」: the segment quoted, the quote closing it.
        bool quoted = text[v] == '「';
        valueStart = v + 1;
        valueEnd = valueStart;
        while (valueEnd < text.Length && text[valueEnd] is not ('；' or ';' or '，' or ',' or '。' or '、' or '\n' or '第' or '」')) valueEnd++;
        return valueEnd > valueStart && (!quoted || valueEnd < text.Length && text[valueEnd] == '」');
    }

    // A 0, B 1 …; 1 0, 2 1 …; 一 0, 二 1 …; -1 for anything else.
    private static int RankOf(char label)
    {
        char c = CharFolding.Fold(label).Value;
        if (c is >= 'A' and <= 'Z' && CharFolding.KindOf(label) == CharKind.Letter) return c - 'A';
        if (label is >= '1' and <= '9') return label - '1';
        return HanNumbers.IndexOf(label);
    }

    private static int SkipDelimiter(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is '；' or ';' or '，' or ',' or '、' or ' ' or '　' or '」') i++;
        return i;
    }
}
