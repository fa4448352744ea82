using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// One fact per leak category of issue 9 §1, written the way the category shows up in police prompts. The generator
/// (<c>Generated/</c>) covers each category across variants, contexts and positions; these name the behaviour.
/// </summary>
public class LeakCategoryTests
{
    [Theory]
    [InlineData("電話 洞九兩八 幺拐三 勾四五，請回電", "洞九兩八 幺拐三 勾四五", "+886928173945")]
    [InlineData("手機洞九幺二三四五六七八", "洞九幺二三四五六七八", "+886912345678")] // 幺 U+5E7A
    [InlineData("手機洞九么二三四五六七八", "洞九么二三四五六七八", "+886912345678")] // 么 U+4E48
    public void Police_radio_digits_are_read(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Radio_numerals_in_words_are_not_values() => FindsNothing("兩輛車拐進巷口，勾選三項後離開。");

    [Theory]
    [InlineData("聯絡電話 +1 (211) 555-0123", "+1 (211) 555-0123", "+12115550123")] // N11 is not an area code
    [InlineData("手機 +852 4123 4567", "+852 4123 4567", "+85241234567")]
    [InlineData("他的手機是 0081 80 1234 5678", "0081 80 1234 5678", "+818012345678")]
    public void Foreign_number_that_is_only_possible_is_found_when_named_a_phone(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Foreign_number_that_is_only_possible_needs_a_phone_word() => FindsNo("參考 +1 (211) 555-0123", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("日本手機 070-1234-5678", "070-1234-5678", "+817012345678")]
    [InlineData("香港電話 9123 4567", "9123 4567", "+85291234567")]
    [InlineData("美國電話 (212) 555-0123", "(212) 555-0123", "+12125550123")]
    [InlineData("大陸手機 138 1234 5678", "138 1234 5678", "+8613812345678")]
    [InlineData("Korea mobile 010-1234-5678", "010-1234-5678", "+821012345678")]
    public void National_form_is_parsed_with_the_country_named_before_it(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Theory]
    [InlineData("住家電話 2345 6789", "2345 6789")]
    [InlineData("市話28825252", "28825252")]
    [InlineData("市話：234-5678", "234-5678")]
    public void Local_number_without_area_code_is_found_after_a_phone_label(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void Local_number_without_a_label_is_not_a_phone() => FindsNothing("共 2345 6789 元");

    [Theory]
    [InlineData("wang dot ming at gmail dot com", "wang.ming@gmail.com")]
    [InlineData("寄到 name at example.com 謝謝", "name@example.com")]
    [InlineData("信箱 wang.ming小老鼠gmail.com", "wang.ming@gmail.com")]
    [InlineData("mail: chen [at] hinet [dot] net", "chen@hinet.net")]
    public void Written_out_email_is_found(string text, string normalized) =>
        Assert.Equal(normalized, Assert.Single(Scan(text), f => f.Type == EntityTypes.EmailAddress).NormalizedValue);

    [Theory]
    [InlineData("We met at noon and left at 3 pm.")]
    [InlineData("visit us at www.gov.tw for details")]
    [InlineData("look at this dot product")]
    public void Bare_at_without_a_domain_tail_is_not_an_email(string text) => FindsNo(text, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("駕XYZ-1235，111年3月在路口肇事", "XYZ-1235")]
    [InlineData("嫌犯騎乘(KRA-3001)，111年3月遭查獲", "KRA-3001")]
    [InlineData("王小明,A123456789,ABC-1235,0912345678", "ABC-1235")]
    [InlineData("| 王小明 | A123456789 | ABC-1235 | 0912-345-678 |", "ABC-1235")]
    public void Plate_is_found_after_a_driving_verb_and_in_table_cells(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車牌9H-0123", "9H-0123")]
    [InlineData("車號 3Z-7123", "3Z-7123")]
    [InlineData("微型電動二輪車 AB-12345", "AB-12345")]
    [InlineData("當事人王小明 A123456789 騎乘大型重機 MK-123", "MK-123")]
    [InlineData("有台 1234-RA 違停在門口", "1234-RA")]
    public void Legacy_and_rare_layouts_are_found_with_context(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("ABC\u20101235")]
    [InlineData("ABC\u22121235")]
    [InlineData("ABC\u20131235")]
    [InlineData("ABC\u00AD1235")]
    [InlineData("ABC.1235")]
    [InlineData("ABC 1235")]
    [InlineData("ＡＢＣ－１２３５")]
    [InlineData("АВС-1235")] // Cyrillic
    [InlineData("abc-1235")]
    public void Plate_separators_and_look_alikes_are_undone(string plate) =>
        Assert.Equal("ABC-1235", FindsExactly($"停在門口的 {plate} 很久了", plate, EntityTypes.LicensePlate).NormalizedValue);

    [Theory]
    [InlineData("汽車 RX-8一輛停在路口")]
    [InlineData("顯卡GTX-1兩張")]
    [InlineData("Case No. 106-Jin-Su-260 was adjourned to 28 Feb 2026.")]
    [InlineData("Breath test 0.32 mg/L, driver of the car")]
    public void Model_codes_dates_and_decimals_are_not_plates(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("電子發票已開立，號碼 AL23456789")]
    [InlineData("發票號碼：AL23456789")]
    public void E_invoice_number_is_not_an_id_through_a_letter_for_a_digit(string text) => FindsNothing(text);

    [Fact]
    public void The_same_letter_for_a_digit_after_an_id_label_is_still_an_id() =>
        Assert.Equal("A123456789", FindsExactly("身分證AL23456789", "AL23456789", EntityTypes.NationalId).NormalizedValue);

    [Fact]
    public void Version_numbers_are_not_phones() => FindsNothing("版本 10.0.29180.3556 已更新");

    [Fact]
    public void Wrong_checksum_right_after_its_label_is_reported_at_0_60() =>
        Assert.Equal(0.60, FindsExactly("身分證字號疑似誤植為A123456788", "A123456788", EntityTypes.NationalId).Score);

    [Theory]
    [InlineData("該名日籍男子山田太郎，手機 090-1234-5678，請查", "090-1234-5678", "+819012345678")]
    [InlineData("泰籍移工阮文雄（電話 081-234-5678）", "081-234-5678", "+66812345678")]
    [InlineData("中國大陸手機號碼：13812345678", "13812345678", "+8613812345678")]
    public void The_country_may_be_named_earlier_in_the_sentence(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Theory]
    [InlineData("大陸手機壹參捌 壹貳參肆 伍陸柒捌", "壹參捌 壹貳參肆 伍陸柒捌", "+8613812345678")] // 陸 of 大陸 is not the digit 6
    [InlineData("大陸手機一三八一二三四五六七八", "一三八一二三四五六七八", "+8613812345678")]
    public void Mainland_is_a_word_before_its_numerals(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Simplified_financial_numerals_are_read() =>
        FindsExactly("手机零玖壹贰叁肆伍陆柒捌", "零玖壹贰叁肆伍陆柒捌", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("他昨天騎AB-123離開", "AB-123")]
    [InlineData("嫌犯開 9H-0123 逃逸", "9H-0123")]
    [InlineData("當事人借用8362-RA，111年3月遭查獲", "8362-RA")]
    [InlineData("另外 ABC·1235 停在路邊", "ABC·1235")]
    public void A_driving_verb_or_a_parked_car_names_a_plate(string text, string value) =>
        FindsExactly(text, value, EntityTypes.LicensePlate);

    [Fact]
    public void A_machine_model_is_not_a_plate() => FindsNothing("機型：KDL-5146，請確認");

    [Theory]
    [InlineData("信箱 wang.ming#gmail.com 謝謝", "wang.ming#gmail.com", "wang.ming@gmail.com")]
    [InlineData("信箱 wang.ming @ gmail . com 謝謝", "wang.ming @ gmail . com", "wang.ming@gmail.com")]
    [InlineData("信箱 wang【at】gmail[dot]com", "wang【at】gmail[dot]com", "wang@gmail.com")]
    [InlineData("Email: WANG[AT]GMAIL DOT COM", "WANG[AT]GMAIL DOT COM", "WANG@gmail.com")]
    public void Written_out_at_signs_are_read(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.EmailAddress).NormalizedValue);

    [Fact]
    public void Cyrillic_letters_in_an_address_are_read_as_latin() =>
        FindsExactly("信箱 wаng.mіng@gmаil.com", "wаng.mіng@gmаil.com", EntityTypes.EmailAddress); // а і are Cyrillic

    [Theory]
    [InlineData("請標記 #重要 與 #待辦")]
    [InlineData("### 會議紀錄 #3")]
    [InlineData("issue #1234 at github.com")] // a bare "at" needs a mailbox name with a letter
    public void A_hash_without_a_mailbox_and_a_known_domain_is_not_an_address(string text) => FindsNo(text, EntityTypes.EmailAddress);
}
