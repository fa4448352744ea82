using DataGuard.Audit.Insights.Reading;
using DataGuard.Testing.AuditMonth;
using Microsoft.Data.Sqlite;

namespace DataGuard.Audit.Insights.Tests;

/// <summary>The SQLite reader over a real guard audit database gives what the in-memory reference gives for the same rows.</summary>
public sealed class SqliteReaderTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dataguard-insights-tests", Guid.NewGuid().ToString("N"));
    private readonly SyntheticMonth _month = SyntheticMonth.Generate(SyntheticMonthShape.Small(new DateOnly(2026, 11, 2)));

    private string DatabasePath => Path.Combine(_folder, "audit.db");

    public async Task InitializeAsync() => await AuditMonthDatabase.WriteAsync(DatabasePath, _month.Events);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Activity_and_notable_rows_match_the_reference()
    {
        var sqlite = SqliteAuditEventReader.Open(DatabasePath, []);
        var memory = new InMemoryAuditEventReader(_month.Events);
        var expected = await memory.ReadActivityAsync(_month.Window).OrderBy(b => (b.User, b.Day, b.Hour)).ToListAsync();
        var actual = await sqlite.ReadActivityAsync(_month.Window).OrderBy(b => (b.User, b.Day, b.Hour)).ToListAsync();
        Assert.Equal(expected, actual);
        var expectedNotable = await memory.ReadNotableAsync(_month.Window).Select(e => (e.Id, e.Time, e.User, e.Verdict, e.EvasionUndone, string.Join(',', e.Fingerprints), e.KeyPeriod)).ToListAsync();
        var actualNotable = await sqlite.ReadNotableAsync(_month.Window).Select(e => (e.Id, e.Time, e.User, e.Verdict, e.EvasionUndone, string.Join(',', e.Fingerprints), e.KeyPeriod)).ToListAsync();
        Assert.NotEmpty(expectedNotable);
        Assert.Equal(expectedNotable, actualNotable);
    }

    [Fact]
    public async Task Reports_from_both_readers_are_the_same_and_find_the_planted_people()
    {
        var engine = new InsightsEngine(_month.Options, u => _month.Units.GetValueOrDefault(u));
        var fromSqlite = await engine.ComputeAsync(SqliteAuditEventReader.Open(DatabasePath, []), _month.Window);
        var fromMemory = await engine.ComputeAsync(new InMemoryAuditEventReader(_month.Events), _month.Window);
        Assert.Equal(fromMemory.People.Select(p => (p.User, p.Score)), fromSqlite.People.Select(p => (p.User, p.Score)));
        Assert.Superset(_month.Planted.Keys.ToHashSet(), fromSqlite.People.Select(p => p.User).ToHashSet());
    }

    [Fact]
    public void Configured_rotations_split_the_rows_into_key_periods()
    {
        var rotation = _month.Window.From.AddDays(7);
        var reader = SqliteAuditEventReader.Open(DatabasePath, [rotation]);
        var periods = reader.ReadNotableAsync(_month.Window).ToBlockingEnumerable().GroupBy(e => e.Time >= rotation).ToDictionary(g => g.Key, g => g.Select(e => e.KeyPeriod).Distinct().Single());
        Assert.Equal("K0", periods[false]);
        Assert.Equal("K1", periods[true]);
    }

    [Fact]
    public void A_file_that_is_not_an_audit_database_is_refused_clearly()
    {
        Directory.CreateDirectory(_folder);
        var other = Path.Combine(_folder, "other.db");
        using (var c = new SqliteConnection($"Data Source={other}")) { c.Open(); using var cmd = c.CreateCommand(); cmd.CommandText = "CREATE TABLE t(x)"; cmd.ExecuteNonQuery(); }
        Assert.Contains("no audit table", Assert.Throws<InvalidOperationException>(() => SqliteAuditEventReader.Open(other, [])).Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Throws<InvalidOperationException>(() => SqliteAuditEventReader.Open(Path.Combine(_folder, "missing.db"), [])).Message, StringComparison.Ordinal);
    }
}
