using System.Globalization;
using System.Security.Cryptography;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using DataGuard.Audit.Verification;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataGuard.Audit.Tests;

/// <summary>
/// What both providers must do alike: store, query, migrate, lease chains, and let the verifier (with the signed checkpoints)
/// tell apart the five ways to tamper with a trail. Each tamper test prints the verdict.
/// </summary>
public abstract class AuditTrailContract(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chain = "guard-a";
    private StoreTarget _target = null!;
    private IAuditStore _store = null!;
    private ECDsa _key = null!;

    protected abstract Task<StoreTarget> CreateTargetAsync();

    private string CheckpointFolder => Path.Combine(_target.Folder, "checkpoints");

    public async Task InitializeAsync()
    {
        _target = await CreateTargetAsync();
        _store = _target.Open();
        await _store.MigrateAsync();
        _key = CheckpointKeys.Create();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _target.DisposeAsync();
        _key.Dispose();
    }

    private static AuditRecord Record(int i, string user = "staff.alice") => new()
    {
        Time = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero).AddSeconds(i),
        RequestId = "req" + i.ToString("D4", CultureInfo.InvariantCulture),
        User = user,
        Route = "/v1/chat/completions",
        Model = "gpt-4o",
        Verdict = i % 3 == 0 ? "block" : "allow",
        Status = i % 3 == 0 ? 400 : 200,
        Counts = i % 3 == 0 ? new Dictionary<string, int> { ["TW_NATIONAL_ID"] = 1 } : new Dictionary<string, int>(),
        Fingerprints = i % 3 == 0 ? ["0123456789abcdef0123456789abcdef"] : [],
        LatencyMs = 1.5 + i,
    };

    private async Task<AuditWriter> WriterAsync(string chain = Chain, int everyRecords = 5, ECDsa? key = null) =>
        await AuditWriter.StartAsync(_store, chain, new CheckpointSigner(key ?? _key, new CheckpointDirectory(CheckpointFolder)),
            new CheckpointPolicy(everyRecords, TimeSpan.FromHours(1)), NullLogger.Instance);

    /// <summary>Writes <paramref name="count"/> records one by one (a checkpoint every 5) and stops the writer.</summary>
    private async Task WriteAsync(int count, string chain = Chain)
    {
        await using var writer = await WriterAsync(chain);
        for (int i = 1; i <= count; i++) await writer.AppendAsync(Record(i));
    }

    private async Task<AuditVerification> VerifyAsync(ECDsa? publicKey = null)
    {
        using var auditorsKey = CheckpointKeys.FromPem(CheckpointKeys.PublicPem(publicKey ?? _key));
        var result = await new AuditVerifier(_store, new CheckpointDirectory(CheckpointFolder), auditorsKey).VerifyAsync();
        output.WriteLine($"{_store.Provider}: intact={result.Intact}, records={result.Records}, brokenAt={result.BrokenAt?.ToString(CultureInfo.InvariantCulture) ?? "-"}, " +
            $"problem={result.Problem?.Kind ?? "-"} at {result.Problem?.Chain}#{result.Problem?.Sequence}: {result.Problem?.Detail}");
        return result;
    }

    private async Task<long> IdOfAsync(long sequence)
    {
        await foreach (var stored in _store.ReadChainAsync(Chain))
            if (stored.Record.Sequence == sequence) return stored.Record.Id;
        throw new InvalidOperationException("no such record");
    }

    [Fact]
    public async Task An_intact_trail_verifies_and_says_how_much_the_checkpoints_cover()
    {
        await using (var writer = await WriterAsync())
        {
            for (int i = 1; i <= 12; i++) await writer.AppendAsync(Record(i));
            Assert.Equal(12, writer.Head.Sequence);
        }
        var result = await VerifyAsync();
        Assert.True(result.Intact);
        Assert.Null(result.Problem);
        Assert.Equal(12, result.Records);
        var chain = Assert.Single(result.Chains);
        // Checkpoints at 5 and 10 while writing, and the final head (12) when the writer stopped.
        Assert.Equal((Chain, 12L, 12L, 0L), (chain.Chain, chain.Records, chain.Checkpointed, chain.Unanchored));
        Assert.Equal(3, result.Checkpoints);
        var files = new CheckpointDirectory(CheckpointFolder).ReadAll();
        Assert.Equal(["guard-a-000000000005.json", "guard-a-000000000010.json", "guard-a-000000000012.json"], files.Select(f => f.FileName));
        Assert.Equal(files[0].FileName, files[1].Checkpoint!.Previous);
        Assert.Equal(files[1].Digest, files[2].Checkpoint!.PreviousDigest);
    }

    [Fact]
    public async Task Tamper_1_an_edited_row_is_found()
    {
        await WriteAsync(10);
        Assert.Equal(1, await _target.ExecuteAsync($"UPDATE audit SET verdict = 'allow' WHERE chain = '{Chain}' AND seq = 3"));
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal((AuditProblemKinds.Edited, 3L), (result.Problem!.Kind, result.Problem.Sequence));
        Assert.Equal(await IdOfAsync(3), result.BrokenAt);
    }

    [Fact]
    public async Task Tamper_2_a_deleted_row_is_found()
    {
        await WriteAsync(10);
        Assert.Equal(1, await _target.ExecuteAsync($"DELETE FROM audit WHERE chain = '{Chain}' AND seq = 4"));
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal((AuditProblemKinds.Missing, 4L), (result.Problem!.Kind, result.Problem.Sequence));
        Assert.Equal(3, result.Records);
    }

    [Fact]
    public async Task Tamper_3_reordered_rows_are_found()
    {
        await WriteAsync(10);
        var (second, third) = (await IdOfAsync(2), await IdOfAsync(3));
        // Swap the trail positions of records 2 and 3: GET /v1/audit would list them the other way round.
        await _target.ExecuteAsync($"UPDATE audit SET id = -1 WHERE id = {second}");
        await _target.ExecuteAsync($"UPDATE audit SET id = {second} WHERE id = {third}");
        await _target.ExecuteAsync($"UPDATE audit SET id = {third} WHERE id = -1");
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal((AuditProblemKinds.Reordered, 2L), (result.Problem!.Kind, result.Problem.Sequence));
    }

    [Fact]
    public async Task Tamper_4_a_truncated_tail_is_found_by_the_signed_checkpoint()
    {
        await WriteAsync(10);
        Assert.Equal(2, await _target.ExecuteAsync($"DELETE FROM audit WHERE chain = '{Chain}' AND seq > 8"));
        // The rows left form a perfect chain: only the checkpoint at 10 shows that two are gone.
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal((AuditProblemKinds.Truncated, 9L), (result.Problem!.Kind, result.Problem.Sequence));
        Assert.Equal(8, result.Records);
        Assert.Null(result.BrokenAt);
    }

    [Fact]
    public async Task Tamper_5_a_chain_recomputed_without_the_signing_key_is_found()
    {
        await WriteAsync(10);
        // The attacker can write the database and knows the hash algorithm: edit record 3 and recompute every hash after it.
        var rows = new List<StoredRecord>();
        await foreach (var stored in _store.ReadChainAsync(Chain)) rows.Add(stored);
        var head = ChainHead.Empty(Chain);
        foreach (var row in rows)
        {
            var changed = row.Record.Sequence == 3 ? row.Record with { Verdict = "allow", Status = 200, Counts = new Dictionary<string, int>(), Fingerprints = [] } : row.Record;
            var relinked = AuditChain.Link(changed, head).Record;
            head = ChainHead.After(relinked);
            await _target.ExecuteAsync($"UPDATE audit SET verdict = '{relinked.Verdict}', status = {relinked.Status}, counts = '{AuditChain.CountsJson(relinked.Counts)}', " +
                $"fingerprints = '{AuditChain.FingerprintsJson(relinked.Fingerprints)}', previous_hash = '{relinked.PreviousHash}', hash = '{relinked.Hash}' WHERE id = {row.Record.Id}");
        }
        // Without checkpoints the rewrite is invisible: every hash matches.
        Assert.True((await new AuditVerifier(_store, null, null).VerifyAsync()).Intact);

        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal((AuditProblemKinds.Recomputed, 5L), (result.Problem!.Kind, result.Problem.Sequence));

        // Replacing the checkpoint files too needs a key; any other key's signatures are refused.
        foreach (var file in Directory.GetFiles(CheckpointFolder)) File.Delete(file);
        using var attackersKey = CheckpointKeys.Create();
        var forger = new CheckpointSigner(attackersKey, new CheckpointDirectory(CheckpointFolder));
        forger.Sign(head);
        var forged = await VerifyAsync();
        Assert.False(forged.Intact);
        Assert.Equal(AuditProblemKinds.BadSignature, forged.Problem!.Kind);
    }

    [Fact]
    public async Task Records_come_back_in_order_with_filters_and_pages()
    {
        await WriteAsync(7);
        var (all, total) = await _store.QueryAsync(new AuditQuery(null, null, null, null, 1, 100));
        Assert.Equal(7, total);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), all.Select(r => r.Sequence));
        Assert.Equal(all.Select(r => r.Id).Order(), all.Select(r => r.Id));
        var first = all[2];
        Assert.Equal(("req0003", "block", 400, 1, Chain), (first.RequestId, first.Verdict, first.Status, first.Counts["TW_NATIONAL_ID"], first.Chain));
        Assert.Equal(2, (await _store.QueryAsync(new AuditQuery(null, null, null, "block", 1, 100))).Total);
        Assert.Equal(0, (await _store.QueryAsync(new AuditQuery("somebody.else", null, null, null, 1, 100))).Total);
        Assert.Equal(3, (await _store.QueryAsync(new AuditQuery(null, Record(5).Time, null, null, 1, 100))).Total);
        Assert.Equal(4, (await _store.QueryAsync(new AuditQuery(null, null, Record(5).Time, null, 1, 100))).Total);
        var page = await _store.QueryAsync(new AuditQuery(null, null, null, null, 2, 3));
        Assert.Equal(["req0004", "req0005", "req0006"], page.Records.Select(r => r.RequestId));
    }

    [Fact]
    public async Task Hourly_counts_and_time_ranges_are_read_for_insights()
    {
        var start = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        AuditRecord At(int minutes, string user, string verdict, bool evasion = false, string[]? fingerprints = null) => Record(minutes, user) with
        {
            Time = start.AddMinutes(minutes), Verdict = verdict, EvasionUndone = evasion, Fingerprints = fingerprints ?? [],
            Counts = fingerprints is null ? new Dictionary<string, int>() : new Dictionary<string, int> { ["TW_NATIONAL_ID"] = 1 },
        };
        await using (var writer = await WriterAsync())
        {
            foreach (var record in new[]
            {
                At(5, "staff.alice", "allow"), At(10, "staff.alice", "block", fingerprints: ["aa"]), At(20, "staff.alice", "redact", evasion: true, fingerprints: ["bb"]),
                At(65, "staff.alice", "allow"), At(70, "staff.bob", "allow"), At(75, "staff.bob", "block", fingerprints: ["aa"]), At(190, "staff.bob", "allow"),
            })
            {
                await writer.AppendAsync(record);
            }
        }

        var hours = await _store.ReadHoursAsync(start, start.AddHours(3)).ToListAsync();
        Assert.Equal(
            [new AuditHour("staff.alice", start, 3, 1, 1, 1), new AuditHour("staff.alice", start.AddHours(1), 1, 0, 0, 0), new AuditHour("staff.bob", start.AddHours(1), 2, 1, 0, 0)],
            hours.OrderBy(h => (h.User, h.Hour)));
        var notable = await _store.ReadRangeAsync(new AuditRange(start, start.AddHours(4), NotableOnly: true)).ToListAsync();
        Assert.Equal([("staff.alice", "block"), ("staff.alice", "redact"), ("staff.bob", "block")], notable.Select(r => (r.User, r.Verdict)));
        Assert.Equal(["aa"], notable[0].Fingerprints);
        var bob = await _store.ReadRangeAsync(new AuditRange(start, start.AddHours(4), "staff.bob", Limit: 2)).ToListAsync();
        Assert.Equal([start.AddMinutes(70), start.AddMinutes(75)], bob.Select(r => r.Time));
    }

    [Fact]
    public async Task Migrations_are_versioned_and_run_once()
    {
        Assert.Equal(3, await _store.MigrateAsync());
        Assert.Equal(3, await _store.MigrateAsync());
        await using var connection = await _target.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MAX(version) FROM audit_schema_version";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((3L, 3L), (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Two_instances_write_one_trail_concurrently_each_in_its_own_gap_free_chain()
    {
        const int perInstance = 300;
        await using (var a = await WriterAsync("guard-a", everyRecords: 100))
        await using (var b = await WriterAsync("guard-b", everyRecords: 100))
        {
            var writes = Enumerable.Range(1, perInstance).SelectMany(i => new[] { a.AppendAsync(Record(i, "staff.a")), b.AppendAsync(Record(i, "staff.b")) });
            var stored = await Task.WhenAll(writes);
            Assert.Equal(2 * perInstance, stored.Select(r => r.Id).Distinct().Count());
        }
        var result = await VerifyAsync();
        Assert.True(result.Intact);
        Assert.Equal(2 * perInstance, result.Records);
        Assert.Equal([("guard-a", (long)perInstance, (long)perInstance), ("guard-b", perInstance, perInstance)], result.Chains.Select(c => (c.Chain, c.Records, c.Checkpointed)));
    }

    [Fact]
    public async Task A_second_writer_on_the_same_chain_is_refused_and_a_restart_continues_the_chain()
    {
        await using (var first = await WriterAsync())
        {
            await first.AppendAsync(Record(1));
            var busy = await Assert.ThrowsAsync<AuditChainBusyException>(() => WriterAsync());
            Assert.Equal(Chain, busy.Chain);
        }
        await using (var restarted = await WriterAsync())
        {
            var stored = await restarted.AppendAsync(Record(2));
            Assert.Equal(2, stored.Sequence);
        }
        Assert.True((await VerifyAsync()).Intact);
    }
}

public sealed class SqliteAuditTrailTests(ITestOutputHelper output) : AuditTrailContract(output)
{
    protected override Task<StoreTarget> CreateTargetAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTrailTests(PostgresFixture postgres, ITestOutputHelper output) : AuditTrailContract(output)
{
    protected override async Task<StoreTarget> CreateTargetAsync() => new PostgresTarget(await postgres.Server.CreateDatabaseAsync());
}

/// <summary>A SQLite file written by the guard before chains existed (schema 1) is upgraded in place and its rows still verify.</summary>
public sealed class SqliteUpgradeTests : IAsyncDisposable
{
    private readonly SqliteTarget _target = new();

    public ValueTask DisposeAsync() => _target.DisposeAsync();

    [Fact]
    public async Task A_version_1_file_is_upgraded_and_its_old_rows_still_verify()
    {
        // The first shipped schema and three rows hashed as the guard did then (id = position, one chain).
        await _target.ExecuteAsync("""
            CREATE TABLE audit (
              id INTEGER PRIMARY KEY, time_utc TEXT NOT NULL, request_id TEXT NOT NULL, user_id TEXT NOT NULL,
              route TEXT NOT NULL, deployment TEXT, model TEXT, verdict TEXT NOT NULL, status INTEGER NOT NULL,
              counts TEXT NOT NULL, evasion INTEGER NOT NULL, fingerprints TEXT NOT NULL, latency_ms REAL NOT NULL,
              previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
            """);
        var head = ChainHead.Empty(AuditStores.DefaultSqliteChain);
        for (int i = 1; i <= 3; i++)
        {
            var stored = AuditChain.Link(new AuditRecord { Time = DateTimeOffset.UnixEpoch.AddDays(i), RequestId = "old" + i, User = "staff.alice", Route = "/v1/scan", Verdict = "allow", Status = 200, LatencyMs = 1.25 }, head);
            var r = stored.Record;
            await _target.ExecuteAsync($"INSERT INTO audit VALUES ({i}, '{AuditChain.Format(r.Time)}', '{r.RequestId}', '{r.User}', '{r.Route}', NULL, NULL, '{r.Verdict}', {r.Status}, '{stored.CountsJson}', 0, '{stored.FingerprintsJson}', {r.LatencyMs.ToString("R", CultureInfo.InvariantCulture)}, '{r.PreviousHash}', '{r.Hash}')");
            head = ChainHead.After(r);
        }

        await using var store = _target.Open();
        Assert.Equal(3, await store.MigrateAsync());
        await using (var writer = await AuditWriter.StartAsync(store, AuditStores.DefaultSqliteChain, null, new CheckpointPolicy(100, TimeSpan.FromHours(1)), NullLogger.Instance))
        {
            var next = await writer.AppendAsync(new AuditRecord { Time = DateTimeOffset.UtcNow, RequestId = "new", User = "staff.alice", Route = "/v1/scan", Verdict = "allow", Status = 200 });
            Assert.Equal((4L, 4L, head.Hash), (next.Id, next.Sequence, next.PreviousHash));
        }
        var result = await new AuditVerifier(store, null, null).VerifyAsync();
        Assert.True(result.Intact);
        Assert.Equal(4, result.Records);
        // Columns were only added: the original ones are all still there, in their order.
        var (records, _) = await store.QueryAsync(new AuditQuery(null, null, null, null, 1, 10));
        Assert.Equal(["old1", "old2", "old3", "new"], records.Select(r => r.RequestId));
    }
}
