using DataGuard.Client;
using DataGuard.Screening;

namespace DataGuard.Client.Tests;

/// <summary>Synthetic personal data (valid checksums, nobody's real numbers) and guards with a chosen policy.</summary>
internal static class TestData
{
    public const string NationalId = "A123456789";
    public const string CleanPrompt = "請摘要今天的交通安全宣導重點。";
    public static readonly string IdPrompt = $"請查詢身分證 {NationalId} 的違規紀錄。";

    /// <summary>A guard whose policy gives <paramref name="action"/> to national IDs.</summary>
    public static PromptGuard Guard(string action = "block", string language = "zh-TW") =>
        new(new ScreeningPolicy { Types = { ["TW_NATIONAL_ID"] = new EntityPolicy { Action = action } } }, new DataGuardClientOptions { Language = language });
}
