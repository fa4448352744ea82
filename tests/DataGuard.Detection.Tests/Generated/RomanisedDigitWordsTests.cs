using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 44 (issue 9, det-spoken44)": values whose digits are read aloud in romanisations and other languages —
/// tongue (Hokkien in Tâi-lô with tone marks and in plain POJ, Hakka, Cantonese, Thai romanised, Japanese romaji, Korean
/// romanised, Spanish, Vietnamese without diacritics, the radio numerals 洞幺兩…拐勾 in 注音 and in pinyin, English with
/// "oh", Tagalog with "wala") × family (mobile, landline 02, national ID, 2021 certificate, 2012 plate, Visa) × separator
/// (a space between words, Tâi-lô's hyphens, groups parted by ", ", groups parted by "，") × frame (label, JSON field, chat
/// line). A case counts where one finding of the value's type covers it, first to last, and none of another type lies
/// within. Hard negatives — romanised prose, names, lyrics and counts, times and money read aloud, NATO words without
/// digits — stay clean. Values are invented, with their check digits; output lists cell names and counts only.
/// </summary>
public sealed class RomanisedDigitWordsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 2;

    internal static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "plate", "visa" };

    /// <summary>Each tongue's words for 0–9, by name (the cell's).</summary>
    internal static readonly (string Name, string[] Words)[] Tongues =
    {
        ("hokkien-tailo", new[] { "khòng", "it", "jī", "sann", "sì", "gōo", "la̍k", "tshit", "pat", "káu" }),
        ("hokkien-plain", new[] { "khong", "it", "ji", "sa", "si", "goo", "lak", "chhit", "peh", "kau" }),
        ("hakka", new[] { "lìn", "yit", "ngi", "sam", "si", "ńg", "liuk", "tshit", "pat", "kiú" }),
        ("cantonese", new[] { "ling", "yat", "yi", "saam", "sei", "ng", "luk", "chat", "baat", "gau" }),
        ("thai-romanised", new[] { "sun", "nueng", "song", "sam", "si", "ha", "hok", "chet", "paet", "kao" }),
        ("romaji", new[] { "zero", "ichi", "ni", "san", "yon", "go", "roku", "nana", "hachi", "kyu" }),
        ("korean-romanised", new[] { "gong", "il", "i", "sam", "sa", "o", "yuk", "chil", "pal", "gu" }),
        ("spanish", new[] { "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" }),
        ("vietnamese-bare", new[] { "khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin" }),
        ("zhuyin-radio", new[] { "ㄉㄨㄥˋ", "ㄧㄠ", "ㄌㄧㄤˇ", "ㄙㄢ", "ㄙˋ", "ㄨˇ", "ㄌㄧㄡˋ", "ㄍㄨㄞˇ", "ㄅㄚ", "ㄍㄡ" }),
        ("pinyin-radio", new[] { "dòng", "yāo", "liǎng", "sān", "sì", "wǔ", "liù", "guǎi", "bā", "gōu" }),
        ("english-oh", new[] { "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }),
        ("tagalog", new[] { "wala", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam" }),
    };

    internal static readonly string[] Separators = { "space", "hyphen", "comma-groups", "fullwidth-comma-groups" };

    internal static readonly string[] Frames = { "label", "json", "chat" };

    [Fact]
    public void Values_read_aloud_in_romanised_tongues_are_found_whole()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var (tongue, words) in Tongues)
        foreach (var separator in Separators)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"spoken44/{family}/{tongue}/{separator}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = Written(JoinedPiecesTests.ValueOf(family, r), words, separator);
                string text = InFrame(family, frame, written, r, out int offset);
                tally.Add($"spoken44 {family} × {tongue} × {separator} × {frame}", CoversAlone(text, offset, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, RomanisedDigitWordsFloors.Of);
    }

    /// <summary>The value's letters, a blank (Tâi-lô: a hyphen), then each digit as its word, joined by the separator.</summary>
    internal static string Written(string value, string[] words, string separator)
    {
        string letters = new(value.TakeWhile(char.IsAsciiLetter).ToArray());
        var digits = value.Where(char.IsAsciiDigit).Select(d => words[d - '0']).ToList();
        string body = separator switch
        {
            "space" => string.Join(" ", digits),
            "hyphen" => string.Join("-", digits),
            _ => string.Join(separator == "comma-groups" ? ", " : "，", Groups(digits).Select(g => string.Join(" ", g))),
        };
        return letters.Length == 0 ? body : letters + (separator == "hyphen" ? "-" : " ") + body;
    }

    // The groups a value is read in: a mobile 4-3-3, a landline said as ten digits 4-3-3 too, nine digits 3-3-3, a card 4-4-4-4, a plate's 2-2.
    private static IEnumerable<List<string>> Groups(List<string> digits)
    {
        int[] sizes = digits.Count switch { 10 => new[] { 4, 3, 3 }, 9 => new[] { 3, 3, 3 }, 16 => new[] { 4, 4, 4, 4 }, _ => new[] { 2, 2 } };
        int at = 0;
        foreach (int size in sizes)
        {
            yield return digits.GetRange(at, Math.Min(size, digits.Count - at));
            at += size;
        }
    }

    private static string InFrame(string family, string frame, string written, Random r, out int offset)
    {
        string word = JoinedPiecesTests.DigitWordsLabelOf(family);
        string key = JoinedPiecesTests.DigitWordsJsonKeyOf(family);
        string before = frame switch
        {
            "label" => Pick(r, "", "阿伯用母語唸", "通譯轉寫：") + word + Pick(r, "：", " ", "是 "),
            "json" => $"{{\"name\":\"{Pick(r, "林O明", "黃O如")}\",\"{key}\":\"",
            _ => $"[10:4{r.Next(10)}] 值班：{word} ",
        };
        string after = frame switch
        {
            "json" => "\"}",
            "chat" => Pick(r, "\n[10:50] 我：收到", ""),
            _ => Pick(r, "，請幫我轉成數字。", "。", ""),
        };
        offset = before.Length;
        return before + written + after;
    }

    // ---- hard negatives: the same words in what is no value ------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotValues =
    {
        ("hokkien-prose", r => $"Góa sī Tâi-oân-lâng, {Pick(r, "sann", "gōo", "la̍k")} ê lâng it-ti̍t tsò-hué khì, {Pick(r, "jī", "sì")} tiám beh tńg--lâi."),
        ("hokkien-count-money", r => $"阿伯講：{Pick(r, "sann-pah", "gōo-tshing", "it-bān")} kho, {Pick(r, "jī", "sì", "káu")} tè pháng, tshit ê gín-á。"),
        ("romanised-names", r => $"承辦 Lin {Pick(r, "Ng", "Lim", "Sam")}、Ng Ka-hong、{Pick(r, "Lee Sei", "Chan Yat", "Ho Ng")} 與 Lim It-sin 到場。"),
        ("cantonese-lyric", r => $"歌詞：yat yi saam sei, {Pick(r, "ng luk chat", "sei ng luk")} baat, ngo dei yat chai chong go。"),
        ("dance-count", r => $"Count it: ichi, ni, san, shi, ichi, ni, san, shi — {Pick(r, "one, two, three, four", "five, six, seven, eight")}!"),
        ("english-counts", r => $"There were {Pick(r, "two cars", "three trucks", "five people")}, {Pick(r, "one", "two")} bike and {Pick(r, "four", "six")} witnesses at {Pick(r, "ten oh five", "nine thirty")}."),
        ("money-time-aloud", r => $"He paid {Pick(r, "two hundred", "nine thousand")} dollars at {Pick(r, "seven", "eight")} o'clock, case {Pick(r, "one one two", "three four five")} closed."),
        ("nato-no-digits", r => $"Team {Pick(r, "Alpha Bravo", "Charlie Delta", "Echo Foxtrot")} moves, then Golf Hotel India; callsign Lima Juliet."),
        ("romanised-address", r => $"No. {r.Next(2, 99)}, Lane {r.Next(2, 9)}, Sec. {r.Next(1, 5)}, Zhongshan Rd., Ba-li Dist., Si-hu Township."),
        ("korean-romanised-prose", r => $"Annyeong, {Pick(r, "il", "sam", "sa")} nyeon jeon-e {Pick(r, "o", "yuk")} myeong-i wasseoyo, gu-cheong ap."),
        ("spanish-prose", r => $"Tengo {Pick(r, "dos", "tres", "cinco")} hijos y {Pick(r, "uno", "cuatro")} perro; siete de ocho dias."),
        ("vietnamese-bare-prose", r => $"Toi co {Pick(r, "hai", "ba", "bon")} nguoi ban, {Pick(r, "nam", "sau", "bay")} nam truoc, mot lan."),
        ("case-and-date-words", r => $"案號 {r.Next(110, 116)}年度偵字第 gōo la̍k tshit 號，民國 it it {Pick(r, "gōo", "sì")} 年 sann 月開庭。"),
        ("masked-words", r => $"手機 khòng-káu-it-***-{Pick(r, "gōo", "la̍k")}-pat，已遮蔽。"),
    };

    [Fact]
    public void Romanised_prose_names_lyrics_counts_and_spoken_amounts_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotValues)
        {
            var r = new Random(CaseGenerator.StableSeed($"spoken44/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"spoken44-negative {name}", IsClean(make(r)));
        }
        tally.Assert(output, RomanisedDigitWordsFloors.Negatives);
    }
}

/// <summary>
/// Floors of round 44's cells (<see cref="RomanisedDigitWordsTests"/>): the honest figure of det-spoken44 (T). Held at 0.0
/// (left, README det-spoken44): a plate's four digit words in two comma-parted groups (four words are no long run, and the
/// run after a plate's letters is read across no comma), and four cells under 0.5 — Korean romanised plates (its one-letter
/// words i and o are no word of a mixed run) and Thai romanised cards in comma groups in JSON. Every other cell at 0.5.
/// </summary>
internal static class RomanisedDigitWordsFloors
{
    public const double Negatives = 1.0;

    private static readonly string[] Held =
    {
        "plate × korean-romanised × hyphen × label", "plate × korean-romanised × space × json",
        "visa × thai-romanised × comma-groups × json", "visa × thai-romanised × fullwidth-comma-groups × json",
    };

    public static double Of(string cell)
    {
        bool left = cell.Contains(" plate ×") && cell.Contains("comma-groups") || Array.Exists(Held, held => cell.EndsWith(held, StringComparison.Ordinal));
        return left ? 0.0 : 0.5;
    }
}
