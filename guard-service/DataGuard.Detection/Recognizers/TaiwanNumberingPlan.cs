namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Taiwan's telephone numbering plan as data: national prefix (with trunk 0) → digits of the whole national number.
/// Source: docs/taiwan-formats.md §(d) — Wikipedia "Telephone numbers in Taiwan" area-code table; lengths for 08, 089,
/// 082, 0826 and 0836 from libphonenumber's region_TW fixed-line pattern. Longest prefix wins.
/// </summary>
internal static class TaiwanNumberingPlan
{
    /// <summary>What a prefix is.</summary>
    public enum Kind : byte
    {
        /// <summary>Not a personal number (toll-free and the like): never reported.</summary>
        Excluded,

        /// <summary>Mobile 09x.</summary>
        Mobile,

        /// <summary>Fixed line with an area code.</summary>
        Landline,
    }

    private readonly struct Entry
    {
        public Entry(string prefix, int length, Kind kind)
        {
            Prefix = prefix;
            Length = length;
            Kind = kind;
        }

        public string Prefix { get; }

        public int Length { get; }

        public Kind Kind { get; }
    }

    // Ordered so that longer prefixes come first within each area.
    private static readonly Entry[] Entries =
    {
        // Toll-free 0800 / shared-cost 0809: business service numbers, not a person's (our documented choice).
        new("0800", 10, Kind.Excluded),
        new("0809", 10, Kind.Excluded),
        // Mobile 090–098 (099 is not assigned to mobiles).
        new("090", 10, Kind.Mobile), new("091", 10, Kind.Mobile), new("092", 10, Kind.Mobile),
        new("093", 10, Kind.Mobile), new("094", 10, Kind.Mobile), new("095", 10, Kind.Mobile),
        new("096", 10, Kind.Mobile), new("097", 10, Kind.Mobile), new("098", 10, Kind.Mobile),
        new("02", 10, Kind.Landline),    // Taipei, New Taipei, Keelung: 8 local digits
        new("037", 9, Kind.Landline),    // Miaoli: 6
        new("03", 9, Kind.Landline),     // Taoyuan, Hsinchu, Hualien, Yilan: 7
        new("049", 10, Kind.Landline),   // Nantou: 7
        new("042", 10, Kind.Landline),   // Taichung: 8 local digits starting with 2
        new("04", 9, Kind.Landline),     // Changhua: 7
        new("05", 9, Kind.Landline),     // Chiayi, Yunlin: 7
        new("06", 9, Kind.Landline),     // Tainan, Penghu: 7
        new("07", 9, Kind.Landline),     // Kaohsiung: 7
        new("0836", 9, Kind.Landline),   // Matsu: 5
        new("0826", 9, Kind.Landline),   // Wuqiu: 5
        new("082", 9, Kind.Landline),    // Kinmen: 6
        new("089", 9, Kind.Landline),    // Taitung: 6
        new("08", 9, Kind.Landline),     // Pingtung: 7
    };

    /// <summary>Looks up a national number (starting with the trunk 0) by its longest matching prefix.</summary>
    public static bool TryLookup(ReadOnlySpan<char> digits, out int length, out int localStart, out Kind kind)
    {
        foreach (var entry in Entries)
        {
            if (digits.Length >= entry.Prefix.Length && digits.StartsWith(entry.Prefix.AsSpan()))
            {
                length = entry.Length;
                kind = entry.Kind;
                // The Taichung entry's "2" is the first local digit, not part of the area code.
                localStart = entry.Prefix == "042" ? 2 : entry.Prefix.Length;
                return true;
            }
        }
        length = 0;
        localStart = 0;
        kind = Kind.Excluded;
        return false;
    }
}
