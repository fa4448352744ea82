using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (categories of sets U17, U18): a value whose characters are written in other forms — the decimal digits of
/// other scripts, mathematical and enclosed letters and digits outside the BMP, letters of the Letterlike Symbols block —
/// or with Markdown inside it (bold and code-span marks, a struck-out wrong digit) is read as typed and reported over the
/// characters it was written with. The same shapes around no personal data stay clean. Values are invented.
/// </summary>
public class StyledCharacterTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 2, "4071593");

    [Theory]
    [InlineData(0x0660)] // Arabic-Indic
    [InlineData(0x06F0)] // Extended Arabic-Indic
    [InlineData(0x0966)] // Devanagari
    [InlineData(0x0E50)] // Thai
    [InlineData(0x17E0)] // Khmer
    [InlineData(0x1040)] // Myanmar
    public void A_mobile_in_the_digits_of_another_script_is_reported(int zero)
    {
        string value = Generated.StyledCharacters.InScript("0912-345-678", zero);
        Assert.Equal("+886912345678", FindsExactly($"手機 {value} 請回電", value, EntityTypes.PhoneNumber).NormalizedValue);
    }

    [Theory]
    [InlineData(0x11066)] // Brahmi
    [InlineData(0x1E950)] // Adlam
    [InlineData(0x1FBF0)] // segmented digits
    [InlineData(0x1D7D8)] // mathematical double-struck
    public void A_mobile_in_digits_outside_the_bmp_is_reported(int zero)
    {
        string value = Generated.StyledCharacters.InScript("0912345678", zero);
        Assert.Equal("+886912345678", FindsExactly($"手機 {value} 請回電", value, EntityTypes.PhoneNumber).NormalizedValue);
    }

    [Fact]
    public void An_id_in_enclosed_and_letterlike_letters_is_reported()
    {
        string squared = char.ConvertFromUtf32(0x1F130 + Id[0] - 'A') + Id[1..];
        string negative = char.ConvertFromUtf32(0x1F150 + Id[0] - 'A') + Id[1..];
        string parenthesised = ((char)(0x249C + Id[0] - 'A')).ToString() + Id[1..];
        foreach (var value in new[] { squared, negative, parenthesised })
            Assert.Equal(Id, FindsExactly($"身分證字號 {value}", value, EntityTypes.NationalId).NormalizedValue);
        // ℍ (U+210D) stands for the double-struck H that the mathematical block leaves out.
        string plate = "ℍ" + char.ConvertFromUtf32(0x1D538 + 'K' - 'A') + char.ConvertFromUtf32(0x1D538 + 'T' - 'A') + "-1235";
        FindsExactly($"車牌 {plate}", plate, EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("手機 **0912**-345-678 請回電", "0912**-345-678")]
    [InlineData("卡號 **4111** 1111 1111 1111", "4111** 1111 1111 1111")]
    [InlineData("車牌 **NDT**-1675", "NDT**-1675")]
    [InlineData("手機 0912-34~~7~~8-678", "0912-34~~7~~8-678")]
    [InlineData("信箱 **mei.hsu**@example.com", "mei.hsu**@example.com")]
    public void A_value_with_markdown_inside_is_reported_over_it(string text, string value)
    {
        var finding = Single(text);
        Assert.Equal(text.IndexOf(value, StringComparison.Ordinal), finding.Start);
        Assert.Equal(value.Length, finding.Length);
        Assert.True(finding.Evasions.HasFlag(Evasions.Escaped));
    }

    [Fact]
    public void An_id_in_a_code_span_then_plain_digits_is_reported()
    {
        string value = $"`{Id[..3]}`{Id[3..]}";
        Assert.Equal(Id, Single($"身分證 {value}").NormalizedValue);
    }

    [Fact]
    public void A_struck_wrong_digit_is_not_read()
    {
        // The struck 7 is the writer's mistake: the value reads 0912345678 (+886912345678), not 09127345678.
        Assert.Equal("+886912345678", Single("手機 0912~~7~~345678").NormalizedValue);
    }

    [Theory]
    [InlineData("`+886 2 2826 8594`Please call")] // a code span glued to the next English word: the word is no part of it
    [InlineData("- **聯絡電話**：`+886 2 2826 8594`")]
    public void A_code_span_around_a_whole_value_keeps_its_span(string text)
    {
        var finding = Single(text);
        Assert.Equal(text.IndexOf('+'), finding.Start);
        Assert.Equal("+886 2 2826 8594".Length, finding.Length);
    }

    [Theory]
    [InlineData("①113年度偵字第12345號 ②113年度偵字第23456號")]
    [InlineData("發票號碼 **AB**-12345678")]
    [InlineData("&#49;&#49;3/&#48;5/&#50;8 開庭")]
    [InlineData("/orders?order_id=%32%30%32%340315123456&page=2")]
    [InlineData("依刑法第320條¹規定，罰金 12,000 元²")]
    [InlineData("金額 ١٢٣٤٥ 元，تاریخ ۱۴۰۲/۰۳/۱۵")]
    [InlineData("脫敏車牌：PI-*05*；遮蔽車號 ABC-1**2")]
    [InlineData("價格 ~~500~~ 400 元")]
    public void Styled_look_alikes_find_nothing(string text) => FindsNothing(text);

    [Fact]
    public void A_whole_value_struck_out_is_still_reported() =>
        // Only a struck character beside the right one is dropped; a struck value is still the value.
        FindsExactly("舊號碼 ~~0912345678~~ 已停用", "0912345678", EntityTypes.PhoneNumber);
}
