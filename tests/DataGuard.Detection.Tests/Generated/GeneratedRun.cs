using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>Found / generated for one cell or one aggregate.</summary>
internal sealed class CellTally
{
    public int Cases { get; set; }
    public int Found { get; set; }
    public double Recall => Cases == 0 ? 1.0 : (double)Found / Cases;
}

/// <summary>
/// Scans every generated case once per test run (a class fixture) and keeps the tallies. A case counts as found when a
/// finding of the expected type covers the value's first to last letter or digit and reaches at most one character
/// beyond it (a parenthesis). Only names and counts are ever printed, never a generated value.
/// </summary>
public sealed class GeneratedRun
{
    public GeneratedRun()
    {
        var scanner = Scanning.Scanner;
        // For a developer chasing a hole: DATAGUARD_GENERATED_MISSES=<file> writes the missed synthetic cases there.
        var missesPath = Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_MISSES");
        var misses = missesPath is null ? null : new StringBuilder();
        // DATAGUARD_GENERATED_FINDINGS=<file>: every text's cell and findings (offsets, no value), to compare two engines text by text.
        var findingsPath = Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_FINDINGS");
        var all = findingsPath is null ? null : new StringBuilder();
        using var digest = new FindingsDigest();
        foreach (var item in CaseGenerator.Positives())
        {
            var findings = scanner.Scan(item.Text);
            digest.Add(findings);
            all?.Append($"{item.Cell} @{item.Position}\t{Describe(findings)}\n");
            bool found = IsFound(findings, item);
            if (!found && misses is not null) misses.Append($"{item.Cell} @{item.Position}\t{Escape(item.Text)}\t{Escape(item.Text[item.Start..item.End])}\t{Describe(findings)}\n");
            Count(Cells, item.Cell, found);
            Count(Families, item.Family, found);
            if (CellFloors.InScope(item.Cell)) Count(InScopeFamilies, item.Family, found);
            Count(FamilyVariants, item.Family + " × " + item.Variant, found);
            Count(FamilyContexts, item.Family + " × " + item.Context, found);
            Count(FamilyPositions, item.Family + " × " + item.Position, found);
            Count(Types, item.Type, found);
            Positives++;
        }
        foreach (var negative in HardNegativeGenerator.All())
        {
            bool clean = true;
            var findings = scanner.Scan(negative.Text);
            digest.Add(findings);
            all?.Append($"NEGATIVE {negative.Cell}\t{Describe(findings)}\n");
            foreach (var finding in findings)
            {
                if (EntityTypes.Core.Contains(finding.Type)) clean = false;
            }
            Count(NegativeCells, negative.Cell, clean);
            if (!clean && misses is not null) misses.Append($"NEGATIVE {negative.Cell}\t{Escape(negative.Text)}\t\t{Describe(scanner.Scan(negative.Text))}\n");
            Count(NegativeFamilies, negative.Family, clean);
            Negatives++;
        }
        FindingsDigestSummary = digest.Summary();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "generated-coverage.tsv"), CellTable());
        if (missesPath is not null) File.WriteAllText(missesPath, misses!.ToString());
        if (findingsPath is not null) File.WriteAllText(findingsPath, all!.ToString());
    }

    private static string Escape(string text) => text.Replace("\n", "⏎");

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings) text.Append($"{f.Type}@{f.Start}+{f.Length}:{f.Score:0.00} ");
        return text.ToString();
    }

    /// <summary>The digest of every finding of every generated case and look-alike (<see cref="FindingsDigest"/>).</summary>
    internal string FindingsDigestSummary { get; }

    internal int Positives { get; }
    internal int Negatives { get; }
    internal SortedDictionary<string, CellTally> Cells { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> Families { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> InScopeFamilies { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> FamilyVariants { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> FamilyContexts { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> FamilyPositions { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> Types { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> NegativeCells { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, CellTally> NegativeFamilies { get; } = new(StringComparer.Ordinal);

    internal static bool IsFound(IReadOnlyList<Finding> findings, GeneratedCase item)
    {
        int first = item.Start, last = item.End;
        while (first < last && !IsValueChar(item.Text[first])) first++;
        while (last > first && !IsValueChar(item.Text[last - 1])) last--;
        foreach (var finding in findings)
        {
            if (finding.Type != item.Type) continue;
            int end = finding.Start + finding.Length;
            if (finding.Start <= first && end >= last && finding.Start >= item.Start - 1 && end <= item.End + 1) return true;
        }
        return false;
    }

    // A letter or digit in any form: styled ones outside the BMP (𝟎, 🅐, a surrogate pair) and circled, superscript or
    // enclosed digits (① ¹ ⒈, Unicode's "other number") too (round 29).
    private static bool IsValueChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is >= '\u2460' and <= '\u24FF'
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNumber;

    private static void Count(SortedDictionary<string, CellTally> tallies, string key, bool hit)
    {
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new CellTally();
        tally.Cases++;
        if (hit) tally.Found++;
    }

    /// <summary>Every cell with its counts, tab-separated (written next to the test assembly).</summary>
    internal string CellTable()
    {
        var table = new StringBuilder("cell\tfound\tcases\trecall\n");
        foreach (var (cell, tally) in Cells) table.Append($"{cell}\t{tally.Found}\t{tally.Cases}\t{tally.Recall:0.000}\n");
        foreach (var (cell, tally) in NegativeCells) table.Append($"negative: {cell}\t{tally.Found}\t{tally.Cases}\t{tally.Recall:0.000}\n");
        return table.ToString();
    }

    internal static string Report(string title, SortedDictionary<string, CellTally> tallies, bool onlyImperfect = false)
    {
        var report = new StringBuilder($"{title}\n");
        foreach (var (name, tally) in tallies)
        {
            if (onlyImperfect && tally.Found == tally.Cases) continue;
            report.Append($"  {name,-60} {tally.Found,5}/{tally.Cases,-5} {tally.Recall:0.000}\n");
        }
        return report.ToString();
    }
}
