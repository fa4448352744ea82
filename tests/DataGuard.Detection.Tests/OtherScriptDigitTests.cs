using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (sets U19, U20): digits typed in another script's decimal digits (Arabic-Indic, Devanagari, Thai…) read as
/// the digits they are, in every recognizer. Values are invented.
/// </summary>
public class OtherScriptDigitTests
{
    private static readonly string Id = SyntheticIds.Numeric('N', 2, "9812774");

    private static string InScript(string value, char zero) =>
        string.Concat(value.Select(c => char.IsAsciiDigit(c) ? ((char)(zero + (c - '0'))).ToString() : c.ToString()));

    [Theory]
    [InlineData('\u0660')]
    [InlineData('\u06F0')]
    [InlineData('\u0966')]
    [InlineData('\u0E50')]
    [InlineData('\u17E0')]
    public void A_mobile_in_another_scripts_digits_is_a_phone(char zero)
    {
        var value = InScript("0919-668-032", zero);
        var finding = FindsExactly($"請立即與承辦檢察官聯絡，專線{value}，或寄資料", value, EntityTypes.PhoneNumber);
        Assert.True(finding.Evasions.HasFlag(Evasions.Homoglyph));
    }

    [Fact]
    public void An_id_with_devanagari_digits_is_an_id()
    {
        var value = InScript(Id, '\u0966');
        FindsExactly($"沈金欣　身分證{value}　電話待補", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_thai_date_is_no_phone() => FindsNothing("วันที่ ๑๕/๐๓/๒๕๖๗ เวลา ๑๐:๓๐ น.");
}
