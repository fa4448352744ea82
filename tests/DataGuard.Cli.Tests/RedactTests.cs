using DataGuard.Detection;
using Snapshooter.Xunit;

namespace DataGuard.Cli.Tests;

/// <summary><c>dataguard redact</c>: operators, keys, and where redacted files go.</summary>
public sealed class RedactTests : IDisposable
{
    private const string Input = "身分證字號：A123456789，同行者身分證字號：B120863158，再確認 A123456789。\n";
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static Dictionary<string, string> Key(string key) => new() { ["DATAGUARD_HASH_KEY"] = key };

    [Fact]
    public void Each_operator_replaces_every_value()
    {
        string Redact(params string[] args) => Cli.RunWithInput(Input, ["redact", .. args]).Out;

        var outputs = new Dictionary<string, string>
        {
            ["default"] = Redact(),
            ["placeholder"] = Redact("--operator", "placeholder"),
            ["mask"] = Redact("--operator", "mask"),
            ["hash"] = Redact("--operator", "hash", "--key", "test-key"),
            ["pseudonymize"] = Redact("--operator", "pseudonymize"),
        };

        Snapshot.Match(outputs);
        Assert.All(outputs.Values, text => Assert.DoesNotContain(SampleText.Id1, text, StringComparison.Ordinal));
        Assert.Contains("<TW_NATIONAL_ID:" + Fingerprint.Compute("test-key"u8.ToArray(), EntityTypes.NationalId, SampleText.Id1) + ">", outputs["hash"], StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_key_can_come_from_the_environment()
    {
        var fromOption = Cli.RunWithInput(Input, "redact", "--operator", "hash", "--key", "k1");
        var fromEnvironment = Cli.Run(Path.GetTempPath(), Input, Key("k1"), "redact", "--operator", "hash");
        var otherKey = Cli.Run(Path.GetTempPath(), Input, Key("k2"), "redact", "--operator", "hash");

        Assert.Equal(ExitCodes.Clean, fromEnvironment.ExitCode);
        Assert.Equal(fromOption.Out, fromEnvironment.Out);
        Assert.NotEqual(fromOption.Out, otherKey.Out);
    }

    [Fact]
    public void Hash_without_a_key_is_a_usage_error_that_writes_nothing()
    {
        var result = Cli.RunWithInput(Input, "redact", "--operator", "hash");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("DATAGUARD_HASH_KEY", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_written_to_the_output_folder_with_their_structure_and_originals_untouched()
    {
        _tree.Write("in/a.txt", Input);
        _tree.Write("in/sub/b.txt", SampleText.Clean);
        _tree.WriteBytes("in/sub/photo.jpg", [0xFF, 0xD8, 0xFF, 0x00, 0x10]);

        var result = Cli.Run(_tree.Root, "redact", "in", "--output", "out", "--operator", "mask");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(Input, _tree.Read("in/a.txt"));
        Assert.Equal("身分證字號：A*********，同行者身分證字號：B*********，再確認 A*********。\n", _tree.Read("out/a.txt"));
        Assert.Equal(SampleText.Clean, _tree.Read("out/sub/b.txt"));
        Assert.False(File.Exists(_tree.PathOf("out/sub/photo.jpg"))); // binary files are not copied
        Assert.Empty(Directory.GetFiles(_tree.PathOf("out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void In_place_rewrites_the_file_and_leaves_no_temporary_file()
    {
        _tree.Write("case/notes.txt", Input);

        var result = Cli.Run(_tree.Root, "redact", "case/notes.txt", "--in-place");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("身分證字號：<TW_NATIONAL_ID_1>，同行者身分證字號：<TW_NATIONAL_ID_2>，再確認 <TW_NATIONAL_ID_1>。\n", _tree.Read("case/notes.txt"));
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFiles(_tree.PathOf("case")).Select(Path.GetFileName));
    }

    [Fact]
    public void The_same_value_gets_the_same_placeholder_in_every_file_of_a_run()
    {
        _tree.Write("in/1.txt", SampleText.IdLine(SampleText.Id2));
        _tree.Write("in/2.txt", SampleText.IdLine(SampleText.Id1) + SampleText.IdLine(SampleText.Id2));

        Cli.Run(_tree.Root, "redact", "in", "--output", "out");

        Assert.Equal("身分證字號：<TW_NATIONAL_ID_1>\n", _tree.Read("out/1.txt"));
        Assert.Equal("身分證字號：<TW_NATIONAL_ID_2>\n身分證字號：<TW_NATIONAL_ID_1>\n", _tree.Read("out/2.txt"));
    }

    [Theory]
    [InlineData("redact", "in")]
    [InlineData("redact", "in", "--output", "out", "--in-place")]
    [InlineData("redact", "--in-place")]
    [InlineData("redact", "--output", "out")]
    public void Files_need_exactly_one_target_and_stdin_none(params string[] args)
    {
        _tree.Write("in/a.txt", Input);

        var result = Cli.Run(_tree.Root, Input, null, args);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(Input, _tree.Read("in/a.txt"));
        Assert.Equal(string.Empty, result.Out);
        Assert.NotEqual(string.Empty, result.Error);
    }

    [Fact]
    public void Large_input_is_redacted_chunk_by_chunk_without_losing_or_duplicating_text()
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; builder.Length < 30_000; i++)
        {
            builder.Append("第").Append(new string('行', i % 97)).Append("身分證字號：").Append(i % 3 == 0 ? SampleText.Id2 : SampleText.Id1).Append('\n');
        }
        var text = builder.ToString();

        var result = Cli.RunWithInput(text, "redact", "--chunk-size", "4096");

        var expected = text.Replace(SampleText.Id2, "<TW_NATIONAL_ID_1>", StringComparison.Ordinal).Replace(SampleText.Id1, "<TW_NATIONAL_ID_2>", StringComparison.Ordinal);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public void Pseudonymize_with_a_map_file_can_be_restored()
    {
        _tree.Write("in/a.txt", Input);

        var result = Cli.Run(_tree.Root, "redact", "in", "--output", "out", "--operator", "pseudonymize", "--map", "map.json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var map = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(_tree.Read("map.json"))!;
        Assert.Equal(new Dictionary<string, string> { ["<TW_NATIONAL_ID_1>"] = SampleText.Id1, ["<TW_NATIONAL_ID_2>"] = SampleText.Id2 }, map);
        var restored = map.Aggregate(_tree.Read("out/a.txt"), (text, pair) => text.Replace(pair.Key, pair.Value, StringComparison.Ordinal));
        Assert.Equal(Input, restored);
        Assert.DoesNotContain(SampleText.Id1, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_file_with_an_irreversible_operator_is_a_usage_error()
    {
        var result = Cli.RunWithInput(Input, "redact", "--operator", "mask", "--map", "m.json");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }
}
