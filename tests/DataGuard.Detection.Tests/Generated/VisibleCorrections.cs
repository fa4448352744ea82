using System.Text;
using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 32 (categories of sets U23, U24): values with a correction left visible — a wrong character and a deletion mark
/// (a backspace typed as &lt; or ←, (x), （刪）), a misread character and the right one in brackets after it (B［8］, ?[7],
/// O(0)), a struck character before a hyphen (ABC~~5~~-1235) — and the letter of an ID or certificate written as the
/// Chinese syllables English letters are read with (替 for T, 艾姆 for M), its digits in digits or numerals. Every family
/// × form × <see cref="Contexts"/> × position, with look-alikes of the same shapes (<see cref="MarksInText"/>,
/// <see cref="ReadingsInText"/>).
/// </summary>
internal static class VisibleCorrections
{
    /// <summary>Frames of the main cross: prose with and without a label, a list, a table, JSON, a chat line, English, and a sentence that says its letters are read out.</summary>
    private static readonly string[] Contexts =
    {
        "sentence.label", "sentence.none", "list.label", "table.label", "json.label", "line.label", "english.label",
    };

    /// <summary>A sentence that says the value's first letter is read out in Chinese, and no ID word.</summary>
    private static CaseContext KeyStated { get; } = new("sentence.letter-read-out", Cue.None, (_, r) => (
        CaseContexts.Pick(r, "開頭字母我用中文念：", "上次被擋，這次字母念出來：", "第一個字是英文字母的念法，經查 "),
        CaseContexts.Pick(r, "（第一個字是英文字母的念法）", "，開頭是英文字母的念法。")), Families: "id.");

    private static readonly string[] DeletionMarks = { "<", "←", "(x)", "（刪）", "(X)", "（x）" };

    private static readonly (string Open, string Close)[] Brackets = { ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）") };

    /// <summary>Letters an OCR pass reads for a digit (B for 8, O for 0, I for 1, S for 5, Z for 2, G for 6).</summary>
    private const string OcrLetters = "O0I1Z2S5G6B8";

    /// <summary>
    /// English letters as Taiwan writers spell them in Chinese characters (written independently of the engine's table):
    /// the letters of a national ID's or certificate's area.
    /// </summary>
    private static readonly Dictionary<char, string[]> Readings = new()
    {
        ['A'] = new[] { "欸" }, ['B'] = new[] { "逼", "比" }, ['C'] = new[] { "西" }, ['D'] = new[] { "迪", "低" },
        ['E'] = new[] { "伊" }, ['F'] = new[] { "艾福", "欸夫" }, ['G'] = new[] { "吉", "基" }, ['H'] = new[] { "欸取", "艾曲" },
        ['I'] = new[] { "愛" }, ['J'] = new[] { "傑" }, ['K'] = new[] { "凱" }, ['L'] = new[] { "欸樓", "艾勒" },
        ['M'] = new[] { "艾姆", "欸姆" }, ['N'] = new[] { "恩" }, ['O'] = new[] { "歐" }, ['P'] = new[] { "批", "皮" },
        ['Q'] = new[] { "丘", "秋" }, ['R'] = new[] { "阿爾" }, ['S'] = new[] { "艾斯", "欸斯" }, ['T'] = new[] { "替", "踢" },
        ['U'] = new[] { "優" }, ['V'] = new[] { "威" }, ['W'] = new[] { "達布溜", "威" }, ['X'] = new[] { "艾克斯" },
        ['Y'] = new[] { "歪" }, ['Z'] = new[] { "滋" },
    };

    /// <summary>Letters with a reading of two or more characters, which no ordinary word shares: read without an ID word.</summary>
    private const string WordReadLetters = "FHLMRSWX";

    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string FinancialDigits = "零壹貳參肆伍陸柒捌玖";
    private const string RadioDigits = "洞幺兩三四五六拐八勾";

    private static readonly SurfaceVariant[] Variants =
    {
        new("typo.deletion-mark", (v, r) => Deleted(v, r)),
        new("typo.ocr-bracket", (v, r) => Bracketed(v, r)),
        new("typo.struck-before-hyphen", (v, r) => StruckBeforeHyphen(v, r)),
        new("homophones.letter", (v, r) => LetterRead(v, r, null, wordReading: false)),
        new("homophones.letter-numerals", (v, r) => LetterRead(v, r, CaseContexts.Pick(r, ChineseDigits, FinancialDigits, RadioDigits), wordReading: false)),
        new("homophones.letter-word", (v, r) => LetterRead(v, r, null, wordReading: true)),
    };

    public static IEnumerable<GeneratedCase> Positives()
    {
        var contexts = CaseContexts.All.Where(c => Array.IndexOf(Contexts, c.Name) >= 0).Append(KeyStated).ToArray();
        return CaseGenerator.Cross(ValueFamilies.All, Variants, contexts, (family, variant, context) =>
            !(family.NeedsContext && context.Cue == Cue.None)
            && family.Name.StartsWith(context.Families, StringComparison.Ordinal)
            && (context != KeyStated || variant.Name.StartsWith("homophones.", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The floor of a cell of this round, or false for any other cell. A corrected value reads as the canonical value does,
    /// so it has the canonical cell's floor in the same context; a one-character letter reading with no ID word and no
    /// stated key is out of scope (it is an ordinary word as often: 西, 替, 比).
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Variants, v => v.Name == parts[1])) return false;
        if (parts[2] == "sentence.none" && parts[1] is "homophones.letter" or "homophones.letter-numerals") return true;
        floor = parts[2] == KeyStated.Name ? CellFloors.Default : CellFloors.For($"{parts[0]} × canonical × {parts[2]}");
        // Every other cell of this round reached 1.000 when the round ended: its floor is raised there.
        if (floor is not null && !BelowFull.Contains(string.Join(" × ", parts))) floor = 1.0;
        return true;
    }

    /// <summary>
    /// The in-scope cells of this round that reached their canonical floor but not 1.000 when the round ended (T, run of
    /// 2026-12-06). The letter readings miss one position in each: glued by 是 to a frame that is no ID label (| 王小明 |
    /// 是…, ID number是…), where a reading is taken as a word unless the text states its key.
    /// </summary>
    private static readonly HashSet<string> BelowFull = new(BelowFullCells.Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private const string BelowFullCells = """
id.arc.2021 × homophones.letter × english.label
id.arc.2021 × homophones.letter × table.label
id.arc.2021 × homophones.letter-numerals × english.label
id.arc.2021 × homophones.letter-numerals × table.label
id.arc.2021 × homophones.letter-word × english.label
id.arc.2021 × homophones.letter-word × sentence.none
id.arc.2021 × homophones.letter-word × table.label
id.national.female × homophones.letter × english.label
id.national.female × homophones.letter × table.label
id.national.female × homophones.letter-numerals × english.label
id.national.female × homophones.letter-numerals × table.label
id.national.female × homophones.letter-word × english.label
id.national.female × homophones.letter-word × sentence.none
id.national.female × homophones.letter-word × table.label
id.national.male × homophones.letter × english.label
id.national.male × homophones.letter × table.label
id.national.male × homophones.letter-numerals × english.label
id.national.male × homophones.letter-numerals × table.label
id.national.male × homophones.letter-word × english.label
id.national.male × homophones.letter-word × sentence.none
id.national.male × homophones.letter-word × table.label
phone.intl.cn × typo.ocr-bracket × sentence.none
phone.intl.hk × typo.deletion-mark × sentence.none
phone.intl.hk × typo.ocr-bracket × sentence.none
phone.intl.mo × typo.deletion-mark × sentence.none
phone.intl.us × typo.deletion-mark × sentence.none
phone.intl.us × typo.ocr-bracket × sentence.none
""";

    // A wrong character and a deletion mark before one of the value's digits (0912-3457<8-678): digits on both sides.
    private static string? Deleted(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail || value.Count(char.IsAsciiLetterOrDigit) < 9) return null;
        int at = PickInside(value, r, k => char.IsAsciiDigit(value[k - 1]) && char.IsAsciiDigit(value[k]));
        if (at < 0) return null;
        return value[..at] + (char)('0' + r.Next(10)) + CaseContexts.Pick(r, DeletionMarks) + value[at..];
    }

    // A digit misread by an OCR pass — a look-alike letter or a question mark — with the right one in brackets after it.
    private static string? Bracketed(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail || value.Count(char.IsAsciiLetterOrDigit) < 9) return null;
        int at = PickInside(value, r, k => char.IsAsciiDigit(value[k - 1]) && char.IsAsciiDigit(value[k]));
        if (at < 0) return null;
        int ocr = OcrLetters.IndexOf(value[at]);
        char misread = ocr > 0 && r.Next(2) == 0 ? OcrLetters[ocr - 1] : '?';
        var (open, close) = Brackets[r.Next(Brackets.Length)];
        return value[..at] + misread + open + value[at] + close + value[(at + 1)..];
    }

    // A character struck out at the end of a group, before the value's hyphen (ABC~~5~~-1235, 0912~~3~~-345-678).
    private static string? StruckBeforeHyphen(PlantedValue v, Random r)
    {
        if (v.IsMail || v.Separator != "-" || v.Groups.Length < 2) return null;
        int group = r.Next(v.Groups.Length - 1);
        var written = new StringBuilder();
        for (int k = 0; k < v.Groups.Length; k++)
        {
            if (k > 0) written.Append('-');
            written.Append(v.Groups[k]);
            if (k == group) written.Append("~~").Append(r.Next(10)).Append("~~");
        }
        return written.ToString();
    }

    // The ID's letter as its Chinese reading; the digits as they are or in one kind of numerals. A word reading makes the
    // value again with a letter read in two or more characters, its serial kept.
    private static string? LetterRead(PlantedValue v, Random r, string? numerals, bool wordReading)
    {
        var value = v.Canonical;
        if (value.Length != 10 || !char.IsAsciiLetter(value[0]) || !value[1..].All(char.IsAsciiDigit)) return null;
        if (wordReading) value = SyntheticIds.Numeric(WordReadLetters[r.Next(WordReadLetters.Length)], value[1] - '0', value[2..9]);
        var digits = numerals is null ? value[1..] : string.Concat(value[1..].Select(c => numerals[c - '0']));
        var readings = Readings[value[0]];
        var reading = wordReading ? readings.First(x => x.Length > 1) : readings[r.Next(readings.Length)];
        return reading + digits;
    }

    // A position inside the value (not its first two characters, not its last) where the test holds, or -1.
    internal static int PickInside(string value, Random r, Func<int, bool> fits)
    {
        for (int tries = 0; tries < 30; tries++)
        {
            int k = 2 + r.Next(Math.Max(1, value.Length - 3));
            if (k < value.Length - 1 && fits(k)) return k;
        }
        return -1;
    }

    /// <summary>
    /// Look-alikes of the correction shapes: a '&lt;' or '←' in a comparison, an arrow or a formula, between numbers too
    /// short to be one value; (x), （刪） and bracketed numbers in formulas, law articles, footnotes and edit logs.
    /// </summary>
    public static string MarksInText(Random r) => CaseContexts.Pick(r,
        $"若數值<{r.Next(2, 10)}則退回，否則{r.Next(10, 99)}<{r.Next(100, 999)}照常處理",
        $"金額 {r.Next(10000, 99999)}<{r.Next(10000, 99999)} 元之間免審",
        $"步驟{r.Next(1, 5)}←步驟{r.Next(5, 9)}，{r.Next(2020, 2026)}←{r.Next(2020, 2026)}年度資料",
        $"for (int i = 0; i<{r.Next(100, 99999)}; i++) total += {r.Next(10, 999)};",
        $"f(x) = {r.Next(2, 9)}x + {r.Next(1, 99)}，第{r.Next(1, 30)}條（刪）",
        $"依第{r.Next(1, 99)}條第{r.Next(1, 5)}(2)款及附件{Letters(r, 1)}(3)辦理",
        $"參考文獻{r.Next(2000, 2026)}[{r.Next(1, 9)}]，表{r.Next(1, 9)}[{r.Next(1, 9)}]",
        $"版本 {r.Next(1, 9)}.{r.Next(0, 9)} ← {r.Next(1, 9)}.{r.Next(0, 9)}，編號 {Digits(r, 4)}(x){Digits(r, 3)}");

    /// <summary>
    /// Look-alikes of the letter readings: a one-character reading that is an ordinary word before nine digits with no ID
    /// word and no stated key (a count, an amount), and readings before nine digits whose checksum fails for their letter.
    /// </summary>
    public static string ReadingsInText(Random r)
    {
        char letter = "BCDEGIJKNOPQTUYZ"[r.Next(16)]; // not A (欸 is H too) nor V (威 is W too)
        string serial = Digits(r, 7);
        string valid = SyntheticIds.Numeric(letter, 1 + r.Next(2), serial);
        string invalid = SyntheticIds.Corrupt(valid, r.Next(9));
        string word = Readings[letter][0];
        string wordLetter = WordReadLetters[r.Next(WordReadLetters.Length)].ToString();
        string failing = SyntheticIds.Corrupt(SyntheticIds.Numeric(wordLetter[0], 1 + r.Next(2), serial), r.Next(9));
        return CaseContexts.Pick(r,
            $"統計：{word}{valid[1..]} 次點擊，較上月成長。",
            $"庫存盤點 {word}{valid[1..]} 件待出貨",
            $"身分證字號：{word}{invalid[1..]}（第一個字是英文字母的念法）",
            $"證號 {Readings[wordLetter[0]][0]}{failing[1..]}",
            $"本月{word}{valid[1..]}元已入帳");
    }
}
