using BenchmarkDotNet.Attributes;

namespace DataGuard.Benchmarks;

/// <summary>
/// What the detection benchmarks share: the input parameter, its prompts (one text, or the short records of
/// <c>dense-64KB</c>), and the naive regex scanner and Microsoft.Recognizers.Text as yardsticks. Each operation scans every prompt of the input.
/// </summary>
[MemoryDiagnoser]
public abstract class PromptBenchmarks
{
    private readonly NaiveRegexScanner _naive = new();
    private RecognizersTextScanner? _recognizers;
    private string[] _prompts = Array.Empty<string>();

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = SampleInputs.OneKilobyte;

    public static IEnumerable<string> Inputs => SampleInputs.All;

    [GlobalSetup]
    public virtual void Setup()
    {
        _prompts = SampleInputs.Prompts(Input);
        _recognizers = new RecognizersTextScanner(RecognizersCulture.Name);
    }

    [Benchmark]
    public int NaiveRegex() => ScanAll(p => _naive.Scan(p)?.Count ?? 0);

    [Benchmark]
    public int RecognizersText() => ScanAll(_recognizers!.Scan);

    /// <summary>Scans every prompt and adds up what was found.</summary>
    protected int ScanAll(Func<string, int> scan)
    {
        int found = 0;
        foreach (var prompt in _prompts) found += scan(prompt);
        return found;
    }
}
