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

        /// <summary>VoIP 070: a subscriber's number like a landline (unlike toll-free), eight digits after its prefix.</summary>
        Voip,

        /// <summary>
        /// 099x: libphonenumber's region_TW keeps it out of mobile (9[0-8]) as a personal-number range. A person's number
        /// all the same, but unissued as a mobile: reported only where the text names it a phone (<see cref="PersonalRange"/>).
        /// </summary>
        PersonalRange,
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
        // VoIP 070 (libphonenumber region_TW voip 70\d{8}): held by persons as well as firms; before Kaohsiung's 07.
        new("070", 11, Kind.Voip),
        // Mobile 090–098; 099 is the personal-number range (taiwan-formats.md §(d)), a phone only where the text says so.
        new("099", 10, Kind.PersonalRange),
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

    /// <summary>
    /// The ranges libphonenumber (9.0.43, region_TW) lists as allocated for national significant numbers (the digits
    /// after the trunk 0) that start with 2–8: fixed line, plus premium rate (20…), UAN (50…), toll-free (80…) and the
    /// 40001x mobile block. Each entry is a prefix (digits and [classes]) and the lengths of the whole significant number
    /// it allows; every range in that metadata is a fixed prefix followed by free digits, so the table is exact, and
    /// <c>TaiwanNumberingPlanTests</c> compares it with libphonenumber over every five-digit prefix and both lengths.
    /// Numbers starting with 7 and 9 at other lengths (VoIP 70…, mobile 9…, personal 99…) are not listed: the bare-landline
    /// check never asks about them.
    /// </summary>
    private static readonly AssignedRange[] Assigned =
    {
        // Fixed line, first alternatives: (?:2[2-8]\d|370|55[01]|7[1-9])\d{6}
        new("2[2-8]", 9), new("370", 9), new("55[01]", 9), new("7[1-9]", 8),
        // 4(?:(?:0(?:0[1-9]|[2-48]\d)|1[023]\d)\d{4,5}|(?:[239]\d\d|4(?:0[56]|12|49))\d{5})
        new("400[1-9]", 8, 9), new("40[2-48]", 8, 9), new("41[023]", 8, 9),
        new("4[239]", 9), new("440[56]", 9), new("4412", 9), new("4449", 9),
        // 6(?:[01]\d{7}|4(?:0[56]|12|24|4[09])\d{4,5})
        new("6[01]", 9), new("640[56]", 8, 9), new("6412", 8, 9), new("6424", 8, 9), new("644[09]", 8, 9),
        // 8(?:(?:2(?:3\d|4[0-269]|[578]0|66)|36[24-9]|90\d\d)\d{4}|4(?:0[56]|12|24|4[09])\d{4,5})
        new("823", 8), new("824[0-269]", 8), new("82[578]0", 8), new("8266", 8), new("836[24-9]", 8), new("890", 9),
        new("840[56]", 8, 9), new("8412", 8, 9), new("8424", 8, 9), new("844[09]", 8, 9),
        // Eight-digit fixed lines: (?:2(?:2(?:0\d\d|4(?:0[68]|[249]0|3[0-467]|5[0-25-9]|6[0235689]))|(?:3(?:[09]\d|1[0-4])
        // |(?:4\d|5[0-49]|6[0-29]|7[0-5])\d)\d)|(?:(?:3[2-9]|5[2-8]|6[0-35-79]|8[7-9])\d\d|4(?:2(?:[089]\d|7[1-9])
        // |(?:3[0-4]|[78]\d|9[01])\d))\d)\d{3}
        new("220", 8), new("2240[68]", 8), new("224[249]0", 8), new("2243[0-467]", 8), new("2245[0-25-9]", 8),
        new("2246[0235689]", 8), new("23[09]", 8), new("231[0-4]", 8), new("24", 8), new("25[0-49]", 8), new("26[0-29]", 8),
        new("27[0-5]", 8), new("3[2-9]", 8), new("5[2-8]", 8), new("6[0-35-79]", 8), new("8[7-9]", 8),
        new("42[089]", 8), new("427[1-9]", 8), new("43[0-4]", 8), new("4[78]", 8), new("49[01]", 8),
        // Premium rate 20(?:[013-9]\d\d|2)\d{4}, UAN 50[0-46-9]\d{6}, toll-free 80[0-79]\d{6}|800\d{5}, mobile 40001[0-2]\d{3}.
        new("20[013-9]", 9), new("202", 7), new("50[0-46-9]", 9), new("80[0-79]", 9), new("800", 8), new("40001[0-2]", 9),
    };

    /// <summary>
    /// Whether a national number (trunk 0 and a significant number starting with 2–8) is in a range libphonenumber lists
    /// as allocated: the same answer as its <c>IsValidNumber</c> for region TW, without parsing or allocating.
    /// </summary>
    public static bool IsAssigned(ReadOnlySpan<char> nationalDigits)
    {
        if (nationalDigits.Length < 2 || nationalDigits[0] != '0') return false;
        var significant = nationalDigits.Slice(1);
        foreach (var range in Assigned)
        {
            if (range.Matches(significant)) return true;
        }
        return false;
    }

    /// <summary>A prefix of digits and character classes, then free digits up to one of two lengths.</summary>
    private readonly struct AssignedRange
    {
        private readonly ushort[] _prefix; // allowed digits at each position, one bit per digit
        private readonly int _length;
        private readonly int _otherLength;

        public AssignedRange(string prefix, int length, int otherLength = 0)
        {
            var positions = new List<ushort>();
            for (int i = 0; i < prefix.Length; i++)
            {
                if (prefix[i] != '[')
                {
                    positions.Add((ushort)(1 << (prefix[i] - '0')));
                    continue;
                }
                ushort digits = 0;
                for (i++; prefix[i] != ']'; i++)
                {
                    if (prefix[i + 1] == '-')
                    {
                        for (char d = prefix[i]; d <= prefix[i + 2]; d++) digits |= (ushort)(1 << (d - '0'));
                        i += 2;
                    }
                    else digits |= (ushort)(1 << (prefix[i] - '0'));
                }
                positions.Add(digits);
            }
            _prefix = positions.ToArray();
            _length = length;
            _otherLength = otherLength;
        }

        public bool Matches(ReadOnlySpan<char> significant)
        {
            if (significant.Length != _length && significant.Length != _otherLength) return false;
            for (int i = 0; i < significant.Length; i++)
            {
                int digit = significant[i] - '0';
                if ((uint)digit > 9) return false;
                if (i < _prefix.Length && (_prefix[i] & (1 << digit)) == 0) return false;
            }
            return true;
        }
    }

    /// <summary>The fewest local digits an area dials (Matsu 0836, Wuqiu 0826: five).</summary>
    public const int ShortestLocal = 5;

    /// <summary>
    /// Whether <paramref name="local"/>, a number written without its area code, is a number some area whose local
    /// numbers have exactly that many digits dials (five: Matsu, Wuqiu; six: Miaoli, Kinmen, Taitung), by the ranges of
    /// <see cref="IsAssigned"/>.
    /// </summary>
    public static bool IsLocalOfSomeArea(ReadOnlySpan<char> local)
    {
        Span<char> national = stackalloc char[16];
        foreach (var entry in Entries)
        {
            if (entry.Kind != Kind.Landline || entry.Length - entry.Prefix.Length != local.Length || entry.Prefix == "042") continue;
            entry.Prefix.AsSpan().CopyTo(national);
            local.CopyTo(national.Slice(entry.Prefix.Length));
            if (IsAssigned(national.Slice(0, entry.Length))) return true;
        }
        return false;
    }

    /// <summary>
    /// det-calls46: another whole length a landline of the same two-digit area dials, when its areas dial two (04: Changhua's
    /// seven local digits and Taichung's eight), else 0. Read only where a label or a row names the number a phone: the
    /// range may be one the plan has not assigned.
    /// </summary>
    public static int OtherLandlineLength(ReadOnlySpan<char> digits, int length)
    {
        if (digits.Length < 2) return 0;
        foreach (var entry in Entries)
        {
            if (entry.Kind == Kind.Landline && entry.Length != length && entry.Prefix[1] == digits[1]
                && (entry.Prefix.Length == 2 || entry.Prefix == "042")) return entry.Length;
        }
        return 0;
    }

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
