using System.Text;
using DataGuard.Cli.Scanning;
using DataGuard.Detection;

namespace DataGuard.Cli.Tests;

/// <summary>The chunked scanner against the oracle: scanning the whole text at once.</summary>
public sealed class StreamScannerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Segments_rebuild_the_text_and_carry_exactly_the_whole_text_findings(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        while (builder.Length < 60_000)
        {
            builder.Append(' ', random.Next(0, 400)).Append(random.Next(5) == 0 ? "😀\r\n" : "紀錄，");
            builder.Append(random.Next(2) == 0 ? "身分證字號：A123456789" : "B120863158 ");
        }
        var text = builder.ToString();
        var scanner = new PersonalDataScanner();
        var expected = scanner.Scan(text).Select(f => (f.Start, f.Length, f.Type)).ToArray();

        foreach (var chunkSize in new[] { 2048, 2049, 3000, 5000, 1 << 20 })
        {
            var segments = new StreamScanner(scanner, chunkSize).Scan(new StringReader(text)).ToArray();

            Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
            long offset = 0;
            foreach (var segment in segments)
            {
                Assert.Equal(offset, segment.Offset);
                offset += segment.Text.Length;
            }
            var actual = segments.SelectMany(s => s.Findings.Select(f => ((int)s.Offset + f.Start, f.Length, f.Type))).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Empty_input_yields_nothing()
    {
        Assert.Empty(new StreamScanner(new PersonalDataScanner()).Scan(new StringReader(string.Empty)));
    }
}
