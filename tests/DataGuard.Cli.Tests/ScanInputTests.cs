using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace DataGuard.Cli.Tests;

/// <summary>How <c>scan</c> finds and reads its inputs: folders, globs, binary files, errors, standard input, positions.</summary>
public sealed class ScanInputTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static string[] Files(CliResult result) =>
        JToken.Parse(result.Out)["findings"]!.Select(f => (string)f["file"]!).Distinct().ToArray();

    private static JObject Summary(CliResult result) => (JObject)JToken.Parse(result.Out)["summary"]!;

    [Fact]
    public void Folders_are_searched_recursively_through_include_and_exclude_globs()
    {
        _tree.Write("logs/2024/11/app.log", SampleText.IdLine(SampleText.Id1));
        _tree.Write("logs/app.log", SampleText.IdLine(SampleText.Id1));
        _tree.Write("logs/notes.txt", SampleText.IdLine(SampleText.Id1));
        _tree.Write("logs/archive/old.log", SampleText.IdLine(SampleText.Id1));
        _tree.Write("logs/2024/archive.log", SampleText.IdLine(SampleText.Id1));

        var all = Cli.Run(_tree.Root, "scan", "logs", "--format", "json");
        var logs = Cli.Run(_tree.Root, "scan", "logs", "--format", "json", "--include", "*.log", "--exclude", "archive");
        var twoIncludes = Cli.Run(_tree.Root, "scan", "logs", "--format", "json", "--include", "*.txt", "--include", "2024/**/*.log");

        Assert.Equal(new[] { "logs/2024/11/app.log", "logs/2024/archive.log", "logs/app.log", "logs/archive/old.log", "logs/notes.txt" }, Files(all));
        Assert.Equal(new[] { "logs/2024/11/app.log", "logs/2024/archive.log", "logs/app.log" }, Files(logs));
        Assert.Equal(new[] { "logs/2024/11/app.log", "logs/2024/archive.log", "logs/notes.txt" }, Files(twoIncludes));
    }

    [Fact]
    public void Links_to_folders_are_not_followed_so_a_loop_cannot_repeat_files()
    {
        _tree.Write("share/a.txt", SampleText.IdLine(SampleText.Id1));
        Directory.CreateSymbolicLink(_tree.PathOf("share/loop"), _tree.PathOf("share"));

        var result = Cli.Run(_tree.Root, "scan", "share", "--format", "json");

        Assert.Equal(new[] { "share/a.txt" }, Files(result));
        Assert.Equal(1, (int)Summary(result)["filesScanned"]!);
        Assert.Equal(ExitCodes.FindingsReported, result.ExitCode);
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_scanned_even_if_a_glob_excludes_it()
    {
        _tree.Write("data/export.csv", SampleText.IdLine(SampleText.Id1));

        var result = Cli.Run(_tree.Root, "scan", "data/export.csv", "--exclude", "*.csv", "--format", "json");

        Assert.Equal(new[] { "data/export.csv" }, Files(result));
    }

    [Fact]
    public void Binary_files_are_skipped_and_counted()
    {
        var id = Encoding.UTF8.GetBytes(SampleText.IdLine(SampleText.Id1));
        _tree.WriteBytes("dump/with-nul.bin", [.. id, 0, 1, 2, .. id]);
        _tree.WriteBytes("dump/latin1.dat", [.. id, 0xE9, 0x74, 0xE9, (byte)'\n']); // é in Latin-1 is not UTF-8
        _tree.WriteBytes("dump/utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleText.IdLine(SampleText.Id2))).ToArray());
        _tree.Write("dump/plain.txt", SampleText.IdLine(SampleText.Id1));

        var result = Cli.Run(_tree.Root, "scan", "dump", "--format", "json");

        Assert.Equal(new[] { "dump/plain.txt", "dump/utf16.txt" }, Files(result));
        Assert.Equal(2, (int)Summary(result)["filesSkipped"]!);
        Assert.Equal(2, (int)Summary(result)["filesScanned"]!);
        Assert.Equal(ExitCodes.FindingsReported, result.ExitCode);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_other_files_are_still_scanned()
    {
        _tree.Write("share/a.txt", SampleText.IdLine(SampleText.Id1));
        _tree.Write("share/c.txt", SampleText.IdLine(SampleText.Id2));
        File.CreateSymbolicLink(_tree.PathOf("share/b.txt"), _tree.PathOf("share/gone.txt")); // dangling: listed, cannot be opened

        var result = Cli.Run(_tree.Root, "scan", "share", "--format", "json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(new[] { "share/a.txt", "share/c.txt" }, Files(result));
        Assert.Contains("Cannot read share/b.txt", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (int)Summary(result)["errors"]!);
    }

    [Fact]
    public void Standard_input_is_scanned_when_no_path_is_given_and_no_summary_is_printed()
    {
        var result = Cli.RunWithInput("第一行\r\n第二行 身分證字號：A123456789\r\n", "scan");

        Assert.Equal(ExitCodes.FindingsReported, result.ExitCode);
        Assert.StartsWith("<stdin>:2:11: TW_NATIONAL_ID A12******* score=", result.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Clean_standard_input_exits_zero_with_empty_output()
    {
        var result = Cli.RunWithInput(SampleText.Clean, "scan");

        Assert.Equal((ExitCodes.Clean, "", ""), (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public void Columns_and_offsets_count_utf16_code_units_after_emoji_and_supplementary_characters()
    {
        const string line2 = "😀🚓𠀀 身分證字號：A123456789";
        _tree.Write("chat.txt", "LINE 訊息\n" + line2 + "\n");

        var result = Cli.Run(_tree.Root, "scan", "chat.txt", "--format", "jsonl");
        var finding = JToken.Parse(result.OutLines.Single());

        int column = line2.IndexOf(SampleText.Id1, StringComparison.Ordinal) + 1;
        Assert.Equal(2, (int)finding["line"]!);
        Assert.Equal(column, (int)finding["column"]!);
        Assert.Equal(column + 10, (int)finding["endColumn"]!);
        Assert.Equal("LINE 訊息\n".Length + column - 1, (long)finding["offset"]!);
    }

    [Fact]
    public void Messages_are_in_traditional_chinese_for_zh_tw_users()
    {
        var result = Cli.Run(_tree.Root, string.Empty, null, CultureInfo.GetCultureInfo("zh-TW"), "scan", "不存在.txt");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("找不到路徑：不存在.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("已掃描檔案", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_not_written_when_stderr_is_not_a_terminal()
    {
        _tree.Write("a.txt", SampleText.Report);

        var result = Cli.Run(_tree.Root, "scan", "a.txt");

        Assert.DoesNotContain("Scanning", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Error, StringComparison.Ordinal); // no ANSI escapes in redirected output
    }

    [Fact]
    public void Progress_goes_to_stderr_on_a_terminal_and_stdout_stays_machine_readable()
    {
        _tree.Write("a.txt", SampleText.Report);

        var result = Cli.Run(_tree.Root, string.Empty, null, CultureInfo.InvariantCulture, errorIsTerminal: true, "scan", ".", "--format", "jsonl");

        Assert.Contains("Scanning", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.OutLines.Select(JToken.Parse).Count(f => (string)f["type"]! == "TW_NATIONAL_ID"));
    }
}
