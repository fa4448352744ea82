using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;

namespace DataGuard.Benchmarks;

/// <summary>
/// Run settings. <c>--quick</c> uses BenchmarkDotNet's short run (3 warm-ups, 3 iterations). Recognizers.Text at 1 MB
/// takes seconds per call, so it is left out unless <c>--recognizers-1mb</c> is given.
/// </summary>
public static class BenchmarkConfig
{
    public const string QuickFlag = "--quick";
    public const string Recognizers1MbFlag = "--recognizers-1mb";

    public static IConfig Create(bool quick, bool includeRecognizersAt1Mb)
    {
        var job = quick ? Job.ShortRun : Job.Default.WithWarmupCount(4).WithIterationCount(10);
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddColumn(new ThroughputColumn());
        if (!includeRecognizersAt1Mb)
        {
            config = config.AddFilter(new SimpleFilter(c =>
                !(c.Descriptor.WorkloadMethod.Name == nameof(DetectionBenchmarks.RecognizersText)
                  && c.Parameters["Input"] is SampleInputs.OneMegabyte)));
        }
        return config;
    }
}
