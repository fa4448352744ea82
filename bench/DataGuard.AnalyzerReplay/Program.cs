using System.Globalization;
using DataGuard.AnalyzerReplay;

// DataGuard.AnalyzerReplay [--rounds N] [--cold] [--diagnostics DIR] --dataguard LABEL=FOLDER [--dataguard LABEL=FOLDER …] COMMAND-FILE…
// Replays each csc call (files of bench/analyzers/csc-commands.py) in process and runs the command line's analyzers with each
// DataGuard build in alternating rounds; prints per-round times and medians (see bench/README.md, "sixth pass").
var rounds = 5;
string? diagnostics = null;
var cold = false;
var variants = new List<(string Label, string Folder)>();
var commands = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--diagnostics": diagnostics = args[++i]; break;
        case "--cold": cold = true; break;
        case "--dataguard":
            var parts = args[++i].Split('=', 2);
            variants.Add((parts[0], Path.GetFullPath(parts[1])));
            break;
        default: commands.Add(args[i]); break;
    }
}

if (variants.Count == 0 || commands.Count == 0)
{
    Console.Error.WriteLine("usage: DataGuard.AnalyzerReplay [--rounds N] [--cold] [--diagnostics DIR] --dataguard LABEL=FOLDER… COMMAND-FILE…");
    return 2;
}

using var jit = new JitMeter("DataGuard.Analyzers");
var loader = new AnalyzerDirectoryLoader();
foreach (var command in commands)
{
    new ReplayRun(ReplayedCompilation.Load(command, loader), variants, cold, diagnostics).Run(rounds);
}

Thread.Sleep(TimeSpan.FromSeconds(2)); // runtime events arrive in batches
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JIT of DataGuard.Analyzers methods, whole run: {jit.Methods} methods, {jit.Time.TotalSeconds:F3} s"));
return 0;
