namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Keeps the best of overlapping candidates: highest score, then longest span, then the recognizer declared first.
/// Returns findings ordered by start, without overlaps.
/// </summary>
/// <remarks>
/// Candidates are split into clusters of transitively overlapping spans (one sweep by start); the greedy choice runs
/// inside each cluster, which holds a handful of candidates, so a file with thousands of findings stays linear.
/// </remarks>
internal static class OverlapResolver
{
    public static Finding[] Resolve(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<Candidate>(candidates.Count);
        var cluster = new List<Candidate>();
        int clusterEnd = -1;
        foreach (var candidate in candidates)
        {
            if (candidate.Start >= clusterEnd && cluster.Count > 0)
            {
                KeepBest(cluster, kept);
                cluster.Clear();
            }
            cluster.Add(candidate);
            clusterEnd = Math.Max(clusterEnd, candidate.End);
        }
        KeepBest(cluster, kept);

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var findings = new Finding[kept.Count];
        for (int i = 0; i < kept.Count; i++) findings[i] = kept[i].ToFinding();
        return findings;
    }

    private static void KeepBest(List<Candidate> cluster, List<Candidate> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0]);
            return;
        }
        cluster.Sort(static (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : a.Start.CompareTo(b.Start));
        int firstOfCluster = kept.Count;
        foreach (var candidate in cluster)
        {
            bool overlaps = false;
            for (int i = firstOfCluster; i < kept.Count; i++)
            {
                if (candidate.Start < kept[i].End && kept[i].Start < candidate.End) { overlaps = true; break; }
            }
            if (!overlaps) kept.Add(candidate);
        }
    }

    private static bool Better(in Candidate a, in Candidate b)
    {
        if (a.Score != b.Score) return a.Score > b.Score;
        if (a.Length != b.Length) return a.Length > b.Length;
        return a.Priority < b.Priority;
    }
}
