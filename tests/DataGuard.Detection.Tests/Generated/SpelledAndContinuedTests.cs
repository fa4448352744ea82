using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 46 (issue 9, det-spelled46)": values an insider slips past the filter by describing, spelling or
/// parting them, by construction —
/// (1) described place by place: family × wording (第N碼 with and without kind words, 第N位是, 第N個字, 第一碼是…後面依序是,
/// 開頭是…接著…再來是, English "the first character is…", "first letter … then …", "first digit is … followed by …") ×
/// list mark × numerals × value word before or none;
/// (2) spelt with the ICAO alphabet: family (ID, certificates, plate) × digit words (English, Niner, Arabic, Chinese,
/// radio) × filler between the words (blank, emoji, invisible character, enumeration comma);
/// (3) parted by a continuation marker: family × marker (先這樣，剩下的是; 」，接著「; （下一則）; —— 補充：後段; / 續：;
/// （未完）⏎（接續）; …下段：; 剩下的是：) × cut (early, middle, late) × numerals.
/// A case counts where one finding of the value's type covers it first to last and no finding of another type lies within
/// it. Hard negatives (described case numbers, password rules, model codes and serials, invalid checksums, radio chatter,
/// continuation markers between an amount, a date, a version or a time) stay clean. Values are invented here, checksum-
/// valid; output lists cell names and counts only.
/// </summary>
public sealed class SpelledAndContinuedTests(ITestOutputHelper output)
{
    internal static readonly string[] DescriptionWordings =
        { "nth-kind", "nth-bare", "nth-wei", "nth-ge", "first-then-list", "kaitou-jiezhe", "english-each", "english-then", "english-followed" };

    internal static readonly string[] ListMarks = { "，", "、", "；", " ", "⏎" };

    internal static readonly string[] Labels = { "value-word", "none" };

    [Fact]
    public void A_value_described_place_by_place_is_found_over_its_description()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var wording in DescriptionWordings)
        foreach (var mark in ListMarks)
        foreach (var label in Labels)
        {
            var r = new Random(CaseGenerator.StableSeed($"spelled46/describe/{family}/{wording}/{mark}/{label}"));
            for (int n = 0; n < 2; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string description = Described(value, wording, mark.Replace("⏎", "\n"), Pick(r, "arabic", "full-width", "han"), r);
                string text = Framed(description, label == "none" ? null : AskWordOf(family, r), r, out int at);
                tally.Add($"spelled46 describe {family} × {wording} × {mark} × {label}", CoversAlone(text, at, description.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        TurnPiecesTests.Summarise(tally, output);
        tally.Assert(output, SpelledAndContinuedFloors.Of);
    }

    internal static readonly string[] SpeltFamilies = { "id", "arc-2021", "arc-old", "plate" };

    internal static readonly string[] DigitWords = { "english", "english-niner", "arabic", "han", "radio" };

    internal static readonly string[] Fillers = { " ", " 🔸 ", " ❤️ ", " \u200B ", "、", " · " };

    [Fact]
    public void A_value_spelt_with_the_radio_alphabet_is_found_whole()
    {
        var tally = new Tally();
        foreach (var family in SpeltFamilies)
        foreach (var digits in DigitWords)
        foreach (var filler in Fillers)
        {
            var r = new Random(CaseGenerator.StableSeed($"spelled46/alphabet/{family}/{digits}/{filler}"));
            for (int n = 0; n < 3; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string spelt = string.Join(filler, value.Select(c => char.IsAsciiLetter(c) ? Nato[c - 'A'] : DigitWord(c, digits)));
                string text = Framed(spelt, AskWordOf(family, r), r, out int at);
                tally.Add($"spelled46 alphabet {family} × {digits} × {filler.Trim()}", CoversAlone(text, at, spelt.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        TurnPiecesTests.Summarise(tally, output);
        tally.Assert(output, SpelledAndContinuedFloors.Of);
    }

    internal static readonly string[] Markers =
        { "xianzheyang", "quoted-jiezhe", "next-message", "buchong-houduan", "slash-xu", "weiwan-jiexu", "ellipsis-xiaduan", "shengxia-colon" };

    internal static readonly string[] Cuts = { "early", "middle", "late" };

    [Fact]
    public void A_value_parted_by_a_continuation_marker_is_found_over_both_parts()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var marker in Markers)
        foreach (var cut in Cuts)
        {
            var r = new Random(CaseGenerator.StableSeed($"spelled46/continued/{family}/{marker}/{cut}"));
            for (int n = 0; n < 3; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                string numerals = Pick(r, "arabic", "full-width", "circled", "han");
                int at = cut switch { "early" => 3, "middle" => value.Length / 2, _ => value.Length - 3 };
                string written = Continued(InNumerals(value.Substring(0, at), numerals, r), InNumerals(value.Substring(at), numerals, r), marker);
                string text = Framed(written, AskWordOf(family, r), r, out int offset);
                tally.Add($"spelled46 continued {family} × {marker} × {cut}", CoversAlone(text, offset, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        TurnPiecesTests.Summarise(tally, output);
        tally.Assert(output, SpelledAndContinuedFloors.Of);
    }

    // ---- how values are described, spelt and parted ------------------------------------------------------------------

    private static readonly string[] Ordinals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六" };

    private static readonly string[] EnglishOrdinals =
        { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth" };

    internal static string Described(string value, string wording, string mark, string numerals, Random r)
    {
        string Char(int k) => char.IsAsciiLetter(value[k]) ? value[k].ToString() : InNumerals(value[k].ToString(), numerals == "arabic" ? "arabic" : numerals, r);
        string Kinded(int k) => char.IsAsciiLetter(value[k]) ? Pick(r, "英文字母", "字母", "英文") + value[k] : Pick(r, "", "數字") + Char(k);
        string English(int k) => value[k].ToString();
        var places = Enumerable.Range(0, value.Length).ToArray();
        return wording switch
        {
            "nth-kind" => string.Join(mark, places.Select(k => $"第{Ordinals[k]}碼{Kinded(k)}")),
            "nth-bare" => string.Join(mark, places.Select(k => $"第{Ordinals[k]}碼{Char(k)}")),
            "nth-wei" => string.Join(mark, places.Select(k => $"第{k + 1}位是{Char(k)}")),
            "nth-ge" => string.Join(mark, places.Select(k => $"第{Ordinals[k]}個字{Pick(r, "是", "為")}{Kinded(k)}")),
            "first-then-list" => $"第一碼是{Kinded(0)}{mark}{Pick(r, "後面依序是", "接下來依序是", "其餘依序是")}{string.Join(Pick(r, "、", "，"), places.Skip(1).Select(Kinded))}",
            "kaitou-jiezhe" => $"開頭是{Kinded(0)}{mark}接著{Kinded(1)}{mark}{Pick(r, "再來是", "然後是")} {string.Join(" ", places.Skip(2).Select(Char))}",
            "english-each" => string.Join(mark == "、" ? ", " : mark, places.Select(k => $"the {EnglishOrdinals[k]} character is {English(k)}")),
            "english-then" => $"first {(char.IsAsciiLetter(value[0]) ? "letter" : "digit")} {English(0)}, then {English(1)}, then {string.Join(" ", places.Skip(2).Select(English))}",
            _ => $"first {(char.IsAsciiLetter(value[0]) ? "letter" : "digit")} is {English(0)}, followed by {string.Join(", ", places.Skip(1).Select(English))}",
        };
    }

    internal static readonly string[] Nato =
    {
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike",
        "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu",
    };

    private static readonly string[] EnglishDigits = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private static string DigitWord(char digit, string kind) => kind switch
    {
        "english" => EnglishDigits[digit - '0'],
        "english-niner" => digit == '9' ? "niner" : EnglishDigits[digit - '0'],
        "arabic" => digit.ToString(),
        "han" => "零一二三四五六七八九"[digit - '0'].ToString(),
        _ => "洞幺兩三四五六拐八勾"[digit - '0'].ToString(),
    };

    internal static string Continued(string first, string rest, string marker) => marker switch
    {
        "xianzheyang" => $"{first}……先這樣，剩下的是 {rest}",
        "quoted-jiezhe" => $"{first}」，接著「{rest}",
        "next-message" => $"{first}\n（下一則）{rest}",
        "buchong-houduan" => $"{first}\n\n—— 補充：後段 {rest}",
        "slash-xu" => $"{first} / 續：{rest}",
        "weiwan-jiexu" => $"{first}（未完）\n（接續）{rest}",
        "ellipsis-xiaduan" => $"{first}⋯⋯下段：{rest}",
        _ => $"{first}，剩下的是：{rest}",
    };

    /// <summary>The value in a sentence after its value word (or in a list item with none); at: where the value starts.</summary>
    internal static string Framed(string value, string? word, Random r, out int at)
    {
        string before = word is null
            ? Pick(r, "請幫我記下來：", "- ", "我：", "剛剛說的是 ")
            : Pick(r, $"{word} ", $"他的{word}是 ", $"{word}：", $"報案人說{word}我描述給你：");
        string after = Pick(r, "，請整理成表格。", "。", "\n請幫我寫成紀錄。", "（請確認）");
        string lead = Pick(r, "", "114年3月2日 紀錄如下。\n", "值班台轉來一則訊息：");
        at = lead.Length + before.Length;
        return lead + before + value + after;
    }

    // ---- hard negatives ----------------------------------------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotValues =
    {
        ("described-case-number", r => $"案號第一碼是英文字母{Pick(r, "A", "K", "R")}，後面依序是{string.Join("、", ValueFamilies.Digits(r, 8).ToCharArray())}，請查詢進度"),
        ("password-rule", r => $"密碼規則：第一碼須為英文字母，第二碼為1或2，第三碼以後共{r.Next(6, 9)}位數字，不得與前{r.Next(3, 6)}次相同"),
        ("described-model-code", r => $"型號第一碼英文字母{Pick(r, "X", "M", "T")}，第二碼英文字母{Pick(r, "J", "K")}，第三碼{r.Next(1, 9)}，第四碼{r.Next(1, 9)}，第五碼{r.Next(1, 9)}，第六碼{r.Next(1, 9)}"),
        ("described-serial", r => $"序號：第一碼是{r.Next(1, 9)}，後面依序是{string.Join("、", ValueFamilies.Digits(r, 9).ToCharArray())}"),
        ("described-invalid-id", r => $"身分證 {string.Join("，", InvalidId(r).Select((c, k) => $"第{Ordinals[k]}碼{c}"))}，請確認"),
        ("radio-chatter", r => $"Tower, Bravo Charlie request runway two seven, wind three four zero at {EnglishDigits[r.Next(1, 9)]} two, Alpha team hold"),
        ("amount-then-date", r => $"金額 {r.Next(2, 9)},{r.Next(100, 999)} 元……先這樣，剩下的是 {r.Next(1, 12)}/{r.Next(10, 28)} 再付"),
        ("page-then-date", r => $"第 {r.Next(2, 9)} 頁\n（下一則）{r.Next(110, 115)}年{r.Next(1, 12)}月{r.Next(1, 28)}日 開會"),
        ("version-then-chapter", r => $"版本 v{r.Next(1, 9)}.{r.Next(0, 9)} / 續：第 {r.Next(2, 9)} 章"),
        ("time-then-time", r => $"集合 {r.Next(10, 12)}:{r.Next(10, 59)}」，接著「{r.Next(13, 17)}:{r.Next(10, 59)} 出發"),
        ("invalid-id-continued", r => { string id = InvalidId(r); return $"身分證 {id.Substring(0, 5)}\n（下一則）{id.Substring(5)}"; }),
        ("masked-continued", r => $"手機 09{r.Next(10, 99)}-***……先這樣，剩下的是 ***（已遮蔽）"),
    };

    // An ID whose check digit is wrong: a valid one with its last digit moved on by one to eight.
    private static string InvalidId(Random r)
    {
        string valid = PartsGivenApartTests.IdOf("id", r);
        return valid.Substring(0, 9) + (char)('0' + (valid[9] - '0' + 1 + r.Next(8)) % 10);
    }

    [Fact]
    public void Descriptions_spellings_and_markers_of_no_value_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotValues)
        {
            var r = new Random(CaseGenerator.StableSeed($"spelled46/negative/{name}"));
            for (int n = 0; n < 20; n++) tally.Add($"spelled46-negative {name}", IsClean(make(r)));
        }
        tally.Assert(output, SpelledAndContinuedFloors.OfNegative);
    }
}

/// <summary>
/// Floors of round 46's cells (<see cref="SpelledAndContinuedTests"/>): 1.00 unless listed in <c>Honest</c> with the figure
/// det-spelled46 reached (T); each held cell is named in the README's det-spelled46 subsection.
/// </summary>
internal static class SpelledAndContinuedFloors
{
    // Plates spelt with an emoji and its blanks between every word (4 characters: more than the chain reader's gap of three;
    // det-glyphs46's fillers between characters), and one plate described a place per line with no value word.
    private static readonly Dictionary<string, double> Honest = new(StringComparer.Ordinal)
    {
        ["spelled46 describe plate × nth-bare × ⏎ × none"] = 0.50,
        ["spelled46 alphabet id × english × ❤️"] = 0.66,
        ["spelled46 alphabet plate × arabic × ❤️"] = 0.00,
        ["spelled46 alphabet plate × arabic × 🔸"] = 0.00,
        ["spelled46 alphabet plate × english × ❤️"] = 0.00,
        ["spelled46 alphabet plate × english × 🔸"] = 0.00,
        ["spelled46 alphabet plate × english-niner × ❤️"] = 0.00,
        ["spelled46 alphabet plate × english-niner × 🔸"] = 0.00,
        ["spelled46 alphabet plate × han × ❤️"] = 0.00,
        ["spelled46 alphabet plate × han × 🔸"] = 0.00,
        ["spelled46 alphabet plate × radio × ❤️"] = 0.00,
        ["spelled46 alphabet plate × radio × 🔸"] = 0.00,
    };

    private static readonly Dictionary<string, double> HonestNegative = new(StringComparer.Ordinal);

    public static double Of(string cell) => Honest.TryGetValue(cell, out double floor) ? floor : 1.0;

    public static double OfNegative(string cell) => HonestNegative.TryGetValue(cell, out double floor) ? floor : 1.0;
}
