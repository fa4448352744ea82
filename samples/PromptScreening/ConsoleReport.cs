namespace PromptScreening;

/// <summary>Prints what a staff member sees, in Traditional Chinese.</summary>
internal static class ConsoleReport
{
    public static void Start(bool offline, string guard, string upstream)
    {
        Console.WriteLine("DataGuard 提示詞防護示範");
        Console.WriteLine(offline ? "模式：離線（本機模擬的 Azure OpenAI，不連網）" : "模式：連線（真實的 Azure OpenAI）");
        Console.WriteLine($"  (a) 防護服務：{guard}");
        Console.WriteLine($"  (b) Azure OpenAI：{upstream}");
    }

    public static void Prompt(int number, int count, SamplePrompt prompt)
    {
        Console.WriteLine();
        Console.WriteLine($"=== 提問 {number}/{count}：{prompt.Title} ===");
        Console.WriteLine($"輸入：{prompt.Text}");
    }

    public static void Outcome(string route, Outcome outcome)
    {
        Console.WriteLine($"{route}");
        Console.WriteLine(outcome.Answered ? $"  ✔ AI 回覆：{outcome.Text}" : $"  ✖ 已攔下：{outcome.Text}");
    }

    public static void Received(string? text) =>
        Console.WriteLine(text is null ? "  上游實際收到：（沒有任何內容送出）" : $"  上游實際收到：{text}");
}
