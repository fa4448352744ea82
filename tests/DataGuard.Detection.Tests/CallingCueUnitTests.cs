using DataGuard.Detection.Recognizers;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 45 (det-foreign45): numbers with no country and no area code that a calling cue (<see cref="CallingCues"/>) or a
/// header of single words (<see cref="HeaderWordColumns"/>) names a phone, and the look-alikes beside the same cues that stay
/// clean. Every value here is invented.
/// </summary>
public sealed class CallingCueUnitTests
{
    private static void FindsPhone(string text, string value) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber && text.Substring(f.Start, f.Length) == value);

    private static void FindsNoPhoneOver(string text, string code)
    {
        int at = text.IndexOf(code, StringComparison.Ordinal);
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.PhoneNumber && f.Start < at + code.Length && at < f.Start + f.Length);
    }

    [Theory]
    [InlineData("自稱公安，稱其帳戶遭盜用，再轉接 0861234570，要求提供信用卡。", "0861234570")]
    [InlineData("車手車輛停在路邊，上游收水 13812345670。", "13812345670")]
    [InlineData("客服說請改撥 010-2345-6781 處理。", "010-2345-6781")]
    [InlineData("他把電話轉給 0812 3456 7801 的王先生。", "0812 3456 7801")]
    public void A_number_a_handing_on_verb_names_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("Please contact the duty officer at 3241-4653 or by mail.", "3241-4653")]
    [InlineData("You can reach me on 0917 123 4560 after six.", "0917 123 4560")]
    [InlineData("Call the agent at 567-8123 before Friday.", "567-8123")]
    public void A_number_after_an_english_call_verbs_at_or_on_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("2026-03-04 10:21:44 WARN  [sms-svc] send sms to=0850-0911-916 status=OK", "0850-0911-916")]
    [InlineData("2026-03-04 08:02:10 INFO [voice] call callee=090-1234-5670 dur=31s", "090-1234-5670")]
    public void A_messaging_logs_recipient_key_names_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("Liên hệ 0955.167.180 / 0842 538 590。", "0842 538 590")]
    [InlineData("Hubungi +886 924 674 480 / 0898 5871 0440.", "0898 5871 0440")]
    [InlineData("電話欄位：0958421230/0227224950/762-2010", "762-2010")]
    public void A_number_listed_after_a_phone_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("No Name ID Tel Plate\n1 王○○ A123456789 361-0690 ABC-1235\n2 Siti A123456789 0912345678 KLM-0987\n", "361-0690")]
    [InlineData("編號 姓名 證號 電話 車號\n1 Nguyen RC20664270 017-325 2701 RD-671\n", "017-325 2701")]
    [InlineData("編號 姓名 證號 電話 車號\n1 | 吳女 | A123456789 | 2095831 | CAM-7901\n", "2095831")]
    [InlineData("序 姓名 證號 手機 車牌\n1 王○○ A123456789 0912345678 ABC-1235\n— 2 —\n機密 不得外流\n2  林小姐  A123456789  010-9823-9961  EAB-6027\n", "010-9823-9961")]
    public void A_cell_under_a_header_word_for_phones_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("對方要求再轉接 12,345,678 元到指定帳戶。", "12,345,678")]
    [InlineData("車手將款項轉到帳戶 012-3456-789012，上游收水後失聯。", "012-3456-789012")]
    [InlineData("Contact the desk at 0900-1730 on weekdays.", "0900-1730")]
    [InlineData("2026-03-04 10:21:44 INFO [order] send sms orderNo=3456-7890 status=OK", "3456-7890")]
    [InlineData("No Company UBN Amount\n1 大明商行 53212539 12,300\n2 小華企業 42841107 8,100\n", "53212539")]
    [InlineData("編號 姓名 金額 日期\n1 王○○ 345 6789 2026/03/04\n", "345 6789")]
    public void A_look_alike_beside_the_same_cues_is_no_phone(string text, string code) => FindsNoPhoneOver(text, code);

    [Fact]
    public void The_header_above_a_rule_of_equals_signs_names_no_column_below_it()
    {
        const string text = "No Name ID Tel Plate\n1 王○○ A123456789 0912345678 ABC-1235\n\n=====\n\n1 大明 A123456789 5321 2539 xyz\n";
        Assert.False(HeaderWordColumns.Names(text, text.LastIndexOf("5321", StringComparison.Ordinal), text.LastIndexOf("5321", StringComparison.Ordinal) + 9, HeaderWordColumns.Phones));
    }

    [Theory]
    [InlineData("1 王○○ A123456789 0912345678", 4)]
    [InlineData("1 | 吳女 | A123456789 | 2095831", 4)]
    [InlineData("1\t林小姐\tA123456789,,x", 4)]
    public void Cells_are_runs_between_any_cell_breaks(string row, int cells) => Assert.Equal(cells, HeaderWordColumns.Cells(row));
}
