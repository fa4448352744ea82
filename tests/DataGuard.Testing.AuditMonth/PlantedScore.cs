using DataGuard.Audit.Insights;

namespace DataGuard.Testing.AuditMonth;

/// <summary>How well one indicator's flags match the people planted for it.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Planted">People planted for it.</param>
/// <param name="Flagged">People it flagged.</param>
/// <param name="Hits">Flagged people who were planted for it.</param>
public sealed record PlantedScore(string Indicator, int Planted, int Flagged, int Hits)
{
    /// <summary>Hits / flagged (0 when nothing was flagged).</summary>
    public double Precision => Flagged == 0 ? 0 : (double)Hits / Flagged;

    /// <summary>Hits / planted.</summary>
    public double Recall => (double)Hits / Planted;

    /// <summary>The flagged people who were not planted for the indicator, and the planted ones it missed.</summary>
    public IReadOnlyList<string> Wrong { get; init; } = [];

    /// <summary>Scores every indicator of <paramref name="report"/> against the labels of <paramref name="month"/>.</summary>
    public static IReadOnlyList<PlantedScore> Of(SyntheticMonth month, InsightsReport report) => IndicatorCodes.All.Select(indicator =>
    {
        var flagged = report.People.Where(p => p.Reasons.Any(r => r.Indicator == indicator)).Select(p => p.User).ToHashSet(StringComparer.Ordinal);
        var planted = month.Planted.Where(p => p.Value.Contains(indicator)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return new PlantedScore(indicator, planted.Count, flagged.Count, flagged.Count(planted.Contains))
        {
            Wrong = flagged.Except(planted).Concat(planted.Except(flagged)).Order(StringComparer.Ordinal).ToList(),
        };
    }).ToList();

    /// <summary>The ordinary (unplanted) people <paramref name="report"/> flags, and how many ordinary people there are.</summary>
    public static (int Flagged, int Ordinary) OrdinaryFlagged(SyntheticMonth month, InsightsReport report)
    {
        var ordinary = month.Ordinary.ToHashSet(StringComparer.Ordinal);
        return (report.People.Count(p => ordinary.Contains(p.User)), ordinary.Count);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Indicator}: planted {Planted}, flagged {Flagged}, precision {Precision:0.000}, recall {Recall:0.000}";
}
