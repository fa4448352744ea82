using System.Text;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "det-plates43": plates as everyday text and its evasions write them (set U45/U46 classes, built over every layout
/// of <see cref="PlateLayoutTable"/>) — (1) the digit group in sound-alike characters, alone or mixed with Arabic digits and
/// Chinese or financial numerals, with one sound-alike common in prose inside, or after letters spelt with the alphabet's
/// words; (2) older layouts with drawn and odd separators (─ 〜 ⁄ ＊ * ∙ ／ _ ~); (3) plates as numbered list items after an
/// accident's role words (1.肇事車… 2.被害車…). Each × separator × frame (plate label, driving verb, role word, radio
/// transcript, numbered list) × position (start, middle, end). Hard negatives of the same shapes: masked phone tails
/// (0958-319-XXX), placeholder plates (ABC-0000, AB-000, an instruction to write a sample), sound-alike words beside codes
/// (舞衣-XL, 山吧 in prose), model codes, invoice and case numbers, flight numbers, versions, SKUs. Values are invented here;
/// the output lists cell names and counts only.
/// </summary>
public sealed class SoundAlikePlatesInFramesTests(ITestOutputHelper output)
{
    private const int CasesPerPosition = 2;

    internal static readonly (string Name, Func<string, Random, string?> Write)[] DigitForms =
    {
        ("sound-alike.all", (d, r) => string.Concat(d.Select(c => SoundAlikeDigits.ForDigit(c, r)))),
        ("sound-alike.with-digits", (d, r) => Mixed(d, r, (c, k) => k % 2 == 0 ? SoundAlikeDigits.ForDigit(c, r) : c)),
        ("sound-alike.with-numerals", (d, r) => Mixed(d, r, (c, k) => k % 2 == 0 ? SoundAlikeDigits.ForDigit(c, r) : SoundAlikeDigits.NumeralFor(c, r))),
        ("sound-alike.one-common", (d, r) => OneCommon(d, r)),
        ("sound-alike.full-width-digits", (d, r) => Mixed(d, r, (c, k) => k % 2 == 1 ? SoundAlikeDigits.ForDigit(c, r) : (char)(c - '0' + '０'))),
    };

    internal static readonly (string Name, string Mark)[] Separators =
    {
        ("hyphen", "-"), ("full-width-hyphen", "－"), ("underscore", "_"), ("tilde", "~"), ("slash.full-width", "／"), ("spaced-hyphen", " - "), ("star.full-width", "＊"),
    };

    internal static readonly string[] Frames = { "label", "verb", "role", "radio", "list" };

    private static readonly string[] Positions = { "start", "middle", "end" };

    [Fact]
    public void Plates_with_sound_alike_digits_are_found_where_a_word_names_them()
    {
        var tally = new Tally();
        using var misses = Misses("");
        foreach (var layout in PlateLayoutTable.All)
        foreach (var form in DigitForms)
        foreach (var separator in Separators)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"sound-alike-plates/{layout.Name}/{form.Name}/{separator.Name}/{frame}"));
            foreach (var position in Positions)
            for (int n = 0; n < CasesPerPosition; n++)
            {
                var (letters, digits, lettersFirst) = layout.Make(r);
                string group = form.Write(digits, r)!;
                string written = lettersFirst ? letters + separator.Mark + group : group + separator.Mark + letters;
                string text = Place(frame, position, written, r, out int at);
                bool hit = PartsGivenApartTests.Finds(text, at, written.Length, EntityTypes.LicensePlate);
                tally.Add($"sound-alike-plate {layout.Name} × {form.Name} × {separator.Name} × {frame}", hit);
                if (!hit) misses?.WriteLine($"{layout.Name} × {form.Name} × {separator.Name} × {frame}\t{text.Replace("\n", "⏎")}");
            }
        }
        PrintParts(tally);
        tally.Assert(output, SoundAlikePlateCellFloors.FloorOf);
    }

    /// <summary>The letters spelt with the alphabet's words (Charlie/Papa/Victor), the digits in sound-alikes, after a plate label.</summary>
    [Fact]
    public void Plates_spelt_with_alphabet_words_and_sound_alike_digits_are_found()
    {
        var tally = new Tally();
        foreach (var layout in PlateLayoutTable.All.Where(l => l.Make(new Random(1)).LettersFirst))
        foreach (var joint in new[] { "/", " ", "-" })
        foreach (var separator in new[] { " _", " －", " ", "-" })
        {
            var r = new Random(CaseGenerator.StableSeed($"sound-alike-plates spelt/{layout.Name}/{joint}/{separator}"));
            for (int n = 0; n < 6; n++)
            {
                var (letters, digits, _) = layout.Make(r);
                string spelt = string.Join(joint, letters.Select(c => AlphabetWords[c - 'A']));
                string group = DigitForms[n % 2].Write(digits, r)!;
                string prefix = Pick(r, "依被害人陳述，對方之車號為 ", "車牌：", "肇事車輛車號 ");
                string text = prefix + spelt + separator + group + Pick(r, "。已函請相關單位協助。", "，請查車主。", "");
                bool hit = PartsGivenApartTests.Finds(text, prefix.Length, spelt.Length + separator.Length + group.Length, EntityTypes.LicensePlate);
                tally.Add($"sound-alike-plate spelt {layout.Name} × joint '{joint}' × separator '{separator.Trim()}'", hit);
            }
        }
        tally.Assert(output, SoundAlikePlateCellFloors.FloorOf);
    }

    /// <summary>Older layouts (and the 2012 one) with the separators set U46 drew or typed, in every frame.</summary>
    [Fact]
    public void Plates_with_drawn_and_odd_separators_are_found()
    {
        var tally = new Tally();
        using var misses = Misses(".separators");
        foreach (var layout in PlateLayoutTable.All)
        foreach (var mark in OddSeparators)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"odd-separator-plates/{layout.Name}/{mark}/{frame}"));
            foreach (var position in Positions)
            for (int n = 0; n < CasesPerPosition; n++)
            {
                var (letters, digits, lettersFirst) = layout.Make(r);
                string written = lettersFirst ? letters + mark + digits : digits + mark + letters;
                string text = Place(frame, position, written, r, out int at);
                bool hit = PartsGivenApartTests.Finds(text, at, written.Length, EntityTypes.LicensePlate);
                tally.Add($"odd-separator-plate {layout.Name} × U+{(int)mark[0]:X4} × {frame}", hit);
                if (!hit) misses?.WriteLine($"{layout.Name} × U+{(int)mark[0]:X4} × {frame}\t{text.Replace("\n", "⏎")}");
            }
        }
        PrintParts(tally);
        tally.Assert(output, SoundAlikePlateCellFloors.FloorOf);
    }

    internal static readonly string[] OddSeparators = { "\u2500", "\u301C", "\u2044", "\uFF0A", "*", "\u2219", "\uFF0F", "_", "~", "\u2501", "\u2215" };

    /// <summary>Codes of the same shapes that are no plate, in the same frames but for the ones that name a plate.</summary>
    [Fact]
    public void Placeholders_masked_tails_and_sound_alike_words_stay_clean()
    {
        var tally = new Tally();
        using var misses = Misses(".negatives");
        foreach (var kind in NegativeKinds)
        foreach (var frame in new[] { "prose", "record", "chat" })
        {
            var r = new Random(CaseGenerator.StableSeed($"sound-alike-plates negative/{kind.Name}/{frame}"));
            for (int n = 0; n < 12; n++)
            {
                string text = NeutralPlace(frame, kind.Make(r), r);
                bool clean = !Scan(text).Any(f => f.Type == EntityTypes.LicensePlate);
                tally.Add($"sound-alike-plate negative {kind.Name} × {frame}", clean);
                if (!clean) misses?.WriteLine($"negative {kind.Name} × {frame}\t{text.Replace("\n", "⏎")}");
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    private static readonly (string Name, Func<Random, string> Make)[] NegativeKinds =
    {
        ("masked-phone-tail", r => $"手機09{r.Next(10, 99)}-{r.Next(100, 999)}-{Pick(r, "XXX", "xxx", "ＸＸＸ")}，資料已遮蔽"),
        ("masked-phone-tail.spaced", r => $"電話 09{r.Next(10, 99)} {r.Next(100, 999)} {Pick(r, "XXX", "XX")}（後碼遮蔽）"),
        ("placeholder.zeros", r => $"車號請寫「{Pick(r, ValueFamilies.Letters(r, 3, current: true) + "-0000", ValueFamilies.Letters(r, 2) + "-0000", "0000-" + ValueFamilies.Letters(r, 2), "ABC-0000", "XX-0000")}」"),
        ("placeholder.sample", r => $"範本內車號寫「{Pick(r, "ABC-1234", "XYZ-1234", "AAA-0000", "AB-1234")}」即可"),
        ("sound-alike-word.size", r => $"{Pick(r, "舞衣", "山衣", "衣衣")}-{Pick(r, "XL", "XS", "SM")}{Pick(r, "兩件", "一套", "")}"),
        ("sound-alike-word.prose", r => $"{Pick(r, "他說吧", "下午", "中山")}-{ValueFamilies.Letters(r, 2)} 的{Pick(r, "訂單", "型號", "規格")}"),
        // a 2012-shaped code whose digits are sound-alikes with no word naming a plate: the reading stands only where one does
        ("sound-alike-code.unnamed", r => $"{Pick(r, "型號", "款式", "代碼")}{ValueFamilies.Letters(r, 3, current: true)}-{string.Concat(PlateLayoutTable.PlateDigits(r, 4).Select(c => SoundAlikeDigits.ForDigit(c, r)))}"),
        ("model.measure-word", r => $"{Pick(r, "RX-8", "MX-5", "CX-30", "GT-R")}{Pick(r, "一輛", "兩台", "一部")}"),
        ("invoice", r => $"發票號碼{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 8)}"),
        ("case-number", r => $"{r.Next(105, 115)}年度偵字第{r.Next(1000, 99999)}號"),
        ("flight", r => $"班機{Pick(r, "CI", "BR", "JX", "IT")}{r.Next(100, 999)}延誤"),
        ("version", r => $"v{r.Next(1, 9)}.{r.Next(0, 9)}.{r.Next(0, 20)}"),
        ("sku", r => $"料號{ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 4)}-{ValueFamilies.Digits(r, 2)}"),
        ("list-decimal", r => $"1.距離 {r.Next(1, 9)}.{r.Next(1, 9)}公里 2.時速 {r.Next(30, 90)} 公里"),
    };

    // A plate in its frame at a position of the text; at is where the written value starts.
    private static string Place(string frame, string position, string value, Random r, out int at)
    {
        var (prefix, suffix) = Frame(frame, r);
        string lead = position == "start" ? "" : Pick(r, "請幫我整理成報告：\n", "以下是今天的紀錄，請摘要。\n", "Please tidy this up:\n");
        string tail = position == "end" ? "" : Pick(r, "\n謝謝。", "\n請回覆處理結果。", "\nThanks.");
        if (position == "end" && frame is not "list") suffix = "";
        at = lead.Length + prefix.Length;
        return lead + prefix + value + suffix + tail;
    }

    private static (string Prefix, string Suffix) Frame(string frame, Random r) => frame switch
    {
        "label" => ($"{Pick(r, "經查", "民眾反映，", "")}{Pick(r, "車牌", "車號", "牌照", "車牌號碼")}{Pick(r, "：", " ", "是", "為")}", Pick(r, "，請協助查詢車主。", "，已通知車主移車。")),
        "verb" => ($"嫌疑人當晚{Pick(r, "駕駛", "駕", "騎乘")}", Pick(r, "，電話0916-821-190", "離開現場。")),
        "role" => ($"{Pick(r, "肇事車", "被害車", "甲車", "乙車")}{Pick(r, "", " ", "：")}", Pick(r, " 與對向車擦撞。", "，駕駛未受傷。")),
        "radio" => ($"無線電：「各巡邏車注意，{Pick(r, "車號", "車牌")}", Pick(r, "，報案人電話0943-669-417」", "，請回報。」")),
        _ => ($"請用條列整理：1.{Pick(r, "肇事車", "甲車")}", $" 2.{Pick(r, "被害車", "乙車")}{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)} 3.目擊者到場"),
    };

    private static string NeutralPlace(string frame, string value, Random r) => frame switch
    {
        "prose" => $"{Pick(r, "請問", "幫我確認", "")}{value}{Pick(r, "，這樣可以嗎？", "。", "")}",
        "record" => $"no,name,note\n1,王○明,{value}\n",
        _ => $"[{r.Next(0, 24):00}:{r.Next(0, 60):00}] {Pick(r, "小陳", "阿宏")}：{value}",
    };

    private static readonly string[] AlphabetWords =
    {
        "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike",
        "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu",
    };

    // Each digit written by `write` (its place in the group given), at least one sound-alike kept.
    private static string Mixed(string digits, Random r, Func<char, int, char> write)
    {
        var builder = new StringBuilder(digits.Length);
        for (int k = 0; k < digits.Length; k++) builder.Append(write(digits[k], k));
        return builder.ToString();
    }

    /// <summary>Sound-alikes common in prose (無 5, 是 4, 路 6, 氣 7, 林 0), one typed inside a group otherwise rare ones.</summary>
    private const string CommonSoundAlikes = "林醫耳山是無路氣爸舊";

    private static string OneCommon(string digits, Random r)
    {
        var builder = new StringBuilder(digits.Length);
        int common = 1 + r.Next(digits.Length - 1); // never the first place
        for (int k = 0; k < digits.Length; k++)
            builder.Append(k == common && CommonSoundAlikes[digits[k] - '0'] is char c && "林是無路氣".IndexOf(c) >= 0 ? c : SoundAlikeDigits.ForDigit(digits[k], r));
        return builder.ToString();
    }

    private void PrintParts(Tally tally)
    {
        var parts = new SortedDictionary<string, (int Found, int Cases)>(StringComparer.Ordinal);
        foreach (var cell in tally.Cells)
        foreach (var part in cell.Key.Split(" × ").Select((p, i) => $"part{i} {p}"))
        {
            parts.TryGetValue(part, out var t);
            parts[part] = (t.Found + cell.Value.Found, t.Cases + cell.Value.Cases);
        }
        foreach (var part in parts) output.WriteLine($"{part.Key}: {part.Value.Found}/{part.Value.Cases}");
    }

    private static StreamWriter? Misses(string suffix) =>
        Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_MISSES") is string path ? new StreamWriter(path + suffix) : null;

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}

/// <summary>Floors of the det-plates43 cells (the honest figure of this branch, T; see its README section).</summary>
internal static class SoundAlikePlateCellFloors
{
    /// <summary>
    /// Every cell (6 cases: 3 positions × 2) is held at 0.83 (5 of 6: a group drawn with a common sound-alike or a numeral that
    /// makes the reading read on); out of scope, printed only (0.0): letters spelt with the alphabet's words before a group of
    /// three or five digits (the letter-row reader takes 2+4 and 3+4 only), and a micro-EV's five sound-alikes after a bar
    /// or tilde in a list or after a role word (the plain 2+5 there scores 0.7 without its hyphen, below what it needs).
    /// </summary>
    public static double FloorOf(string cell)
    {
        bool spelt = cell.Contains(" spelt ", StringComparison.Ordinal);
        if (spelt && (cell.Contains("commercial.3+3", StringComparison.Ordinal) || cell.Contains("heavy-moto.2+3", StringComparison.Ordinal)
            || cell.Contains("micro-ev.2+5", StringComparison.Ordinal))) return 0.0;
        if (cell.Contains("micro-ev.2+5", StringComparison.Ordinal) && (cell.Contains("× tilde ×", StringComparison.Ordinal) || cell.Contains("× underscore ×", StringComparison.Ordinal))
            && (cell.EndsWith("× list", StringComparison.Ordinal) || cell.EndsWith("× role", StringComparison.Ordinal))) return 0.0;
        return 0.83;
    }
}
