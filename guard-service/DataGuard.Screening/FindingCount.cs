namespace DataGuard.Screening;

/// <summary>How many values of one entity type were found (the <c>findings</c> array of the blocked response).</summary>
/// <param name="Type">Entity type name, or <see cref="ScreeningPolicy.UnreadableContentType"/>.</param>
/// <param name="Count">Number of values.</param>
public sealed record FindingCount(string Type, int Count)
{
    /// <summary>Counts per type in order of first appearance.</summary>
    public static IReadOnlyList<FindingCount> Tally(IEnumerable<string> types)
    {
        var counts = new List<FindingCount>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (index.TryGetValue(type, out var i)) counts[i] = counts[i] with { Count = counts[i].Count + 1 };
            else
            {
                index[type] = counts.Count;
                counts.Add(new FindingCount(type, 1));
            }
        }
        return counts;
    }
}
