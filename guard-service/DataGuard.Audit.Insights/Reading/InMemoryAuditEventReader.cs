namespace DataGuard.Audit.Insights.Reading;

/// <summary>
/// Audit events held in memory (hand-built timelines in tests, the synthetic month). Its aggregation is the reference that
/// store readers must match.
/// </summary>
public sealed class InMemoryAuditEventReader(IEnumerable<AuditEvent> events) : IAuditEventReader
{
    private readonly AuditEvent[] _events = events.OrderBy(e => e.Time).ThenBy(e => e.Id).ToArray();

    /// <inheritdoc />
    public IAsyncEnumerable<ActivityBucket> ReadActivityAsync(InsightsWindow window, CancellationToken cancellationToken = default)
    {
        var buckets = new Dictionary<(string User, DateOnly Day, int Hour), int[]>();
        foreach (var e in InWindow(window))
        {
            var local = window.Local(e.Time);
            var key = (e.User, DateOnly.FromDateTime(local), local.Hour);
            if (!buckets.TryGetValue(key, out var c)) buckets[key] = c = new int[4];
            c[0]++;
            if (e.Verdict == Verdicts.Block) c[1]++;
            if (e.EvasionUndone) c[2]++;
            if (e.Verdict == Verdicts.Redact) c[3]++;
        }
        return buckets.Select(b => new ActivityBucket(b.Key.User, b.Key.Day, b.Key.Hour, b.Value[0], b.Value[1], b.Value[2], b.Value[3])).ToAsyncEnumerable();
    }

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEvent> ReadNotableAsync(InsightsWindow window, CancellationToken cancellationToken = default) =>
        InWindow(window).Where(e => e.IsNotable).ToAsyncEnumerable();

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEvent> ReadTimelineAsync(string user, InsightsWindow window, int limit, CancellationToken cancellationToken = default) =>
        InWindow(window).Where(e => e.User == user).Take(limit).ToAsyncEnumerable();

    private IEnumerable<AuditEvent> InWindow(InsightsWindow window) => _events.Where(e => e.Time >= window.From && e.Time < window.To);
}
