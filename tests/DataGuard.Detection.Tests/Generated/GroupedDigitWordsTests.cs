using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 42 (issue 9, det-words42)": values whose digits are written as words or keycaps, in the value's own
/// groups, with an odd mark between the groups — family (mobile 4-3-3, landline 02 2-4-4, national ID and 2021
/// certificate letter + 3-3-3, Visa 4-4-4-4, Amex 4-6-5) × word kind (English, pinyin, pinyin with tone marks, keycap
/// digits) × mark (bullet, middle dot, full-width and ASCII slash, underscore, tilde, em dash, 、, three emoji, a star,
/// zero-width space, soft hyphen, word joiner, a bar with blanks) × frame (label, a person record's row, a JSON
/// field, a chat line). Words are parted by a blank inside a group and glued to the mark between groups
/// (`er liu liu qi🙈jiu si liu ba`). A case counts where one finding of the value's type covers it, first to last, and none
/// of another type lies within. Hard negatives of the same words and marks stay clean. Values are built here with their
/// check digits (invented); output lists cell names and counts only.
/// </summary>
public sealed class GroupedDigitWordsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 3;

    internal static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "visa", "amex" };

    internal static readonly string[] Kinds = { "english", "pinyin", "pinyin-toned", "keycap" };

    /// <summary>The marks between groups, by name (the cell's), and what is typed.</summary>
    internal static readonly (string Name, string Mark)[] Marks =
    {
        ("bullet", "•"), ("middle-dot", "·"), ("slash-fw", "／"), ("slash", "/"), ("underscore", "_"), ("tilde", "~"),
        ("em-dash", "—"), ("enumeration-comma", "、"), ("emoji-monkey", "🙈"), ("emoji-dog", "🐶"), ("emoji-clover", "🍀"),
        ("star", "⭐"), ("zero-width", "\u200B"), ("soft-hyphen", "\u00AD"), ("word-joiner", "\u2060"), ("bar", " | "),
    };

    internal static readonly string[] Frames = { "label", "record-row", "json", "chat" };

    private static readonly string[] English = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private static readonly string[] Pinyin = { "ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu" };

    private static readonly string[] PinyinToned = { "líng", "yī", "èr", "sān", "sì", "wǔ", "liù", "qī", "bā", "jiǔ" };

    [Fact]
    public void Values_in_word_or_keycap_groups_parted_by_odd_marks_are_found_whole()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var kind in Kinds)
        foreach (var (markName, mark) in Marks)
        {
            foreach (var frame in Frames)
            {
                var r = new Random(CaseGenerator.StableSeed($"words42/{family}/{kind}/{markName}/{frame}"));
                for (int n = 0; n < CasesPerCell; n++)
                {
                    string written = Written(family, JoinedPiecesTests.ValueOf(family, r), kind, mark);
                    string text = InFrame(family, frame, written, r, out int offset);
                    tally.Add($"words42 {family} × {kind} × {markName} × {frame}", CoversAlone(text, offset, written.Length, JoinedPiecesTests.TypeOf(family)));
                }
            }
        }
        tally.Assert(output, CellFloorsGroupedDigitWords42.Of);
    }

    /// <summary>The value's groups (a letter stands before its digits with a blank), digits in the kind, the mark between groups.</summary>
    internal static string Written(string family, string value, string kind, string mark)
    {
        string letter = char.IsAsciiLetter(value[0]) ? value[..1] : "";
        string digits = new(value.Where(char.IsAsciiDigit).ToArray());
        var groups = new List<string>();
        int at = 0;
        foreach (int size in GroupSizes(family))
        {
            groups.Add(Group(digits.Substring(at, size), kind));
            at += size;
        }
        return (letter.Length > 0 ? letter + " " : "") + string.Join(mark, groups);
    }

    private static int[] GroupSizes(string family) => family switch
    {
        "mobile" => new[] { 4, 3, 3 },
        "landline" => new[] { 2, 4, 4 },
        "id" or "arc-2021" => new[] { 3, 3, 3 },
        "visa" => new[] { 4, 4, 4, 4 },
        _ => new[] { 4, 6, 5 },
    };

    private static string Group(string digits, string kind) => kind == "keycap"
        ? string.Concat(digits.Select(d => $"{d}\uFE0F\u20E3"))
        : string.Join(" ", digits.Select(d => (kind switch { "english" => English, "pinyin" => Pinyin, _ => PinyinToned })[d - '0']));

    private static string InFrame(string family, string frame, string written, Random r, out int offset)
    {
        string word = family switch
        {
            "mobile" => "手機", "landline" => "住家電話", "id" => "身分證", "arc-2021" => "居留證號", _ => "信用卡",
        };
        string key = family switch { "mobile" or "landline" => "phone", "id" => "pid", "arc-2021" => "arc_no", _ => "card" };
        string before = frame switch
        {
            "label" => word + Pick(r, "：", " ", "是 "),
            "record-row" => $"| {Pick(r, "王O明", "陳O如", "林O華")} | {Pick(r, "男", "女")} | 民國{r.Next(40, 95)}年{r.Next(1, 13)}月{r.Next(1, 29)}日 | ",
            "json" => $"{{\"name\":\"{Pick(r, "王O明", "陳O如")}\",\"{key}\":\"",
            _ => $"[09:1{r.Next(10)}] 阿偉：{word} ",
        };
        string after = frame switch
        {
            "record-row" => Pick(r, " | 無車 |", " | 刑大 | 待查 |"),
            "json" => "\"}",
            "chat" => Pick(r, "\n[09:20] 我：收到", ""),
            _ => Pick(r, "，請幫我寫聯繫紀錄。", "。"),
        };
        offset = before.Length;
        return before + written + after;
    }

    // ---- hard negatives: the same words and marks in what is no value -----------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotValues =
    {
        ("english-counts", r => $"We need {Pick(r, "one or two", "two or three", "five or six")} chairs{Pick(r, "•", "·", "🙈", "／")}{Pick(r, "three", "four", "seven")} tables and {Pick(r, English[2..])} lamps."),
        ("english-times", r => $"Meet at {Pick(r, English[1..])}{Pick(r, "•", "·", "~", "—")}{Pick(r, "thirty", "fifteen", "forty")} or {Pick(r, English[1..])} o'clock{Pick(r, "🙈", "⭐", "")} tomorrow."),
        ("english-prices", r => $"It costs {Pick(r, English[1..])} dollars{Pick(r, "•", "／", "🍀")}{Pick(r, English[1..])} cents, {Pick(r, English[2..])} for a pair."),
        ("english-date", r => $"Born on June {Pick(r, English[1..])}{Pick(r, "／", "·", "•")}{Pick(r, "nineteen eighty", "twenty twenty")} in Taichung."),
        ("roc-date-words", r => $"民國 one one {Pick(r, English[0..4])}{Pick(r, "／", "•", "·")}zero {Pick(r, English[1..])}{Pick(r, "／", "•", "·")}one {Pick(r, English[0..3])} 開庭。"),
        ("pinyin-prose", r => string.Join(Pick(r, " ", "•", "🙈", "·"), Enumerable.Range(0, 5).Select(_ => string.Join(" ", Enumerable.Range(0, 3).Select(_ => Pick(r, "wo", "men", "yi", "qi", "qu", "ba", "ta", "shuo", "wu", "dian", "zai", "san", "ren", "liu", "er", "si", "jiu", "hao"))))) + "，這句拼音是什麼意思？"),
        ("pinyin-count", r => $"wo you {Pick(r, Pinyin[1..])} ge ren{Pick(r, "•", "🙈", "／")}{Pick(r, Pinyin[1..])} tian hou jian。"),
        ("case-number-words", r => $"案號 one one {Pick(r, English[0..4])}{Pick(r, "•", "／", "·")}{string.Join(" ", Enumerable.Range(0, 5).Select(_ => Pick(r, English[1..])))} 號，請查。"),
        ("word-table-cells", r => $"| 數量 | {Pick(r, English[1..])} {Pick(r, English[1..])} | {Pick(r, English[1..])} {Pick(r, English[1..])} | {Pick(r, English[1..])} |"),
        ("keycap-list", r => $"步驟 1️⃣ | 2️⃣ | 3️⃣ 完成後{Pick(r, "回報", "再打電話")}。"),
        ("keycap-scores", r => $"| 比分 | {r.Next(1, 9)}️⃣{r.Next(0, 9)}️⃣ | {r.Next(1, 9)}️⃣{r.Next(0, 9)}️⃣ |"),
        ("version-words", r => $"version {Pick(r, English[1..])}{Pick(r, "·", "•", "／")}{Pick(r, English[0..])}{Pick(r, "·", "•")}{Pick(r, English[0..])} released."),
        ("masked-phone-words", r => $"手機 zero nine one{Pick(r, "•", "🙈", "／")}***{Pick(r, "•", "🙈", "／")}{Pick(r, English[1..])} {Pick(r, English[0..])} {Pick(r, English[0..])}，已遮蔽。"),
    };

    [Fact]
    public void Prose_counts_times_dates_and_lists_in_those_words_and_marks_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotValues)
        {
            var r = new Random(CaseGenerator.StableSeed($"words42/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"words42-negative {name}", IsClean(make(r)));
        }
        tally.Assert(output, floor: 1.0);
    }
}

/// <summary>
/// Floors of round 42's cells (<see cref="GroupedDigitWordsTests"/>): the honest figure of det-words42 (T). A cell held
/// lower names what it leaves in the README's det-words42 subsection.
/// </summary>
internal static class CellFloorsGroupedDigitWords42
{
    /// <summary>
    /// A card whose groups are parted by 、 is held at 0.0 (T: 32 cells, 62 of 96 found, 0/3 in every record row): 、 lists
    /// amounts (4000、5000、6000、7000), so a card so parted is the card recognizer's rare form, reported only beside a card
    /// word that raises it (round 36's decision, unchanged here). Every other cell at 1.0.
    /// </summary>
    public static double Of(string cell) => (cell.Contains(" visa ") || cell.Contains(" amex ")) && cell.Contains("× enumeration-comma ×") ? 0.0 : 1.0;
}
