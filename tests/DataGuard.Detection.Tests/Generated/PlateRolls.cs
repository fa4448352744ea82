namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 34 (categories of sets U25, U26): rolls of people and their vehicles as they are pasted into prompts — a numbered
/// list whose items open with the plate, the person's name, ID and mobile after it (1. HB-2081／王○明／A123456789／0912…),
/// and a fixed-width roll whose last column's header names plates, the value's row far below it. The hard negatives hold
/// codes of a plate's shapes (a flight, a model, a part, an order, a case) in the same layouts with no plate column and
/// no person's identifier beside them.
/// </summary>
internal static class PlateRolls
{
    /// <summary>Headers of a plate column, in the words rolls use.</summary>
    public static readonly string[] PlateHeaders = { "車號", "車牌", "牌照號碼", "Plate", "License Plate", "車牌號碼" };

    private static readonly string[] Names = { "林志豪", "王○明", "陳怡君", "Siti Aminah", "Nguyen Van Binh", "黃淑芬" };

    private static readonly string[] Mobiles = { "0921238782", "0920-487-066", "0931 005 787", "0912-345-678" };

    /// <summary>The text before and after a value that opens a numbered list's item, its person's fields after it.</summary>
    public static (string Before, string After) NumberedRecord(Random r)
    {
        string bar = CaseContexts.Pick(r, "／", "/", "，", "｜");
        string before = CaseContexts.Pick(r, "幫我整理成表格：\n", "名單如下：\n", "交接名冊\n", "請檢查：")
            + CaseContexts.Pick(r, "1. ", "2) ", "3、", "(4) ", "5. ");
        string after = $"{bar}{CaseContexts.Pick(r, Names)}{bar}{CaseContexts.RecordId(r)}{bar}{CaseContexts.Pick(r, Mobiles)}"
            + CaseContexts.Pick(r, "\n6. 無", "\n（以上）", "");
        return (before, after);
    }

    /// <summary>
    /// The text before and after a value in the last column of a fixed-width roll under a plate header, with enough rows
    /// above it (other people's plates of the family) that the header lies outside the context window, or just one.
    /// </summary>
    public static (string Before, string After) FixedWidthRoll(ValueFamily family, Random r)
    {
        var text = new System.Text.StringBuilder();
        text.Append("統一編號").Append(Gap(r)).Append("e-mail").Append(Gap(r)).Append("姓名").Append(Gap(r))
            .Append(CaseContexts.Pick(r, PlateHeaders)).Append('\n');
        int rows = r.Next(3) == 0 ? 1 : 8 + r.Next(4);
        for (int i = 0; i < rows; i++) text.Append(RowStart(r)).Append(family.Make(r).Canonical).Append('\n');
        text.Append(RowStart(r));
        return (text.ToString(), "\n" + RowStart(r) + family.Make(r).Canonical);
    }

    // A row's cells before its plate: an ID, an e-mail address and a name.
    private static string RowStart(Random r) =>
        CaseContexts.RecordId(r) + Gap(r) + Email(r) + Gap(r) + CaseContexts.Pick(r, Names) + Gap(r);

    private static string Email(Random r) =>
        $"{CaseContexts.Pick(r, "lin", "chen.h", "wang_m", "tsai")}{r.Next(10, 999)}@{CaseContexts.Pick(r, "example.com", "mail.example.tw")}";

    // Two or more spaces: a fixed-width report's cell break.
    private static string Gap(Random r) => new(' ', 2 + r.Next(4));

    /// <summary>Codes of a plate's layouts that are not plates: flights, models, parts, orders, cases.</summary>
    public static string PlateShapedCode(Random r) => CaseContexts.Pick(r,
        $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)}",
        $"{ValueFamilies.Letters(r, 2)}{ValueFamilies.Digits(r, 3)}",
        $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 4)}",
        $"{ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 3)}",
        $"{ValueFamilies.Digits(r, 4)}-{ValueFamilies.Letters(r, 2)}");

    /// <summary>A numbered list whose items open with such a code, with no person's ID or mobile beside it.</summary>
    public static string NumberedCodes(Random r)
    {
        string bar = CaseContexts.Pick(r, "／", "/", "，");
        string Item(int n) => $"{n}. {PlateShapedCode(r)}{bar}" + CaseContexts.Pick(r,
            $"桃園→成田{bar}{r.Next(6, 23):00}:{r.Next(60):00}",
            $"紅色{bar}{r.Next(1, 9)} 台{bar}NT${r.Next(10, 999)},000",
            $"出貨{bar}{r.Next(1, 30)} 箱",
            $"已結案{bar}{110 + r.Next(4)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}");
        return CaseContexts.Pick(r, "幫我整理成表格：\n", "清單：\n", "") + Item(1) + "\n" + Item(2) + CaseContexts.Pick(r, "\n" + Item(3), "");
    }

    /// <summary>
    /// A fixed-width roll whose plate column holds no plate (未登記) while another column holds such codes (型號, 班機,
    /// 料號, 案號), or one with no plate column at all.
    /// </summary>
    public static string FixedWidthOtherColumns(Random r)
    {
        string codeHeader = CaseContexts.Pick(r, "型號", "班機", "料號", "案號", "訂單編號");
        bool plateColumn = r.Next(2) == 0;
        var text = new System.Text.StringBuilder();
        text.Append("編號").Append(Gap(r)).Append(codeHeader).Append(Gap(r)).Append("姓名");
        if (plateColumn) text.Append(Gap(r)).Append(CaseContexts.Pick(r, PlateHeaders));
        text.Append('\n');
        int rows = 1 + r.Next(9);
        for (int i = 1; i <= rows; i++)
        {
            text.Append(i).Append(Gap(r)).Append(PlateShapedCode(r)).Append(Gap(r)).Append(CaseContexts.Pick(r, Names));
            if (plateColumn) text.Append(Gap(r)).Append(CaseContexts.Pick(r, "未登記", "無", "—"));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The first of a range of parking spaces, the space's word after the last (B2-117 至 B2-120 車位).</summary>
    public static string ParkingSpaceRange(Random r)
    {
        string level = CaseContexts.Pick(r, "B1", "B2", "B3", "P1");
        int first = r.Next(10, 300);
        return $"{CaseContexts.Pick(r, "車輛停放於地下室 ", "三台車停在 ", "租用 ")}{level}-{first:000}{CaseContexts.Pick(r, " 至 ", "至", "~", " 到 ", "、")}"
            + $"{level}-{first + r.Next(1, 5):000}{CaseContexts.Pick(r, " 車位", "號車位", "停車格")}{CaseContexts.Pick(r, "，請寫成清單。", "。", "")}";
    }
}
