using BenchmarkDotNet.Attributes;
using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// Today's engine against the engine of an earlier commit (<see cref="BaselineEngine"/>, built by
/// <c>bench/baseline-engine.sh</c>), with the naive regex scanner and Recognizers.Text as yardsticks, in one run on the
/// same prompts: each yardstick's ratio to the engine before and after comes from the same measurements.
/// </summary>
public class EngineBeforeAfterBenchmarks : PromptBenchmarks
{
    private BaselineEngine _before = null!;

    public override void Setup()
    {
        base.Setup();
        _before = BaselineEngine.Load();
    }

    [Benchmark(Baseline = true)]
    public int EngineBefore() => ScanAll(_before.Count);

    [Benchmark]
    public int EngineAfter() => ScanAll(p => PersonalDataScanner.Default.Scan(p).Count);
}
