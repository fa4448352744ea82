using DataGuard.Detection.Tests.Corpus;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>
/// The red-team held-out set: prompts staff would paste into a chat assistant, disguised values, and hard negatives.
/// Parsed with the corpus markup (<see cref="CorpusMarkup"/>). The files are read from the source tree because the
/// test project only copies Corpus/ to the output folder.
/// </summary>
internal static class HeldOutSet
{
    public const string PromptsFile = "heldout-prompts.txt";
    public const string ObfuscatedFile = "heldout-obfuscated.txt";
    public const string NegativesFile = "heldout-negatives.txt";

    private const string RelativeFolder = "tests/DataGuard.Detection.Tests/HeldOut";

    public static IReadOnlyList<CorpusExample> Prompts => Load(PromptsFile);

    public static IReadOnlyList<CorpusExample> Obfuscated => Load(ObfuscatedFile);

    public static IReadOnlyList<CorpusExample> Negatives => Load(NegativesFile);

    /// <summary>Walks up from the test assembly to the repository root, where the held-out folder lives.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, RelativeFolder);
                if (File.Exists(Path.Combine(candidate, PromptsFile))) return candidate;
            }
            throw new DirectoryNotFoundException($"{RelativeFolder} not found above {AppContext.BaseDirectory}.");
        }
    }

    // Same line rules as Corpus/ (blank lines and "# " comments skipped); a bad label names file and line, never the value.
    private static IReadOnlyList<CorpusExample> Load(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file), System.Text.Encoding.UTF8)
            .Select((line, index) => (line, number: index + 1))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith("# ", StringComparison.Ordinal))
            .Select(l => new CorpusExample(file, l.number, ParseAt(file, l.number, l.line)))
            .ToList();

    private static LabelledText ParseAt(string file, int number, string line)
    {
        try
        {
            return CorpusMarkup.Parse(line);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{file}:{number}: {e.Message}", e);
        }
    }
}
