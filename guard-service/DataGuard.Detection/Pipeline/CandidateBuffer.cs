namespace DataGuard.Detection.Pipeline;

/// <summary>
/// One reusable candidate array per thread, so a scan does not grow a list of its own. Returned arrays are cleared:
/// candidates hold the values found, which must not outlive the scan.
/// </summary>
internal static class CandidateBuffer
{
    private const int InitialSize = 16;

    /// <summary>Larger arrays (a long document full of values) are left to the GC instead of being kept.</summary>
    private const int MaxKept = 1024;

    [ThreadStatic]
    private static Candidate[]? t_spare;

    public static Candidate[] Rent()
    {
        var buffer = t_spare ?? new Candidate[InitialSize];
        t_spare = null; // a scan inside a scan gets its own
        return buffer;
    }

    public static Candidate[] Grow(Candidate[] buffer)
    {
        var larger = new Candidate[buffer.Length * 2];
        Array.Copy(buffer, larger, buffer.Length);
        Array.Clear(buffer, 0, buffer.Length);
        return larger;
    }

    public static void Return(Candidate[] buffer, int used)
    {
        Array.Clear(buffer, 0, used);
        if (buffer.Length <= MaxKept) t_spare = buffer;
    }
}
