using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Set N's legacy plates: read out in numerals before typed letters, their letters spelt before a typed hyphen, under a
/// JSON plate key or after 舊牌; and the accident class before a time, which is no plate.
/// </summary>
public class LegacyPlateReadingTests
{
    [Theory]
    [InlineData("{\n  \"idNo\": \"無\",\n  \"plateNo\": \"6173-KM\"\n}", "6173-KM")]
    [InlineData("他的機車還是舊牌KD7-\n352，今天被撞", "KD7-\n352")]
    public void A_plate_key_or_an_old_plate_word_names_a_legacy_plate(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("A3 07:42 超市停車場倒車擦撞")]
    [InlineData("A2 9:05 路口事故，無人受傷")]
    public void An_accident_class_before_a_time_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("同仁回報車號「三一九二KT」，請協尋", "三一九二KT")]
    [InlineData("計程車 五零八BX 司機拒載", "五零八BX")]
    [InlineData("民眾檢舉駕駛兩拐勾洞RC闖紅燈", "兩拐勾洞RC")]
    public void A_legacy_plate_read_out_in_numerals_before_its_letters_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Fact]
    public void Numerals_before_letters_without_a_word_naming_a_plate_are_no_plate() =>
        FindsNo("會議室三一九二KT型投影機", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("攔查其所騎Victor Kilo Papa-3185時查獲", "Victor Kilo Papa-3185")]
    [InlineData("肇事車 Echo Romeo Tango-6270", "Echo Romeo Tango-6270")]
    public void A_plate_whose_letters_are_spelt_before_its_hyphen_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("Mike-2 說他到了")]
    [InlineData("Team Alpha-1 集合")]
    public void A_lone_spelling_word_before_a_hyphen_is_a_word(string text) => FindsNothing(text);
}
