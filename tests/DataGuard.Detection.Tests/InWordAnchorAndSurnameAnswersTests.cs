using System.Reflection;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Recognizers;
using DataGuard.Detection.Recognizers.Anchored;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-speed46 (issue 9 §3): two answers the scan asks at every role label and every letter of prose, given by a cheaper
/// test first — the anchor search passing over the letters inside an ASCII word before its pair test
/// (<c>AnchorSearch.NextPlace</c>), and a surname looked up by one bit test of its first character (<see cref="Surnames"/>).
/// Each answer must be the one the full comparison gives; the texts are generated (seeded) and hold no personal value.
/// </summary>
public class InWordAnchorAndSurnameAnswersTests
{
    private static readonly AnchoredRecognizer[] BuiltInAnchored = RecognizerRegistry.BuiltIn.AnchoredRecognizers(new ScannerOptions());

    /// <summary>Records where the search calls it, for the anchors of a built-in recognizer.</summary>
    private sealed class RecordingRecognizer : AnchoredRecognizer
    {
        private readonly string[] _anchors;

        public RecordingRecognizer(string[] anchors) => _anchors = anchors;

        public List<int> Places { get; } = new();

        public override string Type => "RECORDED";

        public override string[] Anchors => _anchors;

        public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority) => Places.Add(start);
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    // The rule every anchor is compared by (AnchorSearch.Matches), asked at every character filed under it: the answer
    // before det-speed46 passed over any place.
    private static bool MatchesByFullComparison(string text, int at, string anchor)
    {
        bool ascii = anchor[0] < 128 && char.IsLetter(anchor[0]);
        bool filed = ascii ? (text[at] | 0x20) == (anchor[0] | 0x20) && IsAsciiLetter(text[at]) : text[at] == anchor[0];
        int end = at + anchor.Length;
        if (!filed || end > text.Length) return false;
        var slice = text.AsSpan(at, anchor.Length);
        if (!ascii) return slice.SequenceEqual(anchor.AsSpan());
        return slice.Equals(anchor.AsSpan(), StringComparison.OrdinalIgnoreCase)
            && (at == 0 || !IsAsciiLetter(text[at - 1]))
            && (end == text.Length || !IsAsciiLetter(text[end]) || !IsAsciiLetter(anchor[^1]));
    }

    private static string GeneratedText(string[] anchors, int seed)
    {
        // Anchors whole, glued after and before English letters and Chinese, inside English words (hotel, chat, format,
        // myemail), with the words of the prose benchmark, in a seeded order.
        string[] pieces =
        {
            "The officer noted that ", "hotel", "chat", "format", "myemail", "Details", "attached", "Tel", "ID", " ", "，", "。", "\n",
            "被害人表示", "承辦人員應於", "報案", "證人", "a", "e", "x", "Q", "0", "7", "(", ":",
        };
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (int n = 0; n < 3000; n++)
            sb.Append(random.Next(3) == 0 ? anchors[random.Next(anchors.Length)] : pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    [Theory]
    [InlineData(46)]
    [InlineData(4601)]
    [InlineData(4602)]
    public void Anchor_places_are_those_every_anchor_compared_at_every_character_gives(int seed)
    {
        foreach (var builtIn in BuiltInAnchored)
        {
            var recorder = new RecordingRecognizer(builtIn.Anchors);
            var search = new AnchorSearch(new AnchoredRecognizer[] { recorder });
            string text = GeneratedText(builtIn.Anchors, seed);
            var sink = new CandidateSink(new ScannerOptions(), text.Length);
            search.Scan(text.AsSpan(), ref sink, 0);
            var expected = new List<int>();
            for (int at = 0; at < text.Length; at++)
            {
                foreach (var anchor in builtIn.Anchors)
                {
                    if (!MatchesByFullComparison(text, at, anchor)) continue;
                    expected.Add(at);
                    break;
                }
            }
            Assert.True(expected.Count > 0, builtIn.GetType().Name);
            Assert.Equal(expected, recorder.Places);
        }
    }

    [Theory]
    [InlineData("reborn 1990", 2, false)] // born inside a word
    [InlineData("born 1990", 0, true)]
    [InlineData("chat gmail", 2, false)] // at inside a word
    [InlineData("x at gmail", 2, true)]
    [InlineData("DOB 1990", 0, true)]
    [InlineData("ADOB 1990", 1, false)]
    public void An_ascii_anchor_inside_a_word_is_no_anchor(string text, int at, bool anchored)
    {
        var recorders = BuiltInAnchored.Select(r => new RecordingRecognizer(r.Anchors)).ToArray();
        var search = new AnchorSearch(recorders);
        var sink = new CandidateSink(new ScannerOptions(), text.Length);
        search.Scan(text.AsSpan(), ref sink, 0);
        Assert.Equal(anchored, recorders.Any(r => r.Places.Contains(at)));
    }

    // The surnames as the engine lists them; the reference compares every compound whole and searches the single ones, as
    // the engine did before det-speed46.
    private static readonly string SingleSurnames = (string)typeof(Surnames)
        .GetField("Single", BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;

    private static readonly string[] CompoundSurnames = (string[])typeof(Surnames)
        .GetField("Compound", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static int MatchByFullComparison(ReadOnlySpan<char> text)
    {
        if (text.Length >= 3)
        {
            foreach (var compound in CompoundSurnames) if (text.StartsWith(compound.AsSpan())) return 2;
        }
        return text.Length >= 2 && SingleSurnames.IndexOf(text[0]) >= 0 ? 1 : 0;
    }

    [Fact]
    public void A_surname_at_every_first_character_is_the_full_comparison_s()
    {
        int found = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            foreach (string rest in new[] { "", "明", "明華", "陽明" })
            {
                string text = (char)c + rest;
                int expected = MatchByFullComparison(text.AsSpan());
                Assert.Equal(expected, Surnames.Match(text.AsSpan()));
                found += expected > 0 ? 1 : 0;
            }
        }
        Assert.True(found > 300);
    }

    [Fact]
    public void Every_compound_surname_is_read_whole()
    {
        foreach (var compound in CompoundSurnames)
        {
            Assert.Equal(2, Surnames.Match((compound + "明").AsSpan()));
            Assert.Equal(MatchByFullComparison(compound.AsSpan()), Surnames.Match(compound.AsSpan()));
        }
    }

    [Theory]
    [InlineData("被害人表示其於網路上認識對方後")]
    [InlineData("承辦人員應於受理報案後即時登錄系統")]
    [InlineData("The officer noted that the witness statement was consistent with the camera footage.")]
    public void Prose_after_a_role_label_holds_no_name(string text) => Assert.Empty(PersonalDataScanner.Default.Scan(text));

    [Theory]
    [InlineData("嫌疑人林志遠於昨日到案", "林志遠")]
    [InlineData("被害人歐陽明華表示", "歐陽明華")]
    public void A_name_after_a_role_label_is_still_found(string text, string name)
    {
        var finding = Assert.Single(PersonalDataScanner.Default.Scan(text), f => f.Type == EntityTypes.PersonName);
        Assert.Equal(name, text.Substring(finding.Start, finding.Length));
    }
}
