using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// The audit trail in a SQLite file (WAL). Requests hand records to <see cref="Append(AuditRecord, CancellationToken)"/> and go on; one writer links them
/// into the hash chain and stores them in batches, in arrival order.
/// </summary>
public sealed class AuditTrail : IAsyncDisposable
{
    private const string Columns = "id, time_utc, request_id, user_id, route, deployment, model, verdict, status, counts, evasion, fingerprints, latency_ms, previous_hash, hash";
    private readonly string _connectionString;
    private readonly Channel<object> _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _writer;
    private readonly ILogger<AuditTrail> _logger;
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _inFlight = new();
    private long _nextTicket;

    /// <summary>How long <see cref="FlushAsync"/> waits for the records of requests still running.</summary>
    public static TimeSpan InFlightWait { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Opens (or creates) the database and starts the writer.</summary>
    public AuditTrail(string databasePath, ILogger<AuditTrail> logger)
    {
        _logger = logger;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();
        using (var connection = Open())
        {
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS audit (
                  id INTEGER PRIMARY KEY, time_utc TEXT NOT NULL, request_id TEXT NOT NULL, user_id TEXT NOT NULL,
                  route TEXT NOT NULL, deployment TEXT, model TEXT, verdict TEXT NOT NULL, status INTEGER NOT NULL,
                  counts TEXT NOT NULL, evasion INTEGER NOT NULL, fingerprints TEXT NOT NULL, latency_ms REAL NOT NULL,
                  previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS audit_user_time ON audit(user_id, time_utc);
                CREATE INDEX IF NOT EXISTS audit_time ON audit(time_utc);
                """);
        }
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Queues a record (its id and hashes are assigned when stored). When the queue is full this waits: no record is dropped.</summary>
    public ValueTask Append(AuditRecord record, CancellationToken cancellationToken = default) => _queue.Writer.WriteAsync(record, cancellationToken);

    /// <summary>
    /// Notes that a request has started whose record will follow with <see cref="Append(AuditRecord, long, CancellationToken)"/>,
    /// so that <see cref="FlushAsync"/> can wait for it: its answer may reach the caller before the record is queued.
    /// </summary>
    public long Begin()
    {
        var ticket = Interlocked.Increment(ref _nextTicket);
        _inFlight[ticket] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return ticket;
    }

    /// <summary>Queues the record of a request announced with <see cref="Begin"/>.</summary>
    public async ValueTask Append(AuditRecord record, long ticket, CancellationToken cancellationToken = default)
    {
        try
        {
            await _queue.Writer.WriteAsync(record, cancellationToken);
        }
        finally
        {
            if (_inFlight.TryRemove(ticket, out var queued)) queued.TrySetResult();
        }
    }

    /// <summary>
    /// Waits until every record queued so far is stored, after waiting (at most <see cref="InFlightWait"/>) for the records of
    /// requests that had started by now: a query right after a request has been answered then sees its record.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var started = _inFlight.Values.Select(t => t.Task).ToArray();
        if (started.Length > 0)
        {
            // A long streamed answer must not hold up an auditor indefinitely; its record comes with a later query.
            try
            {
                await Task.WhenAll(started).WaitAsync(InFlightWait, cancellationToken);
            }
            catch (TimeoutException)
            {
            }
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(done, cancellationToken);
        await done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Records matching the filter, oldest first, one page at a time.</summary>
    public async Task<(IReadOnlyList<AuditRecord> Records, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await using var connection = Open();
        var where = new List<string>();
        await using var count = connection.CreateCommand();
        await using var select = connection.CreateCommand();
        void Filter(string clause, string name, object? value)
        {
            if (value is null) return;
            where.Add(clause);
            count.Parameters.AddWithValue(name, value);
            select.Parameters.AddWithValue(name, value);
        }
        Filter("user_id = $user", "$user", query.User);
        Filter("verdict = $verdict", "$verdict", query.Verdict);
        Filter("time_utc >= $from", "$from", query.From is { } from ? AuditChain.Format(from) : null);
        Filter("time_utc < $to", "$to", query.To is { } to ? AuditChain.Format(to) : null);
        var whereClause = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        count.CommandText = "SELECT COUNT(*) FROM audit" + whereClause;
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        select.CommandText = $"SELECT {Columns} FROM audit{whereClause} ORDER BY id LIMIT $limit OFFSET $offset";
        select.Parameters.AddWithValue("$limit", query.PageSize);
        select.Parameters.AddWithValue("$offset", (long)(query.Page - 1) * query.PageSize);
        var records = new List<AuditRecord>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) records.Add(Read(reader).Record);
        return (records, total);
    }

    /// <summary>Recomputes the chain: whether every record is unchanged and none is missing, and the first one that is not.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await using var connection = Open();
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM audit ORDER BY id";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var previous = AuditChain.Genesis;
        long expectedId = 1, checkedCount = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var (record, counts, fingerprints) = Read(reader);
            if (record.Id != expectedId || record.PreviousHash != previous || AuditChain.HashOf(record, counts, fingerprints) != record.Hash)
                return new AuditVerification(false, checkedCount, record.Id);
            previous = record.Hash;
            expectedId++;
            checkedCount++;
        }
        return new AuditVerification(true, checkedCount, null);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        await using var connection = Open();
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        var (lastId, lastHash) = Last(connection);
        var batch = new List<object>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < 500 && _queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                await using var transaction = connection.BeginTransaction();
                using var insert = InsertCommand(connection, transaction);
                foreach (var item in batch)
                {
                    if (item is not AuditRecord record) continue;
                    var stored = record with { Id = lastId + 1, PreviousHash = lastHash };
                    var counts = stored.Counts.Count == 0 ? "{}" : JsonSerializer.Serialize(stored.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value));
                    var fingerprints = stored.Fingerprints.Count == 0 ? "[]" : JsonSerializer.Serialize(stored.Fingerprints);
                    stored = stored with { Hash = AuditChain.HashOf(stored, counts, fingerprints) };
                    Insert(insert, stored, counts, fingerprints);
                    (lastId, lastHash) = (stored.Id, stored.Hash);
                }
                await transaction.CommitAsync();
            }
            catch (SqliteException ex)
            {
                // Keep the chain consistent with what is stored; the error code only (no record content).
                _logger.LogError("Audit batch of {Count} records was not stored: SQLite error {Code}.", batch.Count, ex.SqliteErrorCode);
                (lastId, lastHash) = Last(connection);
            }
            foreach (var item in batch) (item as TaskCompletionSource)?.TrySetResult();
        }
    }

    private static readonly string[] Parameters =
        ["$id", "$time", "$request", "$user", "$route", "$deployment", "$model", "$verdict", "$status", "$counts", "$evasion", "$fingerprints", "$latency", "$previous", "$hash"];

    // One prepared statement per batch; only the values change per record.
    private static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO audit ({Columns}) VALUES ({string.Join(", ", Parameters)})";
        foreach (var name in Parameters) insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        insert.Prepare();
        return insert;
    }

    private static void Insert(SqliteCommand insert, AuditRecord r, string counts, string fingerprints)
    {
        object?[] values =
        [
            r.Id, AuditChain.Format(r.Time), r.RequestId, r.User, r.Route, r.Deployment, r.Model, r.Verdict, r.Status,
            counts, r.EvasionUndone ? 1 : 0, fingerprints, r.LatencyMs, r.PreviousHash, r.Hash,
        ];
        for (int i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        insert.ExecuteNonQuery();
    }

    private static (AuditRecord Record, string Counts, string Fingerprints) Read(SqliteDataReader reader)
    {
        var counts = reader.GetString(9);
        var fingerprints = reader.GetString(11);
        var record = new AuditRecord
        {
            Id = reader.GetInt64(0),
            Time = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            RequestId = reader.GetString(2),
            User = reader.GetString(3),
            Route = reader.GetString(4),
            Deployment = reader.IsDBNull(5) ? null : reader.GetString(5),
            Model = reader.IsDBNull(6) ? null : reader.GetString(6),
            Verdict = reader.GetString(7),
            Status = reader.GetInt32(8),
            Counts = JsonSerializer.Deserialize<Dictionary<string, int>>(counts) ?? new Dictionary<string, int>(),
            EvasionUndone = reader.GetInt64(10) != 0,
            Fingerprints = JsonSerializer.Deserialize<List<string>>(fingerprints) ?? [],
            LatencyMs = reader.GetDouble(12),
            PreviousHash = reader.GetString(13),
            Hash = reader.GetString(14),
        };
        return (record, counts, fingerprints);
    }

    private static (long Id, string Hash) Last(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.Genesis);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Filter and page of <c>GET /v1/audit</c>.</summary>
public sealed record AuditQuery(string? User, DateTimeOffset? From, DateTimeOffset? To, string? Verdict, int Page, int PageSize);

/// <summary>Result of <c>GET /v1/audit/verify</c>.</summary>
/// <param name="Intact">Whether every record matches its hash and follows the previous one.</param>
/// <param name="Records">Records checked before the first break (all of them when intact).</param>
/// <param name="BrokenAt">Id of the first record that does not match; null when intact.</param>
public sealed record AuditVerification(bool Intact, long Records, long? BrokenAt);
