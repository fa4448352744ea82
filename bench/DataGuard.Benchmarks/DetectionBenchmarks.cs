using BenchmarkDotNet.Attributes;
using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// The detection engine against Microsoft.Recognizers.Text (phone + e-mail only) and a naive compiled-regex scanner,
/// on the same realistic zh-TW text. Ratio is time relative to the engine (higher = slower than the engine).
/// </summary>
public class DetectionBenchmarks : PromptBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Engine() => ScanAll(p => PersonalDataScanner.Default.Scan(p).Count);
}
