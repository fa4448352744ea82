// Load benchmark: guarded route vs a plain YARP pass-through to the same stub upstream, same run, loopback only.
// Usage: dotnet run -c Release --project bench/load/DataGuard.LoadBench -- [--seconds 8] [--concurrency 16] [--rounds 2] [--upstream-delay-ms 30 (0: CPU-bound only)] [--readme bench/README.md]
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Testing.StubUpstream;

namespace DataGuard.LoadBench;

/// <summary>Entry point (not a top-level Program, which would clash with the guard's own Program type).</summary>
internal static class LoadBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var seconds = Option(args, "--seconds", 8);
        var concurrency = Option(args, "--concurrency", 16);
        var rounds = Option(args, "--rounds", 2);
        var readme = OptionText(args, "--readme");

        await using var stub = await StubUpstream.StartAsync();
        stub.RecordRequests = false;
        var folder = Directory.CreateTempSubdirectory("dataguard-load-").FullName;
        await using var guard = new GuardUnderLoad(stub.BaseAddress, folder);
        var guardAddress = guard.Start();
        await using var passThrough = await PassThrough.StartAsync(stub.BaseAddress);
        var passAddress = GuardUnderLoad.Address(passThrough.Services);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
        // --only guard|pass-through: load one target (e.g. to profile it); the report then has no ratio.
        var only = OptionText(args, "--only");
        // Scenario 1: the stub answers at once, so the run is CPU-bound and shows the guard's own cost.
        // Scenario 2: the stub answers after --upstream-delay-ms (as a model would); throughput is then bounded by the upstream.
        var delayMs = Option(args, "--upstream-delay-ms", 30);
        var scenarios = new List<(string Title, List<LoadRun.Result> Results)>();
        foreach (var delay in delayMs > 0 ? new[] { 0, delayMs } : [0])
        {
            stub.AnswerDelay = TimeSpan.FromMilliseconds(delay);
            var results = await RunScenarioAsync(client, passAddress, guardAddress, concurrency, seconds, rounds, only);
            scenarios.Add((delay == 0 ? "CPU-bound: the stub answers at once" : $"Upstream latency: the stub answers after {delay} ms, as a model would", results));
        }

        if (only is not null)
        {
            foreach (var r in scenarios.SelectMany(s => s.Results)) Console.WriteLine($"{r.Target} {r.BodyBytes} B: {r.RequestsPerSecond:0} req/s, p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms, errors {r.Errors}");
            return 0;
        }
        var report = Report(scenarios, seconds, concurrency, rounds);
        Console.WriteLine(report);
        if (readme is not null) WriteSection(readme, report);
        return scenarios.Any(s => s.Results.Any(r => r.Errors > 0)) ? 1 : 0;
    }

    static async Task<List<LoadRun.Result>> RunScenarioAsync(HttpClient client, Uri passAddress, Uri guardAddress, int concurrency, int seconds, int rounds, string? only)
    {
        const string route = "openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";
        var results = new List<LoadRun.Result>();
        foreach (var size in new[] { 2 * 1024, 32 * 1024 })
        {
            var body = ChatBody(size);
            // Warm-up (JIT, connection pools), then alternate the two targets so drift on a shared machine hits both alike.
            await LoadRun.RunAsync("warm-up", client, new Uri(passAddress, route), body, concurrency, TimeSpan.FromSeconds(2), null);
            await LoadRun.RunAsync("warm-up", client, new Uri(guardAddress, route), body, concurrency, TimeSpan.FromSeconds(2), GuardUnderLoad.Key);
            for (int round = 0; round < rounds; round++)
            {
                if (only is null or "pass-through") results.Add(await LoadRun.RunAsync("pass-through", client, new Uri(passAddress, route), body, concurrency, TimeSpan.FromSeconds(seconds), null));
                if (only is null or "guard") results.Add(await LoadRun.RunAsync("guard", client, new Uri(guardAddress, route), body, concurrency, TimeSpan.FromSeconds(seconds), GuardUnderLoad.Key));
            }
        }
        return results;
    }

    static byte[] ChatBody(int size)
    {
        // Ordinary mixed zh-TW / English text without personal data, so every request is screened and forwarded.
        const string sentence = "請協助整理本週交通安全宣導重點，包含酒駕防制與行人路權。Please summarise the key points for the weekly briefing. ";
        var text = new StringBuilder();
        var request = new JsonObject { ["model"] = "gpt-4o", ["messages"] = new JsonArray(new JsonObject { ["role"] = "system", ["content"] = "You help police staff." }, new JsonObject { ["role"] = "user", ["content"] = "" }) };
        var options = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        while (true)
        {
            request["messages"]![1]!["content"] = text.ToString();
            var bytes = Encoding.UTF8.GetBytes(request.ToJsonString(options));
            if (bytes.Length >= size) return bytes;
            text.Append(sentence);
        }
    }

    static string Report(List<(string Title, List<LoadRun.Result> Results)> scenarios, int seconds, int concurrency, int rounds)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine("## Guard service load").AppendLine();
        s.AppendLine(inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `bench/load/run.sh` (load average {LoadAverage()} when it finished): {concurrency} concurrent clients, {rounds} alternating rounds of {seconds} s per target and size, loopback, ");
        s.AppendLine(inv, $"guard (screening + audit + YARP) vs a plain YARP pass-through to the same stub upstream, load generator, stub and both targets in one process on a shared {Environment.ProcessorCount}-core machine. Clean chat requests (every one is scanned and forwarded).").AppendLine();
        foreach (var (title, results) in scenarios)
        {
            s.AppendLine(inv, $"### {title}").AppendLine();
            s.AppendLine("| body | target | requests/s | p50 ms | p99 ms | errors | managed heap after GC, first→last round MB |");
            s.AppendLine("|---|---|---:|---:|---:|---:|---|");
            foreach (var group in results.GroupBy(r => (Size: (r.BodyBytes + 512) / 1024 * 1024, r.Target)))
            {
                var rps = group.Sum(r => r.Requests) / group.Sum(r => r.Seconds);
                s.AppendLine(inv, $"| {group.Key.Size / 1024} KB | {group.Key.Target} | {rps:0} | {group.Average(r => r.P50Ms):0.00} | {group.Average(r => r.P99Ms):0.00} | {group.Sum(r => r.Errors)} | {group.First().HeapStartMb}→{group.Last().HeapEndMb} |");
            }
            s.AppendLine();
            foreach (var size in results.Select(r => r.BodyBytes).Distinct())
            {
                double Rps(string t) => results.Where(r => r.BodyBytes == size && r.Target == t).Sum(r => r.Requests) / results.Where(r => r.BodyBytes == size && r.Target == t).Sum(r => r.Seconds);
                double P99(string t) => results.Where(r => r.BodyBytes == size && r.Target == t).Average(r => r.P99Ms);
                var ratio = 100 * Rps("guard") / Rps("pass-through");
                var added = P99("guard") - P99("pass-through");
                var errors = results.Where(r => r.BodyBytes == size).Sum(r => r.Errors);
                s.AppendLine(inv, $"- {(size + 512) / 1024} KB: guard throughput {ratio:0}% of pass-through (target ≥ 90%: {(ratio >= 90 ? "met" : "missed")}), added p99 {added:0.00} ms{(size <= 4096 ? $" (target ≤ 1 ms: {(added <= 1 ? "met" : "missed")})" : string.Empty)}, errors {errors}.");
            }
            s.AppendLine();
        }
        s.AppendLine("The pass-through only copies bytes. Per request the guard also authenticates, reads the whole JSON body (escapes decoded), ");
        s.AppendLine("runs the detection engine over every string, queues a hash-chained audit record and records metrics; in the CPU-bound ");
        s.AppendLine("scenario on a shared machine that work shows up one-for-one in throughput and tail latency. The heap column is measured after a full GC ");
        s.AppendLine("at the start of the first and the end of the last round of each target: flat means nothing accumulates per request.");
        return s.ToString();
    }

    static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    static void WriteSection(string path, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n\n";
        const string heading = "## Guard service load";
        int start = existing.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            File.WriteAllText(path, existing.TrimEnd() + "\n\n" + section);
            return;
        }
        int next = existing.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var rest = next < 0 ? string.Empty : existing[(next + 1)..];
        File.WriteAllText(path, existing[..start] + section + (rest.Length > 0 ? "\n" + rest : string.Empty));
    }

    static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
