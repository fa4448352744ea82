namespace DataGuard.Audit.Insights.Reading;

/// <summary>
/// Names the fingerprint-key period of a time, for stores that do not record a key id per row: <c>K0</c> before the first
/// configured rotation (<see cref="InsightsOptions.FingerprintKeyRotations"/>), <c>K1</c> after it, and so on.
/// </summary>
public static class KeyPeriods
{
    /// <summary>The period label of <paramref name="time"/>.</summary>
    public static string Label(DateTimeOffset time, IReadOnlyList<DateTimeOffset> rotations)
    {
        int period = 0;
        while (period < rotations.Count && time >= rotations[period]) period++;
        return Names[Math.Min(period, Names.Length - 1)];
    }

    private static readonly string[] Names = Enumerable.Range(0, 256).Select(i => "K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
