using DataGuard.Audit.Insights;
using DataGuard.Audit.Insights.Reading;
using DataGuard.Testing.AuditMonth;
using Xunit.Abstractions;

namespace DataGuard.Audit.Insights.Tests;

/// <summary>
/// The synthetic month (≥ 2,000 officers in 24 units, ≥ 1 M rows) with planted people for every indicator: each indicator
/// finds its planted people (precision and recall ≥ 0.9) and flags at most 1 % of the ordinary officers.
/// </summary>
public sealed class PlantedCaseTests(MonthFixture month, ITestOutputHelper output) : IClassFixture<MonthFixture>
{
    public static TheoryData<string> Indicators => new(IndicatorCodes.All);

    [Fact]
    public void The_month_is_the_size_the_issue_asks_for()
    {
        Assert.True(month.Month.Units.Count >= 2000);
        Assert.True(month.Month.Units.Values.Distinct().Count() >= 20);
        Assert.True(month.Month.Events.Count >= 1_000_000, $"{month.Month.Events.Count} rows");
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Each_indicator_finds_its_planted_people(string indicator)
    {
        var score = PlantedScore.Of(month.Month, month.Report).Single(s => s.Indicator == indicator);
        output.WriteLine(score.ToString());
        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.9, $"{score}; wrong: {string.Join(", ", score.Wrong.Take(10))}");
    }

    [Fact]
    public void At_most_one_percent_of_ordinary_officers_are_flagged()
    {
        var (flagged, ordinary) = PlantedScore.OrdinaryFlagged(month.Month, month.Report);
        double rate = (double)flagged / ordinary;
        output.WriteLine($"ordinary officers flagged: {flagged} of {ordinary} = {rate:P2}");
        Assert.True(rate <= 0.01, $"{rate:P2}");
    }

    [Fact]
    public void Planted_people_rank_above_the_ordinary_ones()
    {
        var top = month.Report.People.Take(month.Month.Planted.Count).Count(p => month.Month.Planted.ContainsKey(p.User));
        Assert.True(top >= 0.9 * month.Month.Planted.Count, $"{top} of the top {month.Month.Planted.Count} are planted");
    }
}

/// <summary>The month and its report, computed once for the class.</summary>
public sealed class MonthFixture
{
    public MonthFixture()
    {
        Month = SyntheticMonth.Generate();
        var units = Month.Units;
        Report = new InsightsEngine(Month.Options, u => units.GetValueOrDefault(u))
            .ComputeAsync(new InMemoryAuditEventReader(Month.Events), Month.Window).GetAwaiter().GetResult();
    }

    public SyntheticMonth Month { get; }

    public InsightsReport Report { get; }
}
