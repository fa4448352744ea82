namespace DataGuard.Client.Tests;

/// <summary>The staff messages exactly as README.md documents them (the guard service gives the same).</summary>
internal static class Documented
{
    public const string BlockedNationalIdZh =
        "DataGuard 已攔下這個請求，內容沒有送到 AI 服務。 在第 1 則訊息（messages[0].content）發現：身分證統一編號 1 筆。 "
        + "依規定，個人資料不得提供給生成式 AI。請刪除這些資料，或改用代稱（例如「甲男」、「A 車」、「某電話」）描述後再送出。";

    public const string BlockedNationalIdEn =
        "DataGuard stopped this request; nothing was sent to the AI service. Found in message 1 (messages[0].content): national ID number (1). "
        + "Personal data must not be given to generative AI. Remove these values, or describe them with neutral labels "
        + "(for example \"person A\", \"car A\", \"a phone number\"), and send again.";
}
