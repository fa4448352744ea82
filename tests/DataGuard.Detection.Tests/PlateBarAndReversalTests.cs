using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 36 (categories of sets U29, U30): a bar typed where a plate's hyphen goes, and a plate typed backwards with a note
/// saying so; and the codes of the same shapes that stay clean (a row's cells, currencies, models, sort orders). Values are
/// invented.
/// </summary>
public class PlateBarAndReversalTests
{
    [Theory]
    [InlineData("車號：", "KRT|5083", "")] // 2012, a plate word
    [InlineData("嫌犯騎的機車是 ", "LHV|2938", "。")] // a vehicle noun
    [InlineData("另一個 ", "WRD|6152", "")] // 2012, no word: as with a space for the hyphen
    [InlineData("車號 ", "KRT｜5083", "")] // full-width bar
    [InlineData("系統把車號拆成兩格：", "DXM | 2958", "，請合併")] // spaced bar
    [InlineData("車號：", "VK|627", "")] // 2+3 after a plate word
    [InlineData("騎乘之 ", "ZE|318", " 發生擦撞")]
    [InlineData("車號：", "GTW|517", "")] // commercial 3+3
    [InlineData("駕駛 ", "7319|FD", " 行經路口")] // digits first, 4+2
    [InlineData("車號：", "726|TX", "")] // digits first, 3+2: a short number before the bar is read on
    [InlineData("車號：", "krt|5083", "")] // lower case
    public void A_bar_for_the_hyphen_is_the_plate_s_separator(string lead, string plate, string trail) =>
        FindsAmongOthers($"{lead}{plate}{trail}", plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_bar_plate_in_a_person_s_csv_row_is_a_plate() =>
        FindsAmongOthers($"王○明,{SyntheticIds.Numeric('K', 1, "2046813")},臺南市東區,JUY|3176,0921-238-782", "JUY|3176", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("幣別|金額\nUSD|1000|已入帳")] // a currency and its amount, cells of a row
    [InlineData("| 姓名 | 生日 |\n| NGUYEN VAN AN | 109年4月1日 |")] // a name's last word and a date in a Markdown row
    [InlineData("代號 KRT|112年")] // a year's unit after the digits
    [InlineData("幣別：USD|1000")] // a currency
    [InlineData("找到：HW|2617")] // an older layout with no word naming it
    [InlineData("航班 CI|0123 延誤")]
    [InlineData("型號 RX|350，庫存 3 台")]
    public void A_bar_between_cells_or_in_a_code_makes_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_bar_after_an_extension_stays_a_cell_break() => FindsAmongOthers("分機702|ABC-1235", "ABC-1235", EntityTypes.LicensePlate);

    [Fact]
    public void A_bar_between_a_row_s_cells_joins_no_plate_of_the_groups_around_it() =>
        Assert.DoesNotContain(Scan("王○明|0921-238-782|RK|2046|臺北市"), f => f.Type == EntityTypes.LicensePlate && f.Start < 16);

    [Theory]
    [InlineData("車號：", "5172-WPE", "(reversed order)")]
    [InlineData("車號：", "6281-KZH", "（反著寫的，請倒過來看）")]
    [InlineData("報案人表示 ", "9263-MXT", "←倒序")] // no plate word: the note and the layout turned round suffice
    [InlineData("收到 ", "1935-RUF", "（倒過來打的） 了嗎")]
    [InlineData("倒過來寫：", "5718-KRT", "")] // the note before it
    [InlineData("車號 ", "8302QHD", "（倒序）")] // no hyphen
    [InlineData("機車 ", "53-RK", "←倒序")] // 2+2 turned round, after a vehicle word
    public void A_plate_typed_backwards_with_a_note_is_a_plate(string lead, string plate, string trail) =>
        FindsAmongOthers($"{lead}{plate}{trail}", plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_reversed_plate_is_normalised_turned_round()
    {
        var finding = Scan("報案人表示 8302-QHD←倒序").Single(f => f.Type == EntityTypes.LicensePlate);
        Assert.Equal(8, finding.Length);
        Assert.Equal("DHQ-2038", finding.NormalizedValue);
    }

    [Theory]
    [InlineData("報表依日期倒序排列，料號 8302-QHD 在第 3 行")] // the sort order is not beside the code
    [InlineData("8302-QHD 在第 3 行")] // no note: digits first with three letters is no plate's layout
    [InlineData("排序：倒序，共 35 筆")]
    [InlineData("型號 8302-QHD（倒序排列）")] // a model named by its label
    public void A_reverse_order_not_beside_a_code_makes_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);
}
