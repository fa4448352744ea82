using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Set N's IDs and certificates whose first letter is a spelling-alphabet word typed onto the number, after a hyphen or
/// a space (Mike2…, November-2…, Kilo A7…): the word is read as its letter when the rest of the number follows it.
/// </summary>
public class SpeltFirstLetterTests
{
    [Theory]
    [InlineData("身分證字號{0}，已製作筆錄", "Mike", "")]
    [InlineData("國民身分證統一編號{0}，住台中市", "November", "-")]
    [InlineData("中山21  請查身分，身分證{0}", "Charlie", " ")]
    public void A_spelt_first_letter_before_the_rest_of_an_id_is_read(string frame, string word, string join)
    {
        var id = SyntheticIds.Numeric(word[0], 2, "4681357");
        var value = word + join + id[1..];
        FindsAmongOthers(string.Format(frame, value), value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_spelt_first_letter_before_an_old_certificate_is_read()
    {
        var arc = SyntheticIds.OldResident('K', 'C', "3579246");
        var value = "Kilo " + arc[1..];
        FindsAmongOthers($"居留證（證號{value}），於路口遭竊", value, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("住在 Hotel 12345678 號房")]
    [InlineData("Golf 12345678 球場會員")]
    public void A_spelling_word_before_a_short_number_stays_a_word(string text) => FindsNothing(text);
}
