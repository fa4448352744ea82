namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 43 (det-pieces43, the "split" tags of sets U44 and U46): a value given in pieces far apart — across an aside of a
/// line or three (a bracketed note, a 備註 block after ---, ……中間被打斷……), across sentences, across the turns of a chat
/// (客服：請提供前六碼 / 民眾：254962 / …) — where a sentence says so: a verb telling the reader to join them (合併, 組回,
/// 接起來, 重組順序, 照順序接), a statement that the value was sent apart (分三則傳, 拆成兩半) or a request for a part by its
/// count (前六碼, 後十碼). Whatever lies between the pieces is not read: only the runs of letters and digits near such a
/// sentence (in any numeral the piece fold reads) are, and a run of them is joined with its neighbours only where the join
/// validates as one value of the type named (checksum, layout, numbering plan, Luhn: <see cref="Pipeline.PiecesReading"/>).
/// Counts, dates, times and amounts among the runs (23個, 115年, 10:03, 3,420) are no pieces.
/// </summary>
internal static class ScatteredPieces
{
    /// <summary>
    /// The characters a search stops at: the one of each joining or parting word that is rarest in prose; two sets of five
    /// or fewer, each one vectorised search (a bit table over seven Han characters cost prose its speed).
    /// </summary>
    private static readonly char[] Triggers = { '併', '起', '組', '接', '碼' }, MoreTriggers = { '則', '拆' };

    /// <summary>Verbs telling the reader to join pieces, and statements that a value was sent apart.</summary>
    private static readonly string[] Words =
    {
        "合併", "併起來", "併成", "接起來", "拼起來", "連起來", "串起來", "組起來", "合起來", "湊起來", "組回", "拼回", "接回",
        "重組", "照順序接", "依序接", "按順序接", "接在一起", "拼在一起", "拼成", "接成",
        "拆開", "拆成", "拆兩", "拆三", "拆四", "拆五",
    };

    /// <summary>Most runs joined, and most runs looked at on either side of a word.</summary>
    private const int MaxPieces = 6;

    /// <summary>How far from the word the pieces may stand, and most characters between two pieces (an aside of three lines).</summary>
    private const int Reach = 320, MaxGap = 160;

    /// <summary>How far before the first piece the value word is looked for.</summary>
    private const int LabelReach = 60;

    /// <summary>Letters and digits a value of any type holds, fewest and most (a 2+2 plate to a 19-digit card).</summary>
    private const int MinJoined = 4, MaxJoined = 19;

    /// <summary>Every join of runs near a joining word, a parting word or a counted request in <paramref name="text"/>.</summary>
    public static void AddFrames(string text, ref List<GivenPieces>? found)
    {
        AddFrames(text, Triggers, ref found);
        AddFrames(text, MoreTriggers, ref found);
    }

    private static void AddFrames(string text, char[] triggers, ref List<GivenPieces>? found)
    {
        var span = text.AsSpan();
        for (int i = text.IndexOfAny(triggers); i >= 0; i = i < text.Length ? text.IndexOfAny(triggers, i) : -1)
        {
            int wordEnd = WordEndAt(span, i, out int wordStart);
            if (wordEnd == 0) { i++; continue; }
            bool counted = span[i] == '碼';
            // A part asked by its count (前六碼) is answered by pieces each after such a count, holding it: no joining verb
            // stands, so nothing before it is read.
            if (!counted) AddBefore(text, wordStart, ref found);
            AddAfter(text, wordEnd, counted ? CountOf(span.Slice(wordStart, wordEnd - wordStart)) : 0, ref found);
            if (!counted) ColumnPieces.AddFrames(text, wordStart, wordEnd, ref found);
            i = wordEnd;
        }
    }

    // The end of a joining or parting word, or of a counted request (前六碼), that holds the trigger at i; 0 where none does.
    private static int WordEndAt(ReadOnlySpan<char> text, int i, out int wordStart)
    {
        wordStart = text[i] switch
        {
            '碼' => CountedPartStart(text, i),
            '則' => SentApartStart(text, i),
            _ => i,
        };
        if (text[i] is '碼' or '則') return wordStart >= 0 ? i + 1 : 0;
        foreach (var word in Words)
        {
            for (int k = word.IndexOf(text[i]); k >= 0; k = word.IndexOf(text[i], k + 1))
            {
                int start = i - k;
                if (start < 0 || start + word.Length > text.Length) continue;
                if (!text.Slice(start, word.Length).SequenceEqual(word.AsSpan())) continue;
                wordStart = start;
                return start + word.Length;
            }
        }
        return 0;
    }

    /// <summary>The heads of a part named by its count (前六碼, 後十碼, 末三碼, 最後四碼, 中間四碼).</summary>
    private static readonly string[] CountedHeads = { "最後", "中間", "前", "後", "末" };

    private const string CountNumerals = "一二兩三四五六七八九十0123456789";

    // Where 前六碼 starts, its 碼 at i: a head, a count of one or two numerals; -1 where none.
    private static int CountedPartStart(ReadOnlySpan<char> text, int i)
    {
        int k = i;
        while (k > 0 && i - k < 2 && CountNumerals.IndexOf(text[k - 1]) >= 0) k--;
        if (k == i) return -1;
        foreach (var head in CountedHeads)
            if (k >= head.Length && text.Slice(k - head.Length, head.Length).SequenceEqual(head.AsSpan())) return k - head.Length;
        return -1;
    }

    // The count a counted part names (前六碼: 6, 後十碼: 10, 前16碼: 16); 0 where it names none.
    private static int CountOf(ReadOnlySpan<char> part)
    {
        int value = 0;
        foreach (char c in part)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : "〇一二三四五六七八九".IndexOf(c) is int han and > 0 ? han : c == '兩' ? 2 : c == '十' ? -1 : -2;
            if (digit == -1) value = value == 0 ? 10 : value * 10;
            else if (digit >= 0) value = value >= 10 && value % 10 == 0 && c is < '0' or > '9' ? value + digit : value * 10 + digit;
        }
        return value;
    }

    // The count of the last counted part in [from, to) (…後十碼 between two answers), 0 where none is.
    private static int LastCountBetween(ReadOnlySpan<char> text, int from, int to)
    {
        for (int k = to - 1; k >= from; k--)
            if (text[k] == '碼' && CountedPartStart(text, k) is int start and >= 0 && start >= from) return CountOf(text.Slice(start, k + 1 - start));
        return 0;
    }

    // Letters and digits a run holds (its blanks and hyphens aside).
    private static int CharactersIn(ReadOnlySpan<char> run)
    {
        int n = 0;
        foreach (char c in run) if (c is not (' ' or '\u3000' or '-') && PieceCharacters.IsPieceCharacter(c)) n++;
        return n;
    }

    // Where 分三則 starts, its 則 at i (a value sent in so many messages); -1 where none.
    private static int SentApartStart(ReadOnlySpan<char> text, int i) =>
        i >= 2 && text[i - 2] == '分' && CountNumerals.IndexOf(text[i - 1]) >= 0 ? i - 2 : -1;

    // The last runs before the word: joined ending at the nearest one, two to MaxPieces of them.
    private static void AddBefore(string text, int wordStart, ref List<GivenPieces>? found)
    {
        Span<(int Start, int End)> runs = stackalloc (int, int)[MaxPieces];
        int count = 0;
        var span = text.AsSpan();
        for (int p = Math.Max(0, wordStart - Reach); p < wordStart; )
        {
            int length = PieceRuns.LengthAt(span, p, wordStart, out bool isPiece);
            if (length == 0) { p++; continue; }
            if (isPiece && !InTableCell(span, p))
            {
                // The last MaxPieces runs are kept.
                if (count == MaxPieces) { runs.Slice(1).CopyTo(runs); count--; }
                runs[count++] = (p, p + length);
            }
            p += length;
        }
        // Longest first: a join of fewer pieces inside it is then no value of its own (PiecesReading.Replace).
        for (int k = count; k >= 2; k--) AddJoins(text, runs.Slice(count - k, k), ref found);
        // Two pieces around a number of the aside (（聯絡電話 0920-…）): the nearest joined with each earlier one.
        Span<(int Start, int End)> pair = stackalloc (int, int)[2];
        for (int k = count - 3; k >= 0; k--)
        {
            (pair[0], pair[1]) = (runs[k], runs[count - 1]);
            AddJoins(text, pair, ref found);
        }
    }

    // The first runs after the word: joined starting at the nearest one. Where the word asks a part by its count
    // (firstCount > 0), each run must hold the count named last before it (前六碼 … 254962 … 後十碼 … 8927336547).
    private static void AddAfter(string text, int wordEnd, int firstCount, ref List<GivenPieces>? found)
    {
        Span<(int Start, int End)> runs = stackalloc (int, int)[MaxPieces];
        int count = 0, asked = firstCount;
        var span = text.AsSpan();
        int to = Math.Min(span.Length, wordEnd + Reach);
        for (int p = wordEnd; p < to && count < MaxPieces; )
        {
            int length = PieceRuns.LengthAt(span, p, to, out bool isPiece);
            if (length == 0) { p++; continue; }
            if (isPiece && !InTableCell(span, p))
            {
                if (firstCount > 0)
                {
                    if (count > 0) asked = LastCountBetween(span, runs[count - 1].End, p);
                    if (asked != CharactersIn(span.Slice(p, length))) break;
                }
                runs[count++] = (p, p + length);
            }
            p += length;
        }
        for (int k = count; k >= 2; k--) AddJoins(text, runs.Slice(0, k), ref found);
        Span<(int Start, int End)> pair = stackalloc (int, int)[2];
        for (int k = 2; k < count; k++)
        {
            (pair[0], pair[1]) = (runs[0], runs[k]);
            AddJoins(text, pair, ref found);
        }
    }

    // A cell of a bar-delimited table: its columns are read down (ColumnPieces), not across rows as prose.
    private static bool InTableCell(ReadOnlySpan<char> text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        return k >= 0 && text[k] is '|' or '｜';
    }

    // The runs joined in the order of their labels where each has one (後段 …（…）前段 …, 第三段 … 第一段 …), else in the
    // order written, and tail first where the first is named as the tail (末三碼 840，前面是 …).
    private static void AddJoins(string text, ReadOnlySpan<(int Start, int End)> runs, ref List<GivenPieces>? found)
    {
        for (int k = 1; k < runs.Length; k++) if (runs[k].Start - runs[k - 1].End > MaxGap) return;
        var span = text.AsSpan();
        if (!NamedNear(span, runs[0].Start, out string label, out string? asked)) return;
        Span<int> order = stackalloc int[runs.Length];
        bool labelled = OrderOfLabels(span, runs, order);
        if (Joined(span, runs, order) is string joined) Add(runs, label, asked, joined, ref found);
        if (labelled || !NamedAsTail(span, runs[0].Start)) return;
        for (int k = 0; k < order.Length; k++) order[k] = runs.Length - 1 - k;
        if (Joined(span, runs, order) is string backwards) Add(runs, label, asked, backwards, ref found);
    }

    // The pieces' indexes in the order of their labels (true), or as written where a piece has none or two share a rank.
    private static bool OrderOfLabels(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> runs, Span<int> order)
    {
        Span<int> ranks = stackalloc int[runs.Length];
        for (int k = 0; k < runs.Length; k++)
        {
            order[k] = k;
            ranks[k] = LabelledSegments.RankBefore(text, runs[k].Start, k == 0 ? 0 : runs[k - 1].End);
        }
        for (int k = 0; k < runs.Length; k++)
        {
            if (ranks[k] < 0 || !LabelledSegments.SameKind(ranks[k], ranks[0])) return false;
            for (int j = 0; j < k; j++) if (ranks[j] == ranks[k]) return false;
        }
        // A few pieces: sorted by insertion.
        for (int k = 1; k < order.Length; k++)
            for (int j = k; j > 0 && ranks[order[j - 1]] > ranks[order[j]]; j--) (order[j - 1], order[j]) = (order[j], order[j - 1]);
        return true;
    }

    private static void Add(ReadOnlySpan<(int Start, int End)> runs, string label, string? asked, string joined, ref List<GivenPieces>? found) =>
        (found ??= new List<GivenPieces>()).Add(new GivenPieces(label, asked, typeAsked: false, joined, runs.Length,
            runs[0].Start, runs[runs.Length - 1].End, pieceSpans: runs.ToArray()));

    // The value word before the first piece (卡號前六碼, 手機末三碼), or a number of any type where none is named — unless
    // the sentence names another kind of number (他的編號我分成幾行: a serial, an order, a model).
    private static bool NamedNear(ReadOnlySpan<char> text, int start, out string label, out string? asked)
    {
        int from = Math.Max(0, start - LabelReach);
        var before = text.Slice(from, start - from);
        if (AskedValues.TryFindLast(before, out label, out asked)) return asked != AskedValues.NotPersonal;
        (label, asked) = ("號碼", AskedValues.AnyPersonal);
        return !NamesOtherNumber(before);
    }

    /// <summary>Whether <paramref name="before"/> names a number that is no personal value (序號, 型號, 料號, 案號…).</summary>
    internal static bool NamesOtherNumber(ReadOnlySpan<char> before)
    {
        foreach (var word in OtherNumbers) if (before.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Words naming a number that is no personal value, where no value word is named.</summary>
    private static readonly string[] OtherNumbers = { "編號", "序號", "流水號", "型號", "代號", "批號", "貨號", "料號", "單號", "案號" };

    /// <summary>Words naming a piece as the value's tail, written just before it (末三碼 840, 後段 8747, 最後 …).</summary>
    private const int TailReach = 6;

    private static bool NamedAsTail(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - TailReach);
        var before = text.Slice(from, start - from);
        return before.IndexOf('末') >= 0 || before.IndexOf('後') >= 0;
    }

    [ThreadStatic] private static System.Text.StringBuilder? t_joined;

    // The runs folded and joined in the given order, or null where a run folds to nothing or the join is no value's length.
    private static string? Joined(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> runs, ReadOnlySpan<int> order)
    {
        // Counted first, so a join of no value's length allocates nothing (hard negatives scan without allocating).
        int total = 0;
        foreach (var (start, end) in runs) total += CharactersIn(text.Slice(start, end - start));
        if (total is < MinJoined or > MaxJoined) return null;
        // One builder per thread, reused: a join that folds to nothing allocates nothing.
        var joined = t_joined ??= new System.Text.StringBuilder(MaxJoined * 2);
        joined.Clear();
        for (int k = 0; k < runs.Length; k++)
        {
            var (start, end) = runs[order[k]];
            if (PieceCharacters.Append(text.Slice(start, end - start), joined) <= 0) return null;
        }
        int length = joined.Length;
        return length is >= MinJoined and <= MaxJoined ? joined.ToString() : null;
    }
}
