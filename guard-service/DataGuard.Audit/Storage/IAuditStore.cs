namespace DataGuard.Audit.Storage;

/// <summary>
/// Where audit records live. Two providers (<see cref="SqliteAuditStore"/>, <see cref="PostgresAuditStore"/>) behave the
/// same: the writer, the query side and the verifier only talk to this interface.
/// </summary>
public interface IAuditStore : IAsyncDisposable
{
    /// <summary><c>Sqlite</c> or <c>PostgreSQL</c>.</summary>
    string Provider { get; }

    /// <summary>Creates or upgrades the schema (versioned migrations, each applied once, in order); returns the version now in place.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes this process the only writer of <paramref name="chain"/> until the lease is disposed (or the process dies):
    /// two writers on one chain would fork it. Throws <see cref="AuditChainBusyException"/> when another process holds it.
    /// </summary>
    Task<IAsyncDisposable> LeaseChainAsync(string chain, CancellationToken cancellationToken = default);

    /// <summary>The last stored record of <paramref name="chain"/>.</summary>
    Task<ChainHead> HeadAsync(string chain, CancellationToken cancellationToken = default);

    /// <summary>Stores the records in one transaction, in order: all or none. Returns the trail ids the database assigned.</summary>
    Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<StoredRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Records matching the filter, in stored order, one page at a time, and how many match in all.</summary>
    Task<(IReadOnlyList<AuditRecord> Records, long Total)> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records per person and UTC hour in [<paramref name="from"/>, <paramref name="to"/>), counted by the database: a month
    /// of rows is read as its hourly totals (audit insights), over an index that holds every column the count needs.
    /// </summary>
    IAsyncEnumerable<AuditHour> ReadHoursAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>The records of <paramref name="range"/>, oldest first (time, then <see cref="AuditRecord.Id"/>).</summary>
    IAsyncEnumerable<AuditRecord> ReadRangeAsync(AuditRange range, CancellationToken cancellationToken = default);

    /// <summary>The names of the chains that have records.</summary>
    Task<IReadOnlyList<string>> ChainsAsync(CancellationToken cancellationToken = default);

    /// <summary>The records of one chain in stored order (<see cref="AuditRecord.Id"/>), with the JSON texts their hashes cover.</summary>
    IAsyncEnumerable<StoredRecord> ReadChainAsync(string chain, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="chain"/> has a record at <paramref name="sequence"/>.</summary>
    Task<bool> ContainsAsync(string chain, long sequence, CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached (readiness check).</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>Another process is writing the chain this instance was configured to write.</summary>
public sealed class AuditChainBusyException(string chain)
    : InvalidOperationException($"The audit chain '{chain}' is being written by another guard instance. Give every instance its own DataGuard:Audit:Instance.")
{
    /// <summary>The chain.</summary>
    public string Chain { get; } = chain;
}

/// <summary>Filter and page of <c>GET /v1/audit</c>.</summary>
public sealed record AuditQuery(string? User, DateTimeOffset? From, DateTimeOffset? To, string? Verdict, int Page, int PageSize);
