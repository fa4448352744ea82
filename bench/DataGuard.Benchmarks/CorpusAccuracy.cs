using System.Text;
using System.Text.RegularExpressions;
using DataGuard.Detection;
using Microsoft.Recognizers.Text;

namespace DataGuard.Benchmarks;

/// <summary>
/// Part of <c>--check</c>: how much of the labelled corpus each benchmarked scanner finds (same type, any overlap), so the speed
/// table can be read next to what each one actually does. The authoritative precision/recall test is CorpusTests.
/// </summary>
public static class CorpusAccuracy
{
    private static readonly Regex Label = new(@"\[\[([A-Z_]+):(.*?)\]\]", RegexOptions.CultureInvariant);

    private sealed record Labelled(string Text, List<(string Type, int Start, int End)> Spans);

    public static void Print(NaiveRegexScanner naive, RecognizersTextScanner recognizers)
    {
        var realistic = SampleText.RealisticFiles.SelectMany(f => Load(f)).ToList();
        var obfuscated = Load("obfuscated.txt");
        var negatives = Load("hard-negatives.txt");
        var scanners = new (string Name, Func<string, IEnumerable<(string Type, int Start, int End)>> Scan)[]
        {
            ("engine", t => PersonalDataScanner.Default.Scan(t).Where(f => EntityTypes.Core.Contains(f.Type)).Select(f => (f.Type, f.Start, f.End))),
            ("naive regex", t => (naive.Scan(t) ?? new()).Select(f => (f.Type, f.Start, f.Start + f.Length))),
            ("Recognizers.Text en", t => recognizers.Results(t)),
        };
        Console.WriteLine("corpus (type + overlap)   realistic recall  phone+e-mail recall  obfuscated recall  hard-negative lines flagged");
        foreach (var (name, scan) in scanners)
        {
            Console.WriteLine($"  {name,-22} {Recall(realistic, scan, _ => true),16:0.000} {Recall(realistic, scan, IsPhoneOrEmail),20:0.000} "
                + $"{Recall(obfuscated, scan, _ => true),18:0.000} {negatives.Count(n => scan(n.Text).Any()),14}/{negatives.Count}");
        }
    }

    private static bool IsPhoneOrEmail(string type) => type is EntityTypes.PhoneNumber or EntityTypes.EmailAddress;

    private static double Recall(List<Labelled> lines, Func<string, IEnumerable<(string Type, int Start, int End)>> scan, Func<string, bool> counted)
    {
        int expected = 0, hit = 0;
        foreach (var line in lines)
        {
            var found = scan(line.Text).ToList();
            foreach (var span in line.Spans.Where(s => counted(s.Type)))
            {
                expected++;
                if (found.Any(f => f.Type == span.Type && f.Start < span.End && span.Start < f.End)) hit++;
            }
        }
        return expected == 0 ? 1.0 : (double)hit / expected;
    }

    private static List<Labelled> Load(string file) =>
        SampleText.ReadLines("Corpus", file, stripLabels: false).Select(Parse).ToList();

    private static Labelled Parse(string line)
    {
        var text = new StringBuilder(line.Length);
        var spans = new List<(string, int, int)>();
        int last = 0;
        foreach (Match m in Label.Matches(line))
        {
            text.Append(line, last, m.Index - last);
            spans.Add((m.Groups[1].Value, text.Length, text.Length + m.Groups[2].Length));
            text.Append(m.Groups[2].Value);
            last = m.Index + m.Length;
        }
        text.Append(line, last, line.Length - last);
        return new Labelled(text.ToString(), spans);
    }
}
