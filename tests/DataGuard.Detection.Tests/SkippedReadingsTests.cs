using DataGuard.Detection.Pipeline;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// The readings the scanner skips inside a value at the highest score, and the check that debug builds (these tests) run
/// on every scan: a skipped reading that would have changed the findings throws.
/// </summary>
public class SkippedReadingsTests
{
    [Fact]
    public void A_labelled_landline_is_one_finding_and_its_local_number_is_not_read_again()
    {
        var finding = Single("電話(02)2345-6789");
        Assert.Equal(EntityTypes.PhoneNumber, finding.Type);
        Assert.Equal((2, 13, 1.0), (finding.Start, finding.Length, finding.Score));
    }

    [Fact]
    public void Check_throws_when_a_skipped_reading_would_have_won() =>
        Assert.Throws<InvalidOperationException>(() => VerifyInsideWholeChainPlate(wholeScore: 0.55, skippedScore: 0.60));

    [Fact]
    public void Check_accepts_a_skipped_reading_that_loses_the_overlap()
    {
        var findings = VerifyInsideWholeChainPlate(wholeScore: 1.0, skippedScore: 1.0);
        Assert.Equal((0, 8), (findings[0].Start, findings[0].Length));
    }

    // A plate read over a whole chain of 8 characters, and a reading of its last five set aside; returns the findings.
    private static Finding[] VerifyInsideWholeChainPlate(double wholeScore, double skippedScore)
    {
        var whole = Plate(start: 0, end: 8, score: wholeScore);
        var skipped = new SkippedReadings();
        skipped.Add(Plate(start: 3, end: 8, score: skippedScore));
        var findings = OverlapResolver.Resolve(new[] { whole }, 1);
        skipped.Verify(new[] { whole }, 1, findings);
        return findings;
    }

    private static Candidate Plate(int start, int end, double score) =>
        new(EntityTypes.LicensePlate, start, end, score, Evasions.None, "value", priority: 4);
}
