using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// A country whose numbers appear in Taiwan police records, with the shape of a mobile number in international form
/// (+CC or 00CC) and in the country's national form. Shapes follow libphonenumber's mobile patterns for each region;
/// the US number uses the fictitious 555-01xx range, which is possible but not valid. <see cref="ForeignCountry.Words"/>
/// start with the country's full name; short forms with a phone noun (港號, 陸號, 越號) follow.
/// </summary>
internal sealed record ForeignCountry(string Code, string[] Words, Func<Random, PlantedValue> International, Func<Random, PlantedValue> National);

internal static class ForeignCountries
{
    public static IReadOnlyList<ForeignCountry> All { get; } = new ForeignCountry[]
    {
        new("jp", new[] { "日本", "日籍友人", "日本籍" }, r => Intl(r, "81", (r.Next(2) == 0 ? "80" : "90"), Digits(r, 4), Digits(r, 4)),
            r => r.Next(3) > 0 ? Groups("-", "0" + "789"[r.Next(3)] + "0", Digits(r, 4), Digits(r, 4)) : Groups("-", "03", "5" + Digits(r, 3), Digits(r, 4))),
        new("hk", new[] { "香港", "香港友人", "港籍", "港號", "港仔", "HK number" }, r => Intl(r, "852", "569"[r.Next(3)] + Digits(r, 3), Digits(r, 4)),
            r => Groups(" ", "569"[r.Next(3)] + Digits(r, 3), Digits(r, 4))),
        new("mo", new[] { "澳門", "澳門籍" }, r => Intl(r, "853", "66" + Digits(r, 2), Digits(r, 4)),
            r => Groups(" ", "66" + Digits(r, 2), Digits(r, 4))),
        new("us", new[] { "美國", "美籍", "US cell", "US phone" }, r => Intl(r, "1", "(" + UsArea(r) + ")", "555", "01" + Digits(r, 2)),
            r => r.Next(3) switch
            {
                0 => Groups(" ", "(" + UsArea(r) + ")", "555-01" + Digits(r, 2)),
                1 => Groups("-", UsArea(r), "555", "01" + Digits(r, 2)),
                _ => Groups(".", UsArea(r), "555", "01" + Digits(r, 2)),
            }),
        // Round 18: Canada, North America's other plan (mobiles and fixed lines share every area code), written as set Q wrote
        // the US: valid numbers of real area codes, not the fictitious 555-01xx range.
        new("ca", new[] { "加拿大", "加籍" }, r => Intl(r, "1", "(" + CaArea(r) + ")", Exchange(r), Digits(r, 4)),
            r => r.Next(2) == 0 ? Groups(" ", "(" + CaArea(r) + ")", Exchange(r) + "-" + Digits(r, 4)) : Groups("-", CaArea(r), Exchange(r), Digits(r, 4))),
        new("cn", new[] { "大陸", "中國", "內地", "中國大陸", "對岸" }, r => Intl(r, "86", "1" + "3578"[r.Next(4)] + Digits(r, 1), Digits(r, 4), Digits(r, 4)),
            r => Groups(" ", "1" + "3578"[r.Next(4)] + Digits(r, 1), Digits(r, 4), Digits(r, 4))),
        new("vn", new[] { "越南", "越籍", "越南籍移工", "越號" }, r => Intl(r, "84", "9" + Digits(r, 1), Digits(r, 3), Digits(r, 4)),
            r => Groups(" ", "09" + Digits(r, 1), Digits(r, 3), Digits(r, 4))),
        new("ph", new[] { "菲律賓", "菲籍", "菲號" }, r => Intl(r, "63", "917", Digits(r, 3), Digits(r, 4)),
            r => Groups(" ", "0917", Digits(r, 3), Digits(r, 4))),
        new("id", new[] { "印尼", "印尼籍" }, r => Intl(r, "62", "812", Digits(r, 4), Digits(r, 4)),
            r => Groups("-", "0812", Digits(r, 4), Digits(r, 4))),
        new("th", new[] { "泰國", "泰籍", "泰號" }, r => Intl(r, "66", "8" + "1689"[r.Next(4)], Digits(r, 3), Digits(r, 4)),
            r => Groups("-", "08" + "1689"[r.Next(4)], Digits(r, 3), Digits(r, 4))),
        new("my", new[] { "馬來西亞", "大馬" }, r => Intl(r, "60", "1" + "2367"[r.Next(4)], Digits(r, 3), Digits(r, 4)),
            r => Groups("-", "01" + "2367"[r.Next(4)], Digits(r, 3) + " " + Digits(r, 4))),
        new("kr", new[] { "韓國", "南韓", "韓籍", "韓號" }, r => Intl(r, "82", "10", Digits(r, 4), Digits(r, 4)),
            r => Groups("-", "010", Digits(r, 4), Digits(r, 4))),
        new("sg", new[] { "新加坡", "星國" }, r => Intl(r, "65", "89"[r.Next(2)] + Digits(r, 3), Digits(r, 4)),
            r => Groups(" ", "89"[r.Next(2)] + Digits(r, 3), Digits(r, 4))),
    };

    /// <summary>
    /// Round 26 (sets U11, U12): mobiles of the countries whose workers and visitors write to the police, in their national
    /// form with every prefix of the country's mobile ranges (libphonenumber's patterns) and the country's own grouping, to
    /// be found with no country word: Vietnam's 03x/05x/07x/08x (its 09x is a Taiwan mobile's shape), Indonesia's 08xx of ten
    /// to twelve digits, Thailand's 06x/08x, the Philippines' 09xx of eleven, Malaysia's 01x, Korea's 010 and Japan's 080/090.
    /// </summary>
    public static PlantedValue TrunkZeroMobile(Random r) => r.Next(7) switch
    {
        0 => r.Next(2) == 0
            ? Groups(CaseContexts.Pick(r, " ", "-", "."), "0" + CaseContexts.Pick(r, VietnamPrefixes) + Digits(r, 1), Digits(r, 3), Digits(r, 3))
            : Groups(CaseContexts.Pick(r, " ", "-", "."), "0" + CaseContexts.Pick(r, VietnamPrefixes.Except(TaiwanAreaCodes).ToArray()), Digits(r, 3), Digits(r, 4)),
        1 => Groups(CaseContexts.Pick(r, "-", " "), "08" + CaseContexts.Pick(r, "11", "12", "13", "21", "22", "52", "53", "57", "77", "78", "81", "82", "95", "96", "98"),
            Digits(r, 4), Digits(r, 2 + r.Next(3))),
        2 => Groups(CaseContexts.Pick(r, "-", " "), "0" + CaseContexts.Pick(r, "61", "62", "63", "64", "65", "80", "81", "84", "86", "87"), Digits(r, 3), Digits(r, 4)),
        3 => Groups(" ", "09" + CaseContexts.Pick(r, "05", "06", "15", "17", "18", "27", "47", "56", "66", "77", "95", "98"), Digits(r, 3), Digits(r, 4)),
        4 => r.Next(2) == 0 ? Groups("-", "01" + CaseContexts.Pick(r, "2", "3", "6", "7", "9"), Digits(r, 3) + " " + Digits(r, 4)) : Groups("-", "011", Digits(r, 4), Digits(r, 4)),
        5 => Groups("-", "010", (2 + r.Next(8)) + Digits(r, 3), Digits(r, 4)),
        _ => Groups("-", CaseContexts.Pick(r, "080", "090"), (1 + r.Next(9)) + Digits(r, 3), Digits(r, 4)),
    };

    /// <summary>
    /// Taiwan's area codes that are also a foreign mobile's first three digits (Miaoli 037, Kinmen 082, Taitung 089): grouped
    /// apart (037 471 8907) they are read as a mistyped Taiwan number where no country or language says otherwise — out of
    /// scope (see the Detection README, round 26); the 4-3-3 grouping (0374 718 907) is generated.
    /// </summary>
    private static readonly string[] TaiwanAreaCodes = { "37", "82", "89" };

    /// <summary>Vietnam's mobile prefixes after the trunk 0 but 9x (Viettel 3x, Vietnamobile 5x, MobiFone 7x, VinaPhone 8x).</summary>
    private static readonly string[] VietnamPrefixes = { "32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89" };

    /// <summary>
    /// Round 28 (sets U15, U16): a foreign mobile in international form with its plus and 00 left out — the country code as
    /// the first group (81 90 1234 5678, 63-917-204-5512, 82.10.2345.6789), or opening it with the national number's first
    /// digits (6681-234-5678) — of the countries whose workers, students and visitors write to the police; valid ranges only.
    /// </summary>
    public static PlantedValue CodeWithoutPlus(Random r)
    {
        string separator = CaseContexts.Pick(r, " ", "-", " ", ".");
        return r.Next(10) switch
        {
            0 => Groups(separator, "81", CaseContexts.Pick(r, "70", "80", "90"), (1 + r.Next(9)) + Digits(r, 3), Digits(r, 4)),
            1 => Groups(separator, "82", "10", (2 + r.Next(8)) + Digits(r, 3), Digits(r, 4)),
            2 => Groups(separator, "84", "9" + CaseContexts.Pick(r, "0", "1", "3", "4", "6", "7", "8"), Digits(r, 3), Digits(r, 4)),
            3 => Groups(separator, "63", CaseContexts.Pick(r, "917", "918", "927", "995"), Digits(r, 3), Digits(r, 4)),
            4 => Groups(separator, "62", CaseContexts.Pick(r, "812", "813", "857", "878"), Digits(r, 4), Digits(r, 3 + r.Next(2))),
            5 => Groups(separator, "66", "8" + CaseContexts.Pick(r, "1", "6", "9"), Digits(r, 3), Digits(r, 4)),
            6 => Groups(separator, "66" + "8" + CaseContexts.Pick(r, "1", "6", "9"), Digits(r, 3), Digits(r, 4)),
            7 => Groups(separator, "60", "1" + CaseContexts.Pick(r, "2", "3", "6", "7"), (2 + r.Next(8)) + Digits(r, 2), Digits(r, 4)),
            8 => Groups(separator, "65", "9" + r.Next(9) + Digits(r, 2), Digits(r, 4)),
            _ => Groups(separator, "86", "13" + Digits(r, 1), Digits(r, 4), Digits(r, 4)),
        };
    }

    /// <summary>Round 26: a North American number, real area code and exchange (no 555-01xx), grouped 3-3-4.</summary>
    public static PlantedValue NorthAmerican(Random r) => Groups("-", UsArea(r), Exchange(r), Digits(r, 4));

    // US area codes: first digit 2–9, second 0–8.
    private static string UsArea(Random r) => (2 + r.Next(8)).ToString() + r.Next(9) + r.Next(10);

    private static string CaArea(Random r) => CaseContexts.Pick(r, "416", "604", "514", "403", "613", "647", "778", "905");

    // A central office code: 2–9, then no 1 second (N11 codes are services, not subscribers' exchanges).
    private static string Exchange(Random r) => (2 + r.Next(8)).ToString() + (2 + r.Next(8)) + r.Next(10);

    /// <summary>Taiwan's international call prefixes (002 Chunghwa, 005, 006, 007, 009), dialled before the country code.</summary>
    private static readonly string[] DialPrefixes = { "002", "005", "006", "007", "009" };

    // A third of the values dialled with +CC, a third with 00CC (how the number is written from Hong Kong, China or Europe),
    // a third with a Taiwan call prefix glued to the code or apart from it (00281 90…, 002 852 5…; round 22, set U3).
    private static PlantedValue Intl(Random r, string countryCode, params string[] rest)
    {
        var groups = new string[rest.Length + 1];
        groups[0] = r.Next(3) switch
        {
            0 => "+",
            1 => "00",
            _ => CaseContexts.Pick(r, DialPrefixes) + CaseContexts.Pick(r, "", "", " "),
        } + countryCode;
        rest.CopyTo(groups, 1);
        return new PlantedValue(groups, " ");
    }
}
