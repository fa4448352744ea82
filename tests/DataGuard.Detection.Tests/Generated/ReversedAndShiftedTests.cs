using DataGuard.Detection.Recognizers;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 41 (issue 9, det-reversed41)", by construction: (a) values typed backwards with no note (身分證
/// 761813672Ａ, 手機 4392916790, 車號 3618-PLL) — family × variant × context × position; (b) digits shifted by one with a note
/// saying so (每一位數加一就是原號碼："…") — family × operation × note form × where the note stands; (c) directory lines whose
/// short local number (five or six digits the plan has) an extension follows (戶政事務所：338108 #156) — grouping × marker ×
/// frame. Each has hard negatives in the same frames. Values are built here with their check digits (invented); a case
/// counts only where one finding of the value's type covers it and none of another type lies within it. Output lists cell
/// names and counts only.
/// </summary>
public sealed class ReversedAndShiftedTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 5;

    internal static readonly string[] ReversedFamilies = { "id", "arc-2021", "mobile", "plate" };

    /// <summary>plain; full-width characters; the letter as a Cyrillic look-alike (plates: lower case).</summary>
    internal static readonly string[] ReversedVariants = { "plain", "full-width", "look-alike" };

    /// <summary>label and colon; label and a space; a Markdown table under the type's header; a roster row's field.</summary>
    internal static readonly string[] ReversedContexts = { "label-colon", "label-space", "table", "record" };

    internal static readonly string[] Positions = { "start", "middle", "end" };

    // ---- (a) reversed with no note -------------------------------------------------------------------------------------

    [Fact]
    public void Values_typed_backwards_after_their_label_or_in_their_column_are_found()
    {
        var tally = new Tally();
        foreach (var family in ReversedFamilies)
        foreach (var variant in ReversedVariants)
        foreach (var context in ReversedContexts)
        foreach (var position in Positions)
        {
            var r = new Random(CaseGenerator.StableSeed($"reversed41/{family}/{variant}/{context}/{position}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = Surface(Backwards(ValueOf(family, r)), variant);
                string text = InContext(written, family, context, r, out int at);
                text = AtPosition(text, position, r, ref at);
                tally.Add($"reversed41 {family} × {variant} × {context} × {position}", CoversAlone(text, at, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    /// <summary>The value as the family is written forwards (a 2012 plate with its hyphen, no 4, no I or O; a mobile from 09).</summary>
    internal static string ValueOf(string family, Random r) => JoinedPiecesTests.ValueOf(family, r);

    internal static string Backwards(string value) => new(value.Reverse().ToArray());

    internal static string Surface(string value, string variant) => variant switch
    {
        "full-width" => new string(value.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray()),
        "look-alike" => LookAlike(value),
        _ => value,
    };

    // The letter of an ID or certificate as its Cyrillic twin where it has one (А В Е К М Н О Р С Т Х), a plate in lower case.
    private static string LookAlike(string value)
    {
        if (value.Contains('-')) return value.ToLowerInvariant();
        const string latin = "ABEKMHOPCTX", cyrillic = "АВЕКМНОРСТХ";
        char last = value[value.Length - 1];
        int k = latin.IndexOf(last);
        return k < 0 ? value.Substring(0, value.Length - 1) + char.ToLowerInvariant(last) : value.Substring(0, value.Length - 1) + cyrillic[k];
    }

    private static string LabelOf(string family, Random r) => family switch
    {
        "id" => Pick(r, "身分證", "身分證號", "身分證字號"),
        "arc-2021" => Pick(r, "居留證", "居留證號", "統一證號"),
        "mobile" => Pick(r, "手機", "常用手機", "使用門號", "行動電話"),
        _ => Pick(r, "車號", "車牌", "車牌號碼"),
    };

    private static string InContext(string written, string family, string context, Random r, out int at)
    {
        string label = LabelOf(family, r);
        string before, after;
        switch (context)
        {
            case "label-colon":
                before = $"{Pick(r, "對象：王○明，", "駕駛：林小姐，", "")}{label}：";
                after = Pick(r, "，請幫我寫成報告。", "\n請整理成表格。", "。");
                break;
            case "label-space":
                before = $"{Pick(r, "（三）陳先生，", "2. 李○華：", "")}{label} ";
                after = Pick(r, "，已到案。", "，電話未接。", "。");
                break;
            case "table":
                string other = ValueFamilies.Digits(r, 3);
                before = $"| 編號 | 姓名 | {label} |\n|---|---|---|\n| 1 | 張○華 | ";
                after = $" |\n| 2 | 黃○明 | {Pick(r, "（未填）", "不詳", other + "…")} |";
                break;
            default:
                before = $"{Pick(r, "嫌疑人", "被害人", "證人")}黃○明，{label} ";
                after = Pick(r, "，住臺中市西屯區。", "，未到案。");
                break;
        }
        at = before.Length;
        return before + written + after;
    }

    private static string AtPosition(string text, string position, Random r, ref int at)
    {
        switch (position)
        {
            case "middle":
                string lead = Pick(r, "請幫我整理以下資料：\n", "以下是今天的紀錄。\n");
                at += lead.Length;
                return lead + text + Pick(r, "\n謝謝。", "\n以上。");
            case "end":
                string head = Pick(r, "幫我摘要成三句話。\n", "請寫成通報：\n");
                at += head.Length;
                return head + text;
            default:
                return text;
        }
    }

    // Numbers in the same shapes that are no value: an order or tracking number ending in 90 (labelled and bare), a serial of
    // nine digits and a letter after its own word, a model code of four digits and three letters, the same shapes unlabelled.
    private static readonly (string Name, Func<Random, string> Make)[] ReversedLookAlikes =
    {
        ("order-90", r => $"{Pick(r, "訂單編號", "追蹤號碼", "交易序號", "包裹單號")}：{ValueFamilies.Digits(r, 8)}90，請查詢。"),
        // (from 1–9: a bare number from 0 may be a landline forwards, 02 4737 8390)
        ("bare-90", r => $"{Pick(r, "已出貨", "收到", "請處理")} {1 + r.Next(9)}{ValueFamilies.Digits(r, 7)}90。"),
        ("serial-letter", r => $"{Pick(r, "序號", "產品序號", "料號", "發票號碼")} {ValueFamilies.Digits(r, 9)}{(char)('A' + r.Next(26))}，保固一年。"),
        ("bare-letter", r => $"編碼 {ValueFamilies.Digits(r, 9)}{(char)('A' + r.Next(26))} 已登錄。"),
        ("model-4-3", r => $"{Pick(r, "型號", "機型", "零件")} {ValueFamilies.Digits(r, 4)}-{LettersOf(r, 3)} 兩台。"),
        ("roc-date", r => $"日期 {r.Next(100, 114)}{r.Next(10, 13)}{r.Next(10, 29)}90，金額 {ValueFamilies.Digits(r, 5)} 元。"),
        ("case-90", r => $"案號 {r.Next(105, 114)}{ValueFamilies.Digits(r, 5)}90，請調卷。"),
    };

    [Fact]
    public void Numbers_shaped_like_reversed_values_stay_clean() => AllClean("reversed41", ReversedLookAlikes);

    // Thirty of each look-alike, seeded by its name: no finding at all.
    private void AllClean(string round, (string Name, Func<Random, string> Make)[] lookAlikes)
    {
        var tally = new Tally();
        foreach (var (name, make) in lookAlikes)
        {
            var r = new Random(CaseGenerator.StableSeed($"{round}/negative/{name}"));
            for (int n = 0; n < 30; n++) tally.Add($"{round} negative {name}", IsClean(make(r)));
        }
        tally.Assert(output, floor: 1.0);
    }

    private static string LettersOf(Random r, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ"[r.Next(24)]));

    // ---- (b) digits shifted by one -------------------------------------------------------------------------------------

    internal static readonly string[] ShiftFamilies = { "mobile", "landline", "id", "arc-2021", "visa" };

    internal static readonly string[] Operations = { "plus", "minus" };

    internal static readonly string[] NoteForms = { "每一位數{0}一就是原號碼", "每位{1}1", "各位數字{0}一才是真的", "每個數字都{0}1" };

    internal static readonly string[] NotePlaces = { "before", "after" };

    [Fact]
    public void Digits_shifted_by_one_with_a_note_are_found()
    {
        var tally = new Tally();
        foreach (var family in ShiftFamilies)
        foreach (var operation in Operations)
        for (int form = 0; form < NoteForms.Length; form++)
        foreach (var place in NotePlaces)
        {
            var r = new Random(CaseGenerator.StableSeed($"shifted41/{family}/{operation}/{form}/{place}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                // the text says what to do to the written digits to get the value back: written = value shifted the other way
                string written = Shifted(value, operation == "plus" ? 9 : 1);
                string note = Note(form, operation);
                string label = Pick(r, "把這支", "這組", "嫌犯的") + Pick(r, "號碼", "資料");
                string text;
                int at;
                if (place == "before")
                {
                    string before = $"{label}{note}：\"";
                    at = before.Length;
                    text = before + written + "\"——請幫我寫通緝書。";
                }
                else
                {
                    string before = $"{label}：";
                    at = before.Length;
                    text = before + written + $"（{note}）。請幫我寫通緝書。";
                }
                tally.Add($"shifted41 {family} × {operation} × form{form} × {place}", CoversAlone(text, at, written.Length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    internal static string Note(int form, string operation) =>
        string.Format(NoteForms[form], operation == "plus" ? "加" : "減", operation == "plus" ? "+" : "-");

    /// <summary>Every ASCII digit moved up by <paramref name="by"/>, mod 10; letters kept.</summary>
    internal static string Shifted(string value, int by) =>
        new(value.Select(c => c is >= '0' and <= '9' ? (char)('0' + (c - '0' + by) % 10) : c).ToArray());

    [Fact]
    public void Other_numbers_with_a_shift_note_and_prose_with_its_words_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonal)
        foreach (var operation in Operations)
        {
            var r = new Random(CaseGenerator.StableSeed($"shifted41/negative/{name}/{operation}"));
            for (int n = 0; n < 20; n++)
            {
                var (word, value) = make(r);
                string text = $"{word}{Note(r.Next(NoteForms.Length), operation)}：\"{Shifted(value, 1 + r.Next(9))}\"，請登錄。";
                tally.Add($"shifted41 negative {name} × {operation}", IsClean(text));
            }
        }
        var p = new Random(CaseGenerator.StableSeed("shifted41/negative/prose"));
        for (int n = 0; n < 30; n++)
            tally.Add("shifted41 negative prose", IsClean(Pick(p, "每個人加一份便當，", "每位同仁加1小時加班費，", "每一位數都要核對，") + $"共 {p.Next(10, 99)} 份，{p.Next(100, 114)}年{p.Next(1, 13)}月{p.Next(1, 29)}日。"));
        tally.Assert(output, floor: 1.0);
    }

    // ---- (c) directory lines with an extension -------------------------------------------------------------------------

    internal static readonly string[] Groupings = { "joined", "3+3", "five" };

    internal static readonly string[] Markers = { "轉", "分機", "#", "ext.", "ext" };

    internal static readonly string[] DirectoryFrames = { "desk", "list", "sentence" };

    [Fact]
    public void Short_local_numbers_with_an_extension_are_phones()
    {
        var tally = new Tally();
        foreach (var grouping in Groupings)
        foreach (var marker in Markers)
        foreach (var frame in DirectoryFrames)
        {
            var r = new Random(CaseGenerator.StableSeed($"directory41/{grouping}/{marker}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string local = ShortLocal(r, grouping == "five" ? 5 : 6);
                string written = grouping == "3+3" ? local.Substring(0, 3) + "-" + local.Substring(3) : local;
                string extension = $"{Pick(r, " ", "")}{marker}{(marker == "#" ? "" : Pick(r, " ", ""))}{r.Next(10, 999)}";
                string desk = Pick(r, "戶政事務所", "外事科", "區公所社會課", "勤務指揮中心");
                string before = frame switch
                {
                    "desk" => $"{desk}：",
                    "list" => $"請把這份常用電話整理成表格：\n保管場：02-2345-6789 轉 12\n{desk}：",
                    _ => $"請撥{desk} ",
                };
                string text = before + written + extension + Pick(r, "\n", "，謝謝。", "");
                tally.Add($"directory41 {grouping} × {marker} × {frame}", CoversAlone(text, before.Length, written.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    /// <summary>A local number of the length that some area's plan dials (five: Matsu, Wuqiu; six: Miaoli, Kinmen, Taitung).</summary>
    internal static string ShortLocal(Random r, int length)
    {
        while (true)
        {
            string local = (2 + r.Next(8)) + ValueFamilies.Digits(r, length - 1);
            if (TaiwanNumberingPlan.IsLocalOfSomeArea(local)) return local;
        }
    }

    // An extension alone, a room number, an amount or a count before 轉 (轉3樓), a five-digit postcode, a date.
    private static readonly (string Name, Func<Random, string> Make)[] DirectoryLookAlikes =
    {
        ("extension-alone", r => $"{Pick(r, "分機", "ext.", "轉")} {r.Next(100, 99999)}，找承辦人。"),
        ("room", r => $"房號 #{r.Next(1000, 9999)}，{Pick(r, "住三晚", "已退房")}。"),
        ("amount", r => $"金額 {r.Next(10000, 999999)} 元 #{r.Next(1, 9)} 筆。"),
        ("order", r => $"訂單 {ValueFamilies.Digits(r, 6)} #{r.Next(1, 9)} 已出貨。"),
        ("postcode", r => $"郵遞區號 {r.Next(100, 999)}{r.Next(10, 99)}，轉交{Pick(r, "王先生", "管理室")}。"),
        ("floor", r => $"{r.Next(10000, 999999)} 號 轉 {r.Next(2, 20)} 樓"),
        ("roc-date", r => $"{r.Next(100, 114)}{r.Next(10, 13)}{r.Next(10, 29)} #{r.Next(1, 99)} 會議紀錄"),
    };

    [Fact]
    public void Extensions_rooms_and_amounts_stay_clean() => AllClean("directory41", DirectoryLookAlikes);
}
