using System.Diagnostics;
using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// <c>--speed [input…]</c>: a quick measurement (best of 12 alternating rounds of ~0.3 s) of the engine, the naive regex scanner and, when built, the baseline engine in
/// M chars per second of process CPU time (less sensitive than wall time to other work on a shared machine; includes the
/// GC's threads), for iterating on the engine between BenchmarkDotNet runs. Not a substitute for them.
/// </summary>
public static class QuickSpeed
{
    public const string Flag = "--speed";

    private const int Rounds = 12;

    public static int Run(string[] inputs)
    {
        var naive = new NaiveRegexScanner();
        var baselines = Array.Empty<BaselineEngine>();
        try { baselines = BaselineEngine.LoadAll(); } catch (InvalidOperationException) { }
        foreach (var input in inputs.Length > 0 ? inputs : SampleInputs.All)
        {
            var prompts = SampleInputs.Prompts(input);
            long chars = prompts.Sum(p => (long)p.Length);
            var scanners = new List<(string Name, Func<string, int> Scan)>
            {
                ("engine", p => PersonalDataScanner.Default.Scan(p).Count),
                ("naive regex", p => naive.Scan(p)?.Count ?? 0),
            };
            foreach (var before in baselines) scanners.Add(("engine " + before.Commit[..7], before.Count));
            // Rounds alternate between the scanners, so a burst of load on the shared machine hits them alike.
            var best = new double[scanners.Count];
            for (int round = 0; round < Rounds; round++)
            {
                for (int s = 0; s < scanners.Count; s++) best[s] = Math.Max(best[s], Round(prompts, chars, scanners[s].Scan));
            }
            Console.Write($"{input,-12}");
            for (int s = 0; s < scanners.Count; s++) Console.Write($"  {scanners[s].Name} {best[s],6:0.0}");
            Console.Write("  M chars/CPU-s;  engine/regex " + (best[0] / best[1]).ToString("0.00"));
            for (int b = 0; b < baselines.Length; b++) Console.Write($"  engine/{baselines[b].Commit[..7]} {best[0] / best[2 + b]:0.00}");
            Console.Write("  allocated per pass:");
            for (int s = 0; s < scanners.Count; s++) Console.Write($" {Allocated(prompts, scanners[s].Scan)} B");
            Console.WriteLine();
        }
        return 0;
    }

    /// <summary><c>--profile input seconds</c>: the engine alone in a loop, for a sampling profiler (perf) to attach to.</summary>
    public static int Loop(string input, double seconds)
    {
        var prompts = SampleInputs.Prompts(input);
        var watch = Stopwatch.StartNew();
        long found = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var prompt in prompts) found += PersonalDataScanner.Default.Scan(prompt).Count;
        }
        Console.WriteLine($"{input}: {found} findings");
        return 0;
    }

    /// <summary>
    /// <c>--passes input n</c>: the engine alone over the input n times, for an instruction counter (valgrind --tool=callgrind)
    /// whose count, unlike a time, does not depend on the load of a shared machine: the count of n passes less that of none is
    /// the engine's.
    /// </summary>
    public static int Passes(string input, int passes)
    {
        var prompts = SampleInputs.Prompts(input);
        long found = 0;
        var process = Process.GetCurrentProcess();
        TimeSpan cpuAfterFirst = default;
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (var prompt in prompts) found += PersonalDataScanner.Default.Scan(prompt).Count;
            if (pass == 0)
            {
                process.Refresh();
                cpuAfterFirst = process.TotalProcessorTime;
            }
        }
        process.Refresh();
        // With DOTNET_TieredCompilation=0 the first pass compiles everything: the passes after it are the engine's own.
        double perPass = passes > 1 ? (process.TotalProcessorTime - cpuAfterFirst).TotalMilliseconds / (passes - 1) : 0;
        Console.WriteLine($"{input}: {passes} passes, {found} findings, {perPass:0.000} CPU-ms per pass after the first");
        return 0;
    }

    private static long Allocated(string[] prompts, Func<string, int> scan)
    {
        foreach (var prompt in prompts) scan(prompt);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var prompt in prompts) scan(prompt);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static double Round(string[] prompts, long chars, Func<string, int> scan)
    {
        long scanned = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 300)
        {
            foreach (var prompt in prompts) scan(prompt);
            scanned += chars;
        }
        process.Refresh();
        return scanned / (process.TotalProcessorTime - cpuBefore).TotalSeconds / 1e6;
    }
}
