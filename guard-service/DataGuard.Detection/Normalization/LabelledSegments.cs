namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40, U40's "split" tag): a value cut into segments labelled by letter or number and given out of
/// order with an instruction to join them (請依 A→B→C 的順序接起來：第B段＝…；第A段＝…；第C段＝…). The segments are put in
/// the order of their labels (A–Z, 1–9, 一–九; round 41: 甲乙丙丁 without 第) and joined as the value the sentence before names (身分證號, 統一證號, 卡號).
/// Round 42 (det-pieces42, U44): segments named by their place in the value, in any order (後段 8746、前段 6258 8291、中間 4646),
/// a label followed by a blank alone (第四段 8747、第三段 4646…), and a value named only as a number (組一個號碼…): any type then,
/// the joined value's validator deciding.
/// </summary>
internal static class LabelledSegments
{
    /// <summary>How far before the first segment the value word may stand (the sentence that announces it).</summary>
    private const int LabelReach = 60;

    /// <summary>Most segments read.</summary>
    private const int MaxSegments = 6;

    private const string HanNumbers = "一二三四五六七八九";

    /// <summary>The word a reading of counted pieces named by nothing else is labelled with.</summary>
    private const string NumberWord = "號碼";

    /// <summary>Round 41 (U42): the heavenly stems, labels of their own without 第 (乙段：…／甲段：…).</summary>
    private const string Stems = "甲乙丙丁戊己";

    /// <summary>
    /// Round 42 (U44): segments named by their place in the value (前段, 中間, 後段), ranked front to back; a place may be left
    /// out (前段 and 後段 only), as the writer names no more than they cut. Longest first.
    /// </summary>
    private static readonly (string Word, int Rank)[] Places =
    {
        ("前半段", 0), ("後半段", 2), ("前段", 0), ("中段", 1), ("中間", 1), ("後段", 2),
    };

    /// <summary>
    /// Round 42 (U44): places named with a count of digits (末三碼是 270，前七碼是 0945831; 前四碼 0922⏎…⏎後六碼 635187), in any
    /// order; the piece must hold that many. Longest first.
    /// </summary>
    private static readonly (string Head, int Rank)[] CountedHeads = { ("最後", 2), ("中間", 1), ("前", 0), ("後", 2), ("末", 2) };

    /// <summary>Counts of a counted place, 1–9 as numerals, then as digits (index % 9 + 1).</summary>
    private const string CountNumerals = "一二三四五六七八九123456789";

    /// <summary>The rank a place label adds to tell it from an ordinal one (第二段, 乙段): the two kinds never mix.</summary>
    private const int PlaceRanks = 16;

    /// <summary>Round 41 (U42): words between two segments that only say another follows (甲段：…，另一段是 丙段：…).</summary>
    private static readonly string[] AnotherSegment = { "另一段是", "另一段", "還有" };

    /// <summary>
    /// Where the segment whose 段 is at <paramref name="at"/> starts: 第 two characters back (第B段), a stem right before
    /// it (乙段), a place (後段, 前半段; round 42); -1 where the 段 labels no segment.
    /// </summary>
    public static int StartOf(ReadOnlySpan<char> text, int at)
    {
        if (at >= 2 && text[at - 2] == '第') return at - 2;
        if (at >= 1 && Stems.IndexOf(text[at - 1]) >= 0) return at - 1;
        for (int back = 1; back <= 2 && at - back >= 0; back++)
            if (PlaceAt(text, at - back, out _) == at + 1) return EarlierPlaceStart(text, at - back);
        return -1;
    }

    /// <summary>How far back a place segment with no 段 (中間 4646、) may open before the one found.</summary>
    private const int EarlierReach = 24;

    // Round 42: a place named without 段 is no trigger of its own (中間 4646、後段 8747、前段 …): where one opens a segment
    // that ends right before the segment at `start`, the frame starts there.
    private static int EarlierPlaceStart(ReadOnlySpan<char> text, int start)
    {
        for (int p = Math.Max(0, start - EarlierReach); p < start - 2; p++)
        {
            if (text[p] != '中' || PlaceAt(text, p, out _) == 0) continue;
            if (SegmentAt(text, p, out _, out _, out int valueEnd) && SkipDelimiter(text, valueEnd) == start) return p;
        }
        return start;
    }

    /// <summary>
    /// Round 42: where the counted place whose 碼 or 位 is at <paramref name="at"/> starts (前四碼, 最後三碼); -1 where none.
    /// </summary>
    public static int StartOfCounted(ReadOnlySpan<char> text, int at)
    {
        for (int back = 2; back <= 3 && at - back >= 0; back++)
            if (PlaceAt(text, at - back, out _, out int count) == at + 1 && count > 0) return at - back;
        return -1;
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
        Span<(int Start, int End)> segments = stackalloc (int Start, int End)[MaxSegments];
        int count = 0, i = at;
        bool allCounted = true;
        while (count < MaxSegments && SegmentAt(span, i, out int rank, out int valueStart, out int valueEnd))
        {
            if (ranks.Slice(0, count).IndexOf(rank) >= 0) return null;
            allCounted &= PlaceAt(span, i, out _, out int counted) > 0 && counted > 0;
            ranks[count] = rank;
            segments[count++] = (valueStart, valueEnd);
            end = valueEnd;
            i = SkipDelimiter(span, valueEnd);
        }
        if (count < 2) return null;
        if (!NamedNear(span, at, end, out string label, out string? asked))
        {
            // Every piece counted and holding its count (前四碼 0922⏎後六碼 635187) is a value cut on purpose: any type, its validator deciding.
            if (!allCounted) return null;
            (label, asked) = (NumberWord, AskedValues.AnyPersonal);
        }
        var joined = new System.Text.StringBuilder();
        int taken = 0;
        bool places = ranks[0] >= PlaceRanks;
        for (int next = places ? PlaceRanks : 0; taken < count && next < PlaceRanks * 2; next++)
        {
            int k = ranks.Slice(0, count).IndexOf(next);
            if (k < 0)
            {
                if (!places) return null; // A and C without B; places may skip one (前段, 後段), never mix with ordinals
                continue;
            }
            var (start, stop) = segments[k];
            if (PieceCharacters.Append(span.Slice(start, stop - start), joined) <= 0) return null;
            taken++;
        }
        if (taken < count) return null; // places mixed with ordinals
        // Places (round 42) report from their first piece where a reader of earlier rounds already does (後6碼是345678，前4碼是0912:
        // det-pieces39's tail-first span); ordinals from their first label, as before.
        int valuesStart = places ? Blanks.Skip(span, segments[0].Start) : at;
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), count, at, end, valuesStart);
    }

    // The value word in the sentence before the segments, or else in the one after them (依序相接就是證人身分證); round 42
    // (U44): else a number named as such (幫我組一個號碼…順序我打亂了), of any type.
    internal static bool NamedNear(ReadOnlySpan<char> text, int start, int end, out string label, out string? asked)
    {
        int from = Math.Max(0, start - LabelReach);
        if (AskedValues.TryFindLast(text.Slice(from, start - from), out label, out asked)) return true;
        int to = Math.Min(text.Length, end + LabelReach);
        if (AskedValues.TryFindLast(text.Slice(end, to - end), out label, out asked)) return true;
        return AskedValues.TryFindNumberWord(text.Slice(from, start - from), out label, out asked);
    }

    // 第B段＝ / 第2段: / 第三段是 / 第一段「 / 乙段： at i, then the segment's value up to ；，。／, the line's end or the next label.
    private static bool SegmentAt(ReadOnlySpan<char> text, int i, out int rank, out int valueStart, out int valueEnd)
    {
        rank = -1;
        valueStart = valueEnd = i;
        if (!LabelAt(text, i, out rank, out int v) || v >= text.Length) return false;
        PlaceAt(text, i, out _, out int counted);
        // Round 42 (U44): a blank alone after the label (第四段 8747, 後段 8747) where a piece follows it.
        while (v + 1 < text.Length && text[v] is ' ' or '\u3000' && text[v + 1] is ' ' or '\u3000') v++;
        bool blank = text[v] is ' ' or '\u3000' && v + 1 < text.Length && (text[v + 1] == '「' || PieceCharacters.IsPieceCharacter(text[v + 1]));
        if (blank && text[v + 1] == '「') v++;
        if (!blank && text[v] is not ('＝' or '=' or '：' or ':' or '是' or '「')) return false;
        // 第二段「5070」: the segment quoted, the quote closing it.
        bool quoted = text[v] == '「';
        valueStart = v + 1;
        valueEnd = valueStart;
        while (valueEnd < text.Length && text[valueEnd] is not ('；' or ';' or '，' or ',' or '。' or '、' or '\n' or '第' or '」' or '/' or '／')
            && !LabelAt(text, valueEnd, out _, out _)) valueEnd++;
        return valueEnd > valueStart && (!quoted || valueEnd < text.Length && text[valueEnd] == '」')
            && (counted == 0 || CountOf(text.Slice(valueStart, valueEnd - valueStart)) == counted);
    }

    // Letters and digits in a piece (前四碼 0 9 2 2 holds four).
    private static int CountOf(ReadOnlySpan<char> piece)
    {
        int count = 0;
        foreach (char c in piece) if (c is not ('-' or '－') && PieceCharacters.IsPieceCharacter(c)) count++;
        return count;
    }

    /// <summary>How far before a piece its label may start (第五段是 , 後半段： ).</summary>
    private const int LabelBefore = 8;

    /// <summary>
    /// Round 43 (det-pieces43): the rank of the label written right before the piece at <paramref name="pieceStart"/> (第三段：,
    /// 後段 , 前六碼是 ), not before <paramref name="from"/>, or -1 where none is; ordinals rank below
    /// <see cref="PlaceRanks"/>, places at or above it.
    /// </summary>
    internal static int RankBefore(ReadOnlySpan<char> text, int pieceStart, int from)
    {
        for (int i = Math.Max(from, pieceStart - LabelBefore); i < pieceStart; i++)
        {
            if (!LabelAt(text, i, out int rank, out int end) || end > pieceStart) continue;
            var between = text.Slice(end, pieceStart - end);
            if (between.Trim().TrimStart("：:=＝是「".AsSpan()).Trim().IsEmpty) return rank;
        }
        return -1;
    }

    /// <summary>Whether two ranks are of one kind (both ordinals or both places).</summary>
    internal static bool SameKind(int a, int b) => a >= PlaceRanks == b >= PlaceRanks;

    // 第B段 (rank of B), 乙段 (rank of 乙) or a place (後段: PlaceRanks + its rank) at i; labelEnd just past it.
    private static bool LabelAt(ReadOnlySpan<char> text, int i, out int rank, out int labelEnd)
    {
        rank = -1;
        labelEnd = i;
        if (i + 2 < text.Length && text[i] == '第' && text[i + 2] == '段' && (rank = RankOf(text[i + 1])) >= 0) labelEnd = i + 3;
        else if (i + 1 < text.Length && text[i + 1] == '段' && (rank = Stems.IndexOf(text[i])) >= 0) labelEnd = i + 2;
        else if (PlaceAt(text, i, out int place) is int end and > 0)
        {
            rank = PlaceRanks + place;
            labelEnd = end;
        }
        return labelEnd > i;
    }

    // The end of a place label at i (前段, 中間, 後半段; 前四碼, 末三碼 with the count in count) with its rank, or 0.
    private static int PlaceAt(ReadOnlySpan<char> text, int i, out int rank, out int count)
    {
        rank = -1;
        count = 0;
        if (i >= text.Length || text[i] is not ('前' or '中' or '後' or '末' or '最')) return 0;
        var rest = text.Slice(i);
        // A count first: 中間七位 is a counted place, not 中間 before a piece 七位.
        foreach (var (head, place) in CountedHeads)
        {
            int k = head.Length;
            if (!rest.StartsWith(head.AsSpan(), StringComparison.Ordinal) || k + 1 >= rest.Length) continue;
            int n = CountNumerals.IndexOf(rest[k]);
            if (n < 0 || rest[k + 1] is not ('碼' or '位')) continue;
            rank = place;
            count = n % 9 + 1;
            return i + k + 2;
        }
        foreach (var (word, place) in Places)
        {
            if (!rest.StartsWith(word.AsSpan(), StringComparison.Ordinal)) continue;
            rank = place;
            return i + word.Length;
        }
        return 0;
    }

    private static int PlaceAt(ReadOnlySpan<char> text, int i, out int rank) => PlaceAt(text, i, out rank, out _);

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
            // Round 42 (U44): on a line of its own, a note in brackets (⏎(今天值班 13-21)⏎) or a list item's number (⏎3. 第二段…).
            else if (i > 0 && text[i - 1] == '\n' && (NoteLineLength(text, i) is int note and > 0 || ItemNumberLength(text, i) is int item and > 0))
                i += NoteLineLength(text, i) is int n and > 0 ? n : ItemNumberLength(text, i);
            else break;
        }
        return i;
    }

    // A line that is one note in brackets, its closing bracket ending the line; its length, or 0.
    private static int NoteLineLength(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('(' or '（')) return 0;
        int close = text.Slice(i).IndexOfAny(')', '）');
        int end = i + close + 1;
        return close > 0 && (end == text.Length || text[end] is '\n' or '\r') && text.Slice(i, close).IndexOf('\n') < 0 ? end - i : 0;
    }

    // A list item's number at a line's start (3. , 3、, 3) ) with the blank after it; its length, or 0.
    private static int ItemNumberLength(ReadOnlySpan<char> text, int i)
    {
        int k = i;
        while (k < text.Length && k - i < 2 && text[k] is >= '0' and <= '9') k++;
        if (k == i || k >= text.Length || text[k] is not ('.' or '、' or ')' or '）')) return 0;
        k++;
        while (k < text.Length && text[k] is ' ' or '\u3000') k++;
        return k - i;
    }
}
