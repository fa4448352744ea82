using Snapshooter.Xunit;

namespace DataGuard.Cli.Tests;

/// <summary>Snapshots of every <c>scan --format</c> output over the same small folder.</summary>
public sealed class ScanOutputSnapshotTests : IDisposable
{
    private readonly TempTree _tree = new();

    public ScanOutputSnapshotTests()
    {
        _tree.Write("reports/case-01.txt", SampleText.Report);
        _tree.Write("reports/clean.txt", SampleText.Clean);
    }

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Text_output_lists_type_place_and_masked_value()
    {
        var result = Cli.Run(_tree.Root, "scan", "reports");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.TextLines(result.Out), Error = result.ErrorLines });
        Assert.DoesNotContain(SampleText.Id1, result.Out + result.Error, StringComparison.Ordinal);
        Assert.All(SnapshotText.TextScores(result.Out), score => Assert.InRange(score, 0.5, 1.0));
    }

    [Fact]
    public void Text_output_with_show_values_shows_them()
    {
        var result = Cli.Run(_tree.Root, "scan", "reports", "--show-values");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.TextLines(result.Out) });
    }

    [Fact]
    public void Json_output_is_one_document_with_summary()
    {
        var result = Cli.Run(_tree.Root, "scan", "reports", "--format", "json");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.Json(result.Out) });
        Assert.All(SnapshotText.JsonScores(result.Out), score => Assert.InRange(score, 0.5, 1.0));
    }

    [Fact]
    public void Jsonl_output_is_one_finding_per_line()
    {
        var result = Cli.Run(_tree.Root, "scan", "reports", "--format", "jsonl");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.JsonLines(result.Out) });
        Assert.All(SnapshotText.JsonLinesScores(result.Out), score => Assert.InRange(score, 0.5, 1.0));
    }

    [Fact]
    public void Sarif_output_has_rules_results_and_regions()
    {
        var result = Cli.Run(_tree.Root, "scan", "reports", "--format", "sarif", "--show-values");

        Snapshot.Match(new { result.ExitCode, Out = SnapshotText.Json(result.Out) });
        // SARIF never carries the value, even when asked to show values.
        Assert.DoesNotContain(SampleText.Id1, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleText.Id2, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_codes()
    {
        int Exit(params string[] args) => Cli.Run(_tree.Root, args).ExitCode;
        _tree.Write("plain.txt", SampleText.WithoutContext);

        Snapshot.Match(new Dictionary<string, int>
        {
            ["clean file"] = Exit("scan", "reports/clean.txt"),
            ["file with findings"] = Exit("scan", "reports/case-01.txt"),
            ["findings below --min-score 0.99"] = Exit("scan", "plain.txt", "--min-score", "0.99"),
            ["missing path"] = Exit("scan", "reports/nope.txt"),
            ["missing path next to findings"] = Exit("scan", "reports/nope.txt", "reports/case-01.txt"),
            ["unknown format"] = Exit("scan", "reports", "--format", "xml"),
            ["--min-score out of range"] = Exit("scan", "reports", "--min-score", "7"),
            ["--jsonl with paths"] = Exit("scan", "--jsonl", "reports"),
            ["no command"] = Exit(),
            ["unknown option"] = Exit("scan", "--frobnicate"),
            ["redact hash without key"] = Exit("redact", "--operator", "hash"),
            ["redact files without target"] = Exit("redact", "reports"),
            ["redact to a folder"] = Exit("redact", "reports", "--output", "out"),
        });
    }
}
