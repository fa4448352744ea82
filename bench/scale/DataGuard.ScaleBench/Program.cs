// Scale-out load and fault test (issue 12). Usage (bench/scale/run.sh builds the guard first):
//   dotnet run -c Release --project bench/scale/DataGuard.ScaleBench -- --guard-dll <DataGuard.GuardService.dll> [--seconds 60] [--compare-seconds 20] [--clients 16] [--readme bench/README.md]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using DataGuard.Audit;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using DataGuard.Audit.Verification;
using DataGuard.Testing.Servers;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataGuard.ScaleBench;

internal static class ScaleBenchmark
{
    private const int LimitPermits = 5;
    private static readonly TimeSpan LimitWindow = TimeSpan.FromSeconds(10);

    public static async Task<int> Main(string[] args)
    {
        var guardDll = Path.GetFullPath(Text(args, "--guard-dll") ?? throw new ArgumentException("--guard-dll is required"));
        var seconds = Number(args, "--seconds", 60);
        var compareSeconds = Number(args, "--compare-seconds", 20);
        var clients = Number(args, "--clients", 16);
        var readme = Text(args, "--readme");

        await using var postgres = await PostgresServer.StartAsync(durable: true);
        await using var redis = await RedisServer.StartAsync();
        await using var stub = await StubUpstream.StartAsync();
        stub.RecordRequests = false;
        stub.AnswerDelay = TimeSpan.FromMilliseconds(10);
        var shared = Directory.CreateTempSubdirectory("dataguard-scale-bench-").FullName;
        var keyFile = Path.Combine(shared, "checkpoint-key.pem");
        using var signingKey = CheckpointKeys.LoadOrCreate(keyFile, createIfMissing: true);

        var chainCost = await ChainCostAsync(postgres, signingKey, shared);
        var context = new RunContext(guardDll, postgres, redis, stub, keyFile, signingKey, shared, clients);
        var one = await RunAsync(context, "1 instance", 1, compareSeconds, kill: false, limited: false);
        var two = await RunAsync(context, "2 instances", 2, compareSeconds, kill: false, limited: false);
        var fault = await RunAsync(context, "2 instances, kill -9 of one at half time, per-person limit on", 2, seconds, kill: true, limited: true);

        var report = Report([one, two, fault], chainCost, clients);
        Console.WriteLine(report);
        if (readme is not null) WriteSection(readme, report);
        var ok = new[] { one, two, fault }.All(r => r.Lost == 0 && r.Doubled == 0 && r.Intact) && fault.LimitHeld;
        return ok ? 0 : 1;
    }

    private sealed record RunContext(string GuardDll, PostgresServer Postgres, RedisServer Redis, StubUpstream Stub, string KeyFile, System.Security.Cryptography.ECDsa Key, string Shared, int Clients);

    private sealed record Sample(int Client, HttpStatusCode? Status, string? RequestId, double LatencyMs, bool Measured = true);

    private sealed record RunResult(string Name, int Instances, double Seconds, long Sent, long Answered, long NoAnswer, double AnsweredPerSecond, double P50Ms, double P99Ms,
        string Statuses, long Rows, long Lost, long Doubled, long RowsWithoutAnswer, bool Intact, string Verification, bool LimitHeld, string Limit);

    private static async Task<RunResult> RunAsync(RunContext context, string name, int instances, int seconds, bool kill, bool limited)
    {
        Console.Error.WriteLine($"Run: {name} ({seconds} s)…");
        var database = await context.Postgres.CreateDatabaseAsync();
        var checkpoints = Path.Combine(context.Shared, "checkpoints-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = People.Settings(context.Clients);
        settings["DataGuard:Audit:Provider"] = "PostgreSQL";
        settings["DataGuard:Audit:ConnectionString"] = database;
        settings["DataGuard:Audit:DatabasePath"] = Path.Combine(context.Shared, "unused.db");
        settings["DataGuard:Audit:FingerprintKey"] = Convert.ToBase64String(new byte[32]);
        settings["DataGuard:Audit:Checkpoints:Directory"] = checkpoints;
        settings["DataGuard:Audit:Checkpoints:SigningKeyFile"] = context.KeyFile;
        settings["DataGuard:Audit:Checkpoints:EveryRecords"] = "1000";
        settings["DataGuard:Audit:Checkpoints:Interval"] = "00:00:10";
        settings["DataGuard:Shared:Redis"] = context.Redis.Configuration;
        settings["DataGuard:Shared:RedisKeyPrefix"] = "bench-" + Guid.NewGuid().ToString("N")[..8] + ":";
        settings["DataGuard:Access:RateLimitPermits"] = limited ? LimitPermits.ToString(CultureInfo.InvariantCulture) : "100000000";
        settings["DataGuard:Access:RateLimitWindow"] = LimitWindow.ToString("c", CultureInfo.InvariantCulture);
        settings["DataGuard:Upstreams:Azure:Address"] = context.Stub.BaseAddress.ToString();
        settings["DataGuard:Upstreams:Azure:ApiKey"] = "upstream-key";
        settings["DataGuard:Policy:Types:PHONE_NUMBER:Action"] = "redact";

        var guards = new List<GuardProcess>();
        for (int i = 1; i <= instances; i++) guards.Add(await GuardProcess.StartAsync(context.GuardDll, "guard-" + i.ToString(CultureInfo.InvariantCulture), settings));
        var (nginx, port) = await LoadBalancer.StartAsync(guards.Select(g => g.Port));
        var samples = new List<Sample>[context.Clients];
        List<Sample> warmUpSamples = [];
        double elapsed, spanSeconds;
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            // Warm-up (JIT, connection pools): 5 requests per client, audited and checked like the rest but not timed.
            var span = Stopwatch.StartNew();
            var warmUp = new List<Sample>[context.Clients];
            await Task.WhenAll(Enumerable.Range(0, context.Clients).Select(async client =>
            {
                warmUp[client] = [];
                for (int n = 0; n < 5; n++) warmUp[client].Add(await SendAsync(http, client, n) with { Measured = false });
            }));
            warmUpSamples = warmUp.SelectMany(w => w).ToList();
            var clock = Stopwatch.StartNew();
            var stopAt = TimeSpan.FromSeconds(seconds);
            var killer = kill ? Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds / 2.0));
                guards[0].KillHard();
                Console.Error.WriteLine($"kill -9 guard-1 at {clock.Elapsed.TotalSeconds:0.0} s");
            }) : Task.CompletedTask;
            var workers = Enumerable.Range(0, context.Clients).Select(client => Task.Run(async () =>
            {
                var mine = samples[client] = new List<Sample>(50_000);
                for (long n = client; clock.Elapsed < stopAt; n++) mine.Add(await SendAsync(http, client, n));
            })).ToArray();
            await Task.WhenAll(workers);
            await killer;
            elapsed = clock.Elapsed.TotalSeconds;
            spanSeconds = span.Elapsed.TotalSeconds;
        }
        finally
        {
            await nginx.DisposeAsync();
            foreach (var guard in guards) await guard.DisposeAsync();
        }

        // The trail, row by row, against what the clients saw.
        var measured = samples.SelectMany(s => s).ToList();
        var all = measured.Concat(warmUpSamples).ToList();
        var answered = all.Where(s => s.RequestId is not null).ToList();
        var answeredMeasured = measured.Where(s => s.RequestId is not null).ToList();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT request_id, COUNT(*) FROM audit GROUP BY request_id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetInt64(1);
        }
        var answeredIds = answered.Select(s => s.RequestId!).ToHashSet(StringComparer.Ordinal);
        var lost = answeredIds.Count(id => !rows.ContainsKey(id));
        var doubled = rows.Values.Where(c => c > 1).Sum(c => c - 1);
        var withoutAnswer = rows.Keys.Count(id => !answeredIds.Contains(id));
        await using var store = AuditStores.Open(AuditStores.PostgreSql, database);
        using var publicKey = CheckpointKeys.FromPem(CheckpointKeys.PublicPem(context.Key));
        var verification = await new AuditVerifier(store, new CheckpointDirectory(checkpoints), publicKey).VerifyAsync();

        // Per person: requests let through (anything but 429), warm-up included, against permits × the windows that can
        // begin while the person sends (a Redis window starts at the first request after the previous one expired).
        var windows = (int)Math.Floor(spanSeconds / LimitWindow.TotalSeconds) + 1;
        var bound = LimitPermits * windows;
        var through = answered.Where(s => s.Status != HttpStatusCode.TooManyRequests).GroupBy(s => s.Client).Select(g => g.Count()).DefaultIfEmpty(0).ToList();
        var limitHeld = !limited || through.Max() <= bound;
        var latencies = answeredMeasured.Select(s => s.LatencyMs).Order().ToArray();
        var statuses = string.Join(", ", answered.GroupBy(s => (int)s.Status!).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        return new RunResult(name, instances, elapsed, all.Count, answered.Count, all.Count - answered.Count, answeredMeasured.Count / elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), statuses, rows.Values.Sum(), lost, doubled, withoutAnswer, verification.Intact,
            $"{(verification.Intact ? "intact" : "BROKEN: " + verification.Problem!.Kind)}, {verification.Records} records in {verification.Chains.Count} chains, {verification.Chains.Sum(c => c.Checkpointed)} under signed checkpoints",
            limitHeld, limited ? $"{LimitPermits} per {LimitWindow.TotalSeconds:0} s; {windows} windows → at most {bound} per person; let through per person: min {through.Min()}, max {through.Max()}" : "off");
    }

    private static readonly string[] Prompts =
    [
        "請協助整理本週交通安全宣導重點。Please summarise the weekly briefing.",
        "Draft a polite reply thanking the community volunteers.",
        "列出明天勤務會議的三個議題。",
        "查詢身分證 A123456789 的資料",
        "請回電給民眾，電話 0912-345-678，說明案件進度。",
    ];

    private static async Task<Sample> SendAsync(HttpClient http, int client, long n)
    {
        var prompt = Prompts[n % Prompts.Length];
        var body = $$"""{"messages":[{"role":"user","content":"{{prompt}}"}]}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("api-key", People.Key(client));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.CopyToAsync(Stream.Null);
            var id = response.Headers.TryGetValues("x-dataguard-request-id", out var ids) ? ids.First() : null;
            return new Sample(client, response.StatusCode, id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Sample(client, null, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>What the chain costs: hashing one record, and the writer's throughput on PostgreSQL with one chain and with two instances' chains at once.</summary>
    private static async Task<string> ChainCostAsync(PostgresServer postgres, System.Security.Cryptography.ECDsa key, string shared)
    {
        var record = new AuditRecord { Time = DateTimeOffset.UtcNow, RequestId = Guid.NewGuid().ToString("N"), User = "staff.01", Route = "/openai/deployments/{deployment}/chat/completions", Verdict = "block", Status = 400, Counts = new Dictionary<string, int> { ["TW_NATIONAL_ID"] = 1 }, Fingerprints = ["0123456789abcdef0123456789abcdef"], LatencyMs = 3.2 };
        var head = ChainHead.Empty("bench");
        for (int i = 0; i < 10_000; i++) head = ChainHead.After(AuditChain.Link(record, head).Record);
        var hashWatch = Stopwatch.StartNew();
        const int hashes = 200_000;
        for (int i = 0; i < hashes; i++) head = ChainHead.After(AuditChain.Link(record, head).Record);
        var linkMicros = hashWatch.Elapsed.TotalMicroseconds / hashes;

        async Task<double> WritersAsync(int writers, int perWriter)
        {
            await using var store = AuditStores.Open(AuditStores.PostgreSql, await postgres.CreateDatabaseAsync());
            await store.MigrateAsync();
            var started = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(1, writers).Select(async w =>
            {
                await using var writer = await AuditWriter.StartAsync(store, "bench-" + w.ToString(CultureInfo.InvariantCulture),
                    new CheckpointSigner(key, new CheckpointDirectory(Path.Combine(shared, "cost-" + Guid.NewGuid().ToString("N")))), new CheckpointPolicy(1000, TimeSpan.FromMinutes(1)), NullLogger.Instance);
                // 64 requests in flight per instance, each waiting for its commit as the guard does.
                var next = 0;
                await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
                {
                    while (Interlocked.Increment(ref next) <= perWriter) await writer.AppendAsync(record);
                }));
            }));
            return writers * perWriter / started.Elapsed.TotalSeconds;
        }
        var oneChain = await WritersAsync(1, 20_000);
        var twoChains = await WritersAsync(2, 20_000);
        return $"Linking one record into the chain (canonical text + SHA-256): {linkMicros:0.0} µs. " +
            $"Writer on PostgreSQL (durable commits, 64 appenders waiting for their commit): one chain {oneChain:N0} records/s; two instances' chains at once {twoChains:N0} records/s in total ({twoChains / oneChain:0.00}×). " +
            $"Hashing is {linkMicros / (1e6 / oneChain) * 100:0.0}% of a record's write time.";
    }

    private static string Report(IReadOnlyList<RunResult> runs, string chainCost, int clients)
    {
        var text = new StringBuilder();
        text.AppendLine("## Scale-out and fault test (PostgreSQL, Redis, nginx)");
        text.AppendLine();
        text.AppendLine($"`bench/scale/run.sh` on {Environment.ProcessorCount} cores shared with other builds (load average {LoadAverage()} when the report was written), {DateTime.UtcNow:yyyy-MM-dd}: guard processes (Release, Production settings) behind nginx 1.22 (round robin), one PostgreSQL {PostgresVersion()} (fsync on) and one Redis; " +
            $"the stub upstream answers after 10 ms; {clients} clients (one person each) send mixed traffic in a closed loop: 3/5 clean, 1/5 blocked (national ID), 1/5 redacted (phone). " +
            "Counts include a 5-request warm-up per client; throughput and latency cover the timed part only. A request is *answered* when the caller received a response from a guard (it carries `x-dataguard-request-id`); every answered request must have exactly one audit row.");
        text.AppendLine();
        text.AppendLine("| run | s | sent | answered | no answer | answered/s | p50 ms | p99 ms | audit rows | lost | doubled | rows without answer | verify |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in runs)
            text.AppendLine(FormattableString.Invariant($"| {r.Name} | {r.Seconds:0} | {r.Sent} | {r.Answered} | {r.NoAnswer} | {r.AnsweredPerSecond:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} | {r.Rows} | {r.Lost} | {r.Doubled} | {r.RowsWithoutAnswer} | {r.Verification} |"));
        text.AppendLine();
        text.AppendLine(FormattableString.Invariant($"Throughput, 2 instances vs 1: {runs[1].AnsweredPerSecond / runs[0].AnsweredPerSecond:0.00}×; p99 {runs[1].P99Ms:0.0} ms vs {runs[0].P99Ms:0.0} ms."));
        foreach (var r in runs) text.AppendLine(FormattableString.Invariant($"- {r.Name}: statuses {r.Statuses}; per-person limit {r.Limit}{(r.Limit == "off" ? "" : r.LimitHeld ? " — held (tolerance 0)" : " — EXCEEDED")}."));
        text.AppendLine();
        text.AppendLine("Chain cost: " + chainCost);
        return text.ToString();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string PostgresVersion() => Path.GetFileName(Path.GetDirectoryName(PostgresServer.BinFolder())!) ?? "?";

    private static void WriteSection(string readme, string section)
    {
        const string heading = "## Scale-out and fault test";
        var text = File.Exists(readme) ? File.ReadAllText(readme) : string.Empty;
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0) text = text.TrimEnd() + "\n\n" + section;
        else
        {
            var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
            text = text[..start] + section + (end < 0 ? string.Empty : text[end..]);
        }
        File.WriteAllText(readme, text);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static int Number(string[] args, string name, int fallback) => Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
