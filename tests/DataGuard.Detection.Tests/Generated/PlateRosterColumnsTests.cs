using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 37 (categories of sets U31, U32)": plates in a roster's plate column written another way than the other
/// rows' — the hyphen dropped (KTW5281, lower case kpd7135), moved inside a group (KTW528-1), or spelt out with wide gaps
/// around it (K T W   -   5 2 8 1) — in rosters cut by the enumeration comma, a full-width slash, commas, Markdown bars or
/// fixed-width gaps, with no header and no valid identifier in the value's own row (layout × disguise × roster); and hard
/// negatives of the same shapes: part and order columns under their header, flight and unit columns, models with a count.
/// Values are invented here; output lists cell names and counts only.
/// </summary>
public sealed class PlateRosterColumnsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly PlateLayoutTable.Layout[] Layouts = PlateLayoutTable.All;

    private static readonly (string Name, Func<string, string, bool, string> Write)[] Disguises =
    {
        ("joined", (l, d, first) => first ? l + d : d + l),
        ("joined.lower-case", (l, d, first) => (first ? l + d : d + l).ToLowerInvariant()),
        ("moved-hyphen", (l, d, first) => first ? $"{l}{d[..^1]}-{d[^1..]}" : $"{d[..^1]}-{d[^1..]}{l}"),
        ("wide-spaced", (l, d, first) => first ? $"{Spelt(l)}   -   {Spelt(d)}" : $"{Spelt(d)}   -   {Spelt(l)}"),
    };

    /// <summary>Rosters: how a row's cells are cut. Every roster has no header row.</summary>
    private static readonly string[] Rosters = { "enumeration-comma", "full-width-slash", "csv", "markdown", "fixed-width" };

    // (a plate spelt out with wide gaps is a cell of its own only where the cells are not cut by spaces; a digits-first plate with
    // its hyphen moved onto its letters reads as a mixed code's shape and is printed)
    private static bool Asserted(string layout, string disguise, string roster) =>
        !(disguise == "wide-spaced" && roster == "fixed-width") && !(disguise == "moved-hyphen" && layout is "2001.4+2" or "3+2");

    /// <summary>
    /// The honest figure reached (T: written on this branch): 116 of the 123 asserted cells at 1.00, seven at 9/10 (single
    /// misses of older layouts typed joined, mostly in lower case), so the floor is 0.90; a cell below it fails.
    /// </summary>
    private const double Floor = 0.9;

    [Fact]
    public void A_plate_written_another_way_in_a_roster_of_plates_is_found()
    {
        var asserted = new Tally();
        var printed = new Tally();
        foreach (var layout in Layouts)
        foreach (var disguise in Disguises)
        foreach (var roster in Rosters)
        {
            var r = new Random(CaseGenerator.StableSeed($"plate-roster/{layout.Name}/{disguise.Name}/{roster}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var (letters, digits, lettersFirst) = layout.Make(r);
                string written = disguise.Write(letters, digits, lettersFirst);
                string text = Roster(roster, written, r, out int at);
                (Asserted(layout.Name, disguise.Name, roster) ? asserted : printed)
                    .Add($"plate-roster {layout.Name} × {disguise.Name} × {roster}", PartsGivenApartTests.Finds(text, at, written.Length, EntityTypes.LicensePlate));
            }
        }
        output.WriteLine("printed (not asserted):");
        printed.Assert(output, floor: 0);
        asserted.Assert(output, Floor);
    }

    [Fact]
    public void Codes_of_a_plates_shape_in_other_roster_columns_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("plate-roster negatives"));
        for (int n = 0; n < CasesPerCell * 12; n++)
        {
            (string cell, string text) = (n % 6) switch
            {
                0 => ("part-column", Rows(r, Pick(r, "品名、料號、數量", "品名／料號／數量", "item,料號,qty"), (row, sep) => $"{Pick(r, "螺絲", "墊片", "濾芯")}{sep}{Code(r, row)}{sep}{r.Next(2, 90)}")),
                1 => ("order-column", Rows(r, Pick(r, "日期、訂單編號、狀態", "| 日期 | 訂單編號 | 狀態 |"), (row, sep) => $"{Date(r)}{sep}{Code(r, row)}{sep}{Pick(r, "已出貨", "待付款")}")),
                2 => ("flight-column", Rows(r, "", (row, sep) => $"{Pick(r, "王○明", "陳○玲", "Tran T.")}{sep}{Pick(r, "CI", "BR", "JX", "IT")}{(r.Next(2) == 0 ? "-" : "")}{ValueFamilies.Digits(r, 3)}{sep}{Date(r)}")),
                3 => ("unit-column", Rows(r, "", (row, sep) => $"{Pick(r, "王○明", "陳○玲")}{sep}{Pick(r, "A", "B", "C")}{r.Next(1, 9)}-{ValueFamilies.Digits(r, 3)}{sep}{Pick(r, "已入住", "空")}")),
                4 => ("model-with-count", $"{Pick(r, "採購清單", "盤點")}：{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)} {r.Next(2, 9)}台、{ValueFamilies.Letters(r, 2)}{ValueFamilies.Digits(r, 4)} {r.Next(2, 9)}台、{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)} {r.Next(2, 9)}台"),
                _ => ("spelt-version", $"版本 {r.Next(1, 9)} {r.Next(0, 9)}   -   {r.Next(0, 9)} {r.Next(0, 9)} 已更新，請重新啟動。"),
            };
            var dirty = Scan(text).Where(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate && !IsHyphenatedCurrentPlate(text, f)).ToList();
            tally.Add($"plate-roster negative {cell}", dirty.Count == 0);
        }
        tally.Assert(output, floor: 1.0);
    }

    // A code in the 2012 plate's shape with its hyphen (ABC-1235) is a plate in any column, as it was before this round (the
    // column's header does not take it back: README "Plates live in their column"); what is asserted clean here is every
    // other reading of the column's codes, which column consensus might have made plates.
    private static bool IsHyphenatedCurrentPlate(string text, Finding f) =>
        f.Type == EntityTypes.LicensePlate && f.Length == 8 && text[f.Start + 3] == '-' && text.Substring(f.Start, 3).All(char.IsAsciiLetterUpper);

    // A roster of four to seven rows whose plate column holds plates with their hyphen (a 2012 plate among them), and the
    // value in one row that holds no valid identifier (name, a blank or a remark, the value, a remark).
    private static string Roster(string roster, string value, Random r, out int at)
    {
        int rows = 4 + r.Next(4), target = 1 + r.Next(rows - 1);
        var text = new System.Text.StringBuilder();
        at = -1;
        for (int row = 0; row < rows; row++)
        {
            string plate = row == target ? value : OtherPlate(r, row);
            string[] cells = row == target
                ? new[] { $"{row + 1}", Pick(r, "林○", "張○豪", "Siti R."), Pick(r, "", "-", "待補"), plate, Pick(r, "無", "-", "拒絕提供") }
                : new[] { $"{row + 1}", Pick(r, "王○", "陳○華", "Maria C."), JoinedPiecesTests.ValueOf("mobile", r), plate, Pick(r, "無", "-", "待補") };
            string line = Line(roster, cells, out int cellAt);
            if (row == target) at = text.Length + cellAt;
            text.Append(line).Append('\n');
        }
        return text.Append(Pick(r, "請整理成表格。", "幫我檢查格式。", "")).ToString();
    }

    // Writes the row's cells; cellAt is where the fourth cell (the plate) starts.
    private static string Line(string roster, string[] cells, out int cellAt)
    {
        string separator = roster switch
        {
            "enumeration-comma" => "、",
            "full-width-slash" => "／",
            "csv" => ",",
            "markdown" => " | ",
            _ => "  ",
        };
        string prefix = roster == "markdown" ? "| " : "";
        string before = prefix + string.Join(separator, cells.Take(3).Select(c => roster == "fixed-width" && c.Length == 0 ? "-" : c)) + separator;
        cellAt = before.Length;
        return before + string.Join(separator, cells.Skip(3)) + (roster == "markdown" ? " |" : "");
    }

    // Another row's plate, written with its hyphen; the first row's in the 2012 layout.
    private static string OtherPlate(Random r, int row) => (row == 0 ? 0 : r.Next(4)) switch
    {
        0 => $"{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)}",
        1 => $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 4)}",
        2 => $"{ValueFamilies.Digits(r, 4)}-{ValueFamilies.Letters(r, 2)}",
        _ => $"{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 3)}",
    };

    // Rows of a table of codes under an optional header, cut as the header is (the enumeration comma without one).
    private static string Rows(Random r, string header, Func<int, string, string> row)
    {
        string sep = header.Contains('|') ? " | " : header.Contains('／') ? "／" : header.Contains(',') ? "," : "、";
        var text = new System.Text.StringBuilder();
        if (header.Length > 0) text.Append(header).Append('\n');
        int rows = 4 + r.Next(3);
        for (int i = 0; i < rows; i++) text.Append(sep == " | " ? $"| {row(i, sep)} |" : row(i, sep)).Append('\n');
        return text.ToString();
    }

    // A code shaped as the 2012 plate or an older one, with its hyphen in even rows and without it in odd ones.
    private static string Code(Random r, int row)
    {
        string letters = ValueFamilies.Letters(r, 2 + r.Next(2), current: true), digits = PlateLayoutTable.PlateDigits(r, 3 + r.Next(2));
        return row % 2 == 0 ? $"{letters}-{digits}" : letters + digits;
    }

    // (a date written in words: a roster's ROC date after an enumeration comma is a phone reading's look-alike of its own, not this round's)
    private static string Date(Random r) => $"{r.Next(1, 13)}月{r.Next(1, 29)}日";

    private static string Spelt(string group) => string.Join(" ", group.ToCharArray());


    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
