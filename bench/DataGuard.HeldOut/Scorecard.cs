using System.Text;

namespace DataGuard.HeldOut;

/// <summary>
/// The figures of one set on one engine, over the six core types. A value is found when a finding of its type overlaps its
/// span; a finding is true when it overlaps a value of its type. A split value is also checked for being covered: findings
/// of its type hold both its first and its last letter or digit (a finding of one piece alone overlaps but does not cover).
/// </summary>
public sealed class Scorecard
{
    public static readonly IReadOnlyDictionary<string, string> CoreTypes = new Dictionary<string, string>
    {
        ["TW_NATIONAL_ID"] = "id", ["TW_RESIDENT_CERTIFICATE"] = "arc", ["TW_LICENSE_PLATE"] = "plate",
        ["PHONE_NUMBER"] = "phone", ["EMAIL_ADDRESS"] = "email", ["CREDIT_CARD"] = "card",
    };

    private readonly SortedDictionary<string, Tally> _recall = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Tally> _precision = new(StringComparer.Ordinal);
    private readonly Tally _negativesClean = new(), _positivesFound = new(), _splitCovered = new();
    private int _records, _unplaced;

    public event Action<LabelledRecord, LabelledValue>? Missed;
    public event Action<LabelledRecord, ScoredFinding>? FalseFinding;

    public void Add(LabelledRecord record, IReadOnlyList<ScoredFinding> allFindings)
    {
        _records++;
        _unplaced += record.Unplaced;
        var findings = allFindings.Where(f => CoreTypes.ContainsKey(f.Type)).ToList();
        var values = record.Values.Where(v => CoreTypes.ContainsKey(v.Type)).ToList();
        _unplaced += record.Values.Count - values.Count;
        foreach (var value in values) Score(record, value, findings);
        foreach (var finding in findings)
        {
            bool right = values.Any(v => v.Type == finding.Type && Overlaps(finding, v));
            Tally.Of(_precision, CoreTypes[finding.Type]).Add(right);
            if (!right) FalseFinding?.Invoke(record, finding);
        }
        if (record.Negative) _negativesClean.Add(findings.Count == 0);
        else _positivesFound.Add(findings.Count > 0);
    }

    private void Score(LabelledRecord record, LabelledValue value, List<ScoredFinding> findings)
    {
        bool found = findings.Any(f => f.Type == value.Type && Overlaps(f, value));
        Tally.Of(_recall, "all").Add(found);
        Tally.Of(_recall, "type:" + CoreTypes[value.Type]).Add(found);
        foreach (var tag in value.Tags.DefaultIfEmpty("(plain)")) Tally.Of(_recall, "tag:" + tag).Add(found);
        if (value.Tags.Contains("split")) _splitCovered.Add(Covers(record.Text, value, findings));
        if (!found) Missed?.Invoke(record, value);
    }

    private static bool Overlaps(ScoredFinding f, LabelledValue v) => f.Start < v.End && v.Start < f.End;

    private static bool Covers(string text, LabelledValue value, List<ScoredFinding> findings)
    {
        int first = value.Start, last = value.End - 1;
        while (first < last && !char.IsLetterOrDigit(text[first])) first++;
        while (last > first && !char.IsLetterOrDigit(text[last])) last--;
        bool Held(int i) => findings.Any(f => f.Type == value.Type && f.Start <= i && i < f.End);
        return Held(first) && Held(last);
    }

    public string Render(string header)
    {
        var s = new StringBuilder().AppendLine($"{header} records={_records} unplaced_labels={_unplaced}");
        foreach (var (key, tally) in _recall) s.AppendLine($"recall {key,-24} {tally}");
        var all = Tally.Sum(_precision.Values);
        s.AppendLine($"precision all {all.ToString("0.0000")}");
        foreach (var (key, tally) in _precision) s.AppendLine($"precision {key,-8} {tally.ToString("0.0000")}");
        s.AppendLine($"split covered first+last {_splitCovered.Hits}/{_splitCovered.Total}");
        s.AppendLine($"negatives clean {_negativesClean.Hits}/{_negativesClean.Total}");
        s.AppendLine($"positive records with no finding {_positivesFound.Total - _positivesFound.Hits}/{_positivesFound.Total}");
        return s.ToString();
    }

    /// <summary>Hits out of a total.</summary>
    private sealed class Tally
    {
        public int Hits { get; private set; }

        public int Total { get; private set; }

        public void Add(bool hit)
        {
            Total++;
            if (hit) Hits++;
        }

        public static Tally Sum(IEnumerable<Tally> tallies)
        {
            var sum = new Tally();
            foreach (var t in tallies) { sum.Hits += t.Hits; sum.Total += t.Total; }
            return sum;
        }

        public static Tally Of(SortedDictionary<string, Tally> tallies, string key) =>
            tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new Tally();

        public string ToString(string format) => $"{(Total == 0 ? 1.0 : (double)Hits / Total).ToString(format)}  {Hits}/{Total}";

        public override string ToString() => ToString("0.000");
    }
}
