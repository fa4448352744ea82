namespace DataGuard.Audit.Insights.Indicators;

/// <summary>One indicator: reads the window's data and says which people it flags, and why.</summary>
internal interface IIndicator
{
    /// <summary>The reasons it gives, per person.</summary>
    IEnumerable<(string User, Reason Reason)> Find(InsightsData data);
}

/// <summary>The indicators, in the order of <see cref="IndicatorCodes.All"/>.</summary>
internal static class IndicatorRegistry
{
    public static IReadOnlyList<IIndicator> All { get; } =
    [
        new RetryAfterBlockIndicator(),
        new EvasionIndicator(),
        new SharedFingerprintIndicator(),
        new HarvestingDistinctIndicator(),
        new HarvestingVolumeIndicator(),
        new OffHoursIndicator(),
        new VolumeSpikeIndicator(),
    ];
}
