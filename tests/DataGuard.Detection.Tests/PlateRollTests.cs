using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 34 (categories of sets U25, U26): plates in rolls of people — the first field of a numbered list's item, the
/// person's name, ID and mobile after it; the last column of a fixed-width roll whose header names plates, far below
/// the header — and the codes of the same shapes in the same layouts that stay clean. Values are invented.
/// </summary>
public class PlateRollTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2046813");
    private static readonly string OtherId = SyntheticIds.Numeric('F', 2, "7315520");

    [Theory]
    [InlineData("1. ", "KD-318")] // heavy motorcycle, 2+3
    [InlineData("2) ", "QW-60735")] // micro-EV, 2+5
    [InlineData("3、", "7543-FY")] // 2001 layout, 4+2
    [InlineData("(4) ", "5E-7601")] // mixed legacy code
    [InlineData("5. ", "fy-328")] // typed in lower case
    public void A_plate_opening_a_numbered_record_is_a_plate(string number, string plate)
    {
        var text = $"幫我整理成表格：\n{number}{plate}／林○豪／{Id}／0921238782\n6. 無";
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
    }

    [Fact]
    public void The_same_code_opening_an_item_without_an_identifier_is_no_plate() =>
        FindsNo("清單：\n1. KD-318／桃園→成田／08:15\n2. QW-607／出貨／3 箱", EntityTypes.LicensePlate);

    [Fact]
    public void A_number_inside_a_sentence_does_not_open_a_record() =>
        FindsNo($"共有 2. KD-318／林○豪／{Id}", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("Plate")]
    [InlineData("車號")]
    [InlineData("牌照號碼")]
    public void A_fixed_width_rolls_plate_column_names_cells_far_below_its_header(string header)
    {
        var rows = string.Concat(Enumerable.Range(0, 9).Select(i => $"{OtherId}   lin{i}@example.com   王○明   RAB-123{i % 3 + 5}\n"));
        var text = $"統一編號  e-mail  姓名  {header}\n{rows}{Id}    chen@example.com    林○豪    KD-318\n";
        Assert.True(text.IndexOf("KD-318", StringComparison.Ordinal) - text.IndexOf(header, StringComparison.Ordinal) > 300, "the header must lie outside the context window");
        FindsAmongOthers(text, "KD-318", EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("班機")]
    [InlineData("型號")]
    [InlineData("案號")]
    public void Codes_in_a_fixed_width_rolls_other_column_are_no_plates(string codeHeader)
    {
        var text = $"編號  {codeHeader}  姓名  車號\n1  KD-318  林○豪  未登記\n2  QW-607  王○明  無\n";
        FindsNo(text, EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("車輛停放於地下二樓 B2-117 至 B2-120 車位，請寫成清單。")]
    [InlineData("三台車停在 B1-031~B1-033 號車位。")]
    [InlineData("租用 P1-204、P1-205停車格")]
    public void The_first_of_a_range_of_parking_spaces_is_no_plate(string text) =>
        FindsNo(text, EntityTypes.LicensePlate);
}
