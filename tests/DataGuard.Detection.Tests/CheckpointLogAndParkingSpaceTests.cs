using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 30 (categories of sets U21, U22): a sobriety checkpoint's log names the codes of its rows plates in every layout,
/// with no plate word anywhere; a parking space's level-and-number code right before its word (B2-164號車位) is a space,
/// whatever car and plate the complaint names further on; 餓 (è) is typed for 2 among sound-alike digits. Values are invented.
/// </summary>
public class CheckpointLogAndParkingSpaceTests
{
    private static readonly string Id = SyntheticIds.Numeric('N', 1, "5834781");

    [Theory]
    [InlineData("KD-318")] // heavy motorcycle, 2+3
    [InlineData("QW-60735")] // micro-EV or older motorcycle, 2+5
    [InlineData("XF-1993")] // 1992 layout, 2+4
    [InlineData("7543-FY")] // 2001 layout, 4+2
    [InlineData("5E-7601")] // mixed legacy code
    public void A_code_in_a_breath_test_log_row_is_a_plate(string plate)
    {
        var text = $"酒測臨檢紀錄（113/02/10 22:00-02:00），請統計件數並做成表格：\n10:09 {plate} 王小明 {Id} 吐氣0.31mg/L 放行\n";
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
    }

    [Fact]
    public void Without_the_breath_test_the_same_row_holds_no_older_layout_plate() =>
        FindsNo($"統計表：\n10:09 KD-318 王小明 {Id} 放行\n", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("民眾反映地下室B4-162號車位被占用，月租費2500元，管理員表示該車僅記得車牌末兩碼47、白色休旅車。")]
    [InlineData("我的車停在B1-07號停車格，回來發現車牌被折彎。")]
    [InlineData("公有停車場B2-315車位租給別人了，那台休旅車的車主不肯移車。")]
    public void A_level_and_number_code_before_its_parking_space_word_is_no_plate(string text) =>
        FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_before_a_parking_space_word_stays_a_plate() =>
        FindsExactly("RAB-1235車位被占用，請協助拖吊", "RAB-1235", EntityTypes.LicensePlate);

    [Fact]
    public void Sound_alike_digits_with_e_for_two_are_a_mobile()
    {
        const string value = "靈酒爸依妻溜餓舞山四";
        var finding = FindsExactly($"媳婦電話 {value} / 其他再說", value, EntityTypes.PhoneNumber);
        Assert.Equal("0981762534", finding.NormalizedValue.Replace("+886", "0"));
    }

    [Fact]
    public void E_for_two_in_prose_is_no_digit() => FindsNothing("肚子餓了，四點半在中山路吃飯，餓死了。");
}
