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
    private static readonly string[] Requests = { "給一下", "給我", "幾號", "多少" };

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
            return i == text.Length || text[i] == '\n';
        }
        return false;
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
            if (message < 0) break;
            int end = LineEnd(span, next);
            line = end;
            var speaker = SpeakerOf(span, next, message);
            var said = Trim(span, message, end, out int saidStart);
            if (speaker.SequenceEqual(asker))
            {
                if (WordLists.IsAny(said, GoOn)) continue;
                break; // OK, 收到: the pieces are over
            }
            if (senderStart < 0)
            {
                senderStart = next;
                senderLength = message - next;
            }
            else if (!speaker.SequenceEqual(SpeakerOf(span, senderStart, senderStart + senderLength))) continue; // a third speaker
            if (said.Length > MaxPiece) { if (first >= 0) break; continue; } // 系統會擋，我分開傳
            if (PieceCharacters.Append(said, joined) <= 0) continue; // (被打斷), 先這樣, 🤐
            if (first < 0) first = saidStart;
            last = saidStart + said.Length;
            count++;
        }
        return first < 0 ? null : new GivenPieces(label, asked, typeAsked: true, joined.ToString(), count, first, last);
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
        if (prefix.Length > 0 && prefix[prefix.Length - 1] is ':' or '：') prefix = prefix.Slice(0, prefix.Length - 1);
        int space = prefix.LastIndexOfAny(' ', ']', '\t');
        return (space >= 0 ? prefix.Slice(space + 1) : prefix).Trim();
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
