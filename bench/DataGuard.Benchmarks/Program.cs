using BenchmarkDotNet.Running;
using DataGuard.Benchmarks;

// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --filter '*Detection*' [--quick]
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --check
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --speed [dense-64KB …]
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --stages prose-64KB [rounds]   (time of each text-level stage)
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --compare   (after bench/baseline-engine.sh)
if (args.Contains(SanityCheck.Flag)) return SanityCheck.Run();
if (args.Contains(EngineComparison.Flag)) return EngineComparison.Run();
if (args is ["--passes", var counted, var passes]) return QuickSpeed.Passes(counted, int.Parse(passes, System.Globalization.CultureInfo.InvariantCulture));
if (args is ["--profile", var input, var seconds]) return QuickSpeed.Loop(input, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
if (args is [StageTimes.Flag, var staged, ..] && args.Length <= 3) return StageTimes.Run(staged, args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
if (args.Contains(QuickSpeed.Flag)) return QuickSpeed.Run(args.Where(a => a != QuickSpeed.Flag).ToArray());

bool quick = args.Contains(BenchmarkConfig.QuickFlag);
string[] rest = args.Where(a => a != BenchmarkConfig.QuickFlag).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Create(quick));
return 0;
