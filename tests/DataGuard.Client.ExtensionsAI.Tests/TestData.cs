using DataGuard.Screening;

namespace DataGuard.Client.ExtensionsAI.Tests;

/// <summary>Synthetic personal data (valid checksums, nobody's real numbers) and guards with a chosen policy.</summary>
internal static class TestData
{
    public const string NationalId = "A123456789";
    public const string ChineseNumeralPhone = "〇九一二三四五六七八";
    public const string Plate = "ABC-1234";
    public const string CleanPrompt = "請摘要今天的交通安全宣導重點。";
    public static readonly string IdPrompt = $"請查詢身分證 {NationalId} 的違規紀錄。";

    /// <summary>A guard whose policy gives <paramref name="action"/> to national IDs (and to phone numbers, when given).</summary>
    public static PromptGuard Guard(string action = "block", string? phoneAction = null)
    {
        var policy = new ScreeningPolicy { Types = { ["TW_NATIONAL_ID"] = new EntityPolicy { Action = action } } };
        if (phoneAction is not null) policy.Types["PHONE_NUMBER"] = new EntityPolicy { Action = phoneAction };
        return new PromptGuard(policy);
    }
}
