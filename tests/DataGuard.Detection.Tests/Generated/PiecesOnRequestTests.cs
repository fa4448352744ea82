using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 40 (issue 9, det-pieces40)": values given in pieces that a frame says to join, by construction —
/// (a) chat pieces: one speaker asks for a value (車牌給一下, 那個證號給我, 手機幾號), the other may say they will send it in
/// pieces, then sends two to four pieces, interrupted (the asker's 繼續, the sender's 先這樣 or (被打斷), emoji-only messages,
/// timed lines), until the asker answers; (b) segments labelled by letter, number or Chinese numeral, given out of order
/// under a joining instruction (第B段＝…；第A段＝…). Family × interruption or label × numeral form, seeded. A case counts only
/// where one finding of the value's type covers the pieces, first to last; no piece may be reported alone as another type.
/// Hard negatives in the same frames (a case number, an order number, a sum, a time asked for and given in pieces; a card's
/// pieces that fail Luhn) stay clean. Values are built here with their check digits; output lists cell names and counts only.
/// </summary>
public sealed class PiecesOnRequestTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    internal static readonly string[] Families = { "mobile", "landline", "id", "arc-2021", "arc-old", "visa", "mastercard", "jcb", "plate" };

    internal static readonly string[] Interruptions = { "none", "asker-goes-on", "sender-aside", "emoji", "timed" };

    internal static readonly string[] NumeralForms = { "arabic", "full-width", "han", "financial", "radio", "circled" };

    /// <summary>Floors: the honest figure of this branch (T), see the README's det-pieces40 subsection.</summary>
    private static double FloorOf(string cell) => CellFloorsRound40.Of(cell);

    // ---- (a) chat pieces after a request --------------------------------------------------------------------------------

    [Fact]
    public void Pieces_sent_in_chat_messages_after_a_request_are_found_over_all_of_them()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var interruption in Interruptions)
        foreach (var numerals in NumeralForms)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40/chat/{family}/{interruption}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string text = ChatOnRequest(AskWordOf(family, r), Cut(value, r), interruption, numerals, r, out int at, out int length);
                tally.Add($"pieces40 chat {family} × {interruption} × {numerals}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>
    /// A chat: the asker's request, the sender's notice (most times), the pieces one message each with the interruption
    /// between them, the asker's answer, and the writer's request for a record. at/length: first piece to last.
    /// </summary>
    internal static string ChatOnRequest(string askWord, string[] pieces, string interruption, string numerals, Random r, out int at, out int length)
    {
        var (asker, sender) = Pick(r, ("所長", "小林"), ("學長", "學姊"), ("值班台", "承辦"), ("同事", "我"), ("阿偉", "小美"));
        bool timed = interruption == "timed";
        int minute = r.Next(10, 50);
        string Line(string who, string said) => (timed ? $"[10:{minute++}] " : "") + $"{who}：{said}\n";
        var text = new System.Text.StringBuilder(Pick(r, "", "【3】", "以下是對話：\n"));
        text.Append(Line(asker, Pick(r, $"{askWord}給一下", $"那個{askWord}給我", $"{askWord}幾號？")));
        if (r.Next(4) > 0) text.Append(Line(sender, Pick(r, "系統會擋，我分開傳", "會被擋，分開打給你", "我分開傳")));
        at = -1;
        for (int k = 0; k < pieces.Length; k++)
        {
            if (k > 0) AppendInterruption(text, interruption, asker, sender, r, Line);
            string prefix = (timed ? $"[10:{minute++}] " : "") + $"{sender}：";
            text.Append(prefix);
            if (k == 0) at = text.Length;
            text.Append(InNumerals(pieces[k], numerals, r)).Append('\n');
        }
        length = text.Length - 1 - at;
        text.Append(Line(asker, Pick(r, "OK", "收到", "好，收到"))).Append(Pick(r, "請根據對話寫一份工作紀錄。", "以上是LINE群組對話，幫我整理成查詢申請書。"));
        return text.ToString();
    }

    private static void AppendInterruption(System.Text.StringBuilder text, string interruption, string asker, string sender, Random r, Func<string, string, string> line)
    {
        switch (interruption)
        {
            case "asker-goes-on": text.Append(line(sender, "（被打斷）")).Append(line(asker, Pick(r, "繼續", "接著", "嗯"))); break;
            case "sender-aside": text.Append(line(sender, Pick(r, "先這樣", "（被打斷）", "等一下"))); break;
            case "emoji": text.Append(line(sender, Pick(r, "🤐", "🙈🙈", "😅", "👇"))); break;
        }
    }

    // ---- (b) segments labelled out of order ---------------------------------------------------------------------------

    internal static readonly string[] LabelForms = { "letters", "digits", "han" };

    [Fact]
    public void Segments_labelled_out_of_order_under_a_joining_instruction_are_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var labels in LabelForms)
        foreach (var numerals in NumeralForms)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40/segments/{family}/{labels}/{numerals}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                string written = Segments(Cut(value, r), labels, numerals, r);
                string before = $"下面是{AskWordOf(family, r)}，我拆成幾段打亂了，請依順序接起來：";
                string text = before + written + Pick(r, "。接好之後寫成公文附件。", "。接好之後幫我檢查有沒有打錯。");
                tally.Add($"pieces40 segments {family} × {labels} × {numerals}", CoversAlone(text, before.Length, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, FloorOf);
    }

    /// <summary>The pieces as 第X段＝… joined by ；, in a shuffled order that is never the right one.</summary>
    internal static string Segments(string[] pieces, string labels, string numerals, Random r)
    {
        int[] order = Enumerable.Range(0, pieces.Length).OrderBy(_ => r.Next()).ToArray();
        if (order.SequenceEqual(Enumerable.Range(0, pieces.Length))) order = order.Reverse().ToArray();
        return string.Join(Pick(r, "；", "；", "，"), order.Select(k => $"第{Label(k, labels)}段{Pick(r, "＝", "：", "=")}{InNumerals(pieces[k], numerals, r)}"));
    }

    private static string Label(int k, string labels) => labels switch
    {
        "letters" => ((char)('A' + k)).ToString(),
        "digits" => (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "一二三四"[k].ToString(),
    };

    // ---- hard negatives in the same frames -----------------------------------------------------------------------------

    /// <summary>What is asked for and given in pieces that is no personal value: (the word, the pieces).</summary>
    internal static readonly (string Name, Func<Random, (string Word, string Value)> Make)[] NotPersonal =
    {
        ("case-number", r => ("案號", $"{r.Next(105, 114)}{ValueFamilies.Digits(r, 6)}")),
        ("order-number", r => ("訂單編號", "TW" + ValueFamilies.Digits(r, 10))),
        ("sum", r => ("金額", $"{r.Next(1, 99)}{ValueFamilies.Digits(r, 3)}{ValueFamilies.Digits(r, 3)}")),
        ("time", r => ("時間", $"{r.Next(10, 24)}{r.Next(10, 60)}{r.Next(10, 60)}")),
        ("invoice", r => ("發票號碼", Letters(r, 2) + ValueFamilies.Digits(r, 8))),
        ("ubn", r => ("統編", ValueFamilies.Digits(r, 8))),
    };

    [Fact]
    public void Other_numbers_asked_for_and_given_in_pieces_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonal)
        foreach (var frame in new[] { "chat", "segments" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40/negative/{name}/{frame}"));
            for (int n = 0; n < 30; n++)
            {
                var (word, value) = make(r);
                string text = frame == "chat"
                    ? ChatOnRequest(word, Cut(value, r), Pick(r, Interruptions), Pick(r, "arabic", "han"), r, out _, out _)
                    : $"下面是{word}，我拆成幾段打亂了，請依順序接起來：{Segments(Cut(value, r), Pick(r, LabelForms), "arabic", r)}。接好之後寫成公文附件。";
                tally.Add($"pieces40 negative {name} × {frame}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_card_asked_for_whose_pieces_fail_its_checks_is_reported_as_nothing()
    {
        var tally = new Tally();
        foreach (var family in new[] { "visa", "mastercard", "jcb" })
        foreach (var interruption in Interruptions)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces40/bad-card/{family}/{interruption}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string card = JoinedPiecesTests.ValueOf(family, r);
                string wrong = card[..^1] + (char)('0' + (card[^1] - '0' + 1 + r.Next(8)) % 10);
                // Pieces shorter than a card: a 13-digit piece may be a valid Visa by chance, and is then rightly reported.
                string[] pieces;
                do pieces = Cut(wrong, r); while (pieces.Any(p => p.Length >= 12));
                string text = ChatOnRequest("卡號", pieces, interruption, "arabic", r, out _, out _);
                tally.Add($"pieces40 bad-card {family} × {interruption}", IsClean(text));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /// <summary>The word a colleague asks for the value with.</summary>
    internal static string AskWordOf(string family, Random r) => family switch
    {
        "mobile" => "手機",
        "landline" => "電話",
        "id" => Pick(r, "身分證", "證號"),
        "arc-2021" or "arc-old" => Pick(r, "居留證號", "統一證號", "證號"),
        "plate" => Pick(r, "車牌", "車號"),
        _ => "卡號",
    };

    /// <summary>The value cut into two to four pieces of at least one character.</summary>
    internal static string[] Cut(string value, Random r)
    {
        int count = Math.Min(value.Length, 2 + r.Next(3));
        var cuts = Enumerable.Range(1, value.Length - 1).OrderBy(_ => r.Next()).Take(count - 1).OrderBy(c => c).ToList();
        cuts.Add(value.Length);
        var pieces = new string[count];
        int from = 0;
        for (int k = 0; k < count; k++) { pieces[k] = value[from..cuts[k]]; from = cuts[k]; }
        return pieces;
    }

    private const string Han = "〇一二三四五六七八九", Financial = "零壹貳參肆伍陸柒捌玖", Radio = "洞幺兩三四五六拐八勾", Circled = "⓪①②③④⑤⑥⑦⑧⑨";

    /// <summary>A piece's digits in one numeral form (letters stay, full width in the full-width form); some pieces stay Arabic.</summary>
    internal static string InNumerals(string piece, string numerals, Random r)
    {
        if (numerals == "arabic" || r.Next(4) == 0) return piece;
        return string.Concat(piece.Select(c => !char.IsAsciiDigit(c)
            ? numerals == "full-width" ? (char)(c + 0xFEE0) : c
            : numerals switch
            {
                "full-width" => (char)(c + 0xFEE0),
                "han" => Han[c - '0'],
                "financial" => Financial[c - '0'],
                "radio" => Radio[c - '0'],
                _ => Circled[c - '0'],
            }));
    }

    private static string Letters(Random r, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('A' + r.Next(26))));

    /// <summary>
    /// Whether one finding of <paramref name="type"/> covers the pieces, first to last, and no finding of another type lies
    /// within them (a piece reported alone as something else).
    /// </summary>
    internal static bool CoversAlone(string text, int at, int length, string type)
    {
        var findings = Scan(text);
        bool covered = findings.Any(f => f.Type == type && f.Start <= at && at + length <= f.Start + f.Length)
            && !findings.Any(f => f.Type != type && f.Start < at + length && at < f.Start + f.Length);
        if (!covered && Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_MISSES") is string misses and not "")
            File.AppendAllText(misses, text.Replace("\n", "⏎") + "\n");
        return covered;
    }

    // No finding at all; a case that has one goes to the developer's misses file (never to the test output).
    internal static bool IsClean(string text)
    {
        bool clean = Scan(text).Count == 0;
        if (!clean && Environment.GetEnvironmentVariable("DATAGUARD_GENERATED_MISSES") is string misses and not "")
            File.AppendAllText(misses, text.Replace("\n", "⏎") + "\n");
        return clean;
    }

    internal static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}

/// <summary>
/// Floors of round 40's cells (<see cref="PiecesOnRequestTests"/>): 1.00 unless listed here with the honest figure of
/// det-pieces40 (T). A cell held lower names what it leaves in the README's det-pieces40 subsection.
/// </summary>
internal static class CellFloorsRound40
{
    public static double Of(string cell) => 1.0;
}
