using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 41 (issue 9, det-email41)": values whose digits are spelled in another writing system, one word or
/// symbol per digit, by construction — family (mobile, landline 02, national ID, 2021 certificate) × script (pinyin
/// without and with tone marks, 注音 with and without tone marks, Roman numerals with 0 as a digit, English words,
/// keycap, circled, negative circled and parenthesised digits) × frame (the value's word before it, after it, a chat line).
/// A case counts where one finding of the value's type covers it, first to last, and none of another type lies within.
/// Hard negatives of the same scripts (pinyin prose, 注音 prose, Roman-numbered lists and chapters, number words in English
/// sentences, an order number in pinyin) stay clean. Values are built here with their check digits; output lists cell
/// names and counts only.
/// </summary>
public sealed class DigitScriptsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    internal static readonly string[] Families = { "mobile", "landline", "id", "arc-2021" };

    internal static readonly string[] Scripts =
        { "pinyin", "pinyin-toned", "zhuyin", "zhuyin-toneless", "roman", "english", "keycap", "circled", "negative-circled", "parenthesised" };

    internal static readonly string[] Frames = { "word-before", "word-after", "chat" };

    private static readonly string[][] Pinyin =
    {
        new[] { "ling" }, new[] { "yi", "yao" }, new[] { "er", "liang" }, new[] { "san" }, new[] { "si" },
        new[] { "wu" }, new[] { "liu" }, new[] { "qi" }, new[] { "ba" }, new[] { "jiu" },
    };

    private static readonly string[][] PinyinToned =
    {
        new[] { "líng" }, new[] { "yī", "yāo" }, new[] { "èr", "liǎng" }, new[] { "sān" }, new[] { "sì" },
        new[] { "wǔ" }, new[] { "liù" }, new[] { "qī" }, new[] { "bā" }, new[] { "jiǔ" },
    };

    private static readonly string[] Zhuyin = { "ㄌㄧㄥˊ", "ㄧ", "ㄦˋ", "ㄙㄢ", "ㄙˋ", "ㄨˇ", "ㄌㄧㄡˋ", "ㄑㄧ", "ㄅㄚ", "ㄐㄧㄡˇ" };

    private static readonly string[] Roman = { "0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };

    private static readonly string[] English = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    [Fact]
    public void Values_with_digits_spelled_in_another_script_are_found_whole()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var script in Scripts)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"digits41/{family}/{script}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = Spelled(JoinedPiecesTests.ValueOf(family, r), script, r);
                string text = InFrame(family, frame, written, r, out int offset);
                tally.Add($"digits41 {family} × {script} × {frame}", CoversAlone(text, offset, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, CellFloorsWrittenForms41.Of);
    }

    /// <summary>Each digit of <paramref name="value"/> in the script, parted by spaces where the script is words; letters kept.</summary>
    internal static string Spelled(string value, string script, Random r)
    {
        var parts = value.Where(char.IsAsciiLetterOrDigit).Select(c => char.IsAsciiDigit(c) ? Digit(c - '0', script, r) : c.ToString());
        return string.Join(script is "keycap" or "circled" or "negative-circled" or "parenthesised" ? "" : " ", parts);
    }

    private static string Digit(int d, string script, Random r) => script switch
    {
        "pinyin" => Pick(r, Pinyin[d]),
        "pinyin-toned" => Pick(r, PinyinToned[d]),
        "zhuyin" => Zhuyin[d],
        "zhuyin-toneless" => Zhuyin[d].TrimEnd('ˊ', 'ˇ', 'ˋ'),
        "roman" => Roman[d],
        "english" => English[d],
        "keycap" => $"{d}\uFE0F\u20E3",
        "circled" => d == 0 ? "\u24EA" : ((char)('\u2460' + d - 1)).ToString(),
        "negative-circled" => d == 0 ? "\u24FF" : ((char)('\u2776' + d - 1)).ToString(),
        _ => d == 0 ? "0" : ((char)('\u2474' + d - 1)).ToString(),
    };

    private static string InFrame(string family, string frame, string written, Random r, out int offset)
    {
        string word = family switch { "mobile" => "手機", "landline" => "住家電話", "id" => "身分證", _ => "居留證號" };
        string before = frame switch
        {
            "word-before" => word + Pick(r, "：", " ", "是 "),
            "word-after" => Pick(r, "我照他念的寫：", "用另一種寫法記下："),
            _ => $"[09:1{r.Next(10)}] 阿偉：{word} ",
        };
        string after = frame switch
        {
            "word-after" => $"，請轉回數字（這是嫌犯的{word}）。",
            "chat" => Pick(r, "\n[09:20] 我：收到", ""),
            _ => Pick(r, "，請幫我寫聯繫紀錄。", "。"),
        };
        offset = before.Length;
        return before + written + after;
    }

    // ---- hard negatives in the same scripts ---------------------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotValues =
    {
        ("pinyin-prose", r => string.Join(" ", Enumerable.Range(0, 14).Select(_ => Pick(r, "wo", "men", "yi", "qi", "qu", "ba", "ta", "shuo", "wu", "dian", "ban", "zai", "jia", "san", "ge", "ren", "liu", "xia", "er", "si", "jiu", "hao"))) + "，這句拼音是什麼意思？"),
        ("pinyin-surnames", r => $"名單：{string.Join("、", Enumerable.Range(0, 6).Select(_ => Pick(r, "Liu", "Wu", "Qi", "Ba", "Si", "San", "Jiu", "Yi", "Er")))} 等人，手機待查。"),
        ("zhuyin-prose", r => string.Join(" ", Enumerable.Range(0, 10).Select(_ => Pick(r, "ㄅㄚ", "ㄇㄚ", "ㄨㄛˇ", "ㄞˋ", "ㄋㄧˇ", "ㄙㄢ", "ㄧ", "ㄉㄜ˙", "ㄕˋ", "ㄦˊ"))) + "，這是注音練習。"),
        ("roman-list", r => $"{string.Join(" ", Roman.Skip(1).Take(r.Next(4, 9)).Select(n => n + "."))} 各點請見附件，電話另附。"),
        ("roman-chapters", r => $"第 {string.Join("、", Roman.Skip(1).Take(r.Next(5, 9)))} 章已讀完，電話聯絡。"),
        ("english-sentence", r => $"I bought {Pick(r, English.Skip(2).ToArray())} apples and {Pick(r, English.Skip(2).ToArray())} pears for {Pick(r, English.Skip(2).ToArray())} people, then called home."),
        ("order-pinyin", r => $"訂單編號 {string.Join(" ", Enumerable.Range(0, 8).Select(_ => Pick(r, Pinyin[r.Next(1, 10)])))}，請查出貨。"),
    };

    [Fact]
    public void Prose_lists_and_numbers_in_those_scripts_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotValues)
        {
            var r = new Random(CaseGenerator.StableSeed($"digits41/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"digits41-negative {name}", IsClean(make(r)));
        }
        tally.Assert(output, floor: 1.0);
    }
}

/// <summary>
/// Floors of round 41's cells (<see cref="WrittenMailFormsTests"/>, <see cref="DigitScriptsTests"/>): the honest figure of
/// det-email41 (T). A cell held lower names what it leaves in the README's det-email41 subsection.
/// </summary>
internal static class CellFloorsWrittenForms41
{
    /// <summary>
    /// An ID or certificate whose letter is I, V or X with its digits in Roman numerals: the letter reads as a numeral too
    /// (V II I VII… is 5217… as well as V217…), so those cells are held at 0.9 (det-email41, T: 2 of 240 missed).
    /// </summary>
    public static double Of(string cell) => cell.Contains("× roman ×") && (cell.Contains(" id ") || cell.Contains(" arc-2021 ")) ? 0.9 : 1.0;
}
