using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 38 (categories of sets U33, U34): phones that a row or a plain word names, not a phone word. (1) A foreign
/// person's roster row with a nationality cell before the number, the number of ANOTHER country's plan (a British, Japanese,
/// North American or Hong Kong number beside 菲律賓 or 越南), in national form or with its own +CC. (2) A landline without
/// its area code after 號碼 used alone or 舊門號, or before 的機主. (3) A mobile with a sound-alike glued to each end
/// (靈9x xxx xxx衣). Look-alikes of the same shapes: <see cref="LookAlike"/>.
/// </summary>
internal static class NationalityRows
{
    private static readonly string[] UpperNames = { "NGUYEN VAN AN", "SANTOS JOSE", "TANAKA YUKI", "DELA CRUZ MARK", "SITI RAHAYU", "KIM MIN JUN" };

    /// <summary>Nationalities that are not the number's country (the cell names where the person is from).</summary>
    private static readonly string[] Nationalities = { "越南", "菲律賓", "印尼", "泰國", "馬來西亞" };

    private static readonly string[] Delimiters = { " / ", "／", " | ", "、" };

    private static CaseContext NationalityRow { get; } = new("table.nationality-row", Cue.Record, (f, r) => Roster(r), Families: "phone.");

    /// <summary>Sentences that name a local number by 號碼 alone, 舊門號 before it or 的機主 after it.</summary>
    private static readonly (string Before, string After)[] NumberWordFrames =
    {
        ("・報案人於04:16來電，號碼", "，稱鄰居家中傳出爭吵聲。"),
        ("嫌犯改用新門號，舊門號", "已解約。"),
        ("請通知", "的機主到案說明。"),
        ("這個號碼是", "，請回撥。"),
    };

    private static CaseContext NumberWord { get; } = new("sentence.number-word", Cue.Label, (f, r) => NumberWordFrames[r.Next(NumberWordFrames.Length)], Families: "phone.");

    private static CaseContext SoundAlikeList { get; } = new("list.sound-alike-edges", Cue.Record, (f, r) => (
        $"1. 王○明、0912-{Digits(r, 3)}-{Digits(r, 3)}、ABC-1235\n2. 陳○華、", $"、RAB-1235\n3. 林○婷、09{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 3)}、-"), Families: "phone.");

    /// <summary>
    /// Numbers of other plans as their countries write them at home (Japan's 0X0, Hong Kong's two fours, North America's
    /// 3-3-4): the existing families, so a placement this layout does not take (glued to Han text) is one of many cells. A
    /// British 07xxx xxxxxx has no family of its own: focused tests only (see the Detection README, det-phones38).
    /// </summary>
    private static readonly string[] HomeForms = { "phone.national.jp", "phone.national.hk", "phone.national.us" };

    /// <summary>A +CC number of another country than the nationality cell's (read under its own code).</summary>
    private static readonly ValueFamily OtherCode =
        Family("phone.intl.other-than-row", r => r.Next(3) switch
        {
            0 => Groups(" ", "+44", "7956", Digits(r, 6)),
            1 => Groups(" ", "+81", "90", (1 + r.Next(9)) + Digits(r, 3), Digits(r, 4)),
            _ => Groups(" ", "+65", "9" + Digits(r, 3), Digits(r, 4)),
        });

    /// <summary>Local numbers of seven and eight digits, no area code.</summary>
    private static readonly ValueFamily[] LocalForms =
    {
        Family("phone.local.7", r => Groups("-", (2 + r.Next(7)) + Digits(r, 2), Digits(r, 4))),
        Family("phone.local.8", r => Groups(" ", "2" + Digits(r, 3), Digits(r, 4))),
    };

    /// <summary>A mobile with a sound-alike for its first 0 and one for its last digit (靈9x xxx xxx衣).</summary>
    private static readonly ValueFamily SoundAlikeEdges = Family("phone.mobile.sound-alike-edges", r =>
    {
        string last = CaseContexts.Pick(r, "衣", "山", "午", "溜", "漆", "吧", "酒");
        return Groups(" ", CaseContexts.Pick(r, "靈", "鈴", "玲") + "9" + r.Next(9), Digits(r, 3), Digits(r, 3) + last);
    });

    private static ValueFamily Family(string name, Func<Random, PlantedValue> make) =>
        new(name, EntityTypes.PhoneNumber, make, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), "phone", NeedsContext: true);

    private static readonly string[] RowVariants = { "canonical", "sep.unicode-hyphen", "full-width" };

    private static readonly string[] LocalVariants = { "canonical", "joined", "numerals.chinese" };

    /// <summary>The cells of this round (see the class summary).</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        foreach (var variant in SurfaceVariants.All)
        {
            if (Array.IndexOf(RowVariants, variant.Name) >= 0)
            {
                foreach (var family in ValueFamilies.All)
                    if (Array.IndexOf(HomeForms, family.Name) >= 0)
                        foreach (var c in PhoneLogFrames.Cell(family, variant, NationalityRow)) yield return c;
                foreach (var c in PhoneLogFrames.Cell(OtherCode, variant, NationalityRow)) yield return c;
            }
            if (Array.IndexOf(LocalVariants, variant.Name) >= 0)
                foreach (var family in LocalForms)
                foreach (var c in PhoneLogFrames.Cell(family, variant, NumberWord)) yield return c;
            if (variant.Name == "canonical")
                foreach (var c in PhoneLogFrames.Cell(SoundAlikeEdges, variant, SoundAlikeList)) yield return c;
        }
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != NationalityRow.Name && parts[2] != NumberWord.Name && parts[2] != SoundAlikeList.Name) return false;
        floor = CellFloors.Default;
        foreach (var entry in Measured)
            if (parts[0] == entry.Family && parts[1] == entry.Variant && parts[2] == entry.Context) floor = entry.Floor;
        return true;
    }

    /// <summary>Cells of this round whose floor is not the default, at the figure reached on the round's last run.</summary>
    private static readonly (string Family, string Variant, string Context, double Floor)[] Measured =
    {
    };

    // A roster of foreign residents: a name in capitals, a resident certificate, a nationality, then the number; the value
    // is the third row's, after a nationality that is not its plan's country.
    private static (string Before, string After) Roster(Random r)
    {
        string d = CaseContexts.Pick(r, Delimiters);
        string Row(int n) => $"{n}. {CaseContexts.Pick(r, UpperNames)}{d}證號 {Certificate(r)}{d}{CaseContexts.Pick(r, Nationalities)}{d}";
        string heading = CaseContexts.Pick(r, "移民署轉來的外籍人士名冊：\n", "失聯移工查尋名單\n", "");
        return (heading + Row(1) + $"+63 917 {Digits(r, 3)} {Digits(r, 4)}\n" + Row(2),
            CaseContexts.Pick(r, $"{d}在台 09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}", "") + "\n" + Row(3) + $"+84 9{Digits(r, 1)} {Digits(r, 3)} {Digits(r, 4)}");
    }

    // A checksum-valid resident certificate, old (two letters) or 2021 (a letter and 8 or 9).
    private static string Certificate(Random r) => r.Next(2) == 0
        ? SyntheticIds.OldResident("ABFH"[r.Next(4)], "CD"[r.Next(2)], Digits(r, 7))
        : SyntheticIds.Numeric("ACGN"[r.Next(4)], 8 + r.Next(2), Digits(r, 7));

    /// <summary>
    /// Look-alikes of this round's shapes, with no personal data: a nationality cell beside a passport number written whole,
    /// a date, an amount or a count; seven or eight digits after a number's name that ends in 號碼 (案件號碼, 收據號碼, 受理號碼)
    /// or before 元; a card statement's authorisation codes above the next line's date.
    /// </summary>
    public static string LookAlike(Random r)
    {
        string d = CaseContexts.Pick(r, Delimiters);
        string person = $"{CaseContexts.Pick(r, UpperNames)}{d}{CaseContexts.Pick(r, Nationalities)}{d}";
        return r.Next(6) switch
        {
            0 => $"1. {person}護照 {r.Next(1, 9)}{Digits(r, 8)}\n2. {person}{r.Next(2019, 2026)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
            1 => $"1. {person}NT${r.Next(10, 99)},{Digits(r, 3)}\n2. {person}{r.Next(2, 9)} 人",
            2 => $"{CaseContexts.Pick(r, "案件號碼", "收據號碼", "受理號碼", "報案號碼", "發票號碼")}{CaseContexts.Pick(r, "", "：", " ")}{r.Next(2, 9)}{Digits(r, 6 + r.Next(2))}，請查明。",
            3 => $"號碼{r.Next(2, 9)}{Digits(r, 6)}元已匯入，{CaseContexts.Pick(r, "請核對", "明細如下")}。",
            4 => $"{r.Next(1, 13):00}/{r.Next(1, 29):00} {Digits(r, 4)}-****-****-{Digits(r, 4)} NT${r.Next(1, 99)},{Digits(r, 3)} 授權碼0{Digits(r, 5)}\n"
                 + $"{r.Next(1, 13):00}/{r.Next(1, 29):00} {Digits(r, 4)} ****** {Digits(r, 4)} NT${r.Next(1, 99)},{Digits(r, 3)} 授權碼0{Digits(r, 5)}",
            _ => $"舊門號已於{r.Next(110, 115)}年{r.Next(1, 13)}月停用，共{r.Next(2, 9)}{Digits(r, 2)}筆通聯。",
        };
    }
}
