namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 46 (det-spelled46, U52's "split"): a value sent as a first part, a marker saying the rest follows, and the rest —
/// 0969 550……先這樣，剩下的是 037; ST-」，接著「195; 0961-⏎（下一則）218348; TTL-⏎⏎—— 補充：後段 0756; N5- / 續：6716 —
/// whatever disguise each part wears. The bridge between the parts is read by its grammar: marks only (quotes, brackets,
/// commas, dashes, slashes, ellipses, line breaks, blanks) around at least one word that says the value goes on (續, 補充,
/// 下一則, 接著, 先這樣, 剩下的是, 後段, the phrases of <see cref="NextPartWords"/>). The two parts, as written, are read
/// together by the whole engine after the value word before them (<see cref="Pipeline.PiecesReading"/>'s reading across written
/// segments), so a join is kept only where the type's own validator takes it; an amount then a date, a count then a time,
/// stay what they are.
/// </summary>
internal static class ContinuationMarkers
{
    /// <summary>
    /// Words that say the rest of a value follows, longest first; each starts with one of <see cref="Openers"/>. The first
    /// <see cref="RestWordCount"/> say so alone (續, 補充, 下一則, 剩下的是); the words after them only order what is said
    /// (然後, 接著, 再來) and join parts only where the writer closed a quote or a message between them (」，接著「, ⏎然後).
    /// </summary>
    private static readonly string[] Words =
    {
        "剩下的是", "後半段", "先這樣", "下一則", "剩下的", "其餘是", "另一半", "繼續", "待續", "後段", "後半", "剩下", "下則", "補充", "其餘",
        "續", "未完", "接續", "下段", "下文",
        "接下來是", "再來是", "然後是", "最後是", "接下來", "接著", "再來", "然後",
    };

    /// <summary>How many of <see cref="Words"/> say alone that the rest follows.</summary>
    private const int RestWordCount = 20;

    /// <summary>The first characters of <see cref="Words"/>: the search stops only there (a bit table; no allocation per scan).</summary>
    private static readonly Pipeline.CharSearch Openers = new(OpenersOf());

    /// <summary>Most characters between the two parts, marks and words together.</summary>
    private const int MaxBridge = 24;

    /// <summary>Most characters one part spans (a card's first twelve digits spaced out).</summary>
    private const int MaxPart = 24;

    /// <summary>Fewest letters and digits the two parts hold together (a 2+2 plate).</summary>
    private const int MinCharacters = 4;

    private static string OpenersOf()
    {
        var openers = new List<char>();
        foreach (var word in Words) if (!openers.Contains(word[0])) openers.Add(word[0]);
        return new string(openers.ToArray());
    }

    private static int NextOpener(string text, int from)
    {
        if (from >= text.Length) return -1;
        int hit = Openers.IndexOfAny(text.AsSpan(from));
        return hit < 0 ? -1 : from + hit;
    }

    /// <summary>Every value parted by a continuation marker in <paramref name="text"/>, added to <paramref name="found"/>.</summary>
    public static void AddFrames(string text, ref List<GivenPieces>? found)
    {
        for (int i = NextOpener(text, 0); i >= 0; i = NextOpener(text, i + 1))
        {
            if (Read(text, i) is not GivenPieces pieces) continue;
            (found ??= new List<GivenPieces>()).Add(pieces);
            i = Math.Max(i, pieces.End - 1);
        }
    }

    /// <summary>The two parts around the continuation word at <paramref name="word"/>, or null where none stands there.</summary>
    public static GivenPieces? Read(string text, int word)
    {
        var span = text.AsSpan();
        // Prose's 後, 接, 再 stand after a word: a mark or a part's character right before the word is the cheap first test.
        if (word == 0 || !IsBridgeMark(span[word - 1]) && !IsPartCharacterBefore(span, word) || WordLength(span, word) == 0) return null;
        int firstEnd = word;
        while (firstEnd > 0 && word - firstEnd < MaxBridge && IsBridgeMark(span[firstEnd - 1])) firstEnd--;
        if (firstEnd == 0 || !EndsPiece(span, firstEnd)) return null;
        if (firstEnd < word && CharFolding.IsHyphen(span[firstEnd])) firstEnd++; // the hyphen typed onto the first part (TTL-) is a plate's
        int secondStart = BridgeEnd(span, word, firstEnd);
        if (secondStart < 0) return null;
        int firstStart = PartStart(span, firstEnd), secondEnd = PartEnd(span, secondStart);
        if (Characters(span, firstStart, firstEnd) + Characters(span, secondStart, secondEnd) < MinCharacters) return null;
        if (!OrdinalDescriptions.LabelAround(span, firstStart, secondEnd, out string label, out string? asked)) return null;
        var joined = new System.Text.StringBuilder();
        joined.Append(text, firstStart, firstEnd - firstStart);
        int at = joined.Length;
        joined.Append(text, secondStart, secondEnd - secondStart);
        var segments = new[] { (firstStart, firstEnd, 0), (secondStart, secondEnd, at) };
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), 2, firstStart, secondEnd,
            pieceSpans: new[] { (firstStart, firstEnd), (secondStart, secondEnd) }, writtenSegments: segments);
    }

    // From the word at `word` on, past words and marks to where the second part starts; -1 where something else stands
    // first or the bridge runs too long.
    private static int BridgeEnd(ReadOnlySpan<char> text, int word, int firstEnd)
    {
        bool says = false, closed = false;
        for (int k = firstEnd; k < word; k++) closed |= ClosesMessage(text[k]);
        int i = word;
        while (i < text.Length && i - firstEnd <= MaxBridge)
        {
            if (IsBridgeMark(text[i]))
            {
                closed |= ClosesMessage(text[i]);
                i++;
            }
            else if (WordLength(text, i, out bool alone) is int length and > 0)
            {
                says |= alone;
                i += length;
            }
            else if (NextPartWords.MayStartWith(text[i]) && NextPartWords.LengthAt(text, i) is int phrase and > 0)
            {
                says = true;
                i += phrase;
            }
            else return StartsPiece(text, i) && i - firstEnd <= MaxBridge && (says || closed) ? i : -1;
        }
        return -1;
    }

    // A quote or bracket closed or opened, or a line break: the writer ended one message or quoted part and began another.
    private static bool ClosesMessage(char c) => c is '\n' or '」' or '「' or '『' or '』' or '"' or '“' or '”' or '（' or '）' or '(' or ')';

    private static int WordLength(ReadOnlySpan<char> text, int i) => WordLength(text, i, out _);

    private static int WordLength(ReadOnlySpan<char> text, int i, out bool alone)
    {
        for (int k = 0; k < Words.Length; k++)
        {
            if (!text.Slice(i).StartsWith(Words[k].AsSpan(), StringComparison.Ordinal)) continue;
            alone = k < RestWordCount;
            return Words[k].Length;
        }
        alone = false;
        return 0;
    }

    /// <summary>
    /// Marks a writer puts around a continuation word: blanks and line breaks, quotes, brackets, commas, colons, dashes,
    /// slashes, ellipses, arrows and symbols.
    /// </summary>
    private static bool IsBridgeMark(char c) =>
        c is '\n' or '\r' or '\t' or '」' or '「' or '『' or '』' or '"' or '“' or '”' or '\'' or '，' or ',' or '、' or '…' or '⋯' or '。' or '.'
            or '—' or '–' or '─' or '-' or '/' or '／' or '：' or ':' or '（' or '）' or '(' or ')' or '[' or ']' or '【' or '】' or '|' or '>' or '；' or ';'
        || Blanks.IsOrNoBreak(c) || CharFolding.IsSymbolMark(c) || CharFolding.KindOf(c) == CharKind.Invisible;

    // Whether a letter or digit of a part (any numeral the folding or the sound-alike table reads, a styled digit outside
    // the BMP) ends right before `end`, a hyphen after it allowed (ST-」).
    private static bool EndsPiece(ReadOnlySpan<char> text, int end) =>
        IsPartCharacterBefore(text, end) || end > 1 && CharFolding.IsHyphen(text[end - 1]) && IsPartCharacterBefore(text, end - 1);

    private static bool StartsPiece(ReadOnlySpan<char> text, int i) =>
        i < text.Length && (IsPartCharacterAt(text, i) || CharFolding.IsHyphen(text[i]) && IsPartCharacterAt(text, i + 1));

    // Back from `end` over the part's characters, and single blanks or hyphens between them: where the first part starts.
    private static int PartStart(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (start > 0 && end - start < MaxPart)
        {
            if (WordBefore(text, start)) break;
            if (IsPartCharacterBefore(text, start)) start -= char.IsLowSurrogate(text[start - 1]) ? 2 : 1;
            else if (start > 1 && IsJoint(text[start - 1]) && IsPartCharacterBefore(text, start - 1)) start--;
            else break;
        }
        return start;
    }

    // On from `start` over the part's characters and single blanks or hyphens between them: where the second part ends.
    private static int PartEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        if (end < text.Length && CharFolding.IsHyphen(text[end])) end++;
        while (end < text.Length && end - start < MaxPart)
        {
            if (WordAt(text, end)) break;
            if (IsPartCharacterAt(text, end)) end += char.IsHighSurrogate(text[end]) ? 2 : 1;
            else if (IsJoint(text[end]) && IsPartCharacterAt(text, end + 1)) end++;
            else break;
        }
        return end;
    }

    /// <summary>Most ASCII letters glued together in a part (a plate's three); more make an English word ("part", "then").</summary>
    private const int MaxLetterRun = 3;

    // Whether an English word of more letters than a part holds ends right before `end` / starts at `i`.
    private static bool WordBefore(ReadOnlySpan<char> text, int end)
    {
        int k = end;
        while (k > 0 && AsciiChars.IsLetter(text[k - 1])) k--;
        return end - k > MaxLetterRun;
    }

    private static bool WordAt(ReadOnlySpan<char> text, int i)
    {
        int k = i;
        while (k < text.Length && AsciiChars.IsLetter(text[k])) k++;
        return k - i > MaxLetterRun;
    }

    private static bool IsJoint(char c) => c is ' ' or '\u3000' || CharFolding.IsHyphen(c);

    private static int Characters(ReadOnlySpan<char> text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
            if (IsPartCharacterAt(text, i)) count++;
        return count;
    }

    private static bool IsPartCharacterBefore(ReadOnlySpan<char> text, int end) =>
        end > 0 && (char.IsLowSurrogate(text[end - 1]) ? end > 1 && IsPartCharacterAt(text, end - 2) : IsPartCharacterAt(text, end - 1));

    // A character a part is written in: what the fold reads as a letter or digit (not a Han word character: 先 is none),
    // a sound-alike digit, or a styled letter or digit outside the BMP (𝐒, 𝟎).
    private static bool IsPartCharacterAt(ReadOnlySpan<char> text, int i)
    {
        if (i < 0 || i >= text.Length) return false;
        char c = text[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < text.Length && CharFolding.TryFoldSupplementary(c, text[i + 1], out var wide) && wide.Kind is CharKind.Digit or CharKind.Letter;
        return PieceCharacters.IsPieceCharacter(c) && !CharFolding.IsHyphen(c);
    }
}
