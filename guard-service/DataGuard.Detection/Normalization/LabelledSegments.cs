namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40, U40's "split" tag): a value cut into segments labelled by letter or number and given out of
/// order with an instruction to join them (請依 A→B→C 的順序接起來：第B段＝…；第A段＝…；第C段＝…). The segments are put in
/// the order of their labels (A–Z, 1–9, 一–九; round 41: 甲乙丙丁 without 第) and joined as the value the sentence before names (身分證號, 統一證號, 卡號).
/// </summary>
internal static class LabelledSegments
{
    /// <summary>How far before the first segment the value word may stand (the sentence that announces it).</summary>
    private const int LabelReach = 60;

    /// <summary>Most segments read.</summary>
    private const int MaxSegments = 6;

    private const string HanNumbers = "一二三四五六七八九";

    /// <summary>Round 41 (U42): the heavenly stems, labels of their own without 第 (乙段：…／甲段：…).</summary>
    private const string Stems = "甲乙丙丁戊己";

    /// <summary>Round 41 (U42): words between two segments that only say another follows (甲段：…，另一段是 丙段：…).</summary>
    private static readonly string[] AnotherSegment = { "另一段是", "另一段", "還有" };

    /// <summary>
    /// Where the segment whose 段 is at <paramref name="at"/> starts: 第 two characters back (第B段), a stem right before
    /// it (乙段); -1 where the 段 labels no segment.
    /// </summary>
    public static int StartOf(ReadOnlySpan<char> text, int at)
    {
        if (at >= 2 && text[at - 2] == '第') return at - 2;
        return at >= 1 && Stems.IndexOf(text[at - 1]) >= 0 ? at - 1 : -1;
    }

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

    // 第B段＝ / 第2段: / 第三段是 / 第一段「 / 乙段： at i, then the segment's value up to ；，。／, the line's end or the next label.
    private static bool SegmentAt(ReadOnlySpan<char> text, int i, out int rank, out int valueStart, out int valueEnd)
    {
        rank = -1;
        valueStart = valueEnd = i;
        if (!LabelAt(text, i, out rank, out int v) || v >= text.Length) return false;
        if (text[v] is not ('＝' or '=' or '：' or ':' or '是' or '「')) return false;
        // 第二段「5070」: the segment quoted, the quote closing it.
        bool quoted = text[v] == '「';
        valueStart = v + 1;
        valueEnd = valueStart;
        while (valueEnd < text.Length && text[valueEnd] is not ('；' or ';' or '，' or ',' or '。' or '、' or '\n' or '第' or '」' or '/' or '／')
            && !LabelAt(text, valueEnd, out _, out _)) valueEnd++;
        return valueEnd > valueStart && (!quoted || valueEnd < text.Length && text[valueEnd] == '」');
    }

    // 第B段 (rank of B) or 乙段 (rank of 乙) at i; labelEnd just past its 段.
    private static bool LabelAt(ReadOnlySpan<char> text, int i, out int rank, out int labelEnd)
    {
        rank = -1;
        labelEnd = i;
        if (i + 2 < text.Length && text[i] == '第' && text[i + 2] == '段' && (rank = RankOf(text[i + 1])) >= 0) labelEnd = i + 3;
        else if (i + 1 < text.Length && text[i + 1] == '段' && (rank = Stems.IndexOf(text[i])) >= 0) labelEnd = i + 2;
        return labelEnd > i;
    }

    // A 0, B 1 …; 1 0, 2 1 …; 一 0, 二 1 …; -1 for anything else.
    private static int RankOf(char label)
    {
        char c = CharFolding.Fold(label).Value;
        if (c is >= 'A' and <= 'Z' && CharFolding.KindOf(label) == CharKind.Letter) return c - 'A';
        if (label is >= '1' and <= '9') return label - '1';
        return HanNumbers.IndexOf(label);
    }

    // The marks between two segments; round 41 (U42): a slash, a line break, an emoji, 另一段是.
    private static int SkipDelimiter(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '；' or ';' or '，' or ',' or '、' or ' ' or '　' or '」' or '/' or '／' or '\n' or '\r' or '\uFE0F' || char.IsSurrogate(c)) i++;
            else if (WordLists.LengthAtAny(text, i, AnotherSegment) is int word and > 0) i += word;
            else break;
        }
        return i;
    }
}
