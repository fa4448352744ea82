using BenchmarkDotNet.Attributes;
using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// The detection engine against Microsoft.Recognizers.Text (phone + e-mail only) and a naive compiled-regex scanner,
/// on the same realistic zh-TW text. Ratio is time relative to the engine (higher = slower than the engine).
/// </summary>
[MemoryDiagnoser]
public class DetectionBenchmarks
{
    private readonly NaiveRegexScanner _naive = new();
    private RecognizersTextScanner _recognizers = null!;
    private string _text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = SampleInputs.OneKilobyte;

    public static IEnumerable<string> Inputs => SampleInputs.All;

    [GlobalSetup]
    public void Setup()
    {
        _text = SampleInputs.Text(Input);
        _recognizers = new RecognizersTextScanner(RecognizersCulture.Name);
    }

    [Benchmark(Baseline = true)]
    public int Engine() => PersonalDataScanner.Default.Scan(_text).Count;

    [Benchmark]
    public int NaiveRegex() => _naive.Scan(_text)?.Count ?? 0;

    [Benchmark]
    public int RecognizersText() => _recognizers.Scan(_text);
}
