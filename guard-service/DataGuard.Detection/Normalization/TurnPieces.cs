namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 44 (det-turns44, the "split" tag of set U48): a value dictated across the turns of a chat or a transcript — one
/// turn gives its first part (前面是 M190694, 我先給你前面：洞勾三八), the other party answers (好的，請繼續, 嗯, OK), and the
/// next turn of the same speaker opens with wording that continues it (接下來是 975, 後面接 51098, 後半段, 剩下的, the rest
/// is, 後面我再打：…). The chain reader already joins such a part and its continuation when they stand in one message
/// (<see cref="NextPartWords"/>); a turn between them, with its speaker tag, ends it. Here the messages are put together
/// with the other party's turns left out — the first message as written, then each continuing message after one
/// continuing phrase the chain reader knows — and the whole engine reads the result (<see cref="Pipeline.PiecesReading"/>):
/// a value of the type named that runs from the first message into a later one is kept, over its own characters only.
/// Also within one line, where the continuing wording follows a full stop or a comma (P8347。後面我再打：74838).
/// </summary>
internal static class TurnPieces
{



    /// <summary>
    /// The continuing phrase written between the parts in the reading: one <see cref="NextPartWords"/> reads, so the chain
    /// reader joins what stands on either side of it as it joins 0912，接下來是 345678 typed in one message.
    /// </summary>
    internal const string Bridge = " 接下來是";

    /// <summary>Most turns of the other party (or notes) passed over between two parts, and most continuing messages.</summary>
    private const int MaxSkipped = 3, MaxParts = 4;

    /// <summary>Longest message read as a part or a continuation (a sentence that names the value, then its part).</summary>
    private const int MaxMessage = 120;

    /// <summary>
    /// Every frame of a value continued over turns in <paramref name="text"/>. Round 45 (det-turns45): only the candidates
    /// <see cref="TurnCandidates"/> finds are read — prose paid 14 % of its scan when every line's prefix and every comma
    /// was looked at in full.
    /// </summary>
    public static void AddFrames(string text, ref List<GivenPieces>? found)
    {
        var span = text.AsSpan();
        var candidates = new TurnCandidates(span);
        for (int i = candidates.Next(0); i >= 0 && i + 1 < text.Length; i = candidates.Next(i + 1))
        {
            bool turn = span[i] == '\n';
            int phrase = turn ? MessageStartOf(span, i + 1) : Blanks(span, i + 1);
            if (phrase >= span.Length || !ContinuingWords.MayStart(span[phrase])) continue;
            int phraseLength = ContinuingWords.LengthAt(span, phrase, nextPartWords: turn);
            if (phraseLength == 0) continue;
            // Within a message the chain reader decides at its own phrases (帳號 0912，後半段是 …): none is read again here.
            if (!turn && (NextPartWords.LengthAt(span, phrase) > 0 || NextPartWords.EnglishLengthAt(span, phrase) > 0)) continue;
            if (Read(text, i, phrase, phraseLength, ref found) is GivenPieces pieces)
            {
                if (!ReferenceEquals(found![found.Count - 1], pieces)) found.Add(pieces);
                i = pieces.End - 1;
            }
        }
    }

    /// <summary>
    /// Whether the clause mark at <paramref name="mark"/> may end a first part within its message (P8347。後面…): a piece
    /// right before it, and right after it (past one blank) a character one of <see cref="ContinuingWords"/>' own phrases
    /// starts with — prose's commas pass at two character tests.
    /// </summary>
    internal static bool MayContinueAfterClause(ReadOnlySpan<char> text, int mark)
    {
        if (mark == 0 || mark + 1 >= text.Length) return false;
        char next = text[mark + 1] == ' ' && mark + 2 < text.Length ? text[mark + 2] : text[mark + 1];
        return ContinuingWords.MayStartOwn(next) && PieceCharacters.IsPieceCharacter(text[mark - 1]);
    }

    // The first part (the message before the mark at `mark`), then each continuing message from the one at `phrase` on.
    private static GivenPieces? Read(string text, int mark, int phrase, int phraseLength, ref List<GivenPieces>? found)
    {
        var span = text.AsSpan();
        var first = span[mark] == '\n' ? FirstPartBefore(span, mark) : SameLinePart(span, mark);
        if (first.Start < 0) return null;
        Span<(int Start, int End)> parts = stackalloc (int, int)[MaxParts + 1];
        parts[0] = first;
        int count = 1;
        int secondStart = Blanks(span, phrase + phraseLength);
        int lineEnd = LineEnd(span, secondStart);
        if (!StartsPiece(span, secondStart) || lineEnd - secondStart > MaxMessage) return null;
        parts[count++] = (secondStart, TrimEnd(span, secondStart, lineEnd));
        // Later continuing messages of the same speaker (最後是 …), the other party's turns between passed over.
        var speaker = span[mark] == '\n' ? SpeakerAt(span, mark + 1) : default;
        while (count <= MaxParts && NextContinuation(span, parts[count - 1].End, speaker, out var next)) parts[count++] = next;
        int from = Math.Max(0, first.Start - LabelReach);
        if (!Named(span.Slice(from, parts[count - 1].End - from), out string label, out string? asked)) return null;
        var written = Pieces(text, parts.Slice(0, count), label, asked);
        (found ??= new List<GivenPieces>()).Add(written);
        // The same parts as pieces folded and glued (a plate cut inside a group, AB + C1234, which the chain reader does not
        // join across a phrase): the run of piece characters ending the first message and opening each later one.
        return EdgeRuns(text, parts.Slice(0, count), label, asked) ?? written;
    }

    /// <summary>How far before the first part the value word is looked for (the sentence that asked for it or gave it).</summary>
    private const int LabelReach = 80;

    // The value word nearest before the last part, or any personal type where only 號碼 or nothing names it — unless the
    // text names no personal value (案號, 訂單, 金額: AskedValues.NotPersonal).
    private static bool Named(ReadOnlySpan<char> span, out string label, out string? asked)
    {
        if (AskedValues.TryFindLast(span, out label, out asked)) return asked != AskedValues.NotPersonal;
        (label, asked) = ("號碼", AskedValues.AnyPersonal);
        return true;
    }

    private static GivenPieces Pieces(string text, ReadOnlySpan<(int Start, int End)> parts, string label, string? asked)
    {
        var joined = new System.Text.StringBuilder();
        var segments = new (int Start, int End, int At)[parts.Length];
        for (int k = 0; k < parts.Length; k++)
        {
            if (k > 0) joined.Append(Bridge);
            segments[k] = (parts[k].Start, parts[k].End, joined.Length);
            joined.Append(text, parts[k].Start, parts[k].End - parts[k].Start);
        }
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), parts.Length, parts[0].Start, parts[parts.Length - 1].End,
            pieceSpans: parts.ToArray(), writtenSegments: segments);
    }

    // The folded pieces: the run of piece characters that ends the first part and the one that opens each later part,
    // each run whole to its edge; null where a run folds to nothing.
    private static GivenPieces? EdgeRuns(string text, ReadOnlySpan<(int Start, int End)> parts, string label, string? asked)
    {
        var span = text.AsSpan();
        var spans = new (int Start, int End)[parts.Length];
        var joined = new System.Text.StringBuilder();
        for (int k = 0; k < parts.Length; k++)
        {
            var (start, end) = parts[k];
            if (k == 0) { int run = end; while (run > start && InRun(span, run - 1, start, end)) run--; start = run; }
            else { int run = start; while (run < end && InRun(span, run, start, end)) run++; end = run; }
            while (start < end && span[start] is ' ' or '\u3000' or '-') start++;
            while (end > start && span[end - 1] is ' ' or '\u3000' or '-') end--;
            if (end <= start || PieceCharacters.Append(span.Slice(start, end - start), joined) <= 0) return null;
            spans[k] = (start, end);
        }
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), parts.Length, spans[0].Start, spans[parts.Length - 1].End, pieceSpans: spans,
            aboveMistyped: true);
    }

    // A piece character (not a sound-alike common in prose: 前面是 AB), or one blank or hyphen between two.
    private static bool InRun(ReadOnlySpan<char> text, int i, int start, int end)
    {
        char c = text[i];
        if (c is ' ' or '\u3000' or '-') return i > start && i + 1 < end && IsRunCharacter(text[i - 1]) && IsRunCharacter(text[i + 1]);
        return IsRunCharacter(c);
    }

    private static bool IsRunCharacter(char c) => PieceCharacters.IsPieceCharacter(c) && !SoundAlikeTable.IsCommonInProse(c) && !IsLoneHyphen(c);

    // The message before the line break at `lineBreak` that holds a part: the nearest earlier line whose message holds a
    // letter or digit, past at most MaxSkipped lines of another speaker or notes that hold none; the same speaker as the
    // continuing line where both have one. (-1, -1) where none.
    private static (int Start, int End) FirstPartBefore(ReadOnlySpan<char> text, int lineBreak)
    {
        var speaker = SpeakerAt(text, lineBreak + 1);
        int end = lineBreak;
        for (int skipped = 0; skipped <= MaxSkipped && end > 0; skipped++)
        {
            int start = LineStartBefore(text, end);
            int message = MessageStartOf(text, start);
            var said = (Start: message, End: TrimEnd(text, message, end));
            // The other party's turn is passed over whatever it holds (好，後六碼呢); where no speaker is named, a line
            // with no letter or digit, or an acknowledgement (OK).
            bool other = speaker.Length > 0 && !SpeakerAt(text, start).SequenceEqual(speaker);
            if (!other && said.End > said.Start && IsPart(text.Slice(said.Start, said.End - said.Start)))
                return said.End - said.Start <= MaxMessage ? said : (-1, -1);
            end = start - 1;
        }
        return (-1, -1);
    }

    // The message that ends at the clause mark `mark` on its own line: from the message start to the mark.
    private static (int Start, int End) SameLinePart(ReadOnlySpan<char> text, int mark)
    {
        int start = MessageStartOf(text, LineStartBefore(text, mark));
        int end = TrimEnd(text, start, mark);
        if (end <= start || mark - start > MaxMessage || !HoldsPiece(text.Slice(start, end - start))) return (-1, -1);
        return (start, end);
    }

    // The next continuing message after `from` (its own line, past other speakers' turns that hold no letter or digit).
    private static bool NextContinuation(ReadOnlySpan<char> text, int from, ReadOnlySpan<char> speaker, out (int Start, int End) next)
    {
        next = default;
        int line = LineEnd(text, from);
        for (int skipped = 0; skipped <= MaxSkipped && line + 1 < text.Length; skipped++)
        {
            int start = line + 1, end = LineEnd(text, start);
            int message = MessageStartOf(text, start);
            if (speaker.Length > 0 && !SpeakerAt(text, start).SequenceEqual(speaker)) { line = end; continue; }
            int phrase = ContinuingWords.LengthAt(text, message);
            if (phrase > 0)
            {
                int part = Blanks(text, message + phrase);
                if (!StartsPiece(text, part) || end - part > MaxMessage) return false;
                next = (part, TrimEnd(text, part, end));
                return true;
            }
            if (IsPart(text.Slice(message, end - message))) return false;
            line = end;
        }
        return false;
    }

    // Where the message of the line at lineStart begins: past a chat prefix (ChatLine), a quote mark ("> ") or a speaker
    // word of any script before a colon (User:, Assistant:, 問：, 民眾：).
    private static int MessageStartOf(ReadOnlySpan<char> text, int lineStart)
    {
        int message = ChatLine.MessageStart(text, lineStart);
        // (a "name" that holds a value word is the value's label: 手機前半段：0935)
        if (message >= 0 && !AskedValues.TryFindLast(text.Slice(lineStart, message - lineStart), out _, out _)) return message;
        int i = Blanks(text, lineStart);
        while (i < text.Length && text[i] is '>' or '＞') i = Blanks(text, i + 1);
        int name = SpeakerWordLength(text, i);
        return name > 0 ? Blanks(text, i + name) : i;
    }

    /// <summary>Longest speaker word taken before its colon: Latin (Assistant) and Han (民眾, 承辦人員).</summary>
    private const int MaxSpeaker = 12, MaxHanSpeaker = 4;

    // A speaker word and its colon at i (Assistant:, Q:, 答：), letters only; 0 where none.
    private static int SpeakerWordLength(ReadOnlySpan<char> text, int i)
    {
        int k = i;
        while (k < text.Length && k - i < MaxSpeaker && AsciiChars.IsLetter(text[k])) k++;
        if (k == i) while (k < text.Length && k - i < MaxHanSpeaker && CharFolding.IsHan(text[k])) k++;
        // 手機：, 身分證前半段： name the value, not a speaker
        if (k == i || k >= text.Length || text[k] is not (':' or '：') || AskedValues.TryFindLast(text.Slice(i, k - i), out _, out _)) return 0;
        return k + 1 - i;
    }

    // The speaker of the line at lineStart: the characters before its message, blanks and marks aside; empty where none.
    private static ReadOnlySpan<char> SpeakerAt(ReadOnlySpan<char> text, int lineStart)
    {
        if (lineStart >= text.Length) return default;
        int message = MessageStartOf(text, lineStart);
        var prefix = text.Slice(lineStart, message - lineStart).Trim();
        // A time stamp differs from turn to turn: the name is what follows the last blank or bracket.
        int cut = prefix.LastIndexOfAny(' ', ']', '\t');
        return (cut >= 0 && cut < prefix.Length - 1 ? prefix.Slice(cut + 1) : prefix).TrimEnd(':').TrimEnd('：');
    }

    /// <summary>Acknowledgements typed in Latin letters, which hold letters and no part (OK, yes, go on).</summary>
    private static readonly string[] Acknowledgements = { "ok", "okay", "yes", "got it", "go on", "sure", "ok, go on" };

    // A message that may hold a part: a letter or digit, and no acknowledgement alone.
    private static bool IsPart(ReadOnlySpan<char> message)
    {
        var trimmed = message.TrimEnd(".!。！，, ".AsSpan());
        return HoldsPiece(trimmed) && !WordLists.IsAny(trimmed, Acknowledgements, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HoldsPiece(ReadOnlySpan<char> message)
    {
        // letters and digits of any numeral; sound-alike digits alone (請說後半段) make no part
        foreach (char c in message) if (CharFolding.KindOf(c) is CharKind.Digit or CharKind.Letter) return true;
        return false;
    }

    private static bool IsLoneHyphen(char c) => c is '-' or '－' or '‐';

    // A part starts with a letter, a digit or a numeral (past a colon the phrase left).
    private static bool StartsPiece(ReadOnlySpan<char> text, int i) =>
        i < text.Length && PieceCharacters.IsPieceCharacter(text[i]) && !IsLoneHyphen(text[i]);

    private static int Blanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\t' or ':' or '：') i++;
        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\u3000' or '\t' or '\r' or '。' or '，' or '；' or ';' or '！' or '!') end--;
        return end;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int i)
    {
        int end = text.Slice(i).IndexOf('\n');
        return end < 0 ? text.Length : i + end;
    }

    private static int LineStartBefore(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && text[i - 1] != '\n') i--;
        return i;
    }
}
