using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace DataGuard.Benchmarks;

/// <summary>
/// Run settings: 4 warm-ups and 10 iterations by default (the whole suite stays under ~10 minutes on 2 cores, with
/// Recognizers.Text at 1 MB taking about 2 s per call); <c>--quick</c> uses BenchmarkDotNet's short run (3 and 3).
/// </summary>
public static class BenchmarkConfig
{
    public const string QuickFlag = "--quick";

    public static IConfig Create(bool quick)
    {
        var job = quick ? Job.ShortRun : Job.Default.WithWarmupCount(4).WithIterationCount(10);
        return DefaultConfig.Instance.AddJob(job.AsDefault()).AddColumn(new ThroughputColumn());
    }
}
