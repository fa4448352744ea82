namespace PromptScreening;

/// <summary>
/// Everything the sample prints around the answers, in Traditional Chinese (default) or English
/// (<c>DataGuard:Client:Language</c> = <c>en</c>, the setting that also picks the language of DataGuard's own messages).
/// </summary>
internal sealed record SampleText(
    string Heading,
    string OfflineMode,
    string OnlineMode,
    string GuardEndpoint,
    string UpstreamEndpoint,
    string PromptHeading,
    string Input,
    string ViaGuardService,
    string InProcess,
    string Answered,
    string Blocked,
    string Received,
    string NothingSent,
    IReadOnlyList<string> PromptTitles)
{
    public static SampleText Chinese { get; } = new(
        "DataGuard 提示詞防護示範",
        "模式：離線（本機模擬的 Azure OpenAI，不連網）",
        "模式：連線（真實的 Azure OpenAI）",
        "  (a) 防護服務：",
        "  (b) Azure OpenAI：",
        "=== 提問 {0}/{1}：{2} ===",
        "輸入：",
        "(a) 經 DataGuard 防護服務",
        "(b) 程式內 DataGuard 防護",
        "  ✔ AI 回覆：",
        "  ✖ 已攔下：",
        "  上游實際收到：",
        "（沒有任何內容送出）",
        ["一般提問（不含個資）", "含身分證號與車牌", "國字數字寫的電話"]);

    public static SampleText English { get; } = new(
        "DataGuard prompt screening sample",
        "Mode: offline (a simulated Azure OpenAI on this machine, no network)",
        "Mode: online (the real Azure OpenAI)",
        "  (a) guard service: ",
        "  (b) Azure OpenAI: ",
        "=== Prompt {0}/{1}: {2} ===",
        "Input: ",
        "(a) Through the DataGuard guard service",
        "(b) DataGuard inside the app",
        "  ✔ AI answer: ",
        "  ✖ Stopped: ",
        "  Upstream received: ",
        "(nothing was sent)",
        ["Ordinary question (no personal data)", "National ID and licence plate", "Phone number in Chinese numerals"]);

    /// <summary>The text for a language tag: English for <c>en*</c>, Traditional Chinese otherwise.</summary>
    public static SampleText For(string? language) =>
        language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English : Chinese;
}
