using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (det-twins39): word readers that had twins now share one mechanism — the reversal notes' prefilters derived
/// from one list of first characters, the joining instructions asked through <see cref="ContextWord.AnyIn"/>, and one
/// whole-word test (<see cref="WordEdges"/>), and one test of a span against a word list (<see cref="WordLists"/>). These pin what the twins did alike. Values are invented.
/// </summary>
public class SharedWordReadingTests
{
    [Fact]
    public void The_reversal_notes_prefilters_cover_every_notes_first_and_last_letter()
    {
        string han = ReversalNotes.HanFirstCharacters();
        foreach (var word in ReversalNotes.AllWords)
        {
            char first = word[0], last = word[word.Length - 1];
            // as the ignore-case comparison folds the text's character: either case of an English note's letter passes
            Assert.Contains((char)TextSignature.Fold(char.ToUpperInvariant(first)), ReversalNotes.FirstChars);
            Assert.Contains((char)TextSignature.Fold(char.ToLowerInvariant(first)), ReversalNotes.FirstChars);
            Assert.Contains((char)TextSignature.Fold(char.ToUpperInvariant(last)), ReversalNotes.LastChars);
            if (CharFolding.IsHan(first)) Assert.Contains(first, han);
        }
    }

    [Fact]
    public void The_Han_search_lists_each_first_character_once() =>
        Assert.Equal(ReversalNotes.HanFirstCharacters().Distinct().Count(), ReversalNotes.HanFirstCharacters().Length);

    [Fact]
    public void Every_Han_note_is_found_by_the_one_search_and_turns_its_value_round()
    {
        const string reversed = "8642719350";
        foreach (var word in ReversalNotes.AllWords.Where(w => CharFolding.IsHan(w[0])))
        {
            string text = "手機" + word + "：" + reversed;
            var reading = HomophoneDigits.Read(text);
            Assert.True(reading is not null, $"note {ReversalNotes.AllWords.ToList().IndexOf(word)} not found");
            Assert.EndsWith("0539172468", reading!.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("請把兩行接起來")]
    [InlineData("please join the two lines")]
    [InlineData("joined below")]     // an English phrase counts glued to other letters, as JoiningInstructions always read it
    [InlineData("I'll combine them")]
    public void A_joining_instruction_is_stated_near(string sentence)
    {
        string text = sentence + "\n0935 17\n2846";
        Assert.True(JoiningInstructions.StatedNear(text.AsSpan(), text.IndexOf('\n')));
    }

    [Fact]
    public void No_joining_instruction_in_plain_text() =>
        Assert.False(JoiningInstructions.StatedNear("明天下午開會\n0935 17\n2846".AsSpan(), 6));

    [Theory]
    [InlineData("joined", true, true)]
    [InlineData("join", true, true)]
    [InlineData("rejoin", true, true)]
    [InlineData("joined", false, false)]
    [InlineData("JOIN us", false, true)]
    public void An_English_word_counts_glued_only_where_its_list_says_so(string window, bool insideWords, bool found)
    {
        var word = new ContextWord("join", insideWords);
        Assert.Equal(found, word.OccursIn(window.AsSpan()));
        int at = window.IndexOf("join", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(word.OccursIn(window.AsSpan()), word.OccursAt(window.AsSpan(), at));
    }

    [Theory]
    [InlineData("車主", true)]
    [InlineData("前車主", true)]
    [InlineData("車主姓名", false)]
    public void A_span_ends_with_a_word_of_the_list(string span, bool ends) =>
        Assert.Equal(ends, WordLists.EndsWithAny(span.AsSpan(), new[] { "駕駛", "車主" }));

    [Theory]
    [InlineData("Reversed order", StringComparison.OrdinalIgnoreCase, true)]
    [InlineData("Reversed order", StringComparison.Ordinal, false)]
    [InlineData("order reversed", StringComparison.OrdinalIgnoreCase, false)]
    public void A_span_starts_with_a_word_of_the_list_in_the_comparison_asked(string span, StringComparison comparison, bool starts) =>
        Assert.Equal(starts, WordLists.StartsWithAny(span.AsSpan(), new[] { "backwards", "reversed" }, comparison));

    [Theory]
    [InlineData("tel 0935", 0, 3, true)]
    [InlineData("hotel", 2, 5, false)]
    [InlineData("tels", 0, 3, false)]
    [InlineData("電話tel：", 2, 5, true)]
    [InlineData("(tel)", 1, 4, true)]
    [InlineData("tel", 0, 3, true)]
    public void A_whole_word_has_no_ASCII_letter_at_either_edge(string text, int start, int end, bool whole) =>
        Assert.Equal(whole, WordEdges.Whole(text.AsSpan(), start, end));
}
