using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-foreign42 (categories of sets U43, U44): foreign numbers in national form that the text calls a phone with no
/// country named (UnnamedCountryNumbers), a call label nearer than an account label, stars masking a value's head, a log
/// line's decimal before the next line's time stamp, and a spaced plus joining an ID's letter to its digits (LetterJoiningPlus).
/// Values are invented.
/// </summary>
public class UnnamedCountryPhoneTests
{
    [Theory]
    [InlineData("答：對方用 0917 402 8815 打給我，自稱投資老師。", "0917 402 8815")]
    [InlineData("答：對方用 086-724-1953 打給我，自稱電商客服。", "086-724-1953")]
    [InlineData("她用的是娘家號碼 177 4028 1153，台灣號碼另外給。", "177 4028 1153")]
    [InlineData("外籍看護說她家人打 0878-5521-4093 找不到她。", "0878-5521-4093")]
    [InlineData("對方:加我 010-4471-2093", "010-4471-2093")]
    [InlineData("嫌疑人境外電話：+66 98 202 1678、080-8192-4539、0063-977-9781066，請寫請求信。", "080-8192-4539")]
    public void A_phone_grouped_number_the_text_calls_a_phone_is_found_without_its_country(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_call_label_nearer_than_an_account_label_names_the_number() =>
        FindsAmongOthers("對方叫她匯款到帳戶 還說有問題打 +886-970-238-615", "+886-970-238-615", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("追蹤號碼：0123456790，貨到會打給收件人。")]
    [InlineData("郵局劃撥 2345-6789")]
    [InlineData("他昨天請電洽 281-6008，111年3月遭查獲。")]
    public void Numbers_labelled_as_something_else_are_no_unnamed_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void Stars_glued_to_the_digits_mask_them() => FindsNo("系統顯示報案人手機 ****821738，完整資料需調卷。", EntityTypes.PhoneNumber);

    [Fact]
    public void Markdown_bold_is_no_mask() => FindsAmongOthers("請回電 **0912345678** 謝謝", "0912345678", EntityTypes.PhoneNumber);

    [Fact]
    public void A_log_lines_decimal_does_not_join_the_next_lines_time_stamp() =>
        FindsNo("2024-10-24 01:33:54 WARN lpr.match conf=0.78\n2024-10-18 01:32:06 WARN lpr.match conf=0.61", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("居留證號 第10個英文字母 C + one one four seven seven five seven two，請查。")]
    [InlineData("宜蘭縣那個英文字 + 2093 4101 5")]
    public void A_spaced_plus_after_a_letter_or_its_name_is_no_country_code(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_spaced_plus_after_a_phone_word_is_a_country_code() =>
        FindsAmongOthers("電話 + 886 912 345 678", "+ 886 912 345 678", EntityTypes.PhoneNumber);
}
