using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The words people say between the groups of a number they read out, as speech-to-text and duty logs write them down
/// ("0945 喔 720 那個 626", "09 接著 45 後面是 053", "0928 …… 837 085"). A gap made only of these is speech, not a
/// boundary between two numbers; <see cref="ChainReader.ReadAcrossFillers"/> decides which gaps are read at all.
/// </summary>
internal static class SpokenFillers
{
    /// <summary>Longest first within each list, so 接著是 is taken whole before 接著 and erm before er.</summary>
    private static readonly string[] Words = JoiningWords.Words
        .Concat(new[] { "那個", "就是", "like" })
        .Concat(Hesitations.English)
        .Concat(new[] { "嗯", "喔", "哦", "欸", "呃", "啊", "對", "噢", "恩", "呢", "…", "⋯", "ㄜ", "ㄟ" }) // ㄜ ㄟ: hesitations typed in Bopomofo
        .ToArray();

    /// <summary>
    /// Whether every filler gap in the first <paramref name="count"/> characters of <paramref name="chain"/> holds only
    /// spoken words, ellipses and spaces, and commas or invisible characters beside a spoken word ("0921，呃592，那個656":
    /// a comma alone lists two numbers, a comma before a hesitation is a pause).
    /// </summary>
    public static bool AllSpoken(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        for (int k = 1; k < count; k++)
        {
            if (chain.GapChars[k] != Chain.FillerGap) continue;
            if (!IsSpokenGap(text, chain.EndOf(k), chain.Positions[k])) return false;
        }
        return true;
    }

    // A line break with only spaces around it (or a chat line's speaker): the value wrapped onto the next line as it
    // was typed or pasted, which says no more than a space would ("0922⏎967783", "CBJ⏎3038").
    private static bool IsLineWrap(ReadOnlySpan<char> text, int from, int to) => ChainReader.LineWrapEnd(text, from) == to;

    /// <summary>
    /// Whether text[<paramref name="from"/>, <paramref name="to"/>) holds only spoken words, with pauses (… or dots,
    /// commas, a full stop) and spaces around them.
    /// </summary>
    public static bool IsSpokenGap(ReadOnlySpan<char> text, int from, int to)
    {
        if (IsLineWrap(text, from, to)) return true;
        bool word = false;
        int i = from;
        var gap = text.Slice(0, to);
        while (i < to)
        {
            // (a plate's hyphen kept beside the pause, KRT-，呃，2395, where it opens no aside framed by dashes: the filler walk
            // allows it only at either end)
            // (marks typed between the pieces and line breaks pause too, beside a word: 0933 / then 812, 0933⏎[2] 81)
            if (gap[i] is ' ' or '\u3000' or '\u00A0' or '，' or ',' or '。' or '、' or '；' or '\n' or '\r' || JoiningWords.IsMark(gap[i])
                || CharFolding.KindOf(gap[i]) == CharKind.Invisible
                || CharFolding.Fold(gap[i]) is { Kind: CharKind.Separator, Value: '-' } && SpokenAsides.LengthAt(text, i) == 0)
            {
                i++;
                continue;
            }
            int taken = ChainReader.EllipsisLength(gap, i);
            if (taken == 0) taken = ChainReader.RestWordsLength(text, i); // "後段是 @gmail.com", "…，後六碼…", "…，另一半是…": words announcing the rest
            if (taken == 0) taken = SpokenAsides.LengthAt(text, i); // "K123（停頓）456", "3528，等一下…0000"
            if (taken == 0) taken = JoiningWords.PieceNumberLength(gap, i); // "0933⏎[2] 81"
            // "0931 524 8｜06", "D1046」「37" under a joining sentence (round 37): a bar or corner brackets parting the pieces
            if (taken == 0 && gap[i] is '｜' or '|' && JoiningInstructions.IsPieceBar(text, i)) taken = 1;
            if (taken == 0 && ConcatenationJoints.IsClosingBracket(gap[i])) taken = ConcatenationJoints.LengthAt(text, i);
            if (taken == 0)
            {
                foreach (var w in Words)
                {
                    if (gap.Slice(i).StartsWith(w.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        taken = w.Length;
                        break;
                    }
                }
            }
            if (taken == 0) return false;
            word = true;
            i += taken;
        }
        return word;
    }
}
