namespace DataGuard.Cli.Tests;

/// <summary>
/// Synthetic inputs whose detection is unambiguous whatever the engine version: checksum-valid national IDs written
/// plainly next to the context word 身分證字號, in text with no other digits.
/// </summary>
public static class SampleText
{
    public const string Id1 = "A123456789";
    public const string Id2 = "B120863158";

    /// <summary>Two findings, one per line, each after "身分證字號：".</summary>
    public const string Report = "報案紀錄\n身分證字號：A123456789 已核對\n另一位身分證字號：B120863158\n";

    /// <summary>A valid ID with no context word: found, but scored below certainty.</summary>
    public const string WithoutContext = "code A123456789 x\n";

    /// <summary>Nothing to find.</summary>
    public const string Clean = "今日巡邏無異狀，天氣晴朗。\nNothing to report today.\n";

    /// <summary>A line with one ID, for filling files.</summary>
    public static string IdLine(string id) => "身分證字號：" + id + "\n";
}
