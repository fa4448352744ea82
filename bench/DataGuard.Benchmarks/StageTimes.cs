using System.Diagnostics;
using System.Reflection;
using DataGuard.Detection;
using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;

namespace DataGuard.Benchmarks;

/// <summary>
/// <c>--stages input [rounds]</c>: CPU time per pass of each text-level stage of <see cref="PersonalDataScanner.Scan"/> run
/// alone on the input — the whole scan, the token scan (<c>ScanText</c>) and each reading that looks at the whole text
/// before or beside it — so a speed round sees which pass a cost sits in without a profiler. Stages alternate within each
/// round (a burst of load on a shared machine hits them alike) and the best round counts. det-speed46.
/// </summary>
public static class StageTimes
{
    public const string Flag = "--stages";

    public static int Run(string input, int rounds)
    {
        var prompts = SampleInputs.Prompts(input);
        var scanner = PersonalDataScanner.Default;
        var scanText = (Func<string, IReadOnlyList<Finding>>)Delegate.CreateDelegate(typeof(Func<string, IReadOnlyList<Finding>>), scanner,
            typeof(PersonalDataScanner).GetMethod("ScanText", BindingFlags.NonPublic | BindingFlags.Instance)!);
        var stages = new (string Name, Func<string, object?> Pass)[]
        {
            ("Scan (whole)", p => scanner.Scan(p)),
            ("ScanText (tokens, anchors)", p => scanText(p)),
            ("HomophoneDigits.Read", p => HomophoneDigits.Read(p)),
            ("PiecesReading.Find", p => PiecesReading.Find(p)),
            ("ArithmeticReading.Find", p => ArithmeticReading.Find(p)),
            ("SpokenQuantities.Find", p => SpokenQuantities.Find(p)),
            ("DataUris.Decode", p => DataUris.Decode(p)),
            ("TransportEscapes.Decode", p => TransportEscapes.Decode(p)),
        };
        var best = new double[stages.Length];
        Array.Fill(best, double.MaxValue);
        for (int round = 0; round < rounds; round++)
        {
            for (int s = 0; s < stages.Length; s++) best[s] = Math.Min(best[s], MicrosecondsPerPass(prompts, stages[s].Pass));
        }
        Console.WriteLine($"{input}: best of {rounds} rounds, CPU-µs per pass");
        for (int s = 0; s < stages.Length; s++) Console.WriteLine($"  {stages[s].Name,-28} {best[s],9:0.0}  {best[s] / best[0],6:P1}");
        return 0;
    }

    private static double MicrosecondsPerPass(string[] prompts, Func<string, object?> pass)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int passes = 0;
        while (watch.ElapsedMilliseconds < 200)
        {
            foreach (var prompt in prompts) pass(prompt);
            passes++;
        }
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds * 1000 / passes;
    }
}
