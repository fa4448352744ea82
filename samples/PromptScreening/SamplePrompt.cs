namespace PromptScreening;

/// <summary>One prompt a staff member might type.</summary>
internal sealed record SamplePrompt(string Text)
{
    /// <summary>The three prompts: clean, a national ID and a plate, a phone number written in Chinese numerals (all synthetic).</summary>
    public static IReadOnlyList<SamplePrompt> All { get; } =
    [
        new("請用三點摘要本週的交通安全宣導重點。"),
        new("請查詢身分證 A123456789、車牌 ABC-1234 的違規紀錄並整理成表格。"),
        new("報案人電話〇九一二三四五六七八，請幫我擬一則回電提醒。"),
    ];
}
