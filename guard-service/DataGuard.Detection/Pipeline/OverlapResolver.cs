namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Keeps the best of overlapping candidates: highest score, then longest span, then the recognizer declared first.
/// Returns findings ordered by start, without overlaps.
/// </summary>
/// <remarks>
/// Candidates are split into clusters of transitively overlapping spans (one sweep by start); the greedy choice runs
/// inside each cluster, which holds a handful of candidates, so a file with thousands of findings stays linear.
/// Everything happens in the candidates' own array: the kept ones are moved to its front.
/// </remarks>
internal static class OverlapResolver
{
    private static readonly Comparison<Candidate> ByStartThenLongest =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static readonly Comparison<Candidate> BestFirst =
        static (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : a.Start.CompareTo(b.Start);

    private static readonly Comparison<Candidate> ByStart = static (a, b) => a.Start.CompareTo(b.Start);

    /// <summary>Resolves the first <paramref name="count"/> candidates of <paramref name="candidates"/> (reordering them).</summary>
    public static Finding[] Resolve(Candidate[] candidates, int count)
    {
        SortUnlessOrdered(candidates, 0, count, ByStartThenLongest);
        int kept = 0;
        int clusterStart = 0;
        int clusterEnd = -1;
        for (int i = 0; i < count; i++)
        {
            if (candidates[i].Start >= clusterEnd && i > clusterStart)
            {
                kept = KeepBest(candidates, clusterStart, i - clusterStart, kept);
                clusterStart = i;
            }
            clusterEnd = Math.Max(clusterEnd, candidates[i].End);
        }
        if (count > clusterStart) kept = KeepBest(candidates, clusterStart, count - clusterStart, kept);

        // Kept candidates never overlap, so their starts differ and any sort gives the same order.
        SortUnlessOrdered(candidates, 0, kept, ByStart);
        var findings = new Finding[kept];
        for (int i = 0; i < kept; i++) findings[i] = candidates[i].ToFinding();
        return findings;
    }

    // Sorts the cluster [start, start + length) best first and moves each candidate that overlaps none kept before it
    // to position `kept` (never past the cluster's own position, so nothing unread is overwritten); returns the new count.
    private static int KeepBest(Candidate[] candidates, int start, int length, int kept)
    {
        if (length == 1)
        {
            candidates[kept] = candidates[start];
            return kept + 1;
        }
        SortUnlessOrdered(candidates, start, length, BestFirst);
        int firstOfCluster = kept;
        for (int c = start; c < start + length; c++)
        {
            var candidate = candidates[c];
            bool overlaps = false;
            for (int i = firstOfCluster; i < kept; i++)
            {
                if (candidate.Start < candidates[i].End && candidates[i].Start < candidate.End) { overlaps = true; break; }
            }
            if (!overlaps) candidates[kept++] = candidate;
        }
        return kept;
    }

    // Candidates mostly arrive in the order of the text, and kept ones mostly stay so: an order in which each candidate
    // comes strictly before the next is the only sorted one, so the sort is left out when one pass finds it already there.
    private static void SortUnlessOrdered(Candidate[] candidates, int start, int length, Comparison<Candidate> comparison)
    {
        for (int i = start + 1; i < start + length; i++)
        {
            if (comparison(candidates[i - 1], candidates[i]) >= 0)
            {
                Sort(candidates, start, length, comparison);
                return;
            }
        }
    }

    // On .NET 10 the span sort takes the comparison as it is, where Array.Sort wraps its comparer in a new delegate on every
    // call and reaches the comparison through it: the same introsort, so the same order, ties included.
    private static void Sort(Candidate[] candidates, int start, int length, Comparison<Candidate> comparison)
    {
#if NET
        candidates.AsSpan(start, length).Sort(comparison);
#else
        Array.Sort(candidates, start, length, Comparer<Candidate>.Create(comparison));
#endif
    }

    private static bool Better(in Candidate a, in Candidate b)
    {
        if (a.Score != b.Score) return a.Score > b.Score;
        if (a.Length != b.Length) return a.Length > b.Length;
        return a.Priority < b.Priority;
    }
}
