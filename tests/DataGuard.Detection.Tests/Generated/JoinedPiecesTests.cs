using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 32 (categories of sets U23, U24)": a value given in pieces joined by the words and marks a writer
/// uses to tell the reader to join them — across lines (0912⏎接著 345⏎剩下的 678, 0912⏎[2] 345⏎[3] 678), on one line
/// (0912 / then 345 / the rest 678, 0912，中間345，最後678, 0912 再來345 結尾678), by a mark (0912 + 345678; not a
/// bar, a table's cell break), wrapped with a continuation mark (0912（接下行）⏎345678, 0912 /  345678), a plate spelled one
/// character per line with its hyphen on a line of its own, an e-mail address given as its mailbox and then its domain —
/// family × layout × frame, each cell with its floor, and hard negatives of the same shape: case numbers, amounts, dates
/// and versions given in pieces or one per line, sums of short numbers, a masked value in pieces, wrong check digits.
/// Values are built here with their check digits; the output lists cell names and counts only.
/// </summary>
public sealed class JoinedPiecesTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb", "plate" };

    /// <summary>Joining words in pairs, the second piece's and the last one's, as the sets write them; one table for every layout.</summary>
    private static readonly (string Next, string Last)[] WordPairs =
    {
        ("接著", "剩下的"), ("然後", "最後"), ("再來", "剩下"), ("接著是", "最後"), ("then", "the rest"),
    };

    /// <summary>
    /// How the pieces are joined. Marks alone (a plus, a slash) carry no word: the value's own evidence
    /// (a checksum; a phone or card word) decides, and a plate is not joined by a mark alone.
    /// </summary>
    private static readonly (string Name, bool WordsOnly, Func<string[], Random, string> Write)[] Layouts =
    {
        ("lines.words", true, (p, r) => Pick(r, WordPairs) is var (next, last) ? $"{p[0]}\n{next} {p[1]}\n{last} {p[2]}" : ""),
        ("lines.numbered", true, (p, r) => Pick(r, ("[", "]"), ("(", ")"), ("（", "）")) is var (open, close) ? $"{p[0]}\n{open}2{close} {p[1]}\n{open}3{close} {p[2]}" : ""),
        ("slash.words", true, (p, r) => $"{p[0]} / then {p[1]} / the rest {p[2]}"),
        ("comma.middle-last", true, (p, r) => $"{p[0]}，中間{p[1]}，最後{p[2]}"),
        ("space.next-end", true, (p, r) => $"{p[0]} 再來{p[1]} 結尾{p[2]}"),
        ("plus", false, (p, r) => $"{p[0]}{Pick(r, " + ", " ＋ ", " +  ")}{p[1]}{p[2]}"),
        ("wrap.mark", false, (p, r) => $"{p[0]}{Pick(r, "（接下行）", "(續下行)", "（續）")}\n{p[1]}{p[2]}"),
        ("wrap.slash", false, (p, r) => $"{p[0]}{Pick(r, " /  ", "- / ", " / ")}{p[1]}{p[2]}"),
    };

    /// <summary>Where the value stands: after its label, in a JSON field, in a Markdown table's cell, as a dialogue's answer.</summary>
    internal static readonly string[] Frames = { "label", "json", "table", "dialogue" };

    [Fact]
    public void A_value_given_in_pieces_with_joining_words_or_marks_is_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var layout in Layouts)
        foreach (var frame in Frames)
        {
            if (family == "plate" && !layout.WordsOnly) continue;
            var r = new Random(CaseGenerator.StableSeed($"joined-pieces/{family}/{layout.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = ValueOf(family, r);
                string written = layout.Write(Pieces(family, value, r), r);
                Add(tally, $"joined-pieces {family} × {layout.Name} × {frame}", family, written, frame, r);
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_plate_spelled_one_character_per_line_with_its_hyphen_on_a_line_of_its_own_is_found()
    {
        var tally = new Tally();
        foreach (var frame in Frames)
        foreach (var ending in new[] { "", " 。", "。" })
        {
            var r = new Random(CaseGenerator.StableSeed($"joined-pieces/plate-per-line/{frame}/{ending}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = string.Join(Pick(r, "\n", "\n", "\r\n"), ValueOf("plate", r).ToCharArray()) + ending;
                Add(tally, $"joined-pieces plate × per-line.hyphen × {frame} × end '{ending.Trim()}'", "plate", written, frame, r);
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void An_address_given_as_its_mailbox_then_its_domain_is_found()
    {
        var tally = new Tally();
        string[] joins = { "，網域是 @", "，然後小老鼠，", "，後面接 @ ", "，網域 @" };
        foreach (var join in joins)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"joined-pieces/email/{join}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string user = Pick(r, "chen.ming", "lin_yating", "wang.hs", "tsai.yc", "hsu_kuan") + r.Next(10, 9999);
                string written = user + join + Pick(r, "gmail.com", "example.com.tw", "mail.example.gov.tw", "ms1.hinet.net", "yahoo.com.tw");
                Add(tally, $"joined-pieces email × '{join.Trim('，', ' ')}' × {frame}", "email", written, frame, r);
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void Numbers_of_other_things_given_in_pieces_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("joined-pieces negatives"));
        for (int n = 0; n < CasesPerCell * 24; n++)
        {
            (string cell, string text) = (n % 12) switch
            {
                // A case number and an order number given in pieces with the same words.
                0 => ("case-number", $"案號 {108 + r.Next(8)}\n{Pick(r, WordPairs).Next} {Digits(r, 4)}\n{Pick(r, WordPairs).Last} {Digits(r, 3)}"),
                1 => ("order-number", $"訂單編號 {Digits(r, 4)} / then {Digits(r, 3)} / the rest {Digits(r, 3)}"),
                // Sums of amounts and of short numbers.
                2 => ("amount-sum", $"金額{Pick(r, "：", " ")}{GroupsPerCellTests.Amount(r, 4)} + {GroupsPerCellTests.Amount(r, 4)} + {GroupsPerCellTests.Amount(r, 4)} + {GroupsPerCellTests.Amount(r, 4)}{Pick(r, " 元", "")}"),
                3 => ("short-sum", $"總計 {GroupsPerCellTests.Amount(r, 2)} + {GroupsPerCellTests.Amount(r, 2)} + {GroupsPerCellTests.Amount(r, 3)} / {GroupsPerCellTests.Amount(r, 2)} 件"),
                // A date and a case number one character per line, their hyphens on lines of their own.
                4 => ("date-per-line", "日期\n" + string.Join("\n", $"{2019 + r.Next(7)}-{1 + r.Next(12):00}-{1 + r.Next(28):00}".ToCharArray())),
                5 => ("case-per-line", "案號\n" + string.Join("\n", $"{108 + r.Next(8)}-{Digits(r, 3)}".ToCharArray())),
                // A masked mobile in pieces: what is hidden is no longer personal data.
                6 => ("masked-pieces", $"手機：09{Digits(r, 2)}，中間○○○，最後{Digits(r, 3)}"),
                // An ID with a wrong check digit and a card failing Luhn, in pieces with joining words.
                7 => ("wrong-check-id", Pieces("id", SyntheticIds.Corrupt(ValueOf("id", r), 1 + r.Next(8)), r) is var p ? $"編號：{p[0]}\n接著 {p[1]}\n剩下的 {p[2]}" : ""),
                8 => ("wrong-luhn-card", Pieces("visa", GroupsPerCellTests.WrongLuhn(ValueOf("visa", r), r), r) is var c ? $"訂單 {c[0]} + {c[1]}{c[2]}" : ""),
                // A version and a time span in pieces.
                9 => ("version", $"版本 {r.Next(1, 20)} / then {r.Next(10, 99)} / the rest {Digits(r, 3)}"),
                10 => ("time-span", $"時間 {r.Next(10, 60)} / {r.Next(10, 60)} / {r.Next(10, 60)} 分鐘"),
                // Amounts given in pieces with the words that join a value's.
                _ => ("amounts-lines", $"金額 {GroupsPerCellTests.Amount(r, 3)}，中間{GroupsPerCellTests.Amount(r, 3)}，最後{GroupsPerCellTests.Amount(r, 4)} 元"),
            };
            tally.Add($"joined-pieces negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate));
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- frames ----

    internal static void Add(Tally tally, string cell, string family, string written, string frame, Random r)
    {
        string text = Framed(family, written, frame, r, out int at);
        tally.Add(cell, PartsGivenApartTests.Finds(text, at, written.Length, TypeOf(family)));
    }

    private static string Framed(string family, string written, string frame, Random r, out int at)
    {
        var (label, key) = LabelOf(family);
        string before = frame switch
        {
            "label" => Pick(r, "", "再送一次：\n", "不好意思重複問。\n") + label + Pick(r, "：", ": ", "｜"),
            "json" => $"{{\"name\": \"{Pick(r, Names)}\", \"{key}\": \"",
            "table" => $"| no | name | {label} |\n|---|---|---|\n| 2 | {Pick(r, Names)} | ",
            _ => $"A：他的{label}？\n{Pick(r, "B", "當事人", "報案人")}：",
        };
        string after = frame switch
        {
            "label" => Pick(r, "\n備註：已通知。", "", "，請幫我寫成通知單。"),
            "json" => "\"}\n請轉成表格。",
            "table" => " | 已通知 |",
            _ => "\nA：好，謝謝。",
        };
        at = before.Length;
        return before + written + after;
    }

    private static readonly string[] Names = { "王○明", "陳○玲", "林○豪", "Nguyen Van A." };

    private static (string Label, string Key) LabelOf(string family) => family switch
    {
        "mobile" => ("手機", "mobile"),
        "landline" => ("市話", "tel"),
        "id" => ("身分證", "id_no"),
        "arc-2021" or "arc-old" => ("居留證", "arc_no"),
        "plate" => ("車牌", "plate"),
        "email" => ("信箱", "email"),
        _ => ("信用卡號", "card_no"),
    };

    // ---- values ----

    internal static string ValueOf(string family, Random r) => family switch
    {
        "mobile" => "09" + r.Next(9) + Digits(r, 7), // 099x is not issued
        "landline" => "02" + Pick(r, "2", "8") + Digits(r, 7),
        "id" or "arc-2021" or "arc-old" => PartsGivenApartTests.IdOf(family, r),
        "plate" => Plate(r),
        _ => PartsGivenApartTests.CardOf(family, r),
    };

    // A 2012-scheme plate (three letters, no I or O; four digits, no 4).
    private static string Plate(Random r)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "12356789";
        return string.Concat(Enumerable.Range(0, 3).Select(_ => letters[r.Next(letters.Length)])) + "-"
            + string.Concat(Enumerable.Range(0, 4).Select(_ => digits[r.Next(digits.Length)]));
    }

    /// <summary>The word a prompt names a family's value with (手機, 居留證號…), as the digit-word generators frame it.</summary>
    internal static string DigitWordsLabelOf(string family) => family switch
    {
        "mobile" => "手機", "landline" => "住家電話", "id" => "身分證", "arc-2021" or "arc-old" => "居留證號", "plate" => "車號", _ => "信用卡號",
    };

    /// <summary>The JSON key a system export holds a family's value under.</summary>
    internal static string DigitWordsJsonKeyOf(string family) =>
        family switch { "mobile" or "landline" => "phone", "id" => "pid", "arc-2021" or "arc-old" => "arc_no", "plate" => "plate", _ => "card" };

    internal static string TypeOf(string family) => family switch
    {
        "mobile" or "landline" => EntityTypes.PhoneNumber,
        "id" => EntityTypes.NationalId,
        "arc-2021" or "arc-old" => EntityTypes.ResidentCertificate,
        "plate" => EntityTypes.LicensePlate,
        "email" => EntityTypes.EmailAddress,
        _ => EntityTypes.CreditCard,
    };

    /// <summary>
    /// The value in three pieces as the sets cut it: an ID's letter with two or three digits, then three or two, then the
    /// rest; a mobile 4-3-3, 3-3-4 or 4-2-4; a card's first three or four digits, two or three, the rest; a plate's letters
    /// with or without its hyphen, then one or two digits (the hyphen with them when not before), then the rest.
    /// </summary>
    internal static string[] Pieces(string family, string value, Random r)
    {
        if (family == "plate")
        {
            string letters = value[..3], digits = value[4..];
            int second = 1 + r.Next(2);
            return r.Next(2) == 0
                ? new[] { letters + "-", digits[..second], digits[second..] }
                : new[] { letters, "-" + digits[..second], digits[second..] };
        }
        int[] sizes = value.Length switch
        {
            10 when char.IsAsciiLetter(value[0]) => Pick(r, new[] { 3, 3, 4 }, new[] { 4, 3, 3 }, new[] { 3, 2, 5 }),
            10 => Pick(r, new[] { 4, 3, 3 }, new[] { 3, 3, 4 }, new[] { 4, 2, 4 }),
            _ => Pick(r, new[] { 4, 3, value.Length - 7 }, new[] { 3, 3, value.Length - 6 }, new[] { 4, 2, value.Length - 6 }),
        };
        return new[] { value[..sizes[0]], value.Substring(sizes[0], sizes[1]), value[(sizes[0] + sizes[1])..] };
    }

    private static string Digits(Random r, int count) => ValueFamilies.Digits(r, count);

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
