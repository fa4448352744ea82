namespace DataGuard.Detection.Normalization;

/// <summary>
/// Sentences telling the reader to join a value sent in pieces ("分兩則傳，下一則接著：", "（上面幾行合起來）", "手機號碼被拆成三
/// 則，自己接", "第二行接第一行", "join the two lines"). Where one stands near a line break after a value's piece, the
/// filler walk (<see cref="ChainReader.LineWrapEnd"/>) reads on across what a writer puts between pieces sent as
/// separate messages or lines: blank lines, a list item's number, the next message's sender. Whether the pieces make a
/// value stays with the recognizers (checksum; numbering plan and a phone word; issuer, Luhn and a card word).
/// Round 36 (categories of sets U29, U30).
/// </summary>
internal static class JoiningInstructions
{
    /// <summary>The words of such a sentence: joining verbs and the count of pieces or messages it was sent in.</summary>
    private static readonly string[] Phrases =
    {
        "接起來", "合起來", "連起來", "串起來", "拼起來", "接在一起", "合併", "自己接", "接著打", "接著", "接第一", "接上一",
        "分兩則", "分三則", "分幾則", "分兩次", "分三次", "分兩行", "分三行", "分行打", "分開打", "分兩段", "分三段",
        "拆成", "拆開", "拆兩", "拆三", "前半", "前段", "第一段",
        "join", "combine", "put together", "first part", "split into",
        // Round 37 (categories of sets U31, U32)
        "分開", "分段", "分成", "照順序", "中間不用管", "接上",
        // Round 38 (categories of sets U33, U34): sent again in pieces, continued on the next line, in two cells
        "再傳一次", "接下行", "下一行", "分兩格", "分幾行", "後段",
    };

    /// <summary>How far before a line break, and after it, such a sentence is looked for: a message or two around the pieces.</summary>
    private const int ReachBefore = 120, ReachAfter = 80;

    /// <summary>Whether such a sentence stands near the line break at <paramref name="at"/>.</summary>
    public static bool StatedNear(ReadOnlySpan<char> text, int at)
    {
        // Asked at every piece of one character a filler walk reads, too: a prompt whose one pass of the scan found none of
        // the phrases anywhere holds none near any break.
        if (!Scoring.ContextWordIndex.MayOccurInScannedText(PhrasesListId, text)) return false;
        int from = Math.Max(0, at - ReachBefore);
        // (the window's character pairs summed up first: a phrase whose first two are never next to each other is not searched)
        return Scoring.ContextWord.AnyIn(PhraseWords, text.Slice(from, Math.Min(text.Length, at + ReachAfter) - from));
    }

    /// <summary>The phrases as context words; an English one counts glued to other letters too (joined, combined).</summary>
    private static readonly Scoring.ContextWord[] PhraseWords = Scoring.ContextWord.All(Phrases, insideWords: true);

    /// <summary>The phrases as a list of the scan's one pass over a prompt (<see cref="Scoring.ContextVocabulary"/>).</summary>
    private static readonly int PhrasesListId = Scoring.ContextVocabulary.RegisterList(Scoring.ContextWord.All(Phrases));

    /// <summary>
    /// Length of a quotation mark opening the line of a later piece, with the blanks after it (">> 204637", "＞ 31726958"),
    /// or 0: a writer sending a value line by line marks each continuation so (round 37, categories of set U32). Only where
    /// a joining sentence stands near the line break at <paramref name="lineBreak"/>: a reply's quoted lines are other text.
    /// </summary>
    public static int QuoteMarkLength(ReadOnlySpan<char> text, int lineStart, int lineBreak)
    {
        int i = lineStart;
        while (i < text.Length && i - lineStart < 2 && text[i] is '>' or '＞') i++;
        if (i == lineStart || i >= text.Length || text[i] is not (' ' or '\u3000') || !StatedNear(text, lineBreak)) return 0;
        // Round 42 (det-pieces42, U44): an invisible character typed after the mark (">> \u00AD8") is part of the mark's gap.
        i = Blanks.Skip(text, i);
        while (i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Invisible) i++;
        return i - lineStart;
    }

    /// <summary>
    /// Whether the bar at <paramref name="i"/> parts pieces of one value ("0931 524 8｜06", "0987-｜215360", "5120 ｜37｜81"): a
    /// bar glued to the next piece's digit where a joining sentence stands near (round 37, categories of set U32). A table's
    /// cell break has blanks on both sides, or no such sentence.
    /// </summary>
    public static bool IsPieceBar(ReadOnlySpan<char> text, int i) =>
        text[i] is '｜' or '|' && i + 1 < text.Length && CharFolding.KindOf(text[i + 1]) == CharKind.Digit && StatedNear(text, i);

    /// <summary>Most blank lines read between two pieces.</summary>
    private const int MaxBlankLines = 2;

    /// <summary>Length of the blank lines (only blanks before their break) that start at <paramref name="lineStart"/>, or 0.</summary>
    public static int BlankLinesLength(ReadOnlySpan<char> text, int lineStart)
    {
        int i = lineStart, end = lineStart;
        for (int lines = 0; lines < MaxBlankLines; lines++)
        {
            while (i < text.Length && text[i] is ' ' or '\u3000' or '\t') i++;
            int lineBreak = i < text.Length ? ChainReader.LineBreakLength(text, i) : 0;
            if (lineBreak == 0) break;
            i += lineBreak;
            end = i;
        }
        return end - lineStart;
    }

    /// <summary>Longest label of a piece's message read across: a sender with the minute, "訊息2".</summary>
    private const int MaxLabel = 16;

    /// <summary>
    /// Length of what opens the line of a later piece, with the blanks after it, or 0: a list item's number ("2. ", "3) ",
    /// "2、") or a short label closed by a colon ("林巡佐 (23分)：", "訊息2：").
    /// </summary>
    public static int PieceLabelLength(ReadOnlySpan<char> text, int lineStart)
    {
        int i = lineStart;
        if (i + 1 < text.Length && text[i] is >= '1' and <= '9' && text[i + 1] is '.' or ')' or '、' or '）')
            return Blanks.Skip(text, i + 2) - lineStart;
        bool named = false; // "12:05 …" is a time, not a sender
        for (; i < text.Length && i - lineStart < MaxLabel; i++)
        {
            char c = text[i];
            if (c is ':' or '：') return named ? Blanks.Skip(text, i + 1) - lineStart : 0;
            if (c is '\n' or '\r' or '，' or '。') return 0;
            named |= CharFolding.IsHan(c) || AsciiChars.IsLetter(c);
        }
        return 0;
    }
}
