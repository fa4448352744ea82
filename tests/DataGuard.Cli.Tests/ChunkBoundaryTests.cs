using System.Text;
using Newtonsoft.Json.Linq;

namespace DataGuard.Cli.Tests;

/// <summary>
/// Large inputs are scanned in overlapping chunks; a value on a chunk boundary must be found exactly once, at the right
/// line and column. Chunk size 4096 makes the boundaries cheap to hit: reads end at multiples of 4096 and a window
/// commits findings up to one overlap (1024 characters with default options) before its end.
/// </summary>
public sealed class ChunkBoundaryTests : IDisposable
{
    private const int ChunkSize = 4096;
    private static readonly int Overlap = DataGuard.Cli.Scanning.StreamScanner.OverlapFor(new DataGuard.Detection.ScannerOptions());
    private const string Context = "身分證字號：";
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>Filler text without digits or identifiers, in lines of varying length.</summary>
    private static string Filler(int length, int seed)
    {
        var builder = new StringBuilder(length + 64);
        var random = new Random(seed);
        string[] words = ["巡邏", "紀錄", "today", "正常", "report", "無異狀", "the", "值勤"];
        while (builder.Length < length)
        {
            builder.Append(words[random.Next(words.Length)]);
            builder.Append(random.Next(8) == 0 ? '\n' : ' ');
        }
        builder.Length = length;
        if (length > 0) builder[length - 1] = '\n';
        return builder.ToString();
    }

    /// <summary>A text with <paramref name="id"/> starting exactly at <paramref name="start"/>.</summary>
    private static string TextWithIdAt(int start, string id, int totalLength)
    {
        var before = Filler(start - Context.Length, start) + Context;
        return before + id + "\n" + Filler(totalLength - before.Length - id.Length - 1, start + 1);
    }

    private static (int Line, int Column) PositionOf(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        int line = before.Count('\n') + 1;
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    public static TheoryData<int> BoundaryStarts()
    {
        var starts = new TheoryData<int>();
        foreach (var boundary in new[] { ChunkSize - Overlap, ChunkSize, 2 * ChunkSize - Overlap, 2 * ChunkSize, 3 * ChunkSize })
        {
            for (int start = boundary - 11; start <= boundary + 1; start++) starts.Add(start);
        }
        return starts;
    }

    [Theory]
    [MemberData(nameof(BoundaryStarts))]
    public void A_value_on_a_chunk_boundary_is_found_once_at_the_right_place(int start)
    {
        Assert.True(2 * Overlap <= ChunkSize, "the chunk size must stay above the scanner's minimum for these boundaries");
        var text = TextWithIdAt(start, SampleText.Id1, 5 * ChunkSize);
        _tree.Write("big.log", text);

        var result = Cli.Run(_tree.Root, "scan", "big.log", "--format", "jsonl", "--chunk-size", ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var finding = JToken.Parse(Assert.Single(result.OutLines));
        var (line, column) = PositionOf(text, start);
        Assert.Equal(start, (long)finding["offset"]!);
        Assert.Equal(10, (int)finding["length"]!);
        Assert.Equal(line, (int)finding["line"]!);
        Assert.Equal(column, (int)finding["column"]!);
    }

    [Fact]
    public void Many_values_across_many_chunks_are_each_found_once()
    {
        var builder = new StringBuilder();
        var expected = new List<int>();
        var random = new Random(42);
        while (builder.Length < 40 * ChunkSize)
        {
            builder.Append(Filler(random.Next(20, 900), builder.Length)).Append(Context);
            expected.Add(builder.Length);
            builder.Append(random.Next(2) == 0 ? SampleText.Id1 : SampleText.Id2).Append(random.Next(3) == 0 ? "\r\n" : "。");
        }
        var text = builder.ToString();
        _tree.Write("many.log", text);

        var result = Cli.Run(_tree.Root, "scan", "many.log", "--format", "jsonl", "--chunk-size", ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var findings = result.OutLines.Select(JToken.Parse).ToArray();
        Assert.Equal(expected, findings.Select(f => (int)(long)f["offset"]!));
        var lastLine = (int)findings[^1]["line"]!;
        Assert.Equal(PositionOf(text.Replace("\r\n", "\n", StringComparison.Ordinal), text.Replace("\r\n", "\n", StringComparison.Ordinal).LastIndexOf(Context, StringComparison.Ordinal)).Line, lastLine);
    }

    [Fact]
    public void A_file_larger_than_the_default_chunk_is_streamed_with_the_boundary_value_found_once()
    {
        const int defaultChunk = 1 << 20;
        var text = TextWithIdAt(defaultChunk - 4, SampleText.Id2, defaultChunk * 2 + 12345);
        _tree.Write("export.txt", text);

        var result = Cli.Run(_tree.Root, "scan", "export.txt", "--format", "jsonl");

        var finding = JToken.Parse(Assert.Single(result.OutLines));
        var (line, column) = PositionOf(text, defaultChunk - 4);
        Assert.Equal(defaultChunk - 4, (long)finding["offset"]!);
        Assert.Equal((line, column), ((int)finding["line"]!, (int)finding["column"]!));
    }
}
