using System.Text.Json;
using Snapshooter.Xunit;

namespace DataGuard.Cli.Tests;

/// <summary>The <c>scan --jsonl</c> contract other tools rely on, run in-process.</summary>
public sealed class JsonLinesProtocolTests
{
    private static CliResult Jsonl(params string[] lines) => Cli.RunWithInput(string.Join("\n", lines) + "\n", "scan", "--jsonl");

    [Fact]
    public void Answers_one_line_per_input_line_in_order_with_ids_verbatim()
    {
        var result = Jsonl(
            """{"id": 1, "text": "身分證字號：A123456789"}""",
            """{"id": "b", "text": "nothing here"}""",
            """{"id": {"case": [1, 2.50]}, "text": "x"}""",
            """{"id": null, "text": "y"}""",
            """{"id": 1.0e3, "text": "z"}""",
            """{"id": true, "text": "身分證字號：B120863158 與 A123456789"}""");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.JsonLines(result.Out) });
        var ids = result.OutLines.Select(line => line[6..line.IndexOf(",\"", StringComparison.Ordinal)]).ToArray();
        Assert.Equal(new[] { "1", "\"b\"", "{\"case\": [1, 2.50]}", "null", "1.0e3", "true" }, ids);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Finding_offsets_are_utf16_code_units_of_the_text()
    {
        const string text = "😀👮‍♀️ 報案人身分證字號：A123456789，𠀀 B120863158";
        var result = Jsonl(JsonSerializer.Serialize(new { id = 7, text }));

        using var answer = JsonDocument.Parse(result.OutLines.Single());
        var findings = answer.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("type").GetString() == "TW_NATIONAL_ID").ToArray();
        Assert.Equal(2, findings.Length);
        Assert.Equal(text.IndexOf("A123456789", StringComparison.Ordinal), findings[0].GetProperty("start").GetInt32());
        Assert.Equal(10, findings[0].GetProperty("length").GetInt32());
        Assert.Equal(text.IndexOf("B120863158", StringComparison.Ordinal), findings[1].GetProperty("start").GetInt32());
        Assert.Equal("TW_NATIONAL_ID", findings[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Malformed_and_blank_lines_get_an_error_line_and_processing_continues()
    {
        var result = Jsonl(
            "not json at all",
            "",
            "   ",
            "[1, 2]",
            """{"id": 5}""",
            """{"id": 6, "text": 42}""",
            """{"id": 7, "text": "身分證字號：A123456789"}""",
            """{"id": 8, "text": "unterminated""",
            """{"text": "no id: 身分證字號：A123456789"}""");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.JsonLines(result.Out) });
        Assert.Equal(9, result.OutLines.Length);
        Assert.All(result.OutLines, line => Assert.DoesNotContain("A123456789", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Scores_are_rounded_and_respect_min_score()
    {
        var line = JsonSerializer.Serialize(new { id = 1, text = SampleText.WithoutContext });
        var result = Jsonl(line);
        var score = SnapshotText.JsonLinesScores(result.Out).Single();
        Assert.Equal(Math.Round(score, 3), score);
        Assert.InRange(score, 0.5, 0.999); // no context word: found, but not certain
        Assert.Equal(ExitCodes.FindingsReported, result.ExitCode);

        string Threshold(double value) => value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var atScore = Cli.RunWithInput(line + "\n", "scan", "--jsonl", "--min-score", Threshold(score));
        var aboveScore = Cli.RunWithInput(line + "\n", "scan", "--jsonl", "--min-score", Threshold(score + 0.001));

        Assert.Equal(ExitCodes.FindingsReported, atScore.ExitCode);
        Assert.Single(SnapshotText.JsonLinesScores(atScore.Out));
        Assert.Equal("""{"id":1,"findings":[]}""", aboveScore.OutLines.Single());
        Assert.Equal(ExitCodes.Clean, aboveScore.ExitCode);
    }

    [Fact]
    public void Empty_input_writes_nothing()
    {
        var result = Cli.RunWithInput(string.Empty, "scan", "--jsonl");
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public void Crlf_input_lines_are_read_as_lines()
    {
        var result = Cli.RunWithInput("{\"id\":1,\"text\":\"a\"}\r\n{\"id\":2,\"text\":\"b\"}\r\n", "scan", "--jsonl");
        Assert.Equal(new[] { """{"id":1,"findings":[]}""", """{"id":2,"findings":[]}""" }, result.OutLines);
    }
}
