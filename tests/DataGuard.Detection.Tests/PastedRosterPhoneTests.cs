using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 34 (categories of sets U25, U26): phones in documents pasted whole — a roster column shown to hold phones by its
/// other rows, a row's +CC number naming the country of a national-form number, a duty roster's last field, a local
/// number copied out in Chinese numerals after a colon — and the numbers of other kinds in the same layouts. Values are
/// invented (certificates from the synthetic helper's letters and checksum, phones in ranges no test set holds).
/// </summary>
public class PastedRosterPhoneTests
{
    private const string Heading = "外來人口查訪名冊，請翻成中文：\n";

    [Theory]
    [InlineData(Heading + "ARC;Name;Family (local);e-mail\nAC01234568;JOSE CRUZ;0917 204 6611;jose.c@example.com\nAC01234568;MARIA LIM;0932-118-264;maria.l@example.org\nAC01234568;ANA REY;+63 917 555 2210;ana.r@example.net", "0917 204 6611")]
    [InlineData(Heading + "| 人員 | Family (local) | 備註 |\n|---|---|---|\n| BUDI SANTO | 0812-4471-2093 | 再通知 |\n| SITI ANI | 0963 208 117 | 已到案 |\n| DEWI RAHMA | +62 812-3301-442 | 未接 |", "0812-4471-2093")]
    [InlineData(Heading + "Family (local)   Name   備註\n0908 771 2044   JOSE CRUZ   再通知\n0963 208 117   ANA REY   已到案\n0921-004-381   MARIA LIM   未接", "0908 771 2044")]
    public void A_foreign_mobile_in_a_column_whose_other_rows_hold_phones_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("Name\tFamily (local)\t本國電話\nWONG KA YAN\t9187 2604\t+852 9341 7720\nLEE MEI\t0963 208 117\t+852 6120 4471", "9187 2604")]
    [InlineData("Name;Family (local);本國電話\nTRAN VAN HUY;0386 412 907;+84 91 220 7431\nLEE MEI;0963 208 117;+883 248 495 083", "0386 412 907")]
    public void A_national_form_number_is_read_in_the_country_its_row_dials(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("訂單編號", "0812-4471-2093", "0823-1190-332")]
    [InlineData("Order No.", "0812 447 2093", "0823 119 0332")]
    [InlineData("帳號", "0812-4471-2093", "0823-1190-332")]
    public void A_column_of_order_numbers_or_accounts_shaped_as_phones_stays_clean(string header, string first, string second) =>
        FindsNo($"{Heading}Name,{header},備註\nJOSE CRUZ,{first},再通知\nANA REY,{second},已到案\nMARIA LIM,{first},未接", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("NT$12,480", "NT$3,905")]
    [InlineData("113/02/21", "112/11/06")]
    [InlineData("1130123456", "1120456789")]
    [InlineData("12 件", "3 件")]
    public void Amounts_dates_case_numbers_and_counts_beside_names_and_mail_stay_clean(string first, string second) =>
        FindsNo($"{Heading}Name;Value;e-mail\nJOSE CRUZ;{first};jose.c@example.com\nANA REY;{second};ana.r@example.org\nMARIA LIM;{first};maria.l@example.net", EntityTypes.PhoneNumber);

    [Fact]
    public void A_trunk_zero_number_with_no_phone_in_its_column_stays_unread() =>
        FindsNo("Name;Ref;備註\nJOSE CRUZ;0812-4471-2093;再通知\nANA REY;AB-1203;已到案\nMARIA LIM;XK-5521;未接", EntityTypes.PhoneNumber);

    private const string Roster = "週一 0800-1600 警員 王小明 0912 345 678\n週一 1600-2400 巡佐 林志明 0921-004-381\n週二 0000-0800 警員 余文彬 {0}\n週二 0800-1600 警員 陳怡君 0963208117";

    [Theory]
    [InlineData("27718804")]
    [InlineData("8804127")]
    public void A_local_number_ending_a_duty_roster_line_among_mobiles_is_found(string value) =>
        FindsAmongOthers(string.Format(Roster, value), value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("20240315")] // a date
    [InlineData("1600-2400")] // a shift
    public void A_date_or_a_shift_ending_a_roster_line_is_no_phone(string value)
    {
        var text = string.Format(Roster, value);
        Assert.DoesNotContain(Scan(text), f => f.Start == text.IndexOf("余文彬 ", StringComparison.Ordinal) + 4);
    }

    [Fact]
    public void A_local_number_at_the_end_of_a_line_with_no_phones_around_it_needs_a_label() =>
        FindsNo("週一 0800-1600 警員 王小明 12 件\n週二 0000-0800 警員 余文彬 27718804\n週二 0800-1600 警員 陳怡君 3 件", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("他手寫在紙條上：二七七一八八〇四。", "二七七一八八〇四")]
    [InlineData("筆錄原文為國字：「八八〇四一二七」，請轉成數字。", "八八〇四一二七")]
    public void A_local_number_copied_out_in_Chinese_numerals_after_a_colon_is_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("日期：二〇二四〇三一五。")]
    [InlineData("勤務時段：〇八〇〇一六〇〇。")]
    [InlineData("金額：三五〇〇〇〇〇元。")]
    [InlineData("案號：二七七一八八〇四。")]
    [InlineData("他說二七七一八八〇四次都不夠")]
    public void Dates_shifts_amounts_and_labelled_codes_in_Chinese_numerals_are_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);
}
