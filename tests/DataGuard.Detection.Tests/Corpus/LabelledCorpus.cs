namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// The labelled corpus files copied next to the test assembly: realistic genres, the obfuscated subset and the hard negatives.
/// Lines starting with "# " are comments; blank lines are skipped.
/// </summary>
internal static class LabelledCorpus
{
    public const string ObfuscatedFile = "obfuscated.txt";
    public const string HardNegativesFile = "hard-negatives.txt";

    private static readonly Lazy<IReadOnlyList<CorpusExample>> All = new(LoadAll);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Every realistic genre (statements, summaries, 165 reports, chat, structured, English).</summary>
    public static IReadOnlyList<CorpusExample> Realistic =>
        All.Value.Where(e => e.File != ObfuscatedFile && e.File != HardNegativesFile).ToList();

    public static IReadOnlyList<CorpusExample> Obfuscated => All.Value.Where(e => e.File == ObfuscatedFile).ToList();

    public static IReadOnlyList<CorpusExample> HardNegatives => All.Value.Where(e => e.File == HardNegativesFile).ToList();

    private static IReadOnlyList<CorpusExample> LoadAll()
    {
        var files = Directory.GetFiles(Folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"No corpus files in {Folder}.");
        var examples = new List<CorpusExample>();
        foreach (var path in files)
        {
            string file = Path.GetFileName(path);
            var lines = File.ReadAllLines(path, System.Text.Encoding.UTF8);
            for (int n = 0; n < lines.Length; n++)
            {
                string line = lines[n];
                if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal)) continue;
                try
                {
                    examples.Add(new CorpusExample(file, n + 1, CorpusMarkup.Parse(line)));
                }
                catch (FormatException e)
                {
                    throw new FormatException($"{file}:{n + 1}: {e.Message}", e);
                }
            }
        }
        return examples;
    }
}
