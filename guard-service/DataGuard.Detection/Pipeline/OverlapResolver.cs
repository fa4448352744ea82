namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Keeps the best of overlapping candidates: highest score, then longest span, then the recognizer declared first.
/// Returns findings ordered by start, without overlaps.
/// </summary>
internal static class OverlapResolver
{
    public static Finding[] Resolve(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : a.Start.CompareTo(b.Start));
        var kept = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            bool overlaps = false;
            foreach (var other in kept)
            {
                if (candidate.Start < other.End && other.Start < candidate.End) { overlaps = true; break; }
            }
            if (!overlaps) kept.Add(candidate);
        }
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var findings = new Finding[kept.Count];
        for (int i = 0; i < kept.Count; i++) findings[i] = kept[i].ToFinding();
        return findings;
    }

    private static bool Better(in Candidate a, in Candidate b)
    {
        if (a.Score != b.Score) return a.Score > b.Score;
        if (a.Length != b.Length) return a.Length > b.Length;
        return a.Priority < b.Priority;
    }
}
