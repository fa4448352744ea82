using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace DataGuard.Client.Tests;

/// <summary>Runs samples/PromptScreening offline, as a staff member would, and checks what it shows.</summary>
public sealed class SampleTests
{
    private const string Blocked = "✖ 已攔下：DataGuard 已攔下這個請求，內容沒有送到 AI 服務。";
    private const string NothingSent = "上游實際收到：（沒有任何內容送出）";

    // One run serves every test: it starts a stub and a guard, which is slow on a shared machine.
    private static readonly Lazy<Task<(int ExitCode, string Output)>> OfflineRun = new(RunOfflineAsync);

    [Fact]
    public async Task Offline_run_answers_the_clean_prompt_and_blocks_the_national_ID_on_both_routes()
    {
        var (exitCode, output) = await OfflineRun.Value;

        Assert.Equal(0, exitCode);
        var prompts = Sections(output);
        Assert.Equal(3, prompts.Length);
        Assert.Equal(2, Count(prompts[0], "✔ AI 回覆：（離線示範模型）我收到的是：「請用三點摘要本週的交通安全宣導重點。」"));
        Assert.Equal(2, Count(prompts[1], Blocked));
        Assert.Equal(2, Count(prompts[1], "身分證統一編號 1 筆"));
        Assert.Equal(2, Count(prompts[1], NothingSent));
        Assert.Contains("(a) 經 DataGuard 防護服務", prompts[1]);
        Assert.Contains("(b) 程式內 DataGuard 防護", prompts[1]);
        Assert.DoesNotContain(ReceivedLines(output), line => line.Contains(TestData.NationalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offline_run_blocks_the_plate_and_pseudonymizes_the_phone_in_Chinese_numerals()
    {
        const string phone = "〇九一二三四五六七八";
        var (exitCode, output) = await OfflineRun.Value;

        Assert.Equal(0, exitCode);
        var prompts = Sections(output);
        Assert.Equal(2, Count(prompts[1], "車牌號碼 1 筆"));
        // The model sees a placeholder; the staff member sees the number again in the answer.
        var received = ReceivedLines(prompts[2]);
        Assert.Equal(2, received.Count);
        Assert.All(received, line => Assert.Contains("<PHONE_NUMBER_1>", line));
        Assert.All(received, line => Assert.DoesNotContain(phone, line));
        Assert.Equal(2, Count(prompts[2], $"✔ AI 回覆：（離線示範模型）我收到的是：「報案人電話{phone}，請幫我擬一則回電提醒。」"));
    }

    [Fact]
    public async Task English_run_shows_the_same_English_explanation_on_both_routes()
    {
        var (exitCode, output, _) = await RunAsync("--offline", "--DataGuard:Client:Language=en");

        Assert.Equal(0, exitCode);
        var stopped = output.Split('\n').Where(line => line.TrimStart().StartsWith("✖ Stopped: ", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
        Assert.Equal(2, stopped.Count);
        Assert.Equal(stopped[0], stopped[1]);
        Assert.StartsWith("✖ Stopped: DataGuard stopped this request; nothing was sent to the AI service.", stopped[0]);
        Assert.Contains("national ID number (1)", stopped[0]);
    }

    [Fact]
    public async Task Misspelt_policy_action_stops_the_sample_with_a_clear_message()
    {
        var (exitCode, output, errors) = await RunAsync("--offline", "--DataGuard:Policy:Types:PHONE_NUMBER:Action=pseudonymise-all");

        Assert.Equal(3, exitCode);
        Assert.Contains("Invalid DataGuard configuration", errors);
        Assert.Contains("pseudonymise-all", errors);
        Assert.DoesNotContain("=== 提問", output);
    }

    private static async Task<(int ExitCode, string Output)> RunOfflineAsync()
    {
        var (exitCode, output, errors) = await RunAsync("--offline");
        Assert.True(exitCode == 0, errors);
        return (exitCode, output);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var sample = typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PromptScreeningSample").Value!;
        Assert.True(File.Exists(sample), $"The sample was not built at {sample}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(sample)!,
        };
        start.ArgumentList.Add(sample);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }

    private static string[] Sections(string output) => output.Split("=== 提問 ")[1..];

    private static List<string> ReceivedLines(string text) =>
        text.Split('\n').Where(line => line.TrimStart().StartsWith("上游實際收到：", StringComparison.Ordinal)).ToList();

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
