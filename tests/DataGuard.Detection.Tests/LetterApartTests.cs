using DataGuard.Detection.Tests.Generated;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 37 (categories of sets U31, U32): an ID's or certificate's first letter given apart from the rest to get it past
/// a filter — said to head it (字頭, 頭，後面, 開頭), marked as a capital (（大寫）), spelt with a spelling-alphabet word, or
/// named after its place (那個) — before the rest in Chinese, financial, radio or mixed numerals, is read as one value when
/// the whole passes its checksum; the same shapes before digits that fail it, or a spelling word before a ticket's
/// digits with no ID word, are not. Values are invented (checksums computed by <see cref="SyntheticIds"/>).
/// </summary>
public class LetterApartTests
{
    private static string InNumerals(string digits, string numerals) =>
        string.Concat(digits.Select(c => char.IsDigit(c) ? numerals[c - '0'].ToString() : c.ToString()));

    [Theory]
    [InlineData("{0} 字頭，{1}")]
    [InlineData("{0} 頭，後面 {1}")]
    [InlineData("{0}開頭 {1}")]
    [InlineData("{0}（大寫）{1}")]
    public void A_letter_said_to_head_chinese_numerals_is_joined_to_them(string form)
    {
        var id = SyntheticIds.Numeric('K', 2, "5063817");
        var written = string.Format(form, id[0], InNumerals(id[1..], SurfaceVariants.ChineseDigits));
        var finding = FindsExactly($"當事人陳○○，{written}，於本月3日到案。", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_spelling_word_and_a_comma_before_radio_numerals_is_the_ids_letter()
    {
        var id = SyntheticIds.Numeric('H', 1, "3920475");
        var written = "Hotel，" + InNumerals(id[1..], SurfaceVariants.RadioDigits);
        var finding = FindsExactly($"身分證：{written}，請查。", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_spelling_word_opening_a_rosters_field_before_a_comma_needs_no_id_word()
    {
        var id = SyntheticIds.Numeric('K', 1, "4081726");
        var written = "Kilo，" + id[1..];
        var finding = FindsExactly($"26／王○明／{written}／無", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void An_old_certificates_spelt_first_letter_takes_its_second_letter_and_eight_digits()
    {
        var arc = SyntheticIds.OldResident('E', 'D', "6074312");
        var written = "Echo，" + arc[1..];
        var finding = FindsExactly($"居留證 {written} 已查驗。", written, EntityTypes.ResidentCertificate);
        Assert.Equal(arc, finding.NormalizedValue);
    }

    [Fact]
    public void A_letter_named_after_its_place_before_financial_numerals_is_read()
    {
        var id = SyntheticIds.Numeric('O', 2, "8150364");
        var written = "O－" + InNumerals(id[1..], SurfaceVariants.FinancialDigits);
        var finding = FindsExactly($"身分證是新竹市那個{written}。", written, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("{0} 字頭，{1} 這批貨已退回")]
    [InlineData("{0}（大寫）{1}，這是密碼範例")]
    [InlineData("身分證 {0} 頭，後面 {1}")]
    public void A_head_word_before_digits_failing_the_checksum_joins_nothing(string form)
    {
        var failing = SyntheticIds.Corrupt(SyntheticIds.Numeric('K', 2, "5063817"), 2);
        FindsNo(string.Format(form, failing[0], InNumerals(failing[1..], SurfaceVariants.ChineseDigits)), EntityTypes.NationalId);
    }

    [Fact]
    public void A_spelling_word_before_a_tickets_digits_with_no_id_word_is_no_id()
    {
        var id = SyntheticIds.Numeric('D', 1, "2736401");
        FindsNo($"工單 Delta，{id[1..]} 已結案", EntityTypes.NationalId);
    }
}
