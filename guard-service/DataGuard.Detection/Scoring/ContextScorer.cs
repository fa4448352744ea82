namespace DataGuard.Detection.Scoring;

/// <summary>Turns a recognizer's base score into a final score using the words around the value.</summary>
internal static class ContextScorer
{
    /// <summary>
    /// Final score (0–1, two decimals) for a value at [<paramref name="start"/>, <paramref name="end"/>) whose own evidence
    /// (format, checksum) is worth <paramref name="baseScore"/>. Returns early when the threshold cannot be reached.
    /// </summary>
    public static double Score(ReadOnlySpan<char> text, int start, int end, ContextProfile profile, double baseScore, int window, double threshold)
    {
        double score = baseScore;
        if (profile.Negative.Length > 0)
        {
            int from = Math.Max(0, start - profile.NegativeWindow);
            if (ContextWord.AnyIn(profile.Negative, text.Slice(from, start - from))) score -= profile.NegativePenalty;
        }
        if (score >= 1.0 || score + profile.StrongBoost < threshold - 1e-9) return Clamp(score);

        var left = text.Slice(Math.Max(0, start - window), Math.Min(start, window));
        var right = text.Slice(end, Math.Min(text.Length - end, window));
        if (ContextWord.AnyIn(profile.Strong, left) || ContextWord.AnyIn(profile.Strong, right)) score += profile.StrongBoost;
        else if (ContextWord.AnyIn(profile.Weak, left) || ContextWord.AnyIn(profile.Weak, right)) score += profile.WeakBoost;
        return Clamp(score);
    }

    /// <summary>Whether any of <paramref name="words"/> occurs within <paramref name="before"/> characters before or <paramref name="after"/> after the value.</summary>
    public static bool IsNear(ReadOnlySpan<char> text, int start, int end, ContextWord[] words, int before, int after)
    {
        int from = Math.Max(0, start - before);
        if (ContextWord.AnyIn(words, text.Slice(from, start - from))) return true;
        return after > 0 && ContextWord.AnyIn(words, text.Slice(end, Math.Min(text.Length - end, after)));
    }

    private static double Clamp(double score) => Math.Round(Math.Max(0, Math.Min(1, score)), 2);
}
