using DataGuard.Audit.Insights.Indicators;
using DataGuard.Audit.Insights.Reading;

namespace DataGuard.Audit.Insights;

/// <summary>
/// Computes the findings for a window: loads the hourly activity and the notable rows once, runs every indicator, and ranks
/// the people flagged by the sum of their reasons' points. Baselines are computed over everyone (a unit's baseline needs
/// the whole unit); the unit filter applies to what is reported.
/// </summary>
/// <param name="options">Thresholds and weights.</param>
/// <param name="unitOf">The unit of a person (from the key directory), or null when unknown.</param>
public sealed class InsightsEngine(InsightsOptions options, Func<string, string?> unitOf)
{
    /// <summary>The largest number of fingerprints listed in a report.</summary>
    public const int MaxFingerprints = 500;

    /// <summary>Computes the report.</summary>
    public async Task<InsightsReport> ComputeAsync(IAuditEventReader reader, InsightsWindow window, CancellationToken cancellationToken = default)
    {
        window = window.Validated();
        var activity = await reader.ReadActivityAsync(window, cancellationToken).ToListAsync(cancellationToken);
        var notable = await reader.ReadNotableAsync(window, cancellationToken).ToListAsync(cancellationToken);
        var data = new InsightsData(window, options, unitOf, activity, notable);

        var reasons = new Dictionary<string, List<Reason>>(StringComparer.Ordinal);
        foreach (var indicator in IndicatorRegistry.All)
        {
            foreach (var (user, reason) in indicator.Find(data))
            {
                if (!reasons.TryGetValue(user, out var list)) reasons[user] = list = [];
                list.Add(reason);
            }
        }

        bool InUnit(string user) => window.Unit is null || unitOf(user) == window.Unit;
        var people = reasons.Where(r => InUnit(r.Key))
            .Select(r => new PersonRisk(r.Key, unitOf(r.Key), r.Value.Sum(x => x.Points), r.Value.OrderByDescending(x => x.Points).ToList()))
            .OrderByDescending(p => p.Score).ThenBy(p => p.User, StringComparer.Ordinal).ToList();
        var days = activity.Where(b => InUnit(b.User)).GroupBy(b => b.Day).OrderBy(g => g.Key)
            .Select(g => new DailyTotals(g.Key, g.Sum(b => b.Requests), g.Sum(b => b.Blocks), g.Sum(b => b.Evasions), g.Sum(b => b.Redactions))).ToList();
        var fingerprints = FingerprintUse.Collect(notable)
            .Where(f => f.Value.Users.Count >= 2 && f.Value.Users.Any(InUnit))
            .Select(f => new FingerprintSpread(FingerprintSpread.Shorten(f.Key.Fingerprint), f.Key.KeyPeriod, f.Value.Users.Order(StringComparer.Ordinal).ToList(),
                f.Value.Rows.Count, f.Value.Rows.Min(r => r.Time), f.Value.Rows.Max(r => r.Time)))
            .OrderByDescending(f => f.People.Count).ThenByDescending(f => f.Requests).ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Take(MaxFingerprints).ToList();
        var (periods, rotations) = KeyPeriodsOf(notable);
        return new InsightsReport(window, people, data.People.Count(InUnit), days, fingerprints, periods, rotations);
    }

    /// <summary>One person's rows and reasons in the window.</summary>
    public async Task<PersonTimeline> TimelineAsync(IAuditEventReader reader, InsightsReport report, string user, int limit, CancellationToken cancellationToken = default)
    {
        var events = await reader.ReadTimelineAsync(user, report.Window, limit + 1, cancellationToken).ToListAsync(cancellationToken);
        var truncated = events.Count > limit;
        if (truncated) events.RemoveAt(events.Count - 1);
        return new PersonTimeline(user, unitOf(user), report.Person(user), events, truncated);
    }

    // The key period changes where the first row written under a new key appears; blocks shortly before it lose their retries.
    private (List<string> Periods, List<KeyRotation> Rotations) KeyPeriodsOf(List<AuditEvent> notable)
    {
        var periods = new List<string>();
        var rotations = new List<KeyRotation>();
        foreach (var e in notable)
        {
            if (periods.Count > 0 && periods[^1] == e.KeyPeriod) continue;
            if (periods.Contains(e.KeyPeriod)) continue;
            if (periods.Count > 0)
            {
                var unlinked = notable.Count(b => b.Verdict == Verdicts.Block && b.KeyPeriod == periods[^1] && b.Time < e.Time && e.Time - b.Time <= options.RetryWindow);
                rotations.Add(new KeyRotation(e.Time, periods[^1], e.KeyPeriod, unlinked));
            }
            periods.Add(e.KeyPeriod);
        }
        return (periods, rotations);
    }
}
