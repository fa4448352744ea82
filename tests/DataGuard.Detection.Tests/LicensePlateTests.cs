using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>Licence plates: layouts, plate-specific signals and context.</summary>
public class LicensePlateTests
{
    [Fact]
    public void Current_format_with_hyphen_is_found_without_context()
    {
        var finding = FindsExactly("停在門口的 BCD-5678 很久了", "BCD-5678", EntityTypes.LicensePlate);
        Assert.Equal("BCD-5678", finding.NormalizedValue);
        Assert.Equal(Evasions.None, finding.Evasions);
    }

    [Fact]
    public void Current_format_without_hyphen_needs_context()
    {
        FindsNothing("代碼 BCD5678 已登錄");
        Assert.Equal("BCD-5678", FindsExactly("車牌BCD5678", "BCD5678", EntityTypes.LicensePlate).NormalizedValue);
    }

    [Theory]
    [InlineData("KAQ-230")]
    [InlineData("AB-1234")]
    [InlineData("1234-AB")]
    [InlineData("AB-123")]
    [InlineData("123-AB")]
    [InlineData("XA-32")]
    [InlineData("EA-12345")]
    public void Legacy_and_special_layouts_are_found_next_to_context(string plate) =>
        FindsExactly($"肇事車號 {plate} 逃逸", plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("AB-1234")]
    [InlineData("1234-AB")]
    [InlineData("KAQ-230")]
    public void Legacy_layouts_without_context_are_not_reported(string plate) => FindsNothing($"請參考 {plate} 的說明");

    [Fact]
    public void Current_format_with_letter_o_is_not_a_plate() => FindsNothing("車牌 BOD-5678");

    [Fact]
    public void Digit_four_lowers_the_score_of_a_current_plate()
    {
        var lenient = new PersonalDataScanner(new ScannerOptions { MinScore = 0.1 });
        Assert.True(Assert.Single(lenient.Scan("車牌 BCD-5674")).Score < Assert.Single(lenient.Scan("車牌 BCD-5678")).Score);
    }

    [Fact]
    public void Product_code_label_suppresses_a_plate_shape() => FindsNothing("產品型號 BCD-5678");

    [Fact]
    public void Common_acronym_is_not_a_plate_series() => FindsNothing("介面 USB-3000 規格");

    [Fact]
    public void Separators_between_every_plate_character_are_an_evasion()
    {
        var finding = FindsExactly("車牌 B C D 5 6 7 8", "B C D 5 6 7 8", EntityTypes.LicensePlate);
        Assert.Equal(Evasions.Separators, finding.Evasions);
        Assert.Equal("BCD-5678", finding.NormalizedValue);
    }

    [Fact]
    public void Model_suffix_marks_a_plate_shape_as_a_product() => FindsNothing("新款 XYZ-9988 型吸塵器");

    [Fact]
    public void Digits_first_plate_before_an_english_word_is_found() =>
        FindsExactly("Vehicle with license plate 8362-LK was seen", "8362-LK", EntityTypes.LicensePlate);

    [Fact]
    public void English_word_before_a_number_is_not_a_plate_series() =>
        FindsExactly("Registered keeper of 1886-FM: owner", "1886-FM", EntityTypes.LicensePlate);

    [Fact]
    public void Phone_after_tel_is_not_read_as_a_plate() =>
        Assert.Equal(EntityTypes.PhoneNumber, Single("a scooter owner, tel 0950-548-216").Type);

    [Fact]
    public void Car_make_is_plate_context() => FindsExactly("113年5月22日,SL-992,白色NISSAN Sentra", "SL-992", EntityTypes.LicensePlate);

    [Fact]
    public void Current_format_with_digit_four_is_reported_with_a_lower_score()
    {
        var withFour = FindsExactly("車號 ABC-1234 的車主", "ABC-1234", EntityTypes.LicensePlate);
        Assert.True(withFour.Score < Single("車號 ABC-1235 的車主").Score);
    }

    [Fact]
    public void A_dated_remark_in_brackets_ends_the_plate() =>
        FindsExactly("拖吊：BJZ-1696（112.04.04）", "BJZ-1696", EntityTypes.LicensePlate);

    [Fact]
    public void A_mixed_code_without_its_separator_is_a_plate_right_after_a_plate_label() =>
        FindsExactly("plate no. 5P6653, owner 謝書豪", "5P6653", EntityTypes.LicensePlate);

    [Fact]
    public void A_mixed_code_without_its_separator_and_without_a_label_is_not_a_plate() => FindsNothing("料件 5P6653 已到貨");

    [Fact]
    public void Legacy_plate_with_digit_four_is_still_a_plate() => FindsExactly("車牌 AB-1234", "AB-1234", EntityTypes.LicensePlate);

    [Fact]
    public void Model_label_outweighs_plate_context_for_every_model_in_the_clause() =>
        FindsNothing("車牌辨識攝影機型號 LPR-2000 與 LPR-3500 規格比較");

    [Fact]
    public void Abbreviation_before_a_number_is_not_a_plate() => FindsNothing("Check plate records, ping me at ext. 2211");

    [Fact]
    public void Plate_label_outweighs_an_acronym_look() => FindsExactly("調閱監視器，車號PGP-830車主為某人", "PGP-830", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("賓士 GLC-300 與 CLA-250 哪台比較省油？")]
    [InlineData("SYM DRG-158、KYMCO KRV-180 的規格比較")]
    public void Model_named_after_its_make_is_not_a_plate(string text) => FindsNothing(text);

    [Fact]
    public void Flight_number_is_not_a_plate() => FindsNothing("交通事故後，嫌疑人隨後搭乘星宇航空JX-0352班機出境。");

    [Fact]
    public void Hash_algorithm_name_is_not_a_plate() => FindsNothing("行車紀錄器影像檔雜湊值（SHA-256）：64b38e25");

    [Theory]
    [InlineData("接獲民眾檢舉KR48213沿復興路一路蛇行", "KR48213")]
    [InlineData("今早有人來電檢舉KQ-3718連續闖紅燈兩次", "KQ-3718")]
    public void A_reported_plate_is_named_by_the_report(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("前夫常開他那台6618-RW到公司堵人。", "6618-RW")]
    [InlineData("每天騎著一台KD-617來店裡鬧", "KD-617")]
    public void A_vehicle_counted_after_a_driving_verb_names_its_plate(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_machine_counted_without_a_driving_verb_is_not_a_plate() => FindsNothing("那台XR-150要送修");

    [Theory]
    [InlineData("รถยนต์ของผมถูกขโมย ป้ายทะเบียน KTR-528 ช่วยด้วยครับ", "KTR-528")]
    [InlineData("Xe máy của tôi bị lấy cắp, biển số xe MNK7329, xin giúp đỡ.", "MNK7329")]
    [InlineData("Sepeda motor saya dicuri, plat nomor LK-3857, mohon bantuannya.", "LK-3857")]
    public void The_word_for_a_plate_in_another_language_names_it(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("以下是名單，麻煩轉成表格：BRT\n-2386\n感謝", "BRT\n-2386")]
    [InlineData("整理一下：BRK-\n6329", "BRK-\n6329")]
    public void A_plate_wrapped_at_its_hyphen_keeps_its_hyphen(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("勤指，麻煩調閱車號R-T，六兩洞四，謝謝。", "R-T，六兩洞四")]
    [InlineData("02:10 巡邏發現K-W-D 三八幺五違停在消防栓前", "K-W-D 三八幺五")]
    public void A_plate_called_with_its_letters_spelt_apart_is_found(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("請協尋營業小客車 八四洞五KT，往環河路方向", "八四洞五KT")]
    [InlineData("違規事實：駕駛五T拐兩六於國道行駛路肩", "五T拐兩六")]
    public void A_plate_read_in_radio_numerals_keeps_its_letters(string text, string plate) => FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("[INFO] 車籍資料匯出完成\nsave photo_0311.png 3072KB md5=9c")]
    [InlineData("勤前提醒取締酒駕。器材盤點：對講機XTS 3000型共15部，2部待修")]
    public void A_size_or_an_equipment_model_is_not_a_plate(string text) => FindsNothing(text);
}
