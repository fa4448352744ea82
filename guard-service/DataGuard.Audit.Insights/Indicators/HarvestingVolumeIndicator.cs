namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// Harvesting by volume: a day of redacted or pseudonymized requests far above both the person's own active days and the
/// unit's person-days (robust z-scores against median and MAD), and at least <see cref="InsightsOptions.MinRedactionsPerDay"/>.
/// </summary>
internal sealed class HarvestingVolumeIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        var daily = data.People.ToDictionary(u => u, data.DailyOf, StringComparer.Ordinal);
        var unitBaselines = daily.GroupBy(p => data.UnitOf(p.Key) ?? string.Empty).ToDictionary(
            g => g.Key,
            g => RobustBaseline.Of(g.SelectMany(p => p.Value.Values.Select(d => (double)d.Redactions)).ToList(), data.Options.MinimumSpread));
        foreach (var (user, days) in daily)
        {
            var (worstDay, worst) = days.MaxBy(d => d.Value.Redactions);
            if (worst.Redactions < data.Options.MinRedactionsPerDay) continue;
            var own = RobustBaseline.Of(days.Values.Select(d => (double)d.Redactions).ToList(), data.Options.MinimumSpread);
            var unit = unitBaselines[data.UnitOf(user) ?? string.Empty];
            var z = Math.Min(own.Z(worst.Redactions), unit.Z(worst.Redactions));
            if (z < data.Options.HarvestingRobustZ) continue;
            var flaggedDays = days.Where(d => d.Value.Redactions >= data.Options.MinRedactionsPerDay
                && Math.Min(own.Z(d.Value.Redactions), unit.Z(d.Value.Redactions)) >= data.Options.HarvestingRobustZ).Select(d => d.Key).ToHashSet();
            var rows = (data.NotableByUser.GetValueOrDefault(user) ?? [])
                .Where(e => e.Verdict == Verdicts.Redact && flaggedDays.Contains(data.Window.LocalDay(e.Time))).Select(e => e.Id);
            yield return (user, data.Reason(IndicatorCodes.HarvestingVolume, worst.Redactions, own.Median, z, flaggedDays.Prepend(worstDay), rows));
        }
    }
}
