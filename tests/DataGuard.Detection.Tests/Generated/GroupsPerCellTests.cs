using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 30 (categories of sets U21, U22)": a value typed one group per cell of a pasted table row, after a name
/// or a label cell or alone in its row (| 王小明 | 0912 | 345 | 678 |, | 王小明 | A | 1234 | 56789 |) — staff re-sending a
/// blocked value as a spreadsheet keeps it — family × grouping × delimiter × header × row, each cell with its floor, and
/// hard negatives of the same shape: rows of amounts, dates, case numbers and scores one group per cell, and values with a
/// wrong check digit. Values are built here with their check digits; the output lists cell names and counts only.
/// </summary>
public sealed class GroupsPerCellTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 12;

    private static readonly string[] Families = { "mobile", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb", "amex" };

    /// <summary>Cell delimiters with how a row is opened and closed: Markdown, tight Markdown, full-width bars, tab.</summary>
    private static readonly (string Name, string Open, string Bar, string Close, bool Markdown)[] Delimiters =
    {
        ("markdown", "| ", " | ", " |", true), ("markdown.tight", "|", "|", "|", true), ("fullwidth-bar", "", "｜", "", false), ("tab", "", "\t", "", false),
    };

    /// <summary>What the row's first cells hold before the value's groups: a name, a name and a label, nothing.</summary>
    private static readonly string[] Leads = { "name", "name+label", "none" };

    private static readonly string[] Names = { "王小明", "陳美玲", "林志豪", "張雅婷", "Nguyen Van An" };
    private static readonly string[] Labels = { "手機", "身分證", "卡號", "居留證", "電話", "號碼" };

    [Fact]
    public void A_value_typed_one_group_per_cell_of_a_row_is_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var delimiter in Delimiters)
        foreach (var lead in Leads)
        foreach (var row in new[] { "first-row", "last-row" })
        {
            // A tab is read as a separator, not a cell break: a card or an old certificate split by tabs alone stays as
            // before this round (a card needs a card word, a certificate is turned down; Detection README, det-u22).
            if (delimiter.Name == "tab" && family is not ("mobile" or "id" or "arc-2021")) continue;
            var r = new Random(CaseGenerator.StableSeed($"groups-per-cell/{family}/{delimiter.Name}/{lead}/{row}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = ValueOf(family, r);
                string[] groups = Groups(value, r);
                string text = Table(delimiter, lead, groups, row, r, out string planted, out int offset);
                int at = text.IndexOf(planted, StringComparison.Ordinal) + offset;
                tally.Add($"groups-per-cell {family} × {delimiter.Name} × {lead} × {row}", PartsGivenApartTests.Finds(text, at, value.Length, TypeOf(family)));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void Rows_of_amounts_dates_and_codes_one_per_cell_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("groups-per-cell negatives"));
        foreach (var delimiter in Delimiters)
        {
            for (int n = 0; n < CasesPerCell * 8; n++)
            {
                (string cell, string[] cells) = (n % 8) switch
                {
                    // Four amounts of four digits (a quarter's sales), three of five or six: as long as a card's groups.
                    0 => ("amounts", new[] { Amount(r, 4), Amount(r, 4), Amount(r, 4), Amount(r, 4) }),
                    1 => ("amounts.long", new[] { Amount(r, 6), Amount(r, 5), Amount(r, 5) }),
                    // A date in three cells, then a time or a count.
                    2 => ("dates", new[] { (2019 + r.Next(7)).ToString(), (1 + r.Next(12)).ToString("00"), (1 + r.Next(28)).ToString("00"), (r.Next(24) * 100 + r.Next(60)).ToString("0000") }),
                    // A case number: year, a word, a serial.
                    3 => ("case-numbers", new[] { (108 + r.Next(8)).ToString(), PickOf(r, "偵", "訴", "易", "字"), ValueFamilies.Digits(r, 5), ValueFamilies.Digits(r, 3) }),
                    // Scores and a class code.
                    4 => ("scores", new[] { PickOf(r, "A", "B", "C"), (60 + r.Next(40)).ToString(), (60 + r.Next(40)).ToString(), (60 + r.Next(40)).ToString(), (60 + r.Next(40)).ToString() }),
                    // A value's groups with a wrong check digit: an ID, a card.
                    5 => ("wrong-check-id", Groups(SyntheticIds.Corrupt(ValueOf(PickOf(r, "id", "arc-2021"), r), 1 + r.Next(8)), r)),
                    6 => ("wrong-luhn-card", Groups(WrongLuhn(ValueOf(PickOf(r, "visa", "mastercard", "jcb"), r), r), r)),
                    // An item code, a quantity and a unit price in 4-3-3 groups (a phone's grouping, with no trunk 0).
                    _ => ("item-rows", new[] { Amount(r, 4), Amount(r, 3), Amount(r, 3) }),
                };
                // Amounts sit under headers that say so (months, quarters, 金額); the other rows under plain column numbers.
                string[] header = cell.StartsWith("amounts", StringComparison.Ordinal)
                    ? new[] { "項目" }.Concat(PickOf(r, new[] { "一月", "二月", "三月", "四月" }, new[] { "Q1", "Q2", "Q3", "Q4" }, new[] { "金額", "數量", "單價", "小計" })).Take(cells.Length + 1).ToArray()
                    : new[] { "項目" }.Concat(cells.Select((_, i) => $"欄{i + 1}")).ToArray();
                string text = Row(delimiter, header) + (delimiter.Markdown ? Row(delimiter, header.Select(_ => "---").ToArray()) : "")
                    + Row(delimiter, new[] { PickOf(r, "王小明", "三月", "貨品甲", "第一季") }.Concat(cells).ToArray());
                tally.Add($"groups-per-cell negative {cell} × {delimiter.Name}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                    or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- tables ----

    private static string Table((string Name, string Open, string Bar, string Close, bool Markdown) delimiter, string lead, string[] groups, string row, Random r, out string planted, out int offset)
    {
        var leadCells = lead switch
        {
            "name" => new[] { PickOf(r, Names) },
            "name+label" => new[] { PickOf(r, Names), PickOf(r, Labels) },
            _ => Array.Empty<string>(),
        };
        var header = leadCells.Select((_, i) => i == 0 ? "姓名" : "欄位").Concat(groups.Select((_, i) => $"欄{i + 1}")).ToArray();
        string text = PickOf(r, "號碼分到不同欄位了，請幫我合併：\n", "試算表匯出如下：\n", "", "幫我整理這張表\n") + Row(delimiter, header)
            + (delimiter.Markdown ? Row(delimiter, header.Select(_ => "---").ToArray()) : "");
        planted = Row(delimiter, leadCells.Concat(groups).ToArray());
        offset = delimiter.Open.Length + leadCells.Sum(c => c.Length + delimiter.Bar.Length); // where the first group starts
        // A neighbour row: a name and a dash in every cell, or another mobile in groups.
        string other = Row(delimiter, leadCells.Concat(groups.Select(_ => r.Next(2) == 0 ? "—" : ValueFamilies.Digits(r, 2))).ToArray());
        return text + (row == "first-row" ? planted + other : other + planted);
    }

    private static string Row((string Name, string Open, string Bar, string Close, bool Markdown) delimiter, params string[] cells) =>
        delimiter.Open + string.Join(delimiter.Bar, cells) + delimiter.Close + "\n";

    // ---- values ----

    private static string ValueOf(string family, Random r) => family switch
    {
        "mobile" => "09" + r.Next(9) + ValueFamilies.Digits(r, 7), // 099x is not issued
        "id" or "arc-2021" or "arc-old" => PartsGivenApartTests.IdOf(family, r),
        _ => PartsGivenApartTests.CardOf(family, r),
    };

    private static string TypeOf(string family) => family switch
    {
        "mobile" => EntityTypes.PhoneNumber,
        "id" => EntityTypes.NationalId,
        "arc-2021" or "arc-old" => EntityTypes.ResidentCertificate,
        _ => EntityTypes.CreditCard,
    };

    /// <summary>
    /// The value cut into two to four groups of one to six characters: an ID's letter apart or with its first digits, a
    /// mobile 4-3-3 or 2-4-4, a card in fours or 6-5-5.
    /// </summary>
    private static string[] Groups(string value, Random r)
    {
        int[] sizes = value.Length switch
        {
            10 when char.IsAsciiLetter(value[0]) => PickOf(r, new[] { 1, 4, 5 }, new[] { 4, 3, 3 }, new[] { 2, 4, 4 }, new[] { 1, 3, 3, 3 }),
            10 => PickOf(r, new[] { 4, 3, 3 }, new[] { 2, 4, 4 }, new[] { 4, 6 }),
            16 => PickOf(r, new[] { 4, 4, 4, 4 }, new[] { 6, 5, 5 }),
            15 => PickOf(r, new[] { 4, 6, 5 }, new[] { 5, 5, 5 }),
            _ => new[] { value.Length / 2, value.Length - value.Length / 2 },
        };
        var groups = new string[sizes.Length];
        for (int i = 0, at = 0; i < sizes.Length; at += sizes[i], i++) groups[i] = value.Substring(at, sizes[i]);
        return groups;
    }

    internal static string Amount(Random r, int digits) => (1 + r.Next(9)) + ValueFamilies.Digits(r, digits - 1);

    internal static string WrongLuhn(string card, Random r) => card[..^1] + (char)('0' + (card[^1] - '0' + 1 + r.Next(9)) % 10);

    private static T PickOf<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
