namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// A day far above the person's own baseline: at least <see cref="InsightsOptions.MinSpikeRequests"/>, a robust z-score of
/// <see cref="InsightsOptions.SpikeRobustZ"/> against their active days, and <see cref="InsightsOptions.SpikeRatio"/> times their median day.
/// </summary>
internal sealed class VolumeSpikeIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        var o = data.Options;
        foreach (var user in data.People)
        {
            var days = data.DailyOf(user);
            if (days.Count < o.MinBaselineDays) continue;
            var baseline = RobustBaseline.Of(days.Values.Select(d => (double)d.Requests).ToList(), o.MinimumSpread);
            var spikes = days.Where(d => d.Value.Requests >= o.MinSpikeRequests && baseline.Z(d.Value.Requests) >= o.SpikeRobustZ
                && d.Value.Requests >= o.SpikeRatio * baseline.Median).ToList();
            if (spikes.Count == 0) continue;
            var worst = spikes.MaxBy(d => d.Value.Requests);
            var spikeDays = spikes.Select(d => d.Key).ToHashSet();
            var rows = (data.NotableByUser.GetValueOrDefault(user) ?? []).Where(e => spikeDays.Contains(data.Window.LocalDay(e.Time))).Select(e => e.Id);
            yield return (user, data.Reason(IndicatorCodes.VolumeSpike, worst.Value.Requests, baseline.Median, baseline.Z(worst.Value.Requests), spikeDays, rows));
        }
    }
}
