using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// Alternating rounds (A B, B A, …) of one replayed compilation with each DataGuard build beside the command line's other
/// analyzers. Analysis is sequential (<c>concurrentAnalysis: false</c>), so an analyzer's execution time is its own CPU work
/// rather than its share of waiting for a core. The first round of each build also pays JIT and static initialisers and is
/// printed as "cold", the medians are over the rest; with <c>--cold</c> every round loads DataGuard afresh (as each csc
/// process does) while the compiler and the other analyzers stay warm, so every round shows DataGuard's fixed cost.
/// </summary>
internal sealed class ReplayRun(ReplayedCompilation replay, List<(string Label, string Folder)> variants, bool cold, string? diagnosticsFolder)
{
    private readonly Dictionary<string, List<Measurement>> _measured = variants.ToDictionary(v => v.Label, _ => new List<Measurement>());

    public void Run(int rounds)
    {
        var loaded = variants.ToDictionary(v => v.Label, v => DataGuardAnalyzers(v.Folder));
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? variants : Enumerable.Reverse(variants).ToList();
            foreach (var (label, _) in order)
            {
                var folder = variants.First(v => v.Label == label).Folder;
                var measurement = Measure(folder, cold ? DataGuardAnalyzers(folder) : loaded[label]);
                _measured[label].Add(measurement);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{replay.Name} round {round} {label}: DataGuard {measurement.DataGuard:F3} s, SDK {measurement.Sdk:F3} s, others {measurement.Others:F3} s, wall {measurement.Wall:F3} s, process CPU {measurement.Cpu:F3} s, DG reports {measurement.Reports.Length}"));
                WriteReports(label, measurement.Reports);
            }
        }

        PrintMedians();
    }

    /// <summary>DataGuard's analyzers in a load context of their own: with --cold, a new one per round, as a csc process starts.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> DataGuardAnalyzers(string folder)
        => folder == None || folder == Bare ? ImmutableArray<DiagnosticAnalyzer>.Empty : Directory.EnumerateFiles(folder, "DataGuard.Analyzers.dll")
            .SelectMany(path => new AnalyzerFileReference(path, new AnalyzerDirectoryLoader()).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();

    /// <summary>
    /// The folder of a variant without DataGuard; <see cref="Bare"/> also leaves out the SDK's NetAnalyzers and adds the
    /// <see cref="BindingBaseline"/>, so that binding, which the SDK's operation analyzers would otherwise be charged with, is
    /// in the base.
    /// </summary>
    public const string None = "-";

    public const string Bare = "--";

    /// <summary>DATAGUARD_REPLAY_CONCURRENT=1 runs the analyzers as csc does (concurrently): an analyzer's time then includes its waits.</summary>
    private static readonly bool Concurrent = Environment.GetEnvironmentVariable("DATAGUARD_REPLAY_CONCURRENT") == "1";

    private Measurement Measure(string folder, ImmutableArray<DiagnosticAnalyzer> dataGuard)
    {
        var others = folder == Bare
            ? replay.OtherAnalyzers.RemoveAll(a => Assembly(a).Contains("NetAnalyzers", StringComparison.Ordinal)).Add(new BindingBaseline())
            : replay.OtherAnalyzers;
        var analyzers = others.AddRange(dataGuard);
        var options = new CompilationWithAnalyzersOptions(replay.Options, onAnalyzerException: null, concurrentAnalysis: Concurrent, logAnalyzerExecutionTime: true);
        var withAnalyzers = replay.Fresh().WithAnalyzers(analyzers, options);
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var wall = clock.Elapsed.TotalSeconds;
        var perAnalyzer = analyzers.Distinct()
            .Select(a => (Analyzer: a, Seconds: withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds))
            .ToArray();
        var reports = diagnostics
            .Where(d => d.Id.StartsWith("DG", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new Measurement(
            perAnalyzer.Where(a => IsDataGuard(a.Analyzer)).Sum(a => a.Seconds),
            perAnalyzer.Where(a => Assembly(a.Analyzer).Contains("NetAnalyzers", StringComparison.Ordinal)).Sum(a => a.Seconds),
            perAnalyzer.Where(a => !IsDataGuard(a.Analyzer) && !Assembly(a.Analyzer).Contains("NetAnalyzers", StringComparison.Ordinal)).Sum(a => a.Seconds),
            wall,
            cpu,
            perAnalyzer.Where(a => IsDataGuard(a.Analyzer)).ToDictionary(a => a.Analyzer.GetType().Name, a => a.Seconds),
            reports);
    }

    private static string Assembly(DiagnosticAnalyzer analyzer) => analyzer.GetType().Assembly.GetName().Name ?? "";

    private static bool IsDataGuard(DiagnosticAnalyzer analyzer) => Assembly(analyzer) == "DataGuard.Analyzers";

    private void WriteReports(string label, string[] reports)
    {
        if (diagnosticsFolder is null)
        {
            return;
        }

        Directory.CreateDirectory(diagnosticsFolder);
        var path = Path.Combine(diagnosticsFolder, $"{replay.Name}.{label}.txt");
        if (File.Exists(path) && !File.ReadAllLines(path).SequenceEqual(reports))
        {
            Console.WriteLine($"  warning: {label} reported differently from an earlier round on {replay.Name}");
        }

        File.WriteAllLines(path, reports);
    }

    private void PrintMedians()
    {
        foreach (var (label, measured) in _measured)
        {
            var warm = measured.Count > 1 ? measured.Skip(1).ToList() : measured;
            var rules = string.Join(", ", warm[0].PerRule.Keys.Order(StringComparer.Ordinal)
                .Select(rule => string.Create(CultureInfo.InvariantCulture, $"{rule} {Median(warm.Select(m => m.PerRule[rule])):F3}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{replay.Name} {label} cold: DataGuard {measured[0].DataGuard:F3} s, SDK {measured[0].Sdk:F3} s; "
                + $"warm medians of {warm.Count}: DataGuard {Median(warm.Select(m => m.DataGuard)):F3} s, SDK {Median(warm.Select(m => m.Sdk)):F3} s, "
                + $"DataGuard/SDK {Median(warm.Select(m => m.DataGuard / m.Sdk)):F2}, wall {Median(warm.Select(m => m.Wall)):F3} s, process CPU {Median(warm.Select(m => m.Cpu)):F3} s"));
            Console.WriteLine($"  {rules}");
        }

        PrintMarginalCpu();
    }

    /// <summary>DataGuard's and the SDK analyzers' marginal process CPU: medians of the rounds with them minus those without.</summary>
    private void PrintMarginalCpu()
    {
        var none = variants.FirstOrDefault(v => v.Folder == None).Label;
        var bare = variants.FirstOrDefault(v => v.Folder == Bare).Label;
        if (none is null || bare is null)
        {
            return;
        }

        double Cpu(string label) => Median(_measured[label].Skip(_measured[label].Count > 1 ? 1 : 0).Select(m => m.Cpu));
        var sdk = Cpu(none) - Cpu(bare);
        foreach (var (label, folder) in variants.Where(v => v.Folder is not (None or Bare)))
        {
            var dataGuard = Cpu(label) - Cpu(none);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{replay.Name} {label} marginal process CPU: DataGuard {dataGuard:F3} s, SDK NetAnalyzers {sdk:F3} s, DataGuard/SDK {dataGuard / sdk:F2}"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Measurement(double DataGuard, double Sdk, double Others, double Wall, double Cpu, Dictionary<string, double> PerRule, string[] Reports);
}
