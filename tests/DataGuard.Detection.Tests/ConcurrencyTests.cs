namespace DataGuard.Detection.Tests;

/// <summary>One scanner shared by many threads gives every thread the same answer.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Shared_scanner_gives_identical_results_across_threads()
    {
        const string text = "身分證A123456789，手機０９１２３４５６７８，車牌BCD-5678，信箱wang@example.com，住臺北市中正區重慶南路一段122號";
        var expected = Scanning.Scan(text);
        var results = new IReadOnlyList<Finding>[64];
        Parallel.For(0, results.Length, i => results[i] = Scanning.Scanner.Scan(text));
        Assert.Equal(5, expected.Count);
        foreach (var result in results) Assert.Equal(expected, result);
    }
}
