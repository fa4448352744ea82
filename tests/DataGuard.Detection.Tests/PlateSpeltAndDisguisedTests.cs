using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 31 (categories of set U22): plates spelt out with the enumeration comma between every character, and plates whose
/// digit group is typed mostly in look-alike letters, right after a plate word; and the lists and part numbers of the same
/// shape that no plate word names. Values are invented.
/// </summary>
public class PlateSpeltAndDisguisedTests
{
    [Theory]
    [InlineData("駕駛車輛：白色機車，車牌 K、R、T、2、3、6、8\n酒測值：0", "K、R、T、2、3、6、8")]
    [InlineData("鄰居說車牌是 W、N、D、8、2、7、3，白色的", "W、N、D、8、2、7、3")]
    [InlineData("駕駛車輛：計程車，車牌 6、2、9、1、K、W\n酒測值：0", "6、2、9、1、K、W")]
    public void A_plate_spelt_out_with_the_list_comma_after_a_plate_word_is_a_plate(string text, string plate) =>
        FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("選項 K、R、T、2、3、6、8 請選一個")]
    [InlineData("答案依序是 W、N、D、8、2、7、3。")]
    [InlineData("座位 B、D、2、5、7、9 已保留")]
    public void Characters_listed_with_the_list_comma_and_no_plate_word_are_a_list(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("駕駛車輛：黃色計程車，車牌 NWT-ZlS7\n酒測值：0", "NWT-ZlS7")]
    [InlineData("駕駛車輛：白色機車，車牌 WPK-7SB\n酒測值：0", "WPK-7SB")]
    [InlineData("車牌 RXW-47BS\n酒測值：0", "RXW-47BS")]
    public void A_digit_group_typed_mostly_in_look_alikes_after_a_plate_word_is_a_plate(string text, string plate) =>
        FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("料號 KWS-6ZBS 缺貨")]
    [InlineData("型號 RXW-3ZD7 的零件")]
    [InlineData("請參考 NWT-ZlS7 的說明")]
    public void The_same_codes_without_a_plate_word_are_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);
}
