using System.Text.Json;
using DataGuard.Audit.Storage;
using DataGuard.Testing.AuditMonth;
using DataGuard.Testing.Servers;
using Microsoft.Data.Sqlite;

namespace DataGuard.Cli.Tests;

/// <summary><c>dataguard audit report</c> over a real guard audit database holding a small synthetic fortnight.</summary>
public sealed class AuditReportTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dataguard-cli-audit", Guid.NewGuid().ToString("N"));
    private readonly SyntheticMonth _month = SyntheticMonth.Generate(SyntheticMonthShape.Small(new DateOnly(2026, 11, 2)));

    private string Database => Path.Combine(_folder, "audit.db");

    public async Task InitializeAsync()
    {
        await AuditMonthDatabase.WriteAsync(Database, _month.Events);
        // The guard's settings file: units per key and the unit duty hours.
        var keys = _month.Units.Select(u => new { UserId = u.Key, KeyHash = new string('0', 64), Unit = u.Value });
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), JsonSerializer.Serialize(new
        {
            DataGuard = new { Access = new { Keys = keys }, Insights = new { UnitDutyHours = _month.Options.UnitDutyHours } },
        }));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private CliResult Report(params string[] extra) =>
        Cli.Run(_folder, ["audit", "report", "--db", "audit.db", "--from", "2026-11-02", "--to", "2026-11-16", "--config", "appsettings.json", .. extra]);

    [Fact]
    public void Json_lists_every_planted_person_with_units_and_reasons()
    {
        var result = Report("--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var people = json.RootElement.GetProperty("people").EnumerateArray().ToList();
        Assert.Superset(_month.Planted.Keys.ToHashSet(), people.Select(p => p.GetProperty("user").GetString()!).ToHashSet());
        Assert.All(people, p => Assert.Equal(_month.Units[p.GetProperty("user").GetString()!], p.GetProperty("unit").GetString()));
        Assert.Equal(14, json.RootElement.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public void Html_is_one_printable_file_without_external_resources()
    {
        var file = Path.Combine(_folder, "report.html");
        var result = Report("--format", "html", "--output", "report.html");
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"zh-TW\">", html, StringComparison.Ordinal);
        Assert.Contains("DataGuard 異常查詢稽核報告", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-requests\"", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        foreach (var planted in _month.Planted.Keys) Assert.Contains(planted, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_is_the_ranked_list_in_english_on_request()
    {
        var result = Report("--format", "csv", "--language", "en");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Rank,Person,Unit,Risk score,Reasons", lines[0]);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
        Assert.True(lines.Length - 1 >= _month.Planted.Count);
    }

    [Fact]
    public void A_sqlite_connection_string_names_the_same_database()
    {
        var byPath = Report("--format", "json");
        var byConnection = Cli.Run(_folder, "audit", "report", "--db", "Data Source=audit.db", "--from", "2026-11-02", "--to", "2026-11-16", "--config", "appsettings.json", "--format", "json");
        Assert.Equal(0, byConnection.ExitCode);
        Assert.Equal(People(byPath.Out), People(byConnection.Out));
    }

    [Fact]
    public async Task A_postgresql_trail_gives_the_same_report_as_sqlite()
    {
        await using var server = await PostgresServer.StartAsync();
        var connection = await server.CreateDatabaseAsync();
        await using (var store = AuditStores.Open(AuditStores.PostgreSql, connection))
        {
            await AuditMonthDatabase.WriteAsync(store, _month.Events);
        }
        var postgres = Cli.Run(_folder, "audit", "report", "--provider", "PostgreSQL", "--db", connection, "--from", "2026-11-02", "--to", "2026-11-16", "--config", "appsettings.json", "--format", "json");
        Assert.Equal(0, postgres.ExitCode);
        Assert.Equal(People(Report("--format", "json").Out), People(postgres.Out));
        Assert.NotEmpty(People(postgres.Out));
    }

    private static List<(string User, double Score)> People(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("user").GetString()!, p.GetProperty("score").GetDouble())).ToList();
    }

    [Fact]
    public void Bad_input_is_a_usage_error_with_a_clear_message()
    {
        var missing = Cli.Run(_folder, "audit", "report", "--db", "nope.db");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        var format = Report("--format", "pdf");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("--format", format.Error, StringComparison.Ordinal);
        var date = Cli.Run(_folder, "audit", "report", "--db", "audit.db", "--from", "last tuesday");
        Assert.Equal(2, date.ExitCode);
        Assert.Contains("--from", date.Error, StringComparison.Ordinal);
        using (var other = new SqliteConnection($"Data Source={Path.Combine(_folder, "other.db")}"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE t(x)";
            create.ExecuteNonQuery();
        }
        var notAudit = Cli.Run(_folder, "audit", "report", "--db", "other.db");
        Assert.Equal(2, notAudit.ExitCode);
        Assert.Contains("no such table: audit", notAudit.Error, StringComparison.Ordinal);
    }
}
