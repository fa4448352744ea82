namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Numbers the scans of each thread, so that a fact about the scanned text worked out on first need (whether it names a
/// country anywhere, <see cref="Recognizers.CountryWords.MayBeNamedIn"/>) is known to belong to the running scan and is
/// worked out once per scan instead of once per value. A scan inside a scan gets a number of its own and gives the
/// outer one back when it ends; numbers are never reused.
/// </summary>
internal static class ScanNumber
{
    [ThreadStatic]
    private static long t_current;

    [ThreadStatic]
    private static long t_last;

    /// <summary>The number of the scan running on this thread, or 0 outside a scan.</summary>
    public static long Current => t_current;

    /// <summary>Numbers the scan starting now; returns the outer scan's number, for <see cref="End"/>.</summary>
    public static long Begin()
    {
        long outer = t_current;
        t_current = ++t_last;
        return outer;
    }

    /// <summary>Ends the current scan: the outer scan (or none) is current again.</summary>
    public static void End(long outer) => t_current = outer;
}
