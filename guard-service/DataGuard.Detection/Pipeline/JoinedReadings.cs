namespace DataGuard.Detection.Pipeline;

/// <summary>
/// A value read across a filler or an aside holds groups that the scanner also reads on their own ("02（收訊不良）
/// 2716-3230": the local number after a phone label; "4991 2107，呃，7311 6858" under a table's 電話 column: two local
/// numbers). The joined reading was accepted only on strong evidence (a checksum, Luhn, a complete number in its plan), so
/// a reading of some of its groups is the same value with less of it: the joined one is raised to the best score of a
/// reading inside it, and being longer it wins the overlap, so the finding covers every group.
/// </summary>
internal static class JoinedReadings
{
    /// <summary>Raises each joined candidate among the first <paramref name="count"/> to the best score of a candidate strictly inside it.</summary>
    public static void Raise(Candidate[] candidates, int count)
    {
        for (int j = 0; j < count; j++)
        {
            if (!candidates[j].Joined) continue;
            var joined = candidates[j];
            double best = joined.Score;
            for (int i = 0; i < count; i++)
            {
                var inner = candidates[i];
                if (i != j && inner.Score > best && inner.Start >= joined.Start && inner.End <= joined.End && inner.Length < joined.Length)
                    best = inner.Score;
            }
            if (best > joined.Score) candidates[j] = joined.WithScore(best);
        }
    }
}
