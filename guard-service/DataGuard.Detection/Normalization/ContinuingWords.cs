namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 44 (det-turns44): wording that opens a message continuing a value dictated before it — the phrases
/// <see cref="NextPartWords"/> reads by their grammar (接下來是, 後半段, 剩下的：, 最後是, the rest is, next three digits:),
/// a head followed by a verb of joining (後面接, 再接, 然後接), and a head followed by a promise to send the rest
/// (後面我再打：, 剩下的再傳, 後面補給你). 後面接起來 tells the reader to join and is no continuation.
/// </summary>
internal static class ContinuingWords
{
    /// <summary>Heads that say "after, then, the rest"; longest first.</summary>
    private static readonly string[] Heads = { "接下來", "剩下的", "後半段", "後半部", "後面", "後半", "剩下", "然後", "再來", "接著", "接着", "最後", "其餘" };

    /// <summary>Verbs that join the next part to the last (後面接 51098).</summary>
    private static readonly string[] Joins = { "接", "加", "連" };

    /// <summary>Verbs of sending or saying the rest, after (我)再 or 補 (後面我再打, 剩下的再傳, 後面補).</summary>
    private static readonly string[] Sends = { "打", "傳", "給", "講", "說", "報", "念", "唸", "寫", "補", "貼" };

    /// <summary>Words that may close the phrase: 給你, 的是, 是, 為, 上.</summary>
    private static readonly string[] Closings = { "給你", "的是", "是", "為", "上" };

    /// <summary>Whether one of this file's own phrases (not <see cref="NextPartWords"/>') may start with <paramref name="c"/>.</summary>
    public static bool MayStartOwn(char c) => c is '接' or '剩' or '後' or '然' or '再' or '最' or '其';

    /// <summary>Whether a continuing phrase may start with <paramref name="c"/> (the first, cheap test).</summary>
    public static bool MayStart(char c) => NextPartWords.MayStartWith(c) || NextPartWords.MayStartEnglish(c) || c is '然' or '再';

    /// <summary>
    /// Length of the continuing phrase at <paramref name="i"/>, 0 where none starts there. Without
    /// <paramref name="nextPartWords"/> only the phrases the chain reader does not join itself (後面我再打, 後面接, 再來是):
    /// within one message it already joins across <see cref="NextPartWords"/>.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, bool nextPartWords = true)
    {
        if (i >= text.Length) return 0;
        if (nextPartWords && NextPartWords.MayStartWith(text[i]) && NextPartWords.LengthAt(text, i) is int chinese and > 0) return chinese;
        if (nextPartWords && NextPartWords.MayStartEnglish(text[i]) && NextPartWords.EnglishLengthAt(text, i) is int english and > 0) return english;
        int head = WordLists.LengthAtAny(text, i, Heads);
        int j = i + head;
        bool again = head == 0;
        if (again && text[i] != '再') return 0;
        if (again) j++; // 再接, 再打
        int join = WordLists.LengthAtAny(text, j, Joins);
        if (join > 0)
        {
            // 後面接起來 / 接在一起: a joining verb, not the next part.
            if (j + join < text.Length && text[j + join] is '起' or '在' or '成' or '回') return 0;
            return j + join - i;
        }
        // 再來是, 接著是, 然後是, 剩下：: a head and its copula
        if (!again && j < text.Length && text[j] is '是' or '為' or '：' or ':') return j + 1 - i;
        if (!again)
        {
            if (j < text.Length && text[j] == '我') j++;
            if (j >= text.Length || text[j] is not ('再' or '補')) return 0;
            if (text[j++] == '補') return j + WordLists.LengthAtAny(text, j, Closings) - i; // 後面補：
        }
        int send = WordLists.LengthAtAny(text, j, Sends);
        if (send == 0) return 0;
        j += send;
        j += WordLists.LengthAtAny(text, j, Closings);
        return j - i;
    }
}
