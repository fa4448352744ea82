using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// <c>--compare</c>: checks that today's engine reports exactly what the baseline engine reports (type, start, length,
/// score, evasions, value) on every benchmark prompt, every corpus line and every whole corpus file, and on every case
/// of the detection tests' generator (positives and hard negatives, the same seeds as the tests), so a speed change
/// that alters a finding is caught. Prints counts only, never values.
/// </summary>
public static class EngineComparison
{
    public const string Flag = "--compare";

    public static int Run()
    {
        var before = BaselineEngine.Load();
        Console.WriteLine($"baseline engine {before.Commit}");
        var texts = new List<string>();
        foreach (var input in SampleInputs.All) texts.AddRange(SampleInputs.Prompts(input));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt"))
        {
            var lines = SampleText.ReadLines("Corpus", Path.GetFileName(file), stripLabels: true);
            texts.AddRange(lines);
            texts.Add(string.Join('\n', lines));
        }
        foreach (var generated in DataGuard.Detection.Tests.Generated.CaseGenerator.Positives()) texts.Add(generated.Text);
        foreach (var generated in DataGuard.Detection.Tests.Generated.HardNegativeGenerator.All()) texts.Add(generated.Text);
        int differing = 0, findings = 0;
        foreach (var text in texts)
        {
            var expected = before.Findings(text);
            var actual = PersonalDataScanner.Default.Scan(text)
                .Select(f => (f.Type, f.Start, f.Length, f.Score, f.Evasions.ToString(), f.NormalizedValue)).ToList();
            findings += actual.Count;
            if (!expected.SequenceEqual(actual)) differing++;
        }
        Console.WriteLine($"{texts.Count} texts, {findings} findings now; texts whose findings differ from the baseline: {differing}");
        return differing == 0 ? 0 : 1;
    }
}
