using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Every disguise the normaliser undoes: the value is still found, its span covers the whole disguised text in the
/// original, and <see cref="Finding.Evasions"/> records what was undone.
/// </summary>
public class EvasionTests
{
    private static Finding Disguised(string text, string disguised, string type, Evasions expected, string normalized)
    {
        var finding = FindsExactly(text, disguised, type);
        Assert.Equal(expected, finding.Evasions);
        Assert.Equal(normalized, finding.NormalizedValue);
        return finding;
    }

    [Fact]
    public void Full_width_id_is_found() =>
        Disguised("身分證：Ａ１２３４５６７８９。", "Ａ１２３４５６７８９", EntityTypes.NationalId, Evasions.FullWidth, "A123456789");

    [Fact]
    public void Full_width_phone_is_found() =>
        Disguised("電話０９１２３４５６７８", "０９１２３４５６７８", EntityTypes.PhoneNumber, Evasions.FullWidth, "+886912345678");

    [Fact]
    public void Chinese_numerals_in_a_phone_are_read_as_digits() =>
        Disguised("手機〇九一二三四五六七八喔", "〇九一二三四五六七八", EntityTypes.PhoneNumber, Evasions.ChineseNumerals, "+886912345678");

    [Fact]
    public void Financial_numerals_in_a_phone_are_read_as_digits() =>
        Disguised("手機零玖壹貳參肆伍陸柒捌", "零玖壹貳參肆伍陸柒捌", EntityTypes.PhoneNumber, Evasions.ChineseNumerals, "+886912345678");

    [Fact]
    public void Spoken_yao_and_dong_are_read_as_one_and_zero() =>
        Disguised("電話洞九么二三四五六七八", "洞九么二三四五六七八", EntityTypes.PhoneNumber, Evasions.ChineseNumerals, "+886912345678");

    [Fact]
    public void Chinese_numerals_in_an_id_are_read_as_digits() =>
        Disguised("身分證A一二三四五六七八九", "A一二三四五六七八九", EntityTypes.NationalId, Evasions.ChineseNumerals, "A123456789");

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    [InlineData('\u00AD')]
    public void Zero_width_characters_inside_an_id_are_skipped(char invisible)
    {
        var disguised = $"A12{invisible}345{invisible}6789";
        Disguised($"身分證字號 {disguised} 。", disguised, EntityTypes.NationalId, Evasions.ZeroWidth, "A123456789");
    }

    [Fact]
    public void Zero_width_characters_before_the_value_are_outside_the_span() =>
        Disguised("ID\u200B:\u200BA123456789", "A123456789", EntityTypes.NationalId, Evasions.None, "A123456789");

    [Theory]
    [InlineData("\u0410123456789")] // Cyrillic А
    [InlineData("\u0391123456789")] // Greek Α
    public void Homoglyph_first_letter_of_an_id_is_read_as_latin(string disguised) =>
        Disguised($"身分證 {disguised}", disguised, EntityTypes.NationalId, Evasions.Homoglyph, "A123456789");

    [Fact]
    public void Homoglyph_letters_in_a_plate_are_read_as_latin() =>
        Disguised("車牌 \u0410\u0412\u0421-1235", "\u0410\u0412\u0421-1235", EntityTypes.LicensePlate, Evasions.Homoglyph, "ABC-1235");

    [Theory]
    [InlineData("A 1 2 3 4 5 6 7 8 9")]
    [InlineData("A.1.2.3.4.5.6.7.8.9")]
    [InlineData("A-123-456-789")]
    [InlineData("A/123/456/789")]
    [InlineData("A_123_456_789")]
    [InlineData("A\u3000123\u3000456\u3000789")]
    [InlineData("A－123－456－789")]
    public void Separators_inside_an_id_are_skipped(string disguised)
    {
        var finding = FindsExactly($"身分證字號{disguised}。", disguised, EntityTypes.NationalId);
        Assert.True(finding.Evasions.HasFlag(Evasions.Separators));
        Assert.Equal("A123456789", finding.NormalizedValue);
    }

    [Fact]
    public void Separators_between_every_phone_digit_are_an_evasion() =>
        Disguised("手機 0 9 1 2 3 4 5 6 7 8", "0 9 1 2 3 4 5 6 7 8", EntityTypes.PhoneNumber, Evasions.Separators, "+886912345678");

    [Fact]
    public void Usual_phone_grouping_is_not_an_evasion() =>
        Disguised("手機 0912-345-678", "0912-345-678", EntityTypes.PhoneNumber, Evasions.None, "+886912345678");

    [Fact]
    public void Lower_case_id_is_found() =>
        Disguised("身分證 a123456789", "a123456789", EntityTypes.NationalId, Evasions.LowerCase, "A123456789");

    [Fact]
    public void Full_width_email_is_found() =>
        Disguised("信箱ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", EntityTypes.EmailAddress, Evasions.FullWidth, "wang@example.com");

    [Fact]
    public void Combined_disguises_are_all_recorded()
    {
        var disguised = "ａ\u200B１２３ ４５６ ７８９";
        Disguised($"身分證{disguised}", disguised, EntityTypes.NationalId,
            Evasions.FullWidth | Evasions.ZeroWidth | Evasions.Separators | Evasions.LowerCase, "A123456789");
    }

    [Fact]
    public void Surrogate_pairs_before_the_value_keep_offsets_exact() =>
        Disguised("😀😀身分證A123456789", "A123456789", EntityTypes.NationalId, Evasions.None, "A123456789");

    [Fact]
    public void Phone_mixing_ascii_digits_and_chinese_numerals_is_found() =>
        Disguised("手機09一二345六78", "09一二345六78", EntityTypes.PhoneNumber, Evasions.ChineseNumerals, "+886912345678");

    [Fact]
    public void Chinese_numeral_right_after_an_id_is_not_part_of_it() =>
        Disguised("涉A123456789一案", "A123456789", EntityTypes.NationalId, Evasions.None, "A123456789");

    [Fact]
    public void Chinese_numeral_right_before_an_id_is_not_part_of_it() =>
        Disguised("共三A123456789", "A123456789", EntityTypes.NationalId, Evasions.None, "A123456789");
}
