using System.Text.Json;

namespace DataGuard.Cli.Tests;

/// <summary>The built tool as other programs see it: a separate process, its streams and exit codes.</summary>
public sealed class ProcessContractTests : IDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task Jsonl_mode_answers_each_line_before_stdin_is_closed()
    {
        using var process = DataguardProcess.Start(_tree.Root, "scan", "--jsonl");
        var error = process.StandardError.ReadToEndAsync();

        await process.StandardInput.WriteLineAsync("""{"id": "q1", "text": "身分證字號：A123456789"}""");
        await process.StandardInput.FlushAsync();
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(AnswerTimeout);

        using (var answer = JsonDocument.Parse(first!))
        {
            Assert.Equal("q1", answer.RootElement.GetProperty("id").GetString());
            var finding = answer.RootElement.GetProperty("findings").EnumerateArray().Single();
            Assert.Equal("TW_NATIONAL_ID", finding.GetProperty("type").GetString());
            Assert.Equal(6, finding.GetProperty("start").GetInt32());
            Assert.Equal(10, finding.GetProperty("length").GetInt32());
        }

        // Still open: a malformed line is answered too, and the process keeps going.
        await process.StandardInput.WriteLineAsync("{oops");
        await process.StandardInput.FlushAsync();
        var second = await process.StandardOutput.ReadLineAsync().WaitAsync(AnswerTimeout);
        Assert.Equal("""{"id":null,"error":"line is not valid JSON (byte 1)"}""", second);

        await process.StandardInput.WriteLineAsync("""{"id": [3], "text": "clean"}""");
        await process.StandardInput.FlushAsync();
        Assert.Equal("""{"id":[3],"findings":[]}""", await process.StandardOutput.ReadLineAsync().WaitAsync(AnswerTimeout));

        process.StandardInput.Close();
        Assert.Null(await process.StandardOutput.ReadLineAsync().WaitAsync(AnswerTimeout)); // nothing else on stdout
        await process.WaitForExitAsync().WaitAsync(AnswerTimeout);
        Assert.Equal(ExitCodes.Failure, process.ExitCode); // one line was malformed
        Assert.Equal(string.Empty, await error);
    }

    [Fact]
    public async Task Exit_codes_of_the_process()
    {
        _tree.Write("clean.txt", SampleText.Clean);
        _tree.Write("case.txt", SampleText.Report);

        var clean = await DataguardProcess.RunAsync(_tree.Root, "", "scan", "clean.txt");
        var found = await DataguardProcess.RunAsync(_tree.Root, "", "scan", "case.txt");
        var missing = await DataguardProcess.RunAsync(_tree.Root, "", "scan", "missing.txt", "case.txt");
        var usage = await DataguardProcess.RunAsync(_tree.Root, "", "scan", "--format", "yaml");

        Assert.Equal((0, ""), (clean.ExitCode, clean.Out));
        Assert.Equal(1, found.ExitCode);
        Assert.Equal(new[] { "case.txt:2:7: TW_NATIONAL_ID A12*******", "case.txt:3:10: TW_NATIONAL_ID B12*******" },
            found.OutLines.Select(l => l[..l.IndexOf(" score=", StringComparison.Ordinal)]));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.txt", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.OutLines.Length); // the other file was still scanned
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("yaml", usage.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, usage.Out);
    }

    [Fact]
    public async Task Redact_pipes_stdin_to_stdout()
    {
        var result = await DataguardProcess.RunAsync(_tree.Root, "身分證字號：A123456789 再次 A123456789\n", "redact");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("身分證字號：<TW_NATIONAL_ID_1> 再次 <TW_NATIONAL_ID_1>\n", result.Out);
    }
}
