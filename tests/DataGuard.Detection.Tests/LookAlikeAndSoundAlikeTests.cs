using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 35 (categories of sets U27, U28): values disguised on purpose — digits written as sound-alike characters (菱 for 0
/// among them) mixed with numerals and digits, and a bar typed for a 1 beside a hyphen, a look-alike letter or another
/// script's letter — are read; prose dense in the same characters and bars between short cells are not. Values are invented.
/// </summary>
public class LookAlikeAndSoundAlikeTests
{
    /// <summary>The sound-alike staff typed for each digit 0–9 in the sets (菱 for 0).</summary>
    private const string SoundAlikes = "菱衣餓山寺舞溜妻爸酒";

    private static string Sounded(string value) =>
        string.Concat(value.Select(c => char.IsAsciiDigit(c) ? SoundAlikes[c - '0'] : c));

    // The value with the characters at the given places replaced (a look-alike typed for each).
    private static string Typed(string value, params (int At, char As)[] swaps)
    {
        var chars = value.ToCharArray();
        foreach (var (at, c) in swaps) chars[at] = c;
        return new string(chars);
    }

    [Theory]
    [InlineData("手機號碼是{0}")]
    [InlineData("來電號碼{0}\n記一下")]
    [InlineData("加我 line 或打 {0}，用諧音字")]
    public void A_mobile_written_in_the_sound_alikes_staff_type_is_a_phone(string frame)
    {
        var value = Sounded("0936-145-270");
        var finding = FindsExactly(string.Format(frame, value), value, EntityTypes.PhoneNumber);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homophones));
    }

    [Theory]
    [InlineData("菱9山六-衣4伍-餓七菱")]
    [InlineData("菱酒三溜 衣寺五 2妻0")]
    public void Sound_alikes_mixed_with_numerals_and_digits_are_a_phone(string value) =>
        FindsExactly($"聯絡電話：{value}。", value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_in_sound_alikes_after_its_letter_is_an_id()
    {
        var value = "M" + Sounded(SyntheticIds.Numeric('M', 2, "1035804")[1..]);
        FindsExactly($"當事人身分證{value}，請整理。", value, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("凌晨3點在陵園旁買菱角，老闆年齡65歲。")]
    [InlineData("三菱汽車 2 輛，羚羊牌舞鞋 3 雙，久久商行。")]
    [InlineData("山寺鐘聲久，菱歌舞溜妻，\n凌波衣似舞，爸酒醉山溪。")]
    [InlineData("凌雲路 120 巷 8 號 3 樓，菱角酥 150 元")]
    [InlineData("手機 菱酒衣寺-***-*溜爸（已遮罩）")]
    public void Prose_dense_in_sound_alikes_holds_nothing(string text) => FindsNothing(text);

    [Theory]
    [InlineData("手機 O936-|45-270")]
    [InlineData("手機 0936-|4Z-7|5")]
    [InlineData("手機 0935-B27-4|6")]
    public void A_bar_for_a_1_beside_a_hyphen_or_a_look_alike_letter_is_read_in_a_mobile(string text) =>
        FindsExactly(text, text[3..], EntityTypes.PhoneNumber);

    [Fact]
    public void A_bar_after_a_cyrillic_letter_is_read_in_an_id()
    {
        var id = SyntheticIds.Numeric('E', 1, "7105213");
        var typed = "\u0415" + Typed(id, (1, '|'), (3, '|'), (4, 'O'))[1..];
        FindsExactly($"身分證 {typed}", typed, EntityTypes.NationalId);
    }

    [Fact]
    public void A_bar_before_a_look_alike_letter_is_read_in_an_id()
    {
        var id = SyntheticIds.Numeric('K', 1, "2812904");
        var typed = Typed(id, (4, '|'), (5, 'Z'));
        FindsExactly($"請查 {typed} 的戶籍地", typed, EntityTypes.NationalId);
    }

    [Fact]
    public void A_card_in_hyphenated_groups_reads_its_bars()
    {
        const string card = "4152-6018-1590-8309";
        var typed = Typed(card, (1, '|'), (6, 'O'), (10, '|'));
        FindsExactly($"{typed}，信用卡", typed, EntityTypes.CreditCard);
    }

    [Fact]
    public void A_certificate_in_cyrillic_letters_with_a_capital_for_its_first_digit_is_no_code()
    {
        var arc = SyntheticIds.OldResident('X', 'A', "1453840");
        var typed = "\u0425\u0410I" + arc[3..];
        FindsExactly($"INSERT INTO t VALUES ('王小明', '{typed}');", typed, EntityTypes.ResidentCertificate);
        FindsNo($"INSERT INTO t VALUES ('王小明', '{"XAI" + arc[3..]}');", EntityTypes.ResidentCertificate);
    }

    [Fact]
    public void A_look_alike_opening_a_group_past_the_letter_limit_is_read_under_a_phone_column()
    {
        const string typed = "O9I2-3S4-B76";
        FindsExactly($"| 姓名 | 電話 |\n|---|---|\n| 王小明 | {typed} |", typed, EntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("型號 KS-|235，庫存 12")]
    [InlineData("2024-11-20|O3|Z4|S5|B6")]
    [InlineData("工單 2345-|6789 已結案")]
    [InlineData("HELLO|WORLD|2024|BIOS|150")]
    [InlineData("SKU ZB45|S123|4")]
    public void Bars_beside_look_alikes_that_join_no_value_hold_nothing(string text) => FindsNothing(text);
}
