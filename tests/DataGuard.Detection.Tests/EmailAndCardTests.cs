using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>E-mail addresses and payment cards.</summary>
public class EmailAndCardTests
{
    [Theory]
    [InlineData("wang.xiaoming@example.com.tw")]
    [InlineData("user+tag@mail.example.org")]
    [InlineData("a_b-c@example.co")]
    public void Email_addresses_are_found(string value) => FindsExactly($"信箱{value}，請回信", value, EntityTypes.EmailAddress);

    [Fact]
    public void Email_domain_is_lower_cased_in_the_normalized_value() =>
        Assert.Equal("Wang@example.com", Single("Wang@Example.COM").NormalizedValue);

    [Fact]
    public void Trailing_sentence_dot_is_not_part_of_the_email() =>
        FindsExactly("寄到 someone@example.com.", "someone@example.com", EntityTypes.EmailAddress);

    [Fact]
    public void At_sign_without_a_domain_is_not_an_email() => FindsNothing("@everyone 請注意 user@localhost");

    [Theory]
    [InlineData("確認信寄到 chen.meiling77 (a) gmail.com，已回覆", "chen.meiling77 (a) gmail.com")]
    [InlineData("Email lin-yu★yahoo.co.jp。", "lin-yu★yahoo.co.jp")]
    [InlineData("公務信箱wu.hao03(#)mail.gov.tw，請查照", "wu.hao03(#)mail.gov.tw")]
    public void A_symbol_typed_for_the_at_sign_is_an_email(string text, string value) => FindsExactly(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("他的信箱是 lin72031tw@ms9。hinet。net，電話另給", "lin72031tw@ms9。hinet。net")]
    [InlineData("回信到 chen.hao@yahoo｡com｡tw 謝謝", "chen.hao@yahoo｡com｡tw")]
    public void An_ime_full_stop_typed_for_the_domain_dots_is_an_email(string text, string value) => FindsExactly(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("資料寄給 wang@gmail。謝謝")]
    [InlineData("請寄到 lin@office。明天再說。好嗎")]
    public void A_sentence_ending_after_an_at_sign_is_no_email(string text) => FindsNo(text, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("請檢附附件(a) report2.pdf 及 (b) 切結書")]
    [InlineData("重點★ www.npa.gov.tw 公告")]
    public void A_list_marker_or_a_star_before_a_file_or_site_is_not_an_email(string text) => FindsNothing(text);

    [Theory]
    [InlineData("4539 3195 0343 6467")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("5555555555554444")]
    [InlineData("2221000000000009")]
    [InlineData("3530111333300000")]
    [InlineData("3782 822463 10005")]
    [InlineData("36227206271667")]
    [InlineData("6200000000000005")]
    public void Cards_of_each_issuer_are_found(string value)
    {
        var finding = FindsExactly($"信用卡號 {value} 遭盜刷", value, EntityTypes.CreditCard);
        Assert.Equal(value.Replace(" ", "").Replace("-", ""), finding.NormalizedValue);
    }

    [Fact]
    public void Card_with_a_wrong_luhn_digit_is_not_found() => FindsNothing("卡號 4539 3195 0343 6468");

    [Fact]
    public void Luhn_valid_number_outside_issuer_ranges_is_not_a_card() => FindsNothing("編號 9999 9999 9999 9995");

    [Theory]
    [InlineData("4222222222222")]
    [InlineData("30569309025904")]
    public void Rare_card_forms_are_found_next_to_card_context(string value)
    {
        FindsExactly($"信用卡號 {value}", value, EntityTypes.CreditCard);
        FindsNothing($"編號 {value}");
    }

    [Fact]
    public void Card_split_by_cjk_commas_is_found_next_to_card_context()
    {
        var finding = FindsExactly("信用卡號4000、5000、6000、7003", "4000、5000、6000、7003", EntityTypes.CreditCard);
        Assert.True(finding.Evasions.HasFlag(Evasions.Separators));
    }

    [Fact]
    public void A_card_wrapped_onto_the_next_line_stands_as_if_unbroken() =>
        FindsExactly("這張卡：5412-\n3982-5979-1902 幫我查", "5412-\n3982-5979-1902", EntityTypes.CreditCard);

    [Fact]
    public void A_letter_typed_for_a_digit_in_a_card_is_read_with_a_card_word()
    {
        var finding = FindsExactly("my card 5412 3982 5979 19O2 was used", "5412 3982 5979 19O2", EntityTypes.CreditCard);
        Assert.Equal("5412398259791902", finding.NormalizedValue);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
    }

    [Fact]
    public void A_code_with_a_letter_that_fails_luhn_is_no_card() => FindsNo("card 5412 3982 5979 19O3 was used", EntityTypes.CreditCard);
}
