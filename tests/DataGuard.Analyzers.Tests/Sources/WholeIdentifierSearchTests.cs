using System.Text;
using System.Text.RegularExpressions;
using DataGuard.Analyzers.Sources;
using Xunit;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// The run-by-run search must find exactly what the whole-text regex it replaced found: the same words, the same identifier
/// boundaries, the same case folding — on generated text full of the characters where those could part ways.
/// </summary>
public class WholeIdentifierSearchTests
{
    private static readonly string[] Words = { "Form", "Query", "QueryString", "Cookies", "Body", "ServerVariables", "InputStream" };

    /// <summary>The pattern the search replaced (RequestFedMembers before it).</summary>
    private static readonly Regex Reference = new(
        @"(?<![\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}\p{Cf}])(?:" + string.Join("|", Words.Select(Regex.Escape)) + @")(?![\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}\p{Cf}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Words in other cases and cut short, identifier characters of every kind, case-folding look-alikes, separators.</summary>
    private static readonly string[] Pieces =
    {
        "Form", "form", "FORM", "Forms", "Query", "qUeRy", "QueryString", "querystring", "Cookies", "COO\u212AIES", "Coo\u212Aies",
        "\u017FerverVariables", "ServerVariables", "Body", "body", "Bod", "\u0131nputStream", "InputStream", "inputstream",
        "_", "1", "x", "é", "名", "\u0301", "\u00AD", "\u200B", "@", ".", " ", "\n", "(", "\"", "=", "-", "\uD83D\uDE00",
    };

    [Fact]
    public void Finds_what_the_regex_finds_in_generated_text()
    {
        var search = new WholeIdentifierSearch(Words);
        var random = new Random(20261205);
        var matched = 0;
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = new StringBuilder();
            for (var piece = random.Next(1, 12); piece > 0; piece--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var expected = Reference.Matches(text.ToString()).Select(m => m.Index).ToList();
            Assert.Equal(expected, Found(search, text.ToString()));
            matched += expected.Count;
        }

        Assert.True(matched > 200, "the generated text should hold many matches");
    }

    [Fact]
    public void A_word_inside_a_longer_identifier_is_not_found()
    {
        var search = new WholeIdentifierSearch(Words);

        Assert.Equal(new[] { 0, 32 }, Found(search, "form = MyForm + _body + body2 + Form"));
    }

    private static List<int> Found(WholeIdentifierSearch search, string text)
    {
        var found = new List<int>();
        for (var index = search.Next(text, 0); index >= 0; index = search.Next(text, index + 1))
        {
            found.Add(index);
        }

        return found;
    }
}
