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
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u2061')]
    [InlineData('\u2062')]
    [InlineData('\u2063')]
    [InlineData('\u2064')]
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
    [InlineData("A．123．456．789")]
    [InlineData("A／123／456／789")]
    [InlineData("A＿123＿456＿789")]
    [InlineData("A  123  456  789")]
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

    [Theory]
    [InlineData("O912-345-678")]
    [InlineData("o9l2345678")]
    public void Letters_passing_for_digits_in_a_phone_are_read_as_digits(string disguised)
    {
        var finding = FindsExactly($"手機 {disguised}", disguised, EntityTypes.PhoneNumber);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
        Assert.Equal("+886912345678", finding.NormalizedValue);
    }

    [Theory]
    [InlineData('А', 'A')] [InlineData('В', 'B')] [InlineData('Е', 'E')] [InlineData('К', 'K')] [InlineData('М', 'M')]
    [InlineData('Н', 'H')] [InlineData('О', 'O')] [InlineData('Р', 'P')] [InlineData('С', 'C')] [InlineData('Т', 'T')]
    [InlineData('Х', 'X')] [InlineData('Ү', 'Y')]
    [InlineData('Α', 'A')] [InlineData('Β', 'B')] [InlineData('Ε', 'E')] [InlineData('Ζ', 'Z')] [InlineData('Η', 'H')]
    [InlineData('Ι', 'I')] [InlineData('Κ', 'K')] [InlineData('Μ', 'M')] [InlineData('Ν', 'N')] [InlineData('Ο', 'O')]
    [InlineData('Ρ', 'P')] [InlineData('Τ', 'T')] [InlineData('Υ', 'Y')] [InlineData('Χ', 'X')]
    public void Every_homoglyph_letter_reads_as_its_latin_twin(char homoglyph, char latin)
    {
        var id = SyntheticIds.Numeric(latin, 2, "7182818");
        var disguised = homoglyph + id.Substring(1);
        Disguised($"身分證 {disguised}", disguised, EntityTypes.NationalId, Evasions.Homoglyph, id);
    }

    [Theory]
    [InlineData('零', '0')] [InlineData('〇', '0')] [InlineData('洞', '0')]
    [InlineData('一', '1')] [InlineData('壹', '1')] [InlineData('么', '1')]
    [InlineData('二', '2')] [InlineData('貳', '2')] [InlineData('三', '3')] [InlineData('參', '3')]
    [InlineData('四', '4')] [InlineData('肆', '4')] [InlineData('五', '5')] [InlineData('伍', '5')]
    [InlineData('六', '6')] [InlineData('陸', '6')] [InlineData('七', '7')] [InlineData('柒', '7')]
    [InlineData('八', '8')] [InlineData('捌', '8')] [InlineData('九', '9')] [InlineData('玖', '9')]
    public void Every_chinese_numeral_reads_as_its_digit(char numeral, char digit)
    {
        var phone = "0912345" + digit + digit + digit;
        var disguised = "〇九一二三四五" + new string(numeral, 3);
        Disguised($"電話{disguised}", disguised, EntityTypes.PhoneNumber, Evasions.ChineseNumerals, "+886" + phone.Substring(1));
    }

    [Fact]
    public void Full_width_plate_letters_and_digits_are_folded() =>
        Disguised("車牌ＢＣＤ－５６７８", "ＢＣＤ－５６７８", EntityTypes.LicensePlate, Evasions.FullWidth, "BCD-5678");

    [Theory]
    [InlineData("⓪⑨①②③④⑤⑥⑦⑧")]
    [InlineData("⓪❾➀②３④⑤⑥⑦⑧")]
    public void Enclosed_digits_in_a_phone_are_read_as_digits(string disguised)
    {
        var finding = FindsExactly($"手機{disguised}。", disguised, EntityTypes.PhoneNumber);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
        Assert.Equal("+886912345678", finding.NormalizedValue);
    }

    [Fact]
    public void Keycap_digits_in_a_phone_are_read_as_digits()
    {
        var disguised = string.Concat("0912345678".Select(d => d + "\uFE0F\u20E3"));
        var finding = FindsExactly($"手機 {disguised} 。", disguised, EntityTypes.PhoneNumber);
        Assert.Equal("+886912345678", finding.NormalizedValue);
    }

    [Fact]
    public void Full_width_separators_alone_are_recorded_as_full_width() =>
        Disguised("手機 0912－345－678", "0912－345－678", EntityTypes.PhoneNumber, Evasions.FullWidth, "+886912345678");

    [Theory]
    [InlineData("A123、456、789")]
    [InlineData("A123。456。789")]
    [InlineData("A123，456，789")]
    [InlineData("A123🔒456🔒789")]
    [InlineData("A123★456★789")]
    public void Cjk_punctuation_and_symbols_between_groups_are_separators(string disguised)
    {
        var finding = FindsExactly($"身分證 {disguised} 幫我填表單", disguised, EntityTypes.NationalId);
        Assert.Equal(Evasions.Separators, finding.Evasions);
    }

    [Theory]
    [InlineData("0912ー345ー678")]
    [InlineData("0912~345~678")]
    [InlineData("0912🙂345🙂678")]
    [InlineData("0912、345、678")]
    public void Unusual_separators_in_a_phone_are_an_evasion(string disguised)
    {
        var finding = FindsExactly($"我的新號碼{disguised}，加一下", disguised, EntityTypes.PhoneNumber);
        Assert.True(finding.Evasions.HasFlag(Evasions.Separators));
        Assert.Equal("+886912345678", finding.NormalizedValue);
    }

    [Fact]
    public void List_of_phones_joined_by_cjk_commas_stays_two_phones() =>
        Assert.Equal(2, Scan("電話0912345678、0923456789").Count);

    [Theory]
    [InlineData('н', 'H')] [InlineData('в', 'B')] [InlineData('к', 'K')] [InlineData('м', 'M')] [InlineData('т', 'T')]
    public void Lower_case_cyrillic_small_capitals_read_as_latin(char homoglyph, char latin)
    {
        var id = SyntheticIds.Numeric(latin, 2, "5328645");
        var disguised = homoglyph + id.Substring(1);
        Disguised($"身分證 {disguised} 幫我填表單", disguised, EntityTypes.NationalId, Evasions.Homoglyph, id);
    }

    [Theory]
    [InlineData("jerry.cheng [at] pchome [dot] com.tw", "jerry.cheng@pchome.com.tw")]
    [InlineData("jerry.cheng(at)pchome.com.tw", "jerry.cheng@pchome.com.tw")]
    public void Spelled_out_at_and_dot_in_an_email_are_undone(string disguised, string normalized)
    {
        var finding = FindsExactly($"請寄到 {disguised}，謝謝", disguised, EntityTypes.EmailAddress);
        Assert.Equal(normalized, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("A242O6423O")]
    [InlineData("Hl4l643O27")]
    public void Letters_passing_for_digits_in_an_id_are_read_as_digits(string disguised)
    {
        var finding = FindsExactly($"身分證 {disguised} 幫我查", disguised, EntityTypes.NationalId);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
        Assert.DoesNotContain('O', finding.NormalizedValue.Substring(1));
    }

    [Fact]
    public void Tabs_between_phone_groups_are_separators() =>
        Assert.Equal("+886928691625", FindsExactly("Call me at 0928\t691\t625 after 6pm", "0928\t691\t625", EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Invoice_numbers_listed_after_their_label_are_not_resident_certificates() =>
        FindsNothing("請幫我對獎：發票號碼 FA73845195、AB48049913");

    [Fact]
    public void Mathematical_bold_letters_and_digits_are_read_as_latin()
    {
        const string disguised = "𝐀𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗";
        Disguised($"他給的證號是 {disguised}（他故意打成這樣）", disguised, EntityTypes.NationalId, Evasions.Homoglyph, "A123456789");
    }

    [Fact]
    public void Digits_spelled_as_english_words_are_read_as_digits() =>
        Disguised("id: A one two three four five six seven eight nine，tel 另給", "A one two three four five six seven eight nine",
            EntityTypes.NationalId, Evasions.NumberWords | Evasions.Separators, "A123456789");

    [Fact]
    public void A_number_word_ends_before_a_chinese_numeral_glued_to_it() =>
        FindsExactly("證號A ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE一早就走了", "A ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE", EntityTypes.NationalId);

    [Theory]
    [InlineData("one of them said five people came at 2024")]
    [InlineData("Someone said seven or eight cars were there, A one two")]
    public void Number_words_in_a_sentence_are_words(string text) => FindsNothing(text);
}
