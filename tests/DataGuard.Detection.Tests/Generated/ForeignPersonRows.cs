using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 37 (categories of sets U31, U32): foreign numbers in their national form where the row, not a word, says whose
/// they are. (1) A roster whose row names its person as a foreigner — a Latin name first, or a resident certificate —
/// delimited by 、 ／ , or |, the number in a column with no phone word over it. (2) A list line: a Latin name, an e-mail
/// address and the number, apart by dashes. (3) A sentence naming the person with the certificate and the number in brackets
/// after the name. (4) A fixed-width roster (cells apart by two spaces) whose home-country column follows the certificate's
/// cell. Look-alikes of the same layouts: <see cref="LookAlike"/>.
/// </summary>
internal static class ForeignPersonRows
{
    private static readonly string[] LatinNames = { "Maria C.", "Siti R.", "Tran T. H.", "Kim Ji-ho", "Mark Villanueva", "Nguyen Van Binh", "Somchai Dee", "Budi Santoso" };

    private static readonly string[] HanNames = { "王○明", "陳○華", "林○婷", "吳○芳" };

    private static readonly string[] Delimiters = { "、", "／", ",", " | " };

    private static CaseContext PersonRow { get; } = new("table.foreign-person-row", Cue.Record, (f, r) => Roster(r), Families: "phone.");

    private static CaseContext PersonList { get; } = new("line.foreign-person-list", Cue.Record, (f, r) => (
        CaseContexts.Pick(r, "聯絡名單：\n", "Contacts:\n", "") + $"- {CaseContexts.Pick(r, LatinNames)} — {Mail(r)} — ",
        CaseContexts.Pick(r, $"\n- {CaseContexts.Pick(r, LatinNames)} — {Mail(r)} — 09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}", "\n", "")), Families: "phone.");

    private static CaseContext ResidentInBrackets { get; } = new("sentence.resident-in-brackets", Cue.Record, (f, r) => (
        $"{CaseContexts.Pick(r, "移工在宿舍打架，當事人二人：", "訪查對象：", "關係人")}{CaseContexts.Pick(r, LatinNames)}（{Certificate(r)}，",
        $"）與{CaseContexts.Pick(r, HanNames)}（{CaseContexts.RecordId(r)}），請寫英文的事件說明。"), Families: "phone.");

    private static CaseContext FixedWidthHome { get; } = new("table.fixed-width-home-column", Cue.Record, (f, r) => FixedWidth(r), Families: "phone.");

    /// <summary>The written shapes of a roster's phone (a typist's separators and widths).</summary>
    private static readonly string[] Variants = { "canonical", "sep.space", "sep.unicode-hyphen", "full-width" };

    /// <summary>The families of this round: foreign mobiles with their trunk 0 and no country word, and a mainland mobile.</summary>
    private static readonly string[] Families = { "phone.foreign-mobile.trunk-zero", "phone.national.cn" };

    /// <summary>The cells of this round (see the class summary).</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var variants = SurfaceVariants.All.Where(v => Array.IndexOf(Variants, v.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            if (Array.IndexOf(Families, family.Name) < 0) continue;
            foreach (var variant in variants)
            foreach (var context in new[] { PersonRow, PersonList, ResidentInBrackets, FixedWidthHome })
            {
                if (family.Name == "phone.national.cn" && context == FixedWidthHome) continue; // a mainland mobile needs no trunk 0 read past a cell
                foreach (var c in PhoneLogFrames.Cell(family, variant, context)) yield return c;
            }
        }
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (parts[2] != PersonRow.Name && parts[2] != PersonList.Name && parts[2] != ResidentInBrackets.Name && parts[2] != FixedWidthHome.Name) return false;
        floor = CellFloors.Default;
        foreach (var entry in Measured)
            if (parts[0] == entry.Family && parts[1] == entry.Variant && parts[2] == entry.Context) floor = entry.Floor;
        return true;
    }

    /// <summary>
    /// Cells of this round below the default floor on the round's last run, at the figure reached (see the Detection README,
    /// det-phones37: not investigated for lack of time).
    /// </summary>
    private static readonly (string Family, string Variant, string Context, double Floor)[] Measured =
    {
        ("phone.foreign-mobile.trunk-zero", "full-width", "table.foreign-person-row", 0.6),
        ("phone.foreign-mobile.trunk-zero", "sep.space", "table.foreign-person-row", 0.5),
        ("phone.national.cn", "full-width", "table.foreign-person-row", 0.6),
        ("phone.national.cn", "sep.unicode-hyphen", "table.foreign-person-row", 0.6),
    };

    // A roster of people with the value in the third column of its first row: a Latin name or a Han name with a resident
    // certificate, a national ID for the Latin names (Maria C.、X1…), then a plate or an e-mail.
    private static (string Before, string After) Roster(Random r)
    {
        string d = CaseContexts.Pick(r, Delimiters);
        bool latin = r.Next(2) == 0;
        string first = latin ? $"{CaseContexts.Pick(r, LatinNames)}{d}{CaseContexts.RecordId(r)}{d}" : $"{CaseContexts.Pick(r, HanNames)}{d}{Certificate(r)}{d}";
        string heading = CaseContexts.Pick(r, "涉案人一覽\n", "外籍人士名冊，請整理：\n", "");
        return (heading + first, $"{d}{CaseContexts.Pick(r, "ABC-1235", "RAB-1235", Mail(r))}\n{CaseContexts.Pick(r, HanNames)}{d}{CaseContexts.RecordId(r)}{d}09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}{d}-");
    }

    // A fixed-width roster (cells apart by two spaces) of names, certificates, home-country numbers and mobiles, the value in
    // the home-country column of the last row.
    private static (string Before, string After) FixedWidth(Random r)
    {
        string Row(string home) => $"{CaseContexts.Pick(r, LatinNames)}  {Certificate(r)}  {home}  09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}";
        string before = CaseContexts.Pick(r, "比對命中紀錄\n", "") + "姓名  統一證號  母國電話  手機\n"
            + Row($"+63 917 {Digits(r, 3)} {Digits(r, 4)}") + "\n" + $"{CaseContexts.Pick(r, LatinNames)}  {Certificate(r)}  ";
        return (before, $"  09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}\n請翻成英文表格。");
    }

    // A checksum-valid resident certificate, old (two letters) or 2021 (a letter and 8 or 9).
    private static string Certificate(Random r) => r.Next(2) == 0
        ? SyntheticIds.OldResident("ABFH"[r.Next(4)], "CD"[r.Next(2)], Digits(r, 7))
        : SyntheticIds.Numeric("ACGN"[r.Next(4)], 8 + r.Next(2), Digits(r, 7));

    // A synthetic e-mail address of a reserved example domain.
    private static string Mail(Random r) => $"{CaseContexts.Pick(r, "lan", "siti", "mark", "jiho")}.{Letters(r, 3).ToLowerInvariant()}{r.Next(10, 99)}@example.{CaseContexts.Pick(r, "com", "org")}";

    /// <summary>
    /// Look-alikes of this round's layouts, with no personal data in them (a certificate or an e-mail address would be one):
    /// a row that starts with a Latin name whose third column holds an amount (NT$1,234,567 and 1,234,567), a count, a
    /// postcode, a ROC date, a seven-digit order number or a list of fractions (0.5;0.25), order numbers grouped as phones
    /// under their own header, and a list line whose last field is a date or an amount.
    /// </summary>
    public static string LookAlike(Random r)
    {
        string d = CaseContexts.Pick(r, Delimiters);
        string Person() => $"{CaseContexts.Pick(r, LatinNames)}{d}{CaseContexts.Pick(r, "已查訪", "外勞", "學生")}";
        string field = r.Next(8) switch
        {
            0 => $"NT${r.Next(1, 9)},{Digits(r, 3)},{Digits(r, 3)}",
            1 => $"{r.Next(1, 9)},{Digits(r, 3)},{Digits(r, 3)}",
            2 => $"{r.Next(1, 40)} 件",
            3 => $"{r.Next(100, 982)}{Digits(r, 2)}",
            4 => $"{r.Next(100, 115)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
            5 => $"{r.Next(1000000, 9999999)}",
            6 => $"0.{r.Next(1, 9)};0.{r.Next(10, 99)}",
            _ => $"0.{r.Next(1, 9)}5",
        };
        return r.Next(4) switch
        {
            0 => $"- {CaseContexts.Pick(r, LatinNames)} — {CaseContexts.Pick(r, "再通知", "已到案")} — {CaseContexts.Pick(r, $"{r.Next(100, 115)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}", $"NT${r.Next(1000, 99999):N0}")}",
            1 => $"姓名{d}身分{d}訂單編號\n{Person()}{d}08{Digits(r, 2)}-{Digits(r, 4)}-{Digits(r, 3)}\n{Person()}{d}08{Digits(r, 2)}-{Digits(r, 4)}-{Digits(r, 3)}",
            _ => $"{Person()}{d}{field}{d}{CaseContexts.Pick(r, "已到案", "再通知", "無")}\n{Person()}{d}{field}{d}-",
        };
    }
}
