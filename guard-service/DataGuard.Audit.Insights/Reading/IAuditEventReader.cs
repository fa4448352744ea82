namespace DataGuard.Audit.Insights.Reading;

/// <summary>
/// What the indicators read from an audit store. A store may aggregate (<see cref="ReadActivityAsync"/>) where it can do so
/// faster than handing over every row; <see cref="InMemoryAuditEventReader"/> defines the meaning for every implementation.
/// </summary>
public interface IAuditEventReader
{
    /// <summary>Requests per person and local hour in the window (people of every unit; the engine filters by unit).</summary>
    IAsyncEnumerable<ActivityBucket> ReadActivityAsync(InsightsWindow window, CancellationToken cancellationToken = default);

    /// <summary>Every row in the window that is <see cref="AuditEvent.IsNotable"/> (not allowed, an evasion, or a fingerprint), oldest first.</summary>
    IAsyncEnumerable<AuditEvent> ReadNotableAsync(InsightsWindow window, CancellationToken cancellationToken = default);

    /// <summary>One person's rows in the window, oldest first, at most <paramref name="limit"/>.</summary>
    IAsyncEnumerable<AuditEvent> ReadTimelineAsync(string user, InsightsWindow window, int limit, CancellationToken cancellationToken = default);
}
