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

    [Theory]
    [InlineData("22:14:09 HONDA FIT KRD 6135 緩慢倒車", "KRD 6135")]
    [InlineData("06:51:40 銀色Nissan Kicks PMW2851 未打方向燈", "PMW2851")]
    public void A_plain_2012_plate_after_a_make_and_its_model_is_the_plate_while_the_sentence_goes_on(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("MAZDA CX-30 HEV 2023 試駕心得")]
    [InlineData("Toyota RAV4 XLE2021 規格表如下")]
    [InlineData("TOYOTA Vios GLX 1800 試駕心得")]
    public void A_trim_and_its_model_year_or_size_after_a_make_and_model_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("本件係台端所開之KDW-5813與林君所騎之TR-58316擦撞", "TR-58316")]
    [InlineData("據報駕之2851-RP停於紅線", "2851-RP")]
    public void A_plate_after_a_driving_verb_and_its_attributive_particle_is_named(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("巡邏車回報 MRA-洞洞三拐、BRK-洞五幺三兩台往市區方向逃逸", "BRK-洞五幺三")]
    [InlineData("攔停 KD-幺六幺、TPW-三五八一兩輛", "TPW-三五八一")]
    public void A_count_of_vehicles_glued_to_the_last_plate_read_in_numerals_is_not_its_digit(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);
}
