using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40, U40's "split" tag): a value sent over chat messages in pieces to get past a filter — one speaker
/// asks for it (車牌給一下, 那個證號給我, 車牌幾號), the other may say so (系統會擋，我分開傳), then sends the pieces one message
/// each, interrupted by the asker's 繼續, by (被打斷), 先這樣 or emoji-only messages of the sender's own, or by a third
/// speaker, until the asker answers (OK, 收到) or the chat ends. The pieces are joined in order as the type asked for.
/// </summary>
internal static class ChatPieces
{
    /// <summary>The words of a request closing the asker's message.</summary>
    private static readonly string[] Requests = { "給我一下", "給一下", "給我", "幾號", "多少" };

    /// <summary>The asker's words that only let the sender go on (not an answer that ends the pieces).</summary>
    private static readonly string[] GoOn = { "繼續", "接著", "接着", "然後呢", "再來", "還有呢", "嗯", "請說" };

    /// <summary>Most messages read after the request (pieces and interruptions together).</summary>
    private const int MaxMessages = 14;

    /// <summary>Longest piece message: a piece is a few characters, never a sentence.</summary>
    private const int MaxPiece = 24;

    /// <summary>
    /// Whether a request word at <paramref name="at"/> ends a chat message that names a value (車牌給一下); the pieces sent
    /// after it, joined, or null. The word is tested before the line is looked at, so a 給 or 多 of prose costs a compare.
    /// </summary>
    public static GivenPieces? ReadAfterRequest(string text, int at)
    {
        var span = text.AsSpan();
        if (!EndsMessage(span, at)) return null;
        int lineStart = TableCell.LineStart(span, at);
        lineStart += RecordNumberLength(span, lineStart);
        int message = ChatLine.MessageStart(span, lineStart);
        if (message < 0 || message > at || !AskedValues.TryFindLast(span.Slice(message, at - message), out string label, out string? asked)) return null;
        var asker = SpeakerOf(span, lineStart, message);
        return Pieces(text, LineEnd(span, at), asker, label, asked);
    }

    // A request word at `at`, then only its ？, ！ or spaces before the line ends.
    private static bool EndsMessage(ReadOnlySpan<char> text, int at)
    {
        var rest = text.Slice(at);
        foreach (var request in Requests)
        {
            if (!rest.StartsWith(request.AsSpan(), StringComparison.Ordinal)) continue;
            int i = at + request.Length;
            while (i < text.Length && text[i] is '？' or '?' or ' ' or '~' or '～' or '。' or '!' or '！' or '\r') i++;
            i += HowToSendLength(text, i);
            return i == text.Length || text[i] == '\n';
        }
        return false;
    }

    /// <summary>Round 41 (U42): how the asker wants it sent, after a comma, closing the message (卡號給我一下，分開傳).</summary>
    private static readonly string[] HowToSend = { "分開傳", "分開打", "分開給", "分段傳", "拆開傳", "分開發" };

    private static int HowToSendLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] is not ('，' or ',' or ' ')) return 0;
        int words = WordLists.LengthAtAny(text, i + 1, HowToSend);
        if (words == 0) return 0;
        int end = i + 1 + words;
        while (end < text.Length && text[end] is '。' or '！' or '!' or ' ' or '\r') end++;
        return end - i;
    }

    // The sender is the first other speaker after the request; their messages are pieces or interruptions.
    private static GivenPieces? Pieces(string text, int from, ReadOnlySpan<char> asker, string label, string? asked)
    {
        var span = text.AsSpan();
        var joined = new System.Text.StringBuilder();
        int first = -1, last = -1, senderStart = -1, senderLength = 0, count = 0;
        int line = from;
        for (int read = 0; read < MaxMessages && NextLine(span, line) is int next and >= 0; read++)
        {
            int message = ChatLine.MessageStart(span, next);
            int end = LineEnd(span, next);
            line = end;
            if (message < 0)
            {
                if (IsNoteOrSticker(Trim(span, next, end, out _))) continue; // （已收回訊息）, [貼圖], 😂 on a line of their own
                break;
            }
            var speaker = SpeakerOf(span, next, message);
            var said = Trim(span, message, end, out int saidStart);
            if (IsRequest(span, saidStart, said.Length)) break; // a second value asked for: a joint never crosses into its pieces
            bool fromSender = senderStart >= 0 && speaker.SequenceEqual(SpeakerOf(span, senderStart, senderStart + senderLength));
            if (speaker.SequenceEqual(asker) && !fromSender)
            {
                if (WordLists.IsAny(said, GoOn)) continue;
                // Round 41 (U42): the asker answering their own request with a piece sends the pieces themselves.
                if (senderStart >= 0 || PieceCharacters.Append(said, new System.Text.StringBuilder()) <= 0) break; // OK, 收到: the pieces are over
            }
            if (senderStart < 0)
            {
                senderStart = next;
                senderLength = message - next;
            }
            else if (!fromSender)
            {
                // A third speaker: passed over before the pieces; after them (收到, 👍) the pieces are over (round 41).
                if (first < 0 || WordLists.IsAny(said, GoOn)) continue;
                break;
            }
            if (said.Length > MaxPiece) { if (first >= 0) break; continue; } // 系統會擋，我分開傳
            if (PieceCharacters.Append(said, joined) <= 0) continue; // (被打斷), 先這樣, 🤐
            if (first < 0) first = saidStart;
            last = saidStart + said.Length;
            count++;
        }
        return first < 0 ? null : new GivenPieces(label, asked, typeAsked: true, joined.ToString(), count, first, last);
    }

    // Round 41 (U42): a message that is itself a request (電話給我一下，分開傳) starts another value's pieces.
    private static bool IsRequest(ReadOnlySpan<char> text, int start, int length)
    {
        for (int i = start, end = start + length; i < end; i++)
            if (text[i] is '給' or '幾' or '多' && EndsMessage(text, i) && AskedValues.TryFindLast(text.Slice(start, i - start), out _, out _)) return true;
        return false;
    }

    // Round 41 (U42): a line with no speaker between the pieces that a chat export writes for a message taken back, a sticker
    // or an emoji — a bracketed note, or nothing but symbols; anything else ends the chat.
    private static bool IsNoteOrSticker(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || line.Length > MaxPiece) return false;
        bool bracketed = line[0] is '（' or '(' or '[' or '【' && line[line.Length - 1] is '）' or ')' or ']' or '】';
        return bracketed && line.IndexOfAny('\n', '\r') < 0 && !ContainsDigit(line) || PieceCharacters.Append(line, new System.Text.StringBuilder()) == 0;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
            if (CharFolding.KindOf(c) == CharKind.Digit) return true;
        return false;
    }

    // 【7】 before the request: the number of a record the chat was pasted into.
    private static int RecordNumberLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != '【') return 0;
        int close = text.Slice(i, Math.Min(6, text.Length - i)).IndexOf('】');
        return close > 1 ? close + 1 : 0;
    }

    // The speaker's name: the prefix without its time, colon and spaces.
    private static ReadOnlySpan<char> SpeakerOf(ReadOnlySpan<char> text, int lineStart, int message)
    {
        var prefix = text.Slice(lineStart, message - lineStart).TrimEnd();
        if (prefix.Length > 0 && prefix[prefix.Length - 1] is ':' or '：' or ']') prefix = prefix.Slice(0, prefix.Length - 1); // "[值班台] " too
        int space = prefix.LastIndexOfAny(' ', ']', '\t');
        return (space >= 0 ? prefix.Slice(space + 1) : prefix).Trim().TrimStart('[');
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, int start, int end, out int trimmedStart)
    {
        while (start < end && text[start] is ' ' or '\u3000' or '\t') start++;
        while (end > start && text[end - 1] is ' ' or '\u3000' or '\t' or '\r') end--;
        trimmedStart = start;
        return text.Slice(start, end - start);
    }

    private static int LineEnd(ReadOnlySpan<char> text, int at)
    {
        int end = text.Slice(at).IndexOf('\n');
        return end < 0 ? text.Length : at + end;
    }

    // The start of the line after the one ending at lineEnd, or -1 at the text's end.
    private static int NextLine(ReadOnlySpan<char> text, int lineEnd) => lineEnd + 1 < text.Length ? lineEnd + 1 : -1;
}
