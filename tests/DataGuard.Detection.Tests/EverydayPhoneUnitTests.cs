using DataGuard.Detection.Recognizers;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 43 (det-phones43): the mechanisms of phones in everyday text, one behaviour each — a local number named by contact
/// wording (<see cref="ContactWording"/>), a company's UBN left to it (<see cref="UnifiedBusinessNumber"/>), a foreigner's
/// family number read in the record's country (<see cref="KinAbroadNumber"/>), a mark typed once for a hyphen
/// (Normalization.TypoMark) and look-alike letters inside a phone's digit run. Every value is invented.
/// </summary>
public sealed class EverydayPhoneUnitTests
{
    private const string Phone = EntityTypes.PhoneNumber;

    [Theory]
    [InlineData("轉介單位聯絡：6521874\n備註：獨居", "6521874")]
    [InlineData("緊急聯絡：25816347。", "25816347")]
    [InlineData("洽詢：3156-2087", "3156-2087")]
    [InlineData("保險公司8372615\n當事人2：王○明", "8372615")]
    [InlineData("雇主/仲介林美華 5720318。", "5720318")]
    [InlineData("本案已結，雇主 陳○婷：27153846 或親至派出所認領。", "27153846")]
    [InlineData("保險公司 2715-3846，理賠專員王先生。", "2715-3846")]
    [InlineData("里長：5203 8164，有事找他。", "5203 8164")]
    [InlineData("對方用 28506137 打給我，要我念出卡號", "28506137")]
    [InlineData("那天 7302518 打來好幾次，請協助。", "7302518")]
    [InlineData("台南那家店電話（區碼省略）2817305，老闆白天在。", "2817305")]
    [InlineData("(no area code) 5360-1287 is the shop.", "5360-1287")]
    public void Contact_wording_names_a_local_number(string text, string value) => FindsAmongOthers(text, value, Phone);

    [Theory]
    [InlineData("保險公司理賠 5203816 元")] // an amount
    [InlineData("里長工號 6203815")] // a badge or staff number: 工號 is no name
    [InlineData("社工證號 2718305，已核對。")]
    [InlineData("聯絡：115年3月2日 再議")] // a ROC date
    [InlineData("聯絡：20260315 到期")] // an ISO date written whole
    [InlineData("用這支打了 23 次，都沒接")] // a count
    [InlineData("仲介 發票 AB-52038162")] // an invoice number
    [InlineData("仲介公司 27153846 已完成登記")] // eight whole digits after an organisation: as often its UBN
    public void Contact_wording_before_no_phone_stays_clean(string text) => FindsNo(text, Phone);

    [Fact]
    public void Eight_digits_after_an_organisation_that_pass_the_UBN_checksum_are_its_UBN()
    {
        Assert.True(UnifiedBusinessNumber.IsValid("04595257")); // products' digits sum to 40
        Assert.False(UnifiedBusinessNumber.IsValid("04595258"));
        Assert.True(UnifiedBusinessNumber.IsValid("30458670")); // 29: the seventh digit 7 makes 28 count as 1 too, 30
        FindsNo("診所：04595257。", Phone);
        FindsNo("事務所 30458670", Phone);
        FindsAmongOthers("診所：24595258。", "24595258", Phone); // the checksum fails: the clinic's line
    }

    [Theory]
    [InlineData("印尼籍漁工NURUL AINI於漁港落水，船長電話0968-215-730，漁工家屬0812-6035-2718。", "0812-6035-2718")]
    [InlineData("越南籍配偶阮氏花報案，娘家電話0352 817 604，請協助通譯。", "0352 817 604")]
    [InlineData("外籍人士名單\n姓名 國籍 電話\nSUTHEP KAEW 泰國 0911-305-728\nPHAM THI LAN 越南 0837205614\n", "0837205614")]
    public void A_foreigners_family_or_row_number_is_read_in_the_records_country(string text, string value) => FindsAmongOthers(text, value, Phone);

    [Theory]
    [InlineData("姓名 國籍 護照號碼\nPHAM THI LAN 印尼 B3816205\n居留期限 2027-11-20")]
    [InlineData("印尼籍移工家屬匯款帳號 0812603527181")] // an account: the look-alike label names it
    public void A_foreigners_row_without_a_phone_stays_clean(string text) => FindsNo(text, Phone);

    [Theory]
    [InlineData("報案人 0930=618-274 稱鄰居吵架", "0930=618-274")]
    [InlineData("手機 0918-527＝306", "0918-527＝306")]
    [InlineData("家屬：0939=597-39Z。", "0939=597-39Z")]
    [InlineData("本人手機 0939=69B=737。", "0939=69B=737")]
    public void A_mark_typed_once_for_a_hyphen_and_letters_inside_the_digits_keep_the_phone_whole(string text, string value) =>
        FindsAmongOthers(text, value, Phone);

    [Theory]
    [InlineData("x1=234-567")] // a key
    [InlineData("計算 125=300-175，共 3 題")] // a sum
    [InlineData("型號 SB-2O45-l9 兩台")] // a model code with look-alike letters
    public void Lone_marks_and_letters_outside_a_phone_stay_clean(string text) => FindsNo(text, Phone);

    [Theory]
    [InlineData("2,鄭○慧,(+886)9bl152807,本人", "(+886)9bl152807")] // b and l glued among the digits: no word
    [InlineData("楊○如之電話為 8869B5173l62。此部分尚待查證。", "8869B5173l62")]
    [InlineData("家屬 O9S27l6308。請寫協尋通報", "O9S27l6308")]
    public void Look_alike_letters_inside_a_phones_digit_run_are_read(string text, string value) => FindsAmongOthers(text, value, Phone);
}
