using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Tests;

/// <summary>Check-digit rules against the published test vectors in docs/taiwan-formats.md.</summary>
public class ChecksumTests
{
    [Theory]
    [InlineData("A123456789")]
    [InlineData("A800000014")]
    [InlineData("A800000005")]
    [InlineData("A900000007")]
    public void Published_numeric_vectors_pass(string value) => Assert.True(TaiwanIdChecksum.IsValidNumeric(value.AsSpan()));

    [Theory]
    [InlineData("AA00000009")]
    [InlineData("AB00000001")]
    [InlineData("AC00000003")]
    [InlineData("AD00000005")]
    [InlineData("AC01234567")]
    public void Published_old_resident_vectors_pass(string value) => Assert.True(TaiwanIdChecksum.IsValidOldResident(value.AsSpan()));

    [Theory]
    [InlineData("A123456788")]
    [InlineData("A123456780")]
    [InlineData("B123456789")]
    [InlineData("A800000015")]
    public void Wrong_numeric_check_digits_fail(string value) => Assert.False(TaiwanIdChecksum.IsValidNumeric(value.AsSpan()));

    [Theory]
    [InlineData("AA00000008")]
    [InlineData("AC01234568")]
    [InlineData("AD00000003")]
    public void Wrong_old_resident_check_digits_fail(string value) => Assert.False(TaiwanIdChecksum.IsValidOldResident(value.AsSpan()));

    [Theory]
    [InlineData('A', 10)]
    [InlineData('H', 17)]
    [InlineData('I', 34)]
    [InlineData('J', 18)]
    [InlineData('O', 35)]
    [InlineData('W', 32)]
    [InlineData('X', 30)]
    [InlineData('Y', 31)]
    [InlineData('Z', 33)]
    public void Letter_codes_follow_the_official_table(char letter, int code) => Assert.Equal(code, TaiwanIdChecksum.LetterCode(letter));

    [Fact]
    public void Every_letter_matches_the_independent_test_generator()
    {
        foreach (char letter in SyntheticIds.Letters)
        {
            var id = SyntheticIds.Numeric(letter, 1, "2345678");
            Assert.True(TaiwanIdChecksum.IsValidNumeric(id.AsSpan()));
        }
    }

    [Theory]
    [InlineData("4539319503436467")]
    [InlineData("4111111111111111")]
    [InlineData("378282246310005")]
    public void Luhn_accepts_valid_card_numbers(string digits) => Assert.True(CardIssuers.PassesLuhn(digits.AsSpan()));

    [Theory]
    [InlineData("4539319503436468")]
    [InlineData("4111111111111112")]
    public void Luhn_rejects_a_wrong_check_digit(string digits) => Assert.False(CardIssuers.PassesLuhn(digits.AsSpan()));
}
