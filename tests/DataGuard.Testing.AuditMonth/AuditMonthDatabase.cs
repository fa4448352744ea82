using DataGuard.Audit;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Insights;
using DataGuard.Audit.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataGuard.Testing.AuditMonth;

/// <summary>
/// Writes events into a real audit store through the guard's own <see cref="AuditWriter"/> (migrations, hash chain and
/// batches included), as one guard instance would have.
/// </summary>
public static class AuditMonthDatabase
{
    // Appends in flight at once: the writer batches up to 500 per transaction; more only hold memory.
    private const int InFlight = 4000;

    /// <summary>Appends <paramref name="events"/> to the SQLite database at <paramref name="path"/> (created when missing), in order.</summary>
    public static async Task WriteAsync(string path, IEnumerable<AuditEvent> events)
    {
        await using var store = AuditStores.Open(AuditStores.Sqlite, path);
        await WriteAsync(store, events);
    }

    /// <summary>Migrates <paramref name="store"/> and appends <paramref name="events"/> to its default chain, in order.</summary>
    public static async Task WriteAsync(IAuditStore store, IEnumerable<AuditEvent> events)
    {
        await store.MigrateAsync();
        await using var writer = await AuditWriter.StartAsync(store, AuditStores.DefaultSqliteChain, signer: null, new CheckpointPolicy(1000, TimeSpan.FromHours(1)), NullLogger.Instance);
        var pending = new List<Task<AuditRecord>>(InFlight);
        foreach (var e in events)
        {
            pending.Add(writer.AppendAsync(RecordOf(e)));
            if (pending.Count < InFlight) continue;
            await Task.WhenAll(pending);
            pending.Clear();
        }
        await Task.WhenAll(pending);
    }

    /// <summary>The audit record the guard would have written for an event.</summary>
    public static AuditRecord RecordOf(AuditEvent e) => new()
    {
        Time = e.Time,
        RequestId = "req-" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        User = e.User,
        Route = e.Route,
        Deployment = "gpt-4o",
        Model = "gpt-4o",
        Verdict = e.Verdict,
        Status = e.Verdict == Verdicts.Block ? 400 : 200,
        Counts = e.Counts,
        EvasionUndone = e.EvasionUndone,
        Fingerprints = e.Fingerprints,
        LatencyMs = 12.5,
    };
}
