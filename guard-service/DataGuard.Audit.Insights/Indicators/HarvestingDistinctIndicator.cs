namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// Harvesting by breadth: one person sending many distinct fingerprints in one key period, far above the people of their
/// unit (robust z-score against the unit's median and MAD, everyone in the unit counted, also those with none).
/// </summary>
internal sealed class HarvestingDistinctIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        // Per person the key period with the most distinct fingerprints (fingerprints of two periods cannot be compared).
        var best = new Dictionary<string, (string Period, HashSet<string> Fingerprints, List<AuditEvent> Rows)>(StringComparer.Ordinal);
        foreach (var (user, events) in data.NotableByUser)
        {
            foreach (var period in events.Where(e => e.Fingerprints.Count > 0).GroupBy(e => e.KeyPeriod))
            {
                var distinct = period.SelectMany(e => e.Fingerprints).ToHashSet(StringComparer.Ordinal);
                if (!best.TryGetValue(user, out var current) || distinct.Count > current.Fingerprints.Count)
                    best[user] = (period.Key, distinct, period.ToList());
            }
        }
        var baselines = data.People.GroupBy(data.UnitOf).ToDictionary(
            g => g.Key ?? string.Empty,
            g => RobustBaseline.Of(g.Select(u => (double)(best.TryGetValue(u, out var b) ? b.Fingerprints.Count : 0)).ToList(), data.Options.MinimumSpread));
        foreach (var (user, (period, fingerprints, rows)) in best)
        {
            if (fingerprints.Count < data.Options.MinDistinctFingerprints) continue;
            var baseline = baselines.GetValueOrDefault(data.UnitOf(user) ?? string.Empty, RobustBaseline.Of([], data.Options.MinimumSpread));
            var z = baseline.Z(fingerprints.Count);
            if (z < data.Options.HarvestingRobustZ) continue;
            yield return (user, data.Reason(IndicatorCodes.HarvestingDistinct, fingerprints.Count, baseline.Median, z,
                rows.Select(e => data.Window.LocalDay(e.Time)), rows.Select(e => e.Id), keyPeriod: period));
        }
    }
}
