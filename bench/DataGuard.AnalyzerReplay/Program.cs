using System.Globalization;
using DataGuard.AnalyzerReplay;

// DataGuard.AnalyzerReplay [--rounds N] [--cold] [--jit-top N] [--diagnostics DIR] --dataguard LABEL=FOLDER [--dataguard LABEL=FOLDER …] COMMAND-FILE…
// Replays each csc call (files of bench/analyzers/csc-commands.py) in process and runs the command line's analyzers with each
// DataGuard build in alternating rounds; prints per-round times and medians (see bench/README.md, "sixth pass").
var rounds = 5;
string? diagnostics = null;
var cold = false;
var slowest = 0;
var variants = new List<(string Label, string Folder)>();
var commands = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--diagnostics": diagnostics = args[++i]; break;
        case "--cold": cold = true; break;
        case "--jit-top": slowest = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--dataguard":
            var parts = args[++i].Split('=', 2);
            variants.Add((parts[0], parts[1] is ReplayRun.None or ReplayRun.Bare ? parts[1] : Path.GetFullPath(parts[1])));
            break;
        default: commands.Add(args[i]); break;
    }
}

if (variants.Count == 0 || commands.Count == 0)
{
    Console.Error.WriteLine("usage: DataGuard.AnalyzerReplay [--rounds N] [--cold] [--jit-top N] [--diagnostics DIR] --dataguard LABEL=FOLDER… COMMAND-FILE…");
    return 2;
}

// Only on request: with the runtime's JIT events on, every compiled method costs more, and DataGuard's are compiled ones.
using var jit = slowest > 0 ? new JitMeter("DataGuard.Analyzers") : null;
var loader = new AnalyzerDirectoryLoader();
foreach (var command in commands)
{
    new ReplayRun(ReplayedCompilation.Load(command, loader), variants, cold, diagnostics).Run(rounds);
}

if (jit is not null)
{
    Thread.Sleep(TimeSpan.FromSeconds(2)); // runtime events arrive in batches
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JIT of DataGuard.Analyzers methods, whole run: {jit.Methods} methods, {jit.Time.TotalSeconds:F3} s"));
    foreach (var (method, time) in jit.Slowest(slowest))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {time.TotalMilliseconds,8:F1} ms  {method}"));
    }
}

return 0;
