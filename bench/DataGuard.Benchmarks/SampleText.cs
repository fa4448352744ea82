using System.Text;
using System.Text.RegularExpressions;

namespace DataGuard.Benchmarks;

/// <summary>
/// Realistic zh-TW police text for the benchmarks: clean prose and hard negatives (case numbers, dates, amounts, codes)
/// with one line of personal data from the labelled corpus about every 1,000 characters (2 KB of UTF-16).
/// Sizes are UTF-16 bytes: a "64 KB" text has 32,768 chars.
/// </summary>
public static class SampleText
{
    private const int CharsBetweenPersonalData = 1000;
    private static readonly Regex Label = new(@"\[\[[A-Z_]+:(.*?)\]\]", RegexOptions.CultureInvariant);

    private static readonly Lazy<string[]> Prose = new(() => ReadLines("SampleText", "clean-prose.txt", stripLabels: false));
    private static readonly Lazy<string[]> HardNegatives = new(() => ReadLines("Corpus", "hard-negatives.txt", stripLabels: false));
    /// <summary>Every corpus genre except the obfuscated subset and the hard negatives.</summary>
    internal static string[] RealisticFiles =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Select(Path.GetFileName)
            .Where(f => f is not ("obfuscated.txt" or "hard-negatives.txt")).Order(StringComparer.Ordinal).ToArray()!;

    private static readonly Lazy<string[]> WithPersonalData = new(() =>
        RealisticFiles.SelectMany(f => ReadLines("Corpus", f, stripLabels: true)).ToArray());

    /// <summary>Text of exactly <paramref name="bytes"/>/2 chars; sparse personal data unless <paramref name="clean"/>.</summary>
    public static string Build(int bytes, bool clean, int seed = 42, bool withHardNegatives = true)
    {
        int target = bytes / 2;
        var random = new Random(seed);
        var sb = new StringBuilder(target + 256);
        int sinceLast = 0;
        // Small texts still get one line of personal data, half-way in.
        int spacing = Math.Min(CharsBetweenPersonalData, target / 2);
        while (true)
        {
            bool personal = !clean && sinceLast >= spacing;
            string line = personal ? Pick(WithPersonalData.Value, random)
                : withHardNegatives && random.Next(3) == 0 ? Pick(HardNegatives.Value, random)
                : Pick(Prose.Value, random);
            if (sb.Length + line.Length + 1 > target) break;
            sb.Append(line).Append('\n');
            sinceLast = personal ? 0 : sinceLast + line.Length + 1;
        }
        // Pad with prose, which holds no digits, so cutting it anywhere leaves no half-values.
        while (sb.Length < target)
        {
            string prose = Pick(Prose.Value, random);
            sb.Append(prose, 0, Math.Min(prose.Length, target - sb.Length));
        }
        return sb.ToString();
    }

    private static string Pick(string[] lines, Random random) => lines[random.Next(lines.Length)];

    internal static string[] HardNegativeLines => HardNegatives.Value;

    internal static string[] ReadLines(string folder, string file, bool stripLabels)
    {
        string path = Path.Combine(AppContext.BaseDirectory, folder, file);
        return File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal))
            .Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal))
            .Select(l => stripLabels ? Label.Replace(l, "$1") : l)
            .ToArray();
    }
}
