using System.Text;

namespace DataGuard.Cli.Tests;

/// <summary><c>--encoding</c>: legacy Big5 exports are read (and redacted) in their own encoding.</summary>
public sealed class EncodingTests : IDisposable
{
    private static readonly Encoding Big5;
    private readonly TempTree _tree = new();

    static EncodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Big5 = Encoding.GetEncoding("big5");
    }

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Big5_files_are_binary_to_utf8_and_readable_with_encoding_big5()
    {
        _tree.WriteBytes("export/legacy.txt", Big5.GetBytes("舊系統匯出\n當事人身分證字號：A123456789\n"));

        var asUtf8 = Cli.Run(_tree.Root, "scan", "export", "--format", "jsonl");
        var asBig5 = Cli.Run(_tree.Root, "scan", "export", "--format", "jsonl", "--encoding", "big5");

        Assert.Equal((ExitCodes.Clean, ""), (asUtf8.ExitCode, asUtf8.Out));
        Assert.Contains("Files skipped (binary) │     1", asUtf8.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.FindingsReported, asBig5.ExitCode);
        Assert.Contains("\"line\":2,\"column\":10,", Assert.Single(asBig5.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Redacting_in_place_keeps_the_file_encoding()
    {
        _tree.WriteBytes("legacy.txt", Big5.GetBytes("當事人身分證字號：A123456789\n"));

        var result = Cli.Run(_tree.Root, "redact", "legacy.txt", "--in-place", "--encoding", "big5");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("當事人身分證字號：<TW_NATIONAL_ID_1>\n", Big5.GetString(File.ReadAllBytes(_tree.PathOf("legacy.txt"))));
    }

    [Fact]
    public void An_unknown_encoding_is_a_usage_error()
    {
        var result = Cli.Run(_tree.Root, "scan", ".", "--encoding", "klingon-8");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("klingon-8", result.Error, StringComparison.Ordinal);
    }
}
