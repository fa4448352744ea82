using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 18 (set Q): values in a row whose separators were lost (a Latin name glued on), a mobile typed with O for 0 that
/// is also a valid certificate, numbers their country and 號碼, a fax or an English contact label; look-alikes: giro
/// accounts (劃撥 ends in the dialling label 撥) and part codes grouped like no certificate. Values are synthetic (see <see cref="SyntheticIds"/>).
/// </summary>
public class GluedAndLabelledValueTests
{
    private static readonly string Certificate = SyntheticIds.Numeric('K', 9, "7312046");
    private static readonly string NationalId = SyntheticIds.Numeric('F', 1, "2046731");

    [Theory]
    [InlineData("Lê Quốc Bảo")]
    [InlineData("Đỗ Minh Khoa")]
    [InlineData("Maria Santos")]
    public void A_certificate_and_a_mobile_glued_to_a_name_are_both_found(string name)
    {
        var text = $"{Certificate}{name}0935246810";
        FindsAmongOthers(text, Certificate, EntityTypes.ResidentCertificate);
        FindsAmongOthers(text, "0935246810", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void An_id_glued_between_names_is_found() =>
        FindsAmongOthers($"Siti Aminah{NationalId}Somchai Dee", NationalId, EntityTypes.NationalId);

    [Fact]
    public void An_old_form_certificate_glued_between_names_is_found()
    {
        var old = SyntheticIds.OldResident('H', 'C', "3920461");
        FindsAmongOthers($"Hồ Ngọc Ánh{old}Maria Santos", old, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("abc0935246810xyz")] // glued to lower case on both sides: a code
    [InlineData("ABC0935246810")] // an upper-case run is a code or a label, not a name
    [InlineData("Batch093524681057")] // longer than a mobile
    public void Digits_glued_to_other_words_stay_whole(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_glued_to_an_upper_case_code_is_not_cut_out_of_it() =>
        FindsNo($"{NationalId}XY 批號", EntityTypes.NationalId);

    [Fact]
    public void A_phone_label_makes_O_and_nine_digits_a_mobile_not_a_certificate()
    {
        // Ten O9 numbers that all pass the certificate checksum: a phone label right before each decides.
        for (int serial = 1000000; serial < 1000010; serial++)
        {
            var value = SyntheticIds.Numeric('O', 9, serial.ToString());
            var text = $"身分證 {NationalId} 手機 {value}，請查";
            FindsAmongOthers(text, value, EntityTypes.PhoneNumber);
            FindsNo(text, EntityTypes.ResidentCertificate);
            FindsExactly($"居留證 {value}", value, EntityTypes.ResidentCertificate);
        }
    }

    [Fact]
    public void A_station_word_before_O_and_nine_digits_leaves_the_certificate()
    {
        // 所 names a station in a directory (復興所 …), not what the number is: the checksum-valid certificate stays one
        // (found by the random-context property test: 所 is a common filler character).
        for (int serial = 1000000; serial < 1000010; serial++)
        {
            var value = SyntheticIds.Numeric('O', 9, serial.ToString());
            FindsExactly($"這些所{value}。", value, EntityTypes.ResidentCertificate);
        }
    }

    [Theory]
    [InlineData("印尼親友號碼081234567012", "081234567012")]
    [InlineData("越南朋友的號碼：0971234567", "0971234567")]
    public void A_number_its_country_and_a_number_word_label_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("泰國帳戶號碼0812345670")]
    [InlineData("越南訂單號碼0961234567")]
    public void An_account_or_order_number_of_a_country_is_not_a_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("分局傳真：2631-4760，上班時間收件", "2631-4760")]
    [InlineData("Office contact: 2631 4760 (weekdays)", "2631 4760")]
    public void A_fax_or_an_english_contact_label_names_a_local_number(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("郵局劃撥 2631-4760")]
    [InlineData("請劃撥2631476")]
    [InlineData("調撥單 2631-4760")]
    public void A_giro_or_transfer_number_is_not_dialled(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void Two_letters_and_digits_grouped_four_and_four_are_a_part_code_unless_a_certificate_label_names_them()
    {
        // Old-form certificates of every checksum-valid shape AB-dddd-dddd: none stands alone, each after its label.
        for (int serial = 1000000; serial < 1000010; serial++)
        {
            var value = SyntheticIds.OldResident('A', 'B', serial.ToString());
            var coded = $"{value[..2]}-{value.Substring(2, 4)}-{value.Substring(6)}";
            FindsNo($"料件 {coded} 缺貨", EntityTypes.ResidentCertificate);
            FindsAmongOthers($"居留證 {coded}", coded, EntityTypes.ResidentCertificate);
        }
    }

    [Theory]
    [InlineData("對方要我匯到 005-3264381572601 這個帳戶")] // a bank's code 005 and an account, not Taiwan's dial prefix 005
    [InlineData("轉帳至 0917-264-3815")]
    public void A_transfer_names_an_account_not_a_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("美國：(479) 734-2190")]
    [InlineData("加拿大：416-734-2190")]
    public void A_north_american_number_its_country_labels_is_found(string text) =>
        FindsExactly(text, text.Substring(text.IndexOf('：') + 1), EntityTypes.PhoneNumber);

    // Round 19 (set R): a spaced national ID whose area letter O reads as the 0 of a 02 landline stays an ID where a phone
    // word stands elsewhere in the prompt; a phone label right before it still makes it the landline.
    [Fact]
    public void An_o_led_national_id_is_no_landline_without_a_phone_label_right_before_it()
    {
        FindsAmongOthers("手機鑑識擷取的備忘錄：\n陳美 O 2 3 4 6 1 8 7 3 6 0935-271846", "O 2 3 4 6 1 8 7 3 6", EntityTypes.NationalId);
        FindsNo("手機內容：陳美 O 2 3 4 6 1 8 7 3 6", EntityTypes.PhoneNumber);
        FindsExactly("電話 O2-3461-8736", "O2-3461-8736", EntityTypes.PhoneNumber);
    }

    // Round 41 (a property test's draw): digits before 年 end a glued plate only as a ROC year a record holds (two digits,
    // or 100–119); the three last digits of a mistyped certificate are no year, and the code's head no plate.
    [Theory]
    [InlineData("小天開FA25836394年正作")]
    [InlineData("開ABC1234567年")]
    public void A_plate_is_not_cut_from_a_longer_code_before_a_year_word(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_glued_to_a_roc_year_still_ends_there() =>
        FindsAmongOthers("車號ABC-1234113年度偵字第1234號", "ABC-1234", EntityTypes.LicensePlate);
}
