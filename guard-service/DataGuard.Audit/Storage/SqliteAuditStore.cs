using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DataGuard.Audit.Storage;

/// <summary>
/// The embedded default: one SQLite file (WAL) beside the guard. One guard instance writes it; the chain lease is an
/// exclusive lock file next to the database, so a second process on the same file and chain fails at start-up.
/// </summary>
public sealed class SqliteAuditStore(string databasePath) : SqlAuditStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = Prepare(databasePath), Pooling = true }.ToString();

    /// <summary>The database file.</summary>
    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <inheritdoc />
    public override string Provider => AuditStores.Sqlite;

    // Version 1 is the table as the guard first shipped it (so existing files are recognised, not recreated);
    // version 2 adds the per-instance chain and its gap-free sequence; version 3 the indexes audit insights reads through.
    // Columns are only ever added.
    /// <inheritdoc />
    protected override IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS audit (
          id INTEGER PRIMARY KEY, time_utc TEXT NOT NULL, request_id TEXT NOT NULL, user_id TEXT NOT NULL,
          route TEXT NOT NULL, deployment TEXT, model TEXT, verdict TEXT NOT NULL, status INTEGER NOT NULL,
          counts TEXT NOT NULL, evasion INTEGER NOT NULL, fingerprints TEXT NOT NULL, latency_ms REAL NOT NULL,
          previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS audit_user_time ON audit(user_id, time_utc);
        CREATE INDEX IF NOT EXISTS audit_time ON audit(time_utc);
        """,
        $"""
        ALTER TABLE audit ADD COLUMN chain TEXT NOT NULL DEFAULT '{AuditStores.DefaultSqliteChain}';
        ALTER TABLE audit ADD COLUMN seq INTEGER;
        UPDATE audit SET seq = id WHERE seq IS NULL;
        CREATE UNIQUE INDEX audit_chain_seq ON audit(chain, seq);
        """,
        InsightsIndexes,
    ];

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    // SQLite's planner would rather range-search audit_time and sort 1 M rows by person and hour; the hint keeps the
    // sort-free scan of the covering index (a file not yet migrated to version 3 is read without it).
    /// <inheritdoc />
    protected override async Task<string> HoursSourceAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = @name");
        Add(command, "@name", HourlyIndex);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0 ? $"audit INDEXED BY {HourlyIndex}" : "audit";
    }

    /// <inheritdoc />
    public override async Task<IAsyncDisposable> LeaseChainAsync(string chain, CancellationToken cancellationToken = default)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }
        var path = DatabasePath + "." + chain + ".writer.lock";
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows; the OS drops it when the process dies.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new AuditChainBusyException(chain);
        }
    }

    private static string Prepare(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        return databasePath;
    }
}
