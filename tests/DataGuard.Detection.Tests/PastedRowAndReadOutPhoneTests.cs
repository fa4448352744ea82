using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 25 (sets U9, U10): phones in rows whose cell separators were lost, read out in pairs, with letters typed after
/// Taiwan's code, named by the counter of phones or by a call home; and e-mail names whose last word is a number.
/// </summary>
public class PastedRowAndReadOutPhoneTests
{
    [Theory]
    [InlineData("KXY-8357林志明0921634708113.05.21\n", "0921634708")]
    [InlineData("MLK-203黃淑芬0937-215-480110/4/9\n", "0937-215-480")]
    [InlineData("BWT-6632王建民886952418307112年3月8日", "886952418307")]
    [InlineData("NPE-1057李怡君+886 961 502 337 1140210", "+886 961 502 337")]
    [InlineData("NPE-1057Ana Cruz0965204713113/04/19", "0965204713")]
    [InlineData("蔡宗翰04-2295-73112024-03-01", "04-2295-7311")]
    public void A_phone_typed_onto_the_next_cell_date_ends_where_the_date_starts(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("訂單編號0921634708113.05.21")]
    [InlineData("追蹤碼：0937215480110/04/09")]
    public void A_code_typed_onto_a_date_under_its_own_label_is_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_mobile_read_out_in_pairs_out_of_order_is_found() =>
        FindsExactly("阿傑: 上一支是空號 換這支 09 63 28 71 40", "09 63 28 71 40", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("大樂透開獎號碼 09 13 22 37 45")]
    [InlineData("訂 單 編 號 09 63 28 71 40")]
    public void Pairs_of_a_sorted_draw_or_under_a_spaced_code_label_are_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("車主電話 886-95241830l 沒人接", "886-95241830l", "+886952418301")]
    [InlineData("移工本人 886-952-418-3o7", "886-952-418-3o7", "+886952418307")]
    [InlineData("回撥 o0886 952-418-307", "o0886 952-418-307", "+886952418307")]
    public void Letters_typed_for_digits_after_Taiwan_code_are_read(string text, string value, string normalized)
    {
        var finding = FindsExactly(text, value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
    }

    [Fact]
    public void A_code_after_886_with_a_letter_under_a_code_label_is_no_phone() => FindsNo("料號 8869524Z8307", EntityTypes.PhoneNumber);

    [Fact]
    public void The_counter_of_phones_after_a_country_names_its_number() =>
        FindsExactly("香港那支跟澳門那支 66274105 都是同一個人用的", "66274105", EntityTypes.PhoneNumber);

    [Fact]
    public void A_code_after_a_country_and_a_counter_of_other_things_is_no_phone() =>
        FindsNo("日本那支手錶型號 66274105", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("報案人說打家裡 2658 3107 就好")]
    [InlineData("晚上打回家27153864找她")]
    public void A_call_home_names_a_local_number(string text) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("備用信箱 chen dot 52 at gmail dot com，請查", "chen dot 52 at gmail dot com", "chen.52@gmail.com")]
    [InlineData("cc lin . 308 @ yahoo . com: victim", "lin . 308 @ yahoo . com", "lin.308@yahoo.com")]
    [InlineData("信箱 wang [dot] 7 [at] ms27 [dot] hinet [dot] net 被盜", "wang [dot] 7 [at] ms27 [dot] hinet [dot] net", "wang.7@ms27.hinet.net")]
    public void A_mailbox_name_ending_in_a_number_is_read_across_its_written_dot(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.EmailAddress).NormalizedValue);

    [Theory]
    [InlineData("meet at 3 dot 30 tomorrow")]
    [InlineData("release 4 dot 6 at build dot notes")]
    public void Numbers_joined_by_dot_words_are_no_mailbox(string text) => FindsNo(text, EntityTypes.EmailAddress);
}
