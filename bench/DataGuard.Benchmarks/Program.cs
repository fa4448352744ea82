using BenchmarkDotNet.Running;
using DataGuard.Benchmarks;

// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --filter '*Detection*' [--quick]
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --check
if (args.Contains(SanityCheck.Flag)) return SanityCheck.Run();

bool quick = args.Contains(BenchmarkConfig.QuickFlag);
string[] rest = args.Where(a => a != BenchmarkConfig.QuickFlag).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Create(quick));
return 0;
