namespace DataGuard.Audit.Insights;

/// <summary>
/// Median and MAD of a sample: a few extreme values (the people we look for) barely move them, unlike mean and standard
/// deviation. The MAD is scaled by 1.4826 so it estimates a standard deviation on normal data, and floored so that a
/// baseline of identical values does not make every difference infinite.
/// </summary>
public readonly record struct RobustBaseline(double Median, double Spread)
{
    private const double NormalConsistency = 1.4826;

    /// <summary>The baseline of <paramref name="values"/> (median 0 and spread <paramref name="minimumSpread"/> when empty).</summary>
    public static RobustBaseline Of(IReadOnlyCollection<double> values, double minimumSpread)
    {
        if (values.Count == 0) return new RobustBaseline(0, minimumSpread);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var median = MedianOfSorted(sorted);
        var deviations = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++) deviations[i] = Math.Abs(sorted[i] - median);
        Array.Sort(deviations);
        return new RobustBaseline(median, Math.Max(NormalConsistency * MedianOfSorted(deviations), minimumSpread));
    }

    /// <summary>How many spreads <paramref name="value"/> lies above the median.</summary>
    public double Z(double value) => (value - Median) / Spread;

    private static double MedianOfSorted(double[] sorted)
    {
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
