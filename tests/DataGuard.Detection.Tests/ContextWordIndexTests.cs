using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Tests;

/// <summary>
/// The one-pass index of a short prompt (<see cref="ContextWordIndex"/>) answers every list's windows exactly as the
/// word-by-word search does, on texts made of the vocabulary's own words in other cases, cut short, glued to letters and
/// at the ends of the text.
/// </summary>
public class ContextWordIndexTests
{
    private const string Filler = "案件於今日處理完畢 and the report ， 0912 -:/\u3000abcXYZ";

    [Fact]
    public void One_pass_answers_equal_the_word_by_word_search()
    {
        _ = PersonalDataScanner.Default; // registers the built-in lists
        var lists = ContextVocabulary.RegisteredLists();
        var words = lists.SelectMany(l => l.Words).Select(w => w.Text).Where(w => w.Length > 0).Distinct().ToArray();
        var random = new Random(20261205);
        int asked = 0;
        for (int t = 0; t < 400; t++)
        {
            string text = GeneratedText(random, words);
            long outer = ScanNumber.Begin();
            try
            {
                ContextWordIndex.Begin(text.Length, window: 30);
                foreach (var (listId, listWords) in lists)
                {
                    for (int k = 0; k < 6; k++)
                    {
                        int from = random.Next(text.Length + 1), to = random.Next(from, text.Length + 1);
                        Assert.True(ContextWordIndex.TryAnyInScannedText(listId, text, from, to, out bool found));
                        Assert.Equal(ContextWord.AnyIn(listWords, text.AsSpan(from, to - from)), found);
                        asked++;
                    }
                }
            }
            finally
            {
                ScanNumber.End(outer);
            }
        }
        Assert.True(asked > 10_000);
    }

    // Words of the vocabulary, each in upper, lower or mixed case, with ı for i and ſ for s, or cut before its end,
    // between pieces of filler or glued together; the text is cut anywhere, so words also end it.
    private static string GeneratedText(Random random, string[] words)
    {
        var text = new System.Text.StringBuilder();
        int parts = random.Next(1, 12);
        for (int p = 0; p < parts; p++)
        {
            string word = words[random.Next(words.Length)];
            word = random.Next(6) switch
            {
                0 => word.ToUpperInvariant(),
                1 => word.ToLowerInvariant(),
                2 => word.Replace('i', '\u0131').Replace('s', '\u017F'),
                3 => word.Substring(0, random.Next(1, word.Length + 1)),
                _ => word,
            };
            text.Append(word);
            if (random.Next(3) > 0) text.Append(Filler, random.Next(Filler.Length - 3), 1 + random.Next(3));
        }
        int length = random.Next(1, text.Length + 1);
        return text.ToString(0, Math.Min(length, 2048));
    }
}
