using DataGuard.Audit.Insights.Reading;
using DataGuard.Audit.Storage;
using DataGuard.Testing.AuditMonth;
using DataGuard.Testing.Servers;
using Microsoft.Data.Sqlite;

namespace DataGuard.Audit.Insights.Tests;

/// <summary>
/// The store reader over a real audit store (written by the guard's own writer) gives what the in-memory reference gives
/// for the same rows: the same tests on SQLite and on PostgreSQL.
/// </summary>
public abstract class StoreReaderContract : IAsyncLifetime
{
    protected static readonly SyntheticMonth Month = SyntheticMonth.Generate(SyntheticMonthShape.Small(new DateOnly(2026, 11, 2)));

    private IAuditStore _store = null!;

    protected abstract Task<IAuditStore> OpenStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await OpenStoreAsync();
        await AuditMonthDatabase.WriteAsync(_store, Month.Events);
    }

    public virtual async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Activity_and_notable_rows_match_the_reference()
    {
        var store = new AuditStoreEventReader(_store, []);
        var memory = new InMemoryAuditEventReader(Month.Events);
        var expected = await memory.ReadActivityAsync(Month.Window).OrderBy(b => (b.User, b.Day, b.Hour)).ToListAsync();
        var actual = await store.ReadActivityAsync(Month.Window).OrderBy(b => (b.User, b.Day, b.Hour)).ToListAsync();
        Assert.Equal(expected, actual);
        // Ids are the store's; the rest must be the same rows in the same order.
        var expectedNotable = await memory.ReadNotableAsync(Month.Window).Select(e => (e.Time, e.User, e.Verdict, e.EvasionUndone, string.Join(',', e.Fingerprints), e.KeyPeriod)).ToListAsync();
        var actualNotable = await store.ReadNotableAsync(Month.Window).Select(e => (e.Time, e.User, e.Verdict, e.EvasionUndone, string.Join(',', e.Fingerprints), e.KeyPeriod)).ToListAsync();
        Assert.NotEmpty(expectedNotable);
        Assert.Equal(expectedNotable, actualNotable);
    }

    [Fact]
    public async Task Reports_from_both_readers_are_the_same_and_find_the_planted_people()
    {
        var engine = new InsightsEngine(Month.Options, u => Month.Units.GetValueOrDefault(u));
        var fromStore = await engine.ComputeAsync(new AuditStoreEventReader(_store, []), Month.Window);
        var fromMemory = await engine.ComputeAsync(new InMemoryAuditEventReader(Month.Events), Month.Window);
        Assert.Equal(fromMemory.People.Select(p => (p.User, p.Score)), fromStore.People.Select(p => (p.User, p.Score)));
        Assert.Equal(fromMemory.Days, fromStore.Days);
        Assert.Superset(Month.Planted.Keys.ToHashSet(), fromStore.People.Select(p => p.User).ToHashSet());
    }

    [Fact]
    public async Task A_timeline_is_one_persons_rows_oldest_first_up_to_the_limit()
    {
        var user = Month.Planted.Keys.Order(StringComparer.Ordinal).First();
        var expected = Month.Events.Where(e => e.User == user && e.Time >= Month.Window.From && e.Time < Month.Window.To).OrderBy(e => e.Time).Take(5).Select(e => (e.Time, e.Verdict)).ToList();
        var actual = await new AuditStoreEventReader(_store, []).ReadTimelineAsync(user, Month.Window, 5).Select(e => (e.Time, e.Verdict)).ToListAsync();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Configured_rotations_split_the_rows_into_key_periods()
    {
        var rotation = Month.Window.From.AddDays(7);
        var reader = new AuditStoreEventReader(_store, [rotation]);
        var periods = (await reader.ReadNotableAsync(Month.Window).ToListAsync()).GroupBy(e => e.Time >= rotation).ToDictionary(g => g.Key, g => g.Select(e => e.KeyPeriod).Distinct().Single());
        Assert.Equal("K0", periods[false]);
        Assert.Equal("K1", periods[true]);
    }
}

public sealed class SqliteStoreReaderTests : StoreReaderContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataguard-insights-tests-").FullName;

    protected override Task<IAuditStore> OpenStoreAsync() => Task.FromResult(AuditStores.Open(AuditStores.Sqlite, Path.Combine(_folder, "audit.db")));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>One real PostgreSQL server for the PostgreSQL reader tests (each test class instance gets its own database).</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class PostgresStoreReaderTests(PostgresFixture postgres) : StoreReaderContract, IClassFixture<PostgresFixture>
{
    protected override async Task<IAuditStore> OpenStoreAsync() => AuditStores.Open(AuditStores.PostgreSql, await postgres.Server.CreateDatabaseAsync());
}
