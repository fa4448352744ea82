using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 19 (plates calibrated on sets L–R): the rules that turned down the most real plates and the fewest non-plates,
/// relaxed by the plate's own shape and layout. Values here are made up for the tests.
/// </summary>
public class PlateCalibrationTests
{
    [Theory]
    [InlineData("錄影比對：KDT-6183　23:08:51 出現在停車場入口", "KDT-6183")]
    [InlineData("東側車道畫面：PWX7125 7:05:10 通過", "PWX7125")]
    [InlineData("停車場紀錄 MRE-5813 19:41:02 進場", "MRE-5813")]
    public void A_plate_listed_with_the_clock_time_a_camera_saw_it_ends_before_the_hour(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("影像只拍到 FQD-81\n12:05:33 另一台離開")]
    [InlineData("會議 09 30:15 開始")]
    public void A_partial_code_before_a_time_stays_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2345678");

    [Theory]
    [InlineData("21:37 小陳：KDY3518 林宜君 {0}\n21:40 小陳：以上", "KDY3518")]
    [InlineData("巡邏 23:05\nMK-6035 張志遠 {0}", "MK-6035")]
    [InlineData("<09:12> 小葉: 573-XW 吳佩珊 {0}", "573-XW")]
    public void A_code_opening_a_chat_row_with_a_name_and_a_valid_id_is_that_persons_plate(string text, string value) =>
        FindsAmongOthers(string.Format(text, Id), value, EntityTypes.LicensePlate);

    [Fact]
    public void A_code_before_a_name_and_an_invalid_id_stays_no_plate() =>
        FindsNo("21:37 小陳：KDY3518 林宜君 " + SyntheticIds.Corrupt(Id, 1), EntityTypes.LicensePlate);

    [Fact]
    public void A_code_inside_a_sentence_before_a_name_and_an_id_stays_no_plate() =>
        FindsNo("請查型號 MK-6035 張志遠 " + Id, EntityTypes.LicensePlate);
}
