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
        var flagged = month.Report.People.Where(p => p.Reasons.Any(r => r.Indicator == indicator)).Select(p => p.User).ToHashSet();
        var planted = month.Month.Planted.Where(p => p.Value.Contains(indicator)).Select(p => p.Key).ToHashSet();
        var hits = flagged.Count(planted.Contains);
        double precision = flagged.Count == 0 ? 0 : (double)hits / flagged.Count, recall = (double)hits / planted.Count;
        output.WriteLine($"{indicator}: planted {planted.Count}, flagged {flagged.Count}, precision {precision:0.000}, recall {recall:0.000}");
        Assert.True(precision >= 0.9, $"precision {precision:0.000}: flagged {string.Join(", ", flagged.Except(planted).Take(10))}");
        Assert.True(recall >= 0.9, $"recall {recall:0.000}: missed {string.Join(", ", planted.Except(flagged).Take(10))}");
    }

    [Fact]
    public void At_most_one_percent_of_ordinary_officers_are_flagged()
    {
        var ordinary = month.Month.Ordinary.ToHashSet();
        var flagged = month.Report.People.Where(p => ordinary.Contains(p.User)).ToList();
        double rate = (double)flagged.Count / ordinary.Count;
        output.WriteLine($"ordinary officers flagged: {flagged.Count} of {ordinary.Count} = {rate:P2}; by indicator: " +
            string.Join(", ", flagged.SelectMany(p => p.Reasons).GroupBy(r => r.Indicator).Select(g => $"{g.Key} {g.Count()}")));
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
