using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace DataGuard.Audit.Storage;

/// <summary>
/// The SQL both providers share: one table <c>audit</c> with the same columns and the same statements (named parameters
/// <c>@x</c> work on both). A provider supplies connections, its migrations and how a chain is leased.
/// </summary>
public abstract class SqlAuditStore : IAuditStore
{
    // Column order is the reader's index order (see Read).
    private const string Columns = "id, chain, seq, time_utc, request_id, user_id, route, deployment, model, verdict, status, counts, evasion, fingerprints, latency_ms, previous_hash, hash";
    private const string InsertColumns = "chain, seq, time_utc, request_id, user_id, route, deployment, model, verdict, status, counts, evasion, fingerprints, latency_ms, previous_hash, hash";

    /// <inheritdoc />
    public abstract string Provider { get; }

    /// <summary>The provider's migrations: version n is the n-th entry. Never edit a shipped one; add the next.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Opens a connection.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Serialises migrations between processes starting at once, inside <paramref name="transaction"/>.</summary>
    protected virtual Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Indexes of the insights reads (migration 3 of both providers): a covering index ordered by person and UTC hour, so
    /// the hourly count streams in index order without a sort, and a partial index of the few notable records.
    /// </summary>
    protected const string InsightsIndexes = $"""
        CREATE INDEX IF NOT EXISTS {HourlyIndex} ON audit(user_id, substr(time_utc, 1, 13), verdict, evasion, time_utc);
        CREATE INDEX IF NOT EXISTS audit_insights_notable ON audit(time_utc) WHERE {AuditRange.NotableClause};
        """;

    /// <summary>The covering index of <see cref="ReadHoursAsync"/>.</summary>
    protected const string HourlyIndex = "audit_insights_hourly";

    /// <summary>The table expression <see cref="ReadHoursAsync"/> reads (a provider may add an index hint).</summary>
    protected virtual Task<string> HoursSourceAsync(DbConnection connection, CancellationToken cancellationToken) => Task.FromResult("audit");

    /// <inheritdoc />
    public abstract Task<IAsyncDisposable> LeaseChainAsync(string chain, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockMigrationsAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS audit_schema_version (version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL)", cancellationToken);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM audit_schema_version", cancellationToken), CultureInfo.InvariantCulture);
        if (current > Migrations.Count)
            throw new InvalidOperationException($"The audit database has schema version {current}; this guard knows up to {Migrations.Count}. Upgrade the guard.");
        for (var version = current + 1; version <= Migrations.Count; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            await using var record = Command(connection, transaction, "INSERT INTO audit_schema_version (version, applied_utc) VALUES (@version, @time)");
            Add(record, "@version", version);
            Add(record, "@time", AuditChain.Format(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Migrations.Count;
    }

    /// <inheritdoc />
    public async Task<ChainHead> HeadAsync(string chain, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT seq, hash FROM audit WHERE chain = @chain ORDER BY seq DESC LIMIT 1");
        Add(command, "@chain", chain);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ChainHead(chain, Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)) : ChainHead.Empty(chain);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<StoredRecord> records, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One prepared statement per batch; only the values change per record.
        await using var insert = Command(connection, transaction, $"INSERT INTO audit ({InsertColumns}) VALUES ({string.Join(", ", InsertColumns.Split(", ").Select(c => "@" + c))}) RETURNING id");
        var names = InsertColumns.Split(", ");
        foreach (var name in names) Add(insert, "@" + name, null);
        await insert.PrepareAsync(cancellationToken);
        var ids = new long[records.Count];
        var index = 0;
        foreach (var stored in records)
        {
            var r = stored.Record;
            object?[] values =
            [
                r.Chain, r.Sequence, AuditChain.Format(r.Time), r.RequestId, r.User, r.Route, r.Deployment, r.Model, r.Verdict, r.Status,
                stored.CountsJson, r.EvasionUndone ? 1 : 0, stored.FingerprintsJson, r.LatencyMs, r.PreviousHash, r.Hash,
            ];
            for (int i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            ids[index++] = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<AuditRecord> Records, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var where = new List<string>();
        await using var count = Command(connection, null, string.Empty);
        await using var select = Command(connection, null, string.Empty);
        void Filter(string clause, string name, object? value)
        {
            if (value is null) return;
            where.Add(clause);
            Add(count, name, value);
            Add(select, name, value);
        }
        Filter("user_id = @user", "@user", query.User);
        Filter("verdict = @verdict", "@verdict", query.Verdict);
        Filter("time_utc >= @from", "@from", query.From is { } from ? AuditChain.Format(from) : null);
        Filter("time_utc < @to", "@to", query.To is { } to ? AuditChain.Format(to) : null);
        var whereClause = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        count.CommandText = "SELECT COUNT(*) FROM audit" + whereClause;
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        select.CommandText = $"SELECT {Columns} FROM audit{whereClause} ORDER BY id LIMIT @limit OFFSET @offset";
        Add(select, "@limit", (long)query.PageSize);
        Add(select, "@offset", (long)(query.Page - 1) * query.PageSize);
        var records = new List<AuditRecord>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) records.Add(Read(reader).Record);
        return (records, total);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditHour> ReadHoursAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Grouped by a prefix of the stored UTC text (yyyy-MM-ddTHH): far cheaper than date functions, and the same on both providers.
        await using var command = Command(connection, null, $"""
            SELECT user_id, substr(time_utc, 1, 13), COUNT(*), SUM(CASE WHEN verdict = 'block' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN evasion <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN verdict = 'redact' THEN 1 ELSE 0 END)
            FROM {await HoursSourceAsync(connection, cancellationToken)} WHERE time_utc >= @from AND time_utc < @to GROUP BY user_id, substr(time_utc, 1, 13)
            """);
        Add(command, "@from", AuditChain.Format(from));
        Add(command, "@to", AuditChain.Format(to));
        // A month is a few hundred thousand (person, hour) rows over a few hundred hours: each hour text is parsed once.
        var hours = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var text = reader.GetString(1);
            if (!hours.TryGetValue(text, out var hour))
                hours[text] = hour = DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            // COUNT and SUM are 64-bit on both providers.
            yield return new AuditHour(reader.GetString(0), hour, (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4), (int)reader.GetInt64(5));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditRecord> ReadRangeAsync(AuditRange range, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, string.Empty);
        var where = "time_utc >= @from AND time_utc < @to";
        Add(command, "@from", AuditChain.Format(range.From));
        Add(command, "@to", AuditChain.Format(range.To));
        if (range.User is not null)
        {
            where = "user_id = @user AND " + where;
            Add(command, "@user", range.User);
        }
        if (range.NotableOnly) where += " AND " + AuditRange.NotableClause;
        var limit = string.Empty;
        if (range.Limit is { } max)
        {
            limit = " LIMIT @limit";
            Add(command, "@limit", (long)max);
        }
        command.CommandText = $"SELECT {Columns} FROM audit WHERE {where} ORDER BY time_utc, id{limit}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return Read(reader).Record;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ChainsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT DISTINCT chain FROM audit ORDER BY chain");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chains = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) chains.Add(reader.GetString(0));
        return chains;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredRecord> ReadChainAsync(string chain, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM audit WHERE chain = @chain ORDER BY id");
        Add(command, "@chain", chain);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return Read(reader);
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string chain, long sequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM audit WHERE chain = @chain AND seq = @seq");
        Add(command, "@chain", chain);
        Add(command, "@seq", sequence);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ScalarAsync(connection, null, "SELECT COUNT(*) FROM audit_schema_version", cancellationToken);
    }

    /// <summary>A command on <paramref name="connection"/>.</summary>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a named parameter.</summary>
    protected static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Runs a statement.</summary>
    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static StoredRecord Read(DbDataReader reader)
    {
        long Long(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var counts = reader.GetString(11);
        var fingerprints = reader.GetString(13);
        var record = new AuditRecord
        {
            Id = Long(0),
            Chain = reader.GetString(1),
            Sequence = Long(2),
            Time = AuditChain.ParseTime(reader.GetString(3)),
            RequestId = reader.GetString(4),
            User = reader.GetString(5),
            Route = reader.GetString(6),
            Deployment = Text(7),
            Model = Text(8),
            Verdict = reader.GetString(9),
            Status = (int)Long(10),
            Counts = JsonSerializer.Deserialize<Dictionary<string, int>>(counts) ?? new Dictionary<string, int>(),
            EvasionUndone = Long(12) != 0,
            Fingerprints = JsonSerializer.Deserialize<List<string>>(fingerprints) ?? [],
            LatencyMs = reader.GetDouble(14),
            PreviousHash = reader.GetString(15),
            Hash = reader.GetString(16),
        };
        return new StoredRecord(record, counts, fingerprints);
    }
}
