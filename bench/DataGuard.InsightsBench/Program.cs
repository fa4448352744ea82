using System.Diagnostics;
using DataGuard.Audit.Insights;
using DataGuard.Audit;
using DataGuard.Audit.Insights.Reading;
using DataGuard.Audit.Storage;
using DataGuard.Testing.AuditMonth;
using Microsoft.Data.Sqlite;

// Time to compute the insights of a synthetic month (≥ 1 M rows) from a real SQLite audit database, against a baseline in
// the same run: one plain pass over every row of the window (what a naive reader that loads everything would at least pay).
// Usage: dotnet run -c Release --project bench/DataGuard.InsightsBench [-- <database path, kept between runs>]
var path = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "dataguard-insights-bench", "month.db");
var month = SyntheticMonth.Generate();
if (!File.Exists(path))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    var write = Stopwatch.StartNew();
    await AuditMonthDatabase.WriteAsync(path, month.Events);
    Console.WriteLine($"wrote {month.Events.Count:N0} rows through AuditWriter (migrated store, hash chain) in {write.Elapsed.TotalSeconds:0.0} s");
}

await using var store = AuditStores.Open(AuditStores.Sqlite, path);
var migrate = Stopwatch.StartNew();
Console.WriteLine($"schema version {await store.MigrateAsync()} (indexes included) ready in {migrate.Elapsed.TotalSeconds:0.00} s");
var reader = new AuditStoreEventReader(store, []);

var engine = new InsightsEngine(month.Options, u => month.Units.GetValueOrDefault(u));
var baseline = new List<double>();
var insights = new List<double>();
var insightsCpu = new List<double>();
var process = System.Diagnostics.Process.GetCurrentProcess();
InsightsReport? report = null;
for (int round = 0; round < 3; round++)
{
    var scan = Stopwatch.StartNew();
    long rows = FullScan(path, month.Window);
    baseline.Add(scan.Elapsed.TotalSeconds);
    // CPU time of this process (SQLite runs in it) alongside wall time: on a shared machine the wall time mostly measures the queue.
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var compute = Stopwatch.StartNew();
    report = await engine.ComputeAsync(reader, month.Window);
    insights.Add(compute.Elapsed.TotalSeconds);
    process.Refresh();
    insightsCpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
    Console.WriteLine($"round {round + 1}: full scan of {rows:N0} rows {baseline[^1]:0.00} s, insights {insights[^1]:0.00} s (CPU {insightsCpu[^1]:0.00} s; {report.People.Count} people flagged of {report.PeopleSeen})");
}

// The flags of the month computed from the SQLite store, against the planted labels.
foreach (var score in PlantedScore.Of(month, report!)) Console.WriteLine(score);
var (ordinaryFlagged, ordinaryPeople) = PlantedScore.OrdinaryFlagged(month, report!);
Console.WriteLine($"ordinary officers flagged: {ordinaryFlagged} of {ordinaryPeople} ({(double)ordinaryFlagged / ordinaryPeople:P2})");

// Where the time goes: the two reads on their own, then the indicators and the ranking over what was read.
var hourly = Stopwatch.StartNew();
var buckets = await reader.ReadActivityAsync(month.Window).ToListAsync();
var hourlySeconds = hourly.Elapsed.TotalSeconds;
var notableWatch = Stopwatch.StartNew();
var notable = await reader.ReadNotableAsync(month.Window).ToListAsync();
var notableSeconds = notableWatch.Elapsed.TotalSeconds;
var indicators = Stopwatch.StartNew();
await engine.ComputeAsync(new ReadOnce(buckets, notable), month.Window);
Console.WriteLine($"phases: hourly activity {buckets.Count:N0} buckets in {hourlySeconds:0.00} s, notable {notable.Count:N0} rows in {notableSeconds:0.00} s, indicators and ranking {indicators.Elapsed.TotalSeconds:0.00} s");
Console.WriteLine($"median: insights {Median(insights):0.00} s wall, {Median(insightsCpu):0.00} s CPU (target ≤ 5 s), full-scan baseline {Median(baseline):0.00} s, ratio {Median(insights) / Median(baseline):0.00}");
Console.WriteLine($"load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}, cores {Environment.ProcessorCount}");

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static long FullScan(string path, InsightsWindow window)
{
    using var connection = new SqliteConnection($"Data Source={path}");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT id, time_utc, user_id, route, verdict, counts, evasion, fingerprints FROM audit WHERE time_utc >= $from AND time_utc < $to";
    command.Parameters.AddWithValue("$from", AuditChain.Format(window.From));
    command.Parameters.AddWithValue("$to", AuditChain.Format(window.To));
    using var reader = command.ExecuteReader();
    long n = 0;
    while (reader.Read())
    {
        _ = reader.GetString(2);
        _ = reader.GetString(1);
        n++;
    }
    return n;
}

// Hands the engine rows already read, to time the indicators alone.
internal sealed class ReadOnce(List<ActivityBucket> activity, List<AuditEvent> notable) : IAuditEventReader
{
    public IAsyncEnumerable<ActivityBucket> ReadActivityAsync(InsightsWindow window, CancellationToken cancellationToken = default) => activity.ToAsyncEnumerable();

    public IAsyncEnumerable<AuditEvent> ReadNotableAsync(InsightsWindow window, CancellationToken cancellationToken = default) => notable.ToAsyncEnumerable();

    public IAsyncEnumerable<AuditEvent> ReadTimelineAsync(string user, InsightsWindow window, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
