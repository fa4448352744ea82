using System.Globalization;
using System.Text;

namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// Scans labelled examples and scores the findings of the core types against the labels.
/// Reports name file, line, type and offsets only — never the text or the values.
/// </summary>
internal sealed class CorpusEvaluation
{
    private readonly Dictionary<string, TypeTally> _byType = EntityTypes.Core.ToDictionary(t => t, t => new TypeTally(t));
    private readonly List<string> _discrepancies = new();

    private CorpusEvaluation() { }

    public IReadOnlyDictionary<string, TypeTally> ByType => _byType;

    /// <summary>Misses and false positives, one per line of report, in corpus order.</summary>
    public IReadOnlyList<string> Discrepancies => _discrepancies;

    public int Lines { get; private set; }

    /// <summary>Lines with no finding of a core type.</summary>
    public int CleanLines { get; private set; }

    public int Expected => _byType.Values.Sum(t => t.Expected);
    public int ExactMatches => _byType.Values.Sum(t => t.ExactMatches);
    public int ExpectedOverlapped => _byType.Values.Sum(t => t.ExpectedOverlapped);
    public double Recall => Expected == 0 ? 1.0 : (double)ExactMatches / Expected;
    public double LenientRecall => Expected == 0 ? 1.0 : (double)ExpectedOverlapped / Expected;
    public double CleanRate => Lines == 0 ? 1.0 : (double)CleanLines / Lines;

    public static CorpusEvaluation Run(IEnumerable<CorpusExample> examples, PersonalDataScanner scanner)
    {
        var evaluation = new CorpusEvaluation();
        foreach (var example in examples) evaluation.Score(example, scanner.Scan(example.Labelled.Text));
        return evaluation;
    }

    private void Score(CorpusExample example, IReadOnlyList<Finding> allFindings)
    {
        // Extended types (PERSON_NAME, ADDRESS…) are not labelled here, so they neither help nor hurt.
        var findings = allFindings.Where(f => _byType.ContainsKey(f.Type)).ToList();
        var labels = example.Labelled.Spans;
        Lines++;
        if (findings.Count == 0) CleanLines++;

        foreach (var label in labels)
        {
            var tally = _byType[label.Type];
            tally.Expected++;
            var sameType = findings.Where(f => f.Type == label.Type).ToList();
            if (sameType.Any(f => f.Start == label.Start && f.Length == label.Length))
            {
                tally.ExactMatches++;
                tally.ExpectedOverlapped++;
                continue;
            }
            var overlapping = sameType.Where(f => label.Overlaps(f.Start, f.End)).ToList();
            if (overlapping.Count > 0) tally.ExpectedOverlapped++;
            var other = findings.Where(f => f.Type != label.Type && label.Overlaps(f.Start, f.End)).ToList();
            string seen = overlapping.Count > 0 ? "found at " + string.Join(", ", overlapping.Select(Span))
                : other.Count > 0 ? "found as " + string.Join(", ", other.Select(f => $"{f.Type} {Span(f)}"))
                : "not found";
            _discrepancies.Add($"{example.Location} MISS {label.Type} expected {label.Start}+{label.Length}, {seen}");
        }

        foreach (var finding in findings)
        {
            var tally = _byType[finding.Type];
            tally.Found++;
            bool exact = labels.Any(l => l.Type == finding.Type && l.Start == finding.Start && l.Length == finding.Length);
            bool overlaps = labels.Any(l => l.Type == finding.Type && l.Overlaps(finding.Start, finding.End));
            if (overlaps) tally.FoundOverlapping++;
            if (!overlaps)
                _discrepancies.Add($"{example.Location} FALSE {finding.Type} at {Span(finding)} score {finding.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
        }
    }

    private static string Span(Finding f) => $"{f.Start}+{f.Length}";

    /// <summary>A fixed-width table of counts and ratios per type.</summary>
    public string Table(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine("type                     expected  found  exact  precision  recall | lenient P  lenient R");
        foreach (var t in _byType.Values)
        {
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-24} {1,8} {2,6} {3,6} {4,10:0.000} {5,7:0.000} | {6,9:0.000} {7,10:0.000}",
                t.Type, t.Expected, t.Found, t.ExactMatches, t.Precision, t.Recall, t.LenientPrecision, t.LenientRecall));
        }
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "lines {0}, lines with no core finding {1} ({2:0.000}), overall recall {3:0.000} (lenient {4:0.000})",
            Lines, CleanLines, CleanRate, Recall, LenientRecall));
        return sb.ToString();
    }

    /// <summary>The first <paramref name="max"/> discrepancies (of one type, when given), for the test log.</summary>
    public string DiscrepancyReport(string? type = null, int max = 60)
    {
        var matching = type is null ? _discrepancies : _discrepancies.Where(d => d.Contains($" {type} ", StringComparison.Ordinal)).ToList();
        if (matching.Count == 0) return "no discrepancies";
        var shown = matching.Take(max).ToList();
        string more = matching.Count > max ? $"{Environment.NewLine}… and {matching.Count - max} more" : string.Empty;
        return string.Join(Environment.NewLine, shown) + more;
    }
}
