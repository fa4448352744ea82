using CsCheck;
using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Tests;

/// <summary>
/// <see cref="CharSearch"/> finds the first character of its set whichever search it chose: the bit table alone (a set
/// whose vectorised filter passes most Han characters, as the trigger characters' does) or the bit table then SearchValues.
/// </summary>
public class CharSearchTests
{
    // Chinese prose with the odd numeral, letter, digit, full-width and styled character, as the trigger search meets them.
    private const string Alphabet = "本案經報請檢察官指揮偵辦目前已掌握部分嫌疑人身分，。、「」一二參零洞幺aZ09 \n-ＡＢ１２①⑩ÀЖα\uD835\uDFCE+";

    private static readonly Gen<string> Texts = Gen.Char[Alphabet].Array[0, 80].Select(a => new string(a));

    [Fact]
    public void The_trigger_characters_are_searched_by_the_bit_table_alone() =>
        Assert.True(CharSearch.FilterPassesMostHan(CharFolding.TriggerCharacters()));

    [Fact]
    public void A_few_Han_characters_keep_the_vectorised_search() =>
        Assert.False(CharSearch.FilterPassesMostHan("一二三四五六七八九零"));

    [Theory]
    [InlineData("triggers")]
    [InlineData("一二參洞幺")]
    [InlineData("報後現受證")]
    [InlineData("%\\&=+~*`<([")]
    public void Either_search_finds_the_first_character_of_the_set(string set)
    {
        string chars = set == "triggers" ? CharFolding.TriggerCharacters() : set;
        var search = new CharSearch(chars);
        Texts.Check(text =>
        {
            int expected = text.AsSpan().IndexOfAny(chars.AsSpan());
            Assert.Equal(expected, search.IndexOfAny(text.AsSpan()));
        }, iter: 3000);
    }
}
