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
            if (input == SampleInputs.OneMegabyte) continue;
            Report("Recognizers.Text en", () => $"phones {english.CountPhones(text)}, e-mails {english.CountEmails(text)}");
            if (chinese is not null) Report("Recognizers.Text zh", () => $"phones {chinese.CountPhones(text)}, e-mails {chinese.CountEmails(text)}");
        }
        return 0;
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
