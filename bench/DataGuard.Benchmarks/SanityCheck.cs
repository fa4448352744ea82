using System.Diagnostics;
using DataGuard.Detection;
using Microsoft.Recognizers.Text;

namespace DataGuard.Benchmarks;

/// <summary>
/// <c>--check</c>: one pass over every input with each scanner, printing counts and rough timings (no values),
/// so a benchmark never compares scanners that silently find nothing.
/// </summary>
public static class SanityCheck
{
    public const string Flag = "--check";

    public static int Run()
    {
        var naive = new NaiveRegexScanner();
        var english = new RecognizersTextScanner(Culture.English);
        var chinese = TryCreate(Culture.Chinese);
        foreach (var input in SampleInputs.All)
        {
            string text = SampleInputs.Text(input);
            Console.WriteLine($"{input}: {text.Length} chars");
            Report("engine", () => string.Join(", ", PersonalDataScanner.Default.Scan(text).GroupBy(f => f.Type).Select(g => $"{g.Key} {g.Count()}")));
            Report("naive regex", () => string.Join(", ", (naive.Scan(text) ?? new()).GroupBy(f => f.Type).Select(g => $"{g.Key} {g.Count()}")));
            Report("Recognizers.Text en", () => $"phones {english.CountPhones(text)}, e-mails {english.CountEmails(text)}");
            if (chinese is not null) Report("Recognizers.Text zh", () => $"phones {chinese.CountPhones(text)}, e-mails {chinese.CountEmails(text)}");
        }
        CorpusAccuracy.Print(naive, english);
        PrintEngineAllocations();
        return 0;
    }

    // Where the "no allocation on clean text" target stands, split into text with no candidates at all and hard negatives.
    private static void PrintEngineAllocations()
    {
        var scanner = PersonalDataScanner.Default;
        long Allocated(string text)
        {
            scanner.Scan(text);
            long before = GC.GetAllocatedBytesForCurrentThread();
            scanner.Scan(text);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Console.WriteLine("engine bytes allocated per scan (second call):");
        Console.WriteLine($"  prose-64KB                  {Allocated(SampleInputs.Text(SampleInputs.Prose)),8} B");
        Console.WriteLine($"  clean-64KB                  {Allocated(SampleInputs.Text(SampleInputs.Clean)),8} B");
        var lines = SampleText.HardNegativeLines;
        int allocating = lines.Count(l => Allocated(l) > 0);
        Console.WriteLine($"  hard-negative lines that allocate: {allocating}/{lines.Length}");
    }

    private static RecognizersTextScanner? TryCreate(string culture)
    {
        try
        {
            return new RecognizersTextScanner(culture);
        }
        catch (Exception e)
        {
            Console.WriteLine($"Recognizers.Text has no Sequence models for {culture}: {e.GetType().Name}");
            return null;
        }
    }

    private static void Report(string scanner, Func<string> scan)
    {
        var watch = Stopwatch.StartNew();
        string counts = scan();
        Console.WriteLine($"  {scanner,-22} {watch.Elapsed.TotalMilliseconds,9:0.0} ms  {counts}");
    }
}
