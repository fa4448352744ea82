using BenchmarkDotNet.Running;
using DataGuard.Benchmarks;

// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --filter '*Detection*' [--quick] [--recognizers-1mb]
// dotnet run -c Release --project bench/DataGuard.Benchmarks -- --check
if (args.Contains(SanityCheck.Flag)) return SanityCheck.Run();

bool quick = args.Contains(BenchmarkConfig.QuickFlag);
bool recognizersAt1Mb = args.Contains(BenchmarkConfig.Recognizers1MbFlag);
string[] rest = args.Where(a => a != BenchmarkConfig.QuickFlag && a != BenchmarkConfig.Recognizers1MbFlag).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Create(quick, recognizersAt1Mb));
return 0;
