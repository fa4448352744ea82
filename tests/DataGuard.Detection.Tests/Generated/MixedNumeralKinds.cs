using System.Text;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 41 (categories of set U42, open): one value written in many numeral kinds at once — sound-alikes (諧音) that staff
/// type most, Chinese, financial and radio numerals, ASCII, full-width and other scripts' digits — with one odd mark repeated
/// between its groups (苓酒戚依•柳散衣•菱私悟, K伊醫韭~衫午傘~伊散菱, C九苓八、五貳留、尔依悟), two common sound-alikes at its tail, or
/// a landline's seven or eight local digits after its label (家裡電話 餓留屋 吧衫酒留). The sound-alikes are drawn from the
/// engine's searched list (<see cref="SoundAlikeTable.SearchedCharacters"/>), so a character added there is drawn without a
/// second list. Look-alikes in the same frames: <see cref="LookAlike"/>.
/// </summary>
internal static class MixedNumeralKinds
{
    /// <summary>The marks set U42 repeated between groups, each a variant of its own (named by <see cref="MarkNames"/>).</summary>
    private static readonly string[] Marks =
    {
        "•", "∙", "·", "‧", "~", "～", "_", "＿", "|", "｜", "、", "…", "→", "+", "＋", "*", "＊", "♦", "☆", "★", " ",
    };

    private static readonly string[] MarkNames =
    {
        "bullet", "bullet-operator", "middle-dot", "hyphenation-point", "tilde", "tilde-fw", "underscore", "underscore-fw", "bar",
        "bar-fw", "enumeration-comma", "ellipsis", "arrow", "plus", "plus-fw", "star", "star-fw", "diamond", "white-star",
        "black-star", "space",
    };

    /// <summary>First code point of 0 in each other script (Arabic-Indic, Eastern Arabic, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer, full width).</summary>
    private static readonly int[] ScriptZeros = { 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10 };

    private const string ChineseNumerals = "〇一二三四五六七八九";
    private const string FinancialNumerals = "零壹貳參肆伍陸柒捌玖";
    private const string RadioNumerals = "洞幺兩三四五六拐八勾";

    private static readonly SurfaceVariant[] MarkVariants =
        Marks.Select((mark, i) => new SurfaceVariant($"mixed41.mark.{MarkNames[i]}", (v, r) => Write(v, r, mark, Kinds.Numerals))).ToArray();

    private static SurfaceVariant Scripts { get; } = new("mixed41.other-scripts", (v, r) => Write(v, r, CaseContexts.Pick(r, "-", "•", "、", "_"), Kinds.Scripts));

    private static SurfaceVariant CommonTail { get; } = new("mixed41.common-tail", (v, r) => WriteCommonTail(v, r));

    private static SurfaceVariant Local { get; } = new("mixed41.local", (v, r) => Write(v, r, CaseContexts.Pick(r, " ", "-", ""), Kinds.Local));

    private enum Kinds { Numerals, Scripts, Local }

    private static readonly string[] FamilyNames = { "phone.mobile", "id.national.male", "id.arc.2021", "card.visa" };

    private static readonly string[] LocalFamilies = { "phone.local.7", "phone.local.8" };

    /// <summary>The cells of this round: families × each mark, other scripts and a common tail × label, chat line and prose; landlines' locals after a label.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var families = ValueFamilies.All.Where(f => Array.IndexOf(FamilyNames, f.Name) >= 0).ToArray();
        var variants = MarkVariants.Concat(new[] { Scripts, CommonTail }).ToArray();
        foreach (var c in CaseGenerator.Cross(families, variants, MixedSoundAlikes.Contexts, (f, v, c) => true)) yield return c;
        var locals = ValueFamilies.All.Where(f => Array.IndexOf(LocalFamilies, f.Name) >= 0).ToArray();
        // A local number is a phone only right after its label: no prose frame (他的電話是…) names it so.
        foreach (var c in CaseGenerator.Cross(locals, new[] { Local }, MixedSoundAlikes.Contexts, (f, v, c) => c.Name != "sentence.sound-alikes")) yield return c;
    }

    /// <summary>The floor of a cell of this round, or false for another cell.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!parts[1].StartsWith("mixed41.", StringComparison.Ordinal)) return false;
        floor = Array.IndexOf(Left, parts[1]) >= 0 ? 0.0 : 1.0;
        return true;
    }

    /// <summary>
    /// Marks left (T, last run: 0 to 2 of 5 per cell): the sound-alikes between them are read, but a bar, a plus or an
    /// ellipsis between a value's groups is taken by the recognizers only in a few frames — a bar is a table's cell break, a
    /// plus a sum. Held at their figure (0) so the cells keep reporting; every other cell reached 5 of 5 and is held there.
    /// </summary>
    private static readonly string[] Left =
        { "mixed41.mark.bar", "mixed41.mark.bar-fw", "mixed41.mark.plus", "mixed41.mark.plus-fw", "mixed41.mark.ellipsis" };

    /// <summary>
    /// The value's digits in groups (a phone 4-3-3, an ID's or certificate's nine 3-3-3 after its letter, a card 4-4-4-4, a
    /// local number as planted), the groups parted by <paramref name="mark"/>, every digit in a kind drawn for it; at least
    /// three sound-alikes. Null for a family the form does not fit.
    /// </summary>
    private static string? Write(PlantedValue value, Random r, string mark, Kinds kinds)
    {
        string canonical = value.Canonical;
        if (canonical.Contains('@')) return null;
        string letters = new(canonical.TakeWhile(char.IsAsciiLetter).ToArray());
        string digits = new(canonical.Where(char.IsAsciiDigit).ToArray());
        int[] groups = kinds == Kinds.Local ? value.Groups.Select(g => g.Count(char.IsAsciiDigit)).ToArray() : GroupsOf(digits.Length);
        if (groups.Length == 0) return null;
        var written = new StringBuilder(letters);
        int at = 0, script = ScriptZeros[r.Next(ScriptZeros.Length)];
        for (int g = 0; g < groups.Length; g++)
        {
            if (g > 0) written.Append(mark);
            for (int k = 0; k < groups[g]; k++, at++) written.Append(DigitIn(digits[at] - '0', r, kinds, at % 3 == 0, script));
        }
        return written.ToString();
    }

    private static int[] GroupsOf(int digits) => digits switch
    {
        9 => new[] { 3, 3, 3 },
        10 => new[] { 4, 3, 3 },
        16 => new[] { 4, 4, 4, 4 },
        _ => Array.Empty<int>(),
    };

    // One digit: every third a sound-alike the staff type most (so each value holds at least three), the others of a kind drawn.
    private static string DigitIn(int digit, Random r, Kinds kinds, bool soundAlike, int scriptZero)
    {
        if (soundAlike || r.Next(3) == 0) return SoundAlike(digit, r).ToString();
        return kinds switch
        {
            Kinds.Scripts => r.Next(2) == 0 ? char.ConvertFromUtf32(scriptZero + digit) : ((char)('0' + digit)).ToString(),
            Kinds.Local => r.Next(2) == 0 ? ChineseNumerals[digit].ToString() : ((char)('0' + digit)).ToString(),
            _ => r.Next(5) switch
            {
                0 => ChineseNumerals[digit].ToString(),
                1 => FinancialNumerals[digit].ToString(),
                2 => RadioNumerals[digit].ToString(),
                3 => ((char)('０' + digit)).ToString(),
                _ => ((char)('0' + digit)).ToString(),
            },
        };
    }

    /// <summary>A phone's or ID's digits all in searched sound-alikes but the last two, two sound-alikes common in prose (…菱私悟).</summary>
    private static string? WriteCommonTail(PlantedValue value, Random r)
    {
        string canonical = value.Canonical;
        string letters = new(canonical.TakeWhile(char.IsAsciiLetter).ToArray());
        string digits = new(canonical.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is not (9 or 10) || canonical.Contains('@')) return null;
        if (Common[digits[^1] - '0'].Length == 0 || Common[digits[^2] - '0'].Length == 0) return null; // 3 has no common sound-alike
        var written = new StringBuilder(letters);
        string mark = CaseContexts.Pick(r, "-", "•", "");
        int first = GroupsOf(digits.Length)[0];
        for (int i = 0; i < digits.Length; i++)
        {
            if (i == first || i == first + 3) written.Append(mark);
            written.Append(i >= digits.Length - 2 ? Draw(Common[digits[i] - '0'], r) : SoundAlike(digits[i] - '0', r));
        }
        return written.ToString();
    }

    private static char SoundAlike(int digit, Random r) => Draw(Searched[digit], r);

    private static char Draw(string characters, Random r) => characters[r.Next(characters.Length)];

    /// <summary>For each digit, the engine's searched sound-alikes (the ones staff type most).</summary>
    private static readonly string[] Searched = ByDigit(c => SoundAlikeTable.SearchedCharacters.IndexOf(c) >= 0);

    /// <summary>For each digit, the engine's sound-alikes common in prose (私 思 悟 流 是…), read only inside a run.</summary>
    private static readonly string[] Common = ByDigit(SoundAlikeTable.IsCommonInProse);

    private static string[] ByDigit(Func<char, bool> keep)
    {
        var result = new StringBuilder[10];
        for (int d = 0; d < 10; d++) result[d] = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            if (SoundAlikeTable.DigitOf(c) is char digit && keep(c)) result[digit - '0'].Append(c);
        }
        return result.Select(b => b.ToString()).ToArray();
    }

    /// <summary>
    /// The same frames around no value: ordinary words made of these characters parted by the same marks (依舊•期間•山區),
    /// words after a landline label (家裡電話 留言依舊), amounts in financial numerals, dates and times in Chinese numerals, law
    /// articles, addresses, lists numbered with circled digits, and case, invoice and tax numbers, model codes, masked phones.
    /// </summary>
    public static string LookAlike(Random r)
    {
        string mark = Marks[r.Next(Marks.Length)];
        string Words(int count) => string.Join(mark, Enumerable.Range(0, count).Select(_ => CaseContexts.Pick(r, ProseWords)));
        return r.Next(10) switch
        {
            0 => $"{CaseContexts.Pick(r, "備註", "關鍵字", "標籤")}：{Words(3 + r.Next(3))}",
            1 => $"{CaseContexts.Pick(r, "家裡電話", "市話", "電話")} {CaseContexts.Pick(r, "留言依舊", "舊款已停", "期間無人接", "山區收訊差", "午餐時間打")}，{CaseContexts.Pick(r, ProseWords)}",
            2 => $"金額{FinancialNumerals[1 + r.Next(9)]}萬{FinancialNumerals[1 + r.Next(9)]}仟{FinancialNumerals[1 + r.Next(9)]}佰元整{mark}{CaseContexts.Pick(r, "依舊未付", "期間內繳清", "私人借款")}",
            3 => $"{ChineseDate(r)}下午{ChineseNumerals[1 + r.Next(5)]}點{ChineseNumerals[1 + r.Next(5)]}十分{mark}{CaseContexts.Pick(r, "在山區", "午餐後", "酒駕")}",
            4 => $"依刑法第{ChineseNumerals[1 + r.Next(3)]}百{ChineseNumerals[1 + r.Next(9)]}十{ChineseNumerals[1 + r.Next(9)]}條第{ChineseNumerals[1 + r.Next(3)]}項{mark}酒駕{mark}期間",
            5 => $"地址 台中市西屯區文心路{ChineseNumerals[1 + r.Next(4)]}段{ChineseNumerals[2 + r.Next(3)]}十{ChineseNumerals[1 + r.Next(9)]}號{ChineseNumerals[2 + r.Next(8)]}樓",
            6 => string.Concat(Enumerable.Range(0, 4 + r.Next(5)).Select(i => (char)('①' + i) + CaseContexts.Pick(r, ProseWords))),
            7 => $"{CaseContexts.Pick(r, "案號", "訂單", "單號")} {110 + r.Next(4)}{mark}{ValueFamilies.Digits(r, 3)}{mark}{ValueFamilies.Digits(r, 3)}，{CaseContexts.Pick(r, ProseWords)}",
            8 => $"發票 {CaseContexts.Pick(r, "AB", "KX", "QT")}{mark}{ValueFamilies.Digits(r, 4)}{mark}{ValueFamilies.Digits(r, 4)}，統編 {ValueFamilies.Digits(r, 8)}{CaseContexts.Pick(r, ProseWords)}",
            _ => $"型號 RX-8一輛{mark}手機 09{ValueFamilies.Digits(r, 2)}{mark}***{mark}{ValueFamilies.Digits(r, 3)}（已遮罩）{mark}{CaseContexts.Pick(r, ProseWords)}",
        };
    }

    private static readonly string[] ProseWords =
    {
        "依舊", "期間", "山區", "留言", "酒駕", "午餐", "私人", "舊款", "衣服", "巴士", "酒吧", "舞衣", "醫院", "寺廟", "爸爸", "柳樹", "衫褲",
        "意思", "久違", "屋頂", "吾兒", "溜冰", "妻子", "漆黑", "疤痕", "伊人", "耳機", "兒子", "傘架",
    };

    private static string ChineseDate(Random r) =>
        $"{ChineseNumerals[1]}{ChineseNumerals[1]}{ChineseNumerals[r.Next(5)]}年{ChineseNumerals[1 + r.Next(9)]}月{ChineseNumerals[1 + r.Next(9)]}日";
}
