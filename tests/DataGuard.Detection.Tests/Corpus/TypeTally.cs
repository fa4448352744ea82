namespace DataGuard.Detection.Tests.Corpus;

/// <summary>Counts for one entity type. Strict = same type and exact span; lenient = same type and any overlap.</summary>
internal sealed class TypeTally(string type)
{
    public string Type { get; } = type;
    public int Expected { get; set; }
    public int Found { get; set; }
    public int ExactMatches { get; set; }
    public int ExpectedOverlapped { get; set; }
    public int FoundOverlapping { get; set; }

    public double Recall => Ratio(ExactMatches, Expected);
    public double Precision => Ratio(ExactMatches, Found);
    public double LenientRecall => Ratio(ExpectedOverlapped, Expected);
    public double LenientPrecision => Ratio(FoundOverlapping, Found);

    // Nothing expected or nothing found leaves nothing to get wrong on that side: 1.0 (the other side still counts).
    private static double Ratio(int hits, int total) => total == 0 ? 1.0 : (double)hits / total;
}
