using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 36 (categories of sets U29, U30): documents pasted whole. Masked values, a chat's clock times, a statement's
/// amounts and a scale model's code start no value; a landline without its area code is read under a fixed-width report's
/// landline header and before the phones' counter (這支, 那支). Values are invented; these are my own examples, not
/// evidence that the classes generalise.
/// </summary>
public class PastedDocumentTests
{
    [Theory]
    [InlineData("乙方 林○○，證號 ******2468，電話 0912-xxx-345，車牌 TR-**58，YZF-R3 一部")]
    [InlineData("車牌 RT-**58。")]
    [InlineData("車牌 BXK-**72，SU-27 模型一組")]
    public void A_lone_pair_of_stars_inside_a_plate_is_a_mask(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void Emphasis_in_pairs_is_still_markup() =>
        Assert.Equal("KQA-3725", FindsExactly("車牌 **KQA**-3725", "KQA**-3725", EntityTypes.LicensePlate).NormalizedValue);

    [Fact]
    public void A_scale_model_code_after_a_masked_plate_is_no_plate() =>
        FindsNo("甲方 陳○○，電話 0933-***-561，車牌 BXK-****，SU-27 模型一組", EntityTypes.LicensePlate);

    [Fact]
    public void A_reply_after_a_clock_time_is_no_plate()
    {
        const string text = "阿偉 21:04 KAT-2375 違停中\n組長 08:43 OK\n阿偉 21:19 收到";
        FindsExactly(text, "KAT-2375", EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("113/03/05 09:12 超商消費 NT$23,461\n113/03/05 09:47 線上訂閱 NT$52,718\n113/08/21 12:02 加油站 NT$71,538")]
    [InlineData("113/03/09 14:27 餐廳 NT$ 56,021\n113/05/28 19:33 餐廳 $1,024,576")]
    public void An_amounts_last_thousands_group_starts_no_phone(string text) => FindsNothing(text);

    [Fact]
    public void A_phone_in_a_csv_row_after_a_short_number_is_still_read() =>
        FindsAmongOthers("序號,件數,電話\n7,523,0987-654-321", "0987-654-321", EntityTypes.PhoneNumber);

    [Fact]
    public void The_group_after_a_mask_starts_no_value() =>
        FindsNothing("113年度偵字第2608號\t113/04/02\t周○安\t09**-***-263\tLMN-○○72");

    [Theory]
    [InlineData("2345-6789")]
    [InlineData("312 4567")]
    [InlineData("3124567")]
    public void A_landline_under_a_fixed_width_landline_header_is_reported(string value)
    {
        string text = "姓名        車號        住家電話      身分證\n王○明  KQA-3725  0912-345-678  無\n陳○君  KTB-5521  " + value + "  無";
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("金額")]
    [InlineData("案號")]
    public void A_number_under_another_fixed_width_header_is_no_phone(string header)
    {
        string text = $"姓名        車號        {header}      備註\n王○明  KQA-3725  3124567  無\n陳○君  KTB-5521  23456789  無";
        FindsNo(text, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("[112/12/03 15:39] 小陳: 3124567 這支是她女兒的", "3124567")]
    [InlineData("06:52 小陳 2345-6789 那支是他家裡的", "2345-6789")]
    public void A_local_number_before_the_phones_counter_is_reported(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("序號 23456789 這支是備品")]
    [InlineData("共 3124567 元，這支股票漲了")]
    public void A_number_before_a_counter_of_something_else_is_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);
}
