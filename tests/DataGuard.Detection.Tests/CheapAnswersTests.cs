using System.Reflection;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (issue 9 §3): answers the scan asks often, given by a cheaper test first — the reversal notes' first
/// characters looked up once before any note word is compared (<c>ReversalNotes.WordLengthAt</c>, asked at every hit of the
/// sound-alike search), and a long chain's digits counted only until the answer is known (<c>Chain.HoldsDigits</c>). Each
/// answer must be the one the full comparison gives; the texts are generated (seeded) and hold no personal value.
/// </summary>
public class CheapAnswersTests
{
    // The note words, as the engine lists them: the reference below compares every one, as the engine did before round 39.
    private static readonly string[] NoteWords = (string[])typeof(ReversalNotes)
        .GetField("Words", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static int WordLengthByEveryWord(ReadOnlySpan<char> text, int at)
    {
        var rest = text.Slice(at);
        foreach (var word in NoteWords)
        {
            if (CharFolding.IsHan(word[0]) && rest.StartsWith(word.AsSpan(), StringComparison.Ordinal)) return word.Length;
        }
        return 0;
    }

    [Fact]
    public void Every_Han_note_word_is_read_whole_where_it_starts()
    {
        foreach (var word in NoteWords)
        {
            string text = "請看" + word + "寫的：";
            int expected = CharFolding.IsHan(word[0]) ? WordLengthByEveryWord(text.AsSpan(), 2) : 0;
            Assert.Equal(expected, ReversalNotes.WordLengthAt(text.AsSpan(), 2));
            if (CharFolding.IsHan(word[0])) Assert.True(expected >= 2, word);
        }
    }

    [Fact]
    public void At_every_character_of_generated_text_the_note_length_is_the_full_comparison_s()
    {
        // The notes' words and their pieces, sound-alike digits, and common characters that share a note's first character
        // (從前, 反正, 倒是, 逆風), in a seeded order.
        string[] pieces =
        {
            "從前", "反正", "倒是", "逆風", "顛簸", "从来", "從右", "倒", "反", "從", "山", "耳", "酒", "是", "路", "A", "7", "，", " ",
            "reversed", "backwards",
        };
        var random = new Random(39);
        var sb = new System.Text.StringBuilder();
        for (int n = 0; n < 4000; n++)
            sb.Append(random.Next(4) == 0 ? NoteWords[random.Next(NoteWords.Length)] : pieces[random.Next(pieces.Length)]);
        string text = sb.ToString();
        int notes = 0;
        for (int at = 0; at < text.Length; at++)
        {
            int expected = WordLengthByEveryWord(text.AsSpan(), at);
            Assert.Equal(expected, ReversalNotes.WordLengthAt(text.AsSpan(), at));
            notes += expected > 0 ? 1 : 0;
        }
        Assert.True(notes > 500); // the text holds many notes, not only misses
    }

    [Theory]
    [InlineData("A123456789", 8, true)]
    [InlineData("A123456789", 9, true)]
    [InlineData("A123456789", 10, false)]
    [InlineData("ABCDEFGH1234567", 8, false)] // seven digits after the letters
    [InlineData("ABCDEFG12345678", 8, true)] // the eighth digit is the last character
    [InlineData("1234ABCDEFGHIJK5678", 8, true)]
    [InlineData("INFORMATIONS", 8, false)]
    [InlineData("12345678", 8, true)]
    [InlineData("1234567", 8, false)]
    [InlineData("AB", 0, true)]
    public void A_chain_holds_digits_as_a_full_count_says(string value, int fewest, bool expected)
    {
        const int n = Chain.Capacity;
        var chars = new char[n];
        var chain = new Chain(chars, new int[n], new byte[n], new char[n], new byte[n], new byte[n]);
        // The characters as the reader appends them (the chain's count alone is asked, not how they were read).
        value.AsSpan().CopyTo(chars);
        chain.Length = value.Length;
        int digits = 0;
        for (int k = 0; k < chain.Length; k++) digits += char.IsAsciiDigit(chain.Chars[k]) ? 1 : 0;
        Assert.Equal(digits >= fewest, chain.HoldsDigits(fewest));
        Assert.Equal(expected, chain.HoldsDigits(fewest));
    }
}
