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
    public void A_mobile_whose_chain_runs_on_into_a_date_is_one_finding()
    {
        // The reader takes the comma for a group separator: the chain is 0965-460-746，113, and 460-746，113 a later token.
        var finding = Single("手機0965-460-746，113年6月9日");
        Assert.Equal(EntityTypes.PhoneNumber, finding.Type);
        Assert.Equal((2, 12, 1.0), (finding.Start, finding.Length, finding.Score));
    }

    [Theory]
    [InlineData(7, true)] // reads 7..18 at most: 11 characters, shorter than the value's 12
    [InlineData(6, false)] // 6..18: as long as the value, so it is read
    [InlineData(2, false)] // the value's own start
    [InlineData(14, false)] // past the value: a token of its own
    public void A_later_token_is_skipped_only_where_every_reading_of_it_is_shorter_than_the_value(int token, bool skipped)
    {
        var tokens = new LaterTokens(readingEnd: 18, valueStart: 2, valueEnd: 14);
        Assert.Equal(skipped, tokens.Holds("手機0965-460-746，113年".AsSpan(), token));
    }

    [Fact]
    public void A_later_token_after_an_opening_bracket_counts_the_bracket_in_its_reading()
    {
        // A value of 10 characters from 0, its chain read to 12: from 3 a reading is 9 long, or 10 when it takes the "(" at 2.
        var tokens = new LaterTokens(readingEnd: 12, valueStart: 0, valueEnd: 10);
        Assert.True(tokens.Holds("12-4567890123".AsSpan(), 3));
        Assert.False(tokens.Holds("12(4567890123".AsSpan(), 3));
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
