namespace DataGuard.Audit.Insights.Indicators;

/// <summary>Everything the indicators read for one window, loaded once: hourly activity and the notable rows, by person.</summary>
internal sealed class InsightsData
{
    public InsightsData(InsightsWindow window, InsightsOptions options, Func<string, string?> unitOf, List<ActivityBucket> activity, List<AuditEvent> notable)
    {
        Window = window;
        Options = options;
        UnitOf = unitOf;
        Activity = activity;
        Notable = notable;
        NotableByUser = notable.GroupBy(e => e.User, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ActivityByUser = activity.GroupBy(b => b.User, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public InsightsWindow Window { get; }

    public InsightsOptions Options { get; }

    public Func<string, string?> UnitOf { get; }

    public List<ActivityBucket> Activity { get; }

    /// <summary>Notable rows, oldest first.</summary>
    public List<AuditEvent> Notable { get; }

    public Dictionary<string, List<AuditEvent>> NotableByUser { get; }

    public Dictionary<string, List<ActivityBucket>> ActivityByUser { get; }

    /// <summary>Everyone seen in the window.</summary>
    public IEnumerable<string> People => ActivityByUser.Keys;

    /// <summary>A reason with the options' weight and row cap applied.</summary>
    public Reason Reason(string code, int count, double detail, double? score, IEnumerable<DateOnly> days, IEnumerable<long> rows,
        IEnumerable<string>? fingerprints = null, string? keyPeriod = null, double weightFactor = 1) =>
        new(code, Options.WeightOf(code) * weightFactor, count, Math.Round(detail, 2), score is { } z ? Math.Round(z, 2) : null,
            days.Distinct().Order().ToList(), rows.Distinct().Take(Options.MaxRowsPerReason).ToList(),
            (fingerprints ?? []).Select(FingerprintSpread.Shorten).Distinct().ToList(), keyPeriod);

    /// <summary>Requests per active local day of a person.</summary>
    public Dictionary<DateOnly, (int Requests, int Redactions)> DailyOf(string user)
    {
        var days = new Dictionary<DateOnly, (int Requests, int Redactions)>();
        foreach (var b in ActivityByUser.GetValueOrDefault(user) ?? [])
        {
            var (requests, redactions) = days.GetValueOrDefault(b.Day);
            days[b.Day] = (requests + b.Requests, redactions + b.Redactions);
        }
        return days;
    }
}
