using System.Runtime.CompilerServices;
using DataGuard.Audit.Storage;

namespace DataGuard.Audit.Insights.Reading;

/// <summary>
/// Reads the guard's audit trail through its store (<see cref="IAuditStore"/>: SQLite or PostgreSQL, the same abstraction
/// the writer and the verifier use). Hourly activity is counted by the database (<see cref="IAuditStore.ReadHoursAsync"/>)
/// and shifted to local time here; only notable records come back one by one. The store records no fingerprint-key id, so
/// the key period of a row comes from the configured rotation times (<see cref="KeyPeriods"/>).
/// </summary>
/// <param name="store">The audit store.</param>
/// <param name="fingerprintKeyRotations">When the fingerprint key was rotated, oldest first.</param>
public sealed class AuditStoreEventReader(IAuditStore store, IReadOnlyList<DateTimeOffset> fingerprintKeyRotations) : IAuditEventReader
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ActivityBucket> ReadActivityAsync(InsightsWindow window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (window.UtcOffset.Ticks % TimeSpan.TicksPerHour != 0) throw new ArgumentException("The UTC offset must be whole hours for hourly buckets.");
        // Every person repeats the same few hundred hours of the window: each is converted to local time once.
        var locals = new Dictionary<DateTimeOffset, (DateOnly Day, int Hour)>();
        await foreach (var hour in store.ReadHoursAsync(window.From, window.To, cancellationToken))
        {
            if (!locals.TryGetValue(hour.Hour, out var local))
            {
                var time = window.Local(hour.Hour);
                locals[hour.Hour] = local = (DateOnly.FromDateTime(time), time.Hour);
            }
            yield return new ActivityBucket(hour.User, local.Day, local.Hour, hour.Requests, hour.Blocks, hour.Evasions, hour.Redactions);
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEvent> ReadNotableAsync(InsightsWindow window, CancellationToken cancellationToken = default) =>
        ReadAsync(new AuditRange(window.From, window.To, NotableOnly: true), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<AuditEvent> ReadTimelineAsync(string user, InsightsWindow window, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(new AuditRange(window.From, window.To, user, Limit: limit), cancellationToken);

    private async IAsyncEnumerable<AuditEvent> ReadAsync(AuditRange range, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in store.ReadRangeAsync(range, cancellationToken))
            yield return new AuditEvent(r.Id, r.Time, r.User, r.Route, r.Verdict, r.Counts, r.EvasionUndone, [], r.Fingerprints, KeyPeriods.Label(r.Time, fingerprintKeyRotations));
    }
}
