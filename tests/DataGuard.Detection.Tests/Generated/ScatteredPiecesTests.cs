using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 43 (issue 9, det-pieces43)": a value in pieces far apart, by construction — family × piece count (2–5)
/// × gap (an aside of one to three lines, other sentences, chat turns) × piece disguise (Arabic, full width, Chinese,
/// radio and circled numerals) × order (as written; tail first with each piece named by its part) × the sentence that
/// says so (a joining verb after the pieces, one before them, a statement that the value was sent apart); and (k) a value
/// down a table's column, one to four characters per row, where a sentence says to join the column. Seeded. A case counts
/// only where one finding of the value's type covers the pieces, first to last, and no finding of another type lies within
/// them. Hard negatives in the same frames (a case number, an order number, a sum, a time, an invoice number, a UBN; a
/// table of counts, a chat log, a poem) stay clean. Values are built here with their check digits; output lists cell
/// names and counts only.
/// </summary>
public sealed class ScatteredPiecesTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 2;

    internal static readonly string[] Gaps = { "aside-lines", "sentences", "chat-turns" };

    internal static readonly string[] Disguises = { "arabic", "full-width", "han", "radio", "circled" };

    internal static readonly string[] Orders = { "as-written", "tail-first-named" };

    internal static readonly string[] Sayings = { "join-after", "join-before", "sent-apart" };

    [Fact]
    public void Pieces_far_apart_are_found_over_all_of_them_where_a_sentence_says_to_join()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (int count in new[] { 2, 3, 4, 5 })
        foreach (var gap in Gaps)
        foreach (var disguise in Disguises)
        foreach (var order in Orders)
        foreach (var saying in Sayings)
        {
            // A plate of seven characters holds three pieces of two at most.
            if (family == "plate" && count > 3) continue;
            var r = new Random(CaseGenerator.StableSeed($"pieces43/{family}/{count}/{gap}/{disguise}/{order}/{saying}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                var pieces = CutInto(value, count, r).Select(p => InNumerals(p, disguise, r)).ToArray();
                string text = Scattered(AskWordOf(family, r), pieces, gap, order, saying, r, out int at, out int length);
                tally.Add($"pieces43 {family} × {count} × {gap} × {disguise} × {order} × {saying}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, ScatteredPiecesFloors.Of);
    }

    /// <summary>The value cut into <paramref name="count"/> pieces of two characters or more.</summary>
    internal static string[] CutInto(string value, int count, Random r)
    {
        List<int> cuts;
        do cuts = Enumerable.Range(1, value.Length - 1).OrderBy(_ => r.Next()).Take(count - 1).OrderBy(c => c).Append(value.Length).ToList();
        while (cuts.Zip(cuts.Prepend(0), (b, a) => b - a).Any(l => l < 2));
        var pieces = new string[count];
        int from = 0;
        for (int k = 0; k < count; k++) { pieces[k] = value[from..cuts[k]]; from = cuts[k]; }
        return pieces;
    }

    /// <summary>
    /// The pieces written with a gap between each two, in the order given, inside the sentences that name the value and say
    /// to join it. at/length: the first piece written to the last.
    /// </summary>
    internal static string Scattered(string word, string[] pieces, string gap, string order, string saying, Random r, out int at, out int length)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(saying switch
        {
            "join-before" => Pick(r, $"下面的{word}請照順序接起來：", $"{word}分開寫了，幫我合併：", $"請把以下{word}組回來："),
            "sent-apart" => Pick(r, $"{word}我拆成{pieces.Length}段傳，", $"{word}分{"兩三四五"[pieces.Length - 2]}則給你：", $"{word}拆開寫："),
            _ => Pick(r, $"{word}如下，", $"關於{word}：", $"{word}在這裡："),
        });
        if (gap == "chat-turns") sb.Append('\n');
        int[] indexes = Enumerable.Range(0, pieces.Length).ToArray();
        if (order == "tail-first-named") Array.Reverse(indexes);
        bool named = order == "tail-first-named" || gap == "sentences";
        at = -1;
        int end = 0;
        string sender = Pick(r, "民眾", "小林", "阿豪", "報案人");
        for (int k = 0; k < indexes.Length; k++)
        {
            if (k > 0) sb.Append(GapOf(gap, k, sender, r));
            if (gap == "chat-turns") sb.Append($"[{10 + k}:{r.Next(10, 60)}] {sender}：");
            if (named) sb.Append(PartName(indexes[k], pieces.Length, r)).Append(Pick(r, " ", "：", "是 "));
            if (at < 0) at = sb.Length;
            sb.Append(pieces[indexes[k]]);
            end = sb.Length;
        }
        length = end - at;
        sb.Append(saying == "join-after"
            ? Pick(r, "。請合併後填表。", "\n請幫我組回一個完整的號碼寫進筆錄。", "，照順序接起來後寫成通報。", "。幫我重組順序後寫入。")
            : Pick(r, "。請填表。", "\n寫進筆錄，謝謝。", "。"));
        return sb.ToString();
    }

    // A part's name by its place: 前段/中段/後段 for three or fewer, ordinals for more.
    private static string PartName(int index, int count, Random r)
    {
        if (count > 3) return "第" + (r.Next(2) == 0 ? "一二三四五"[index].ToString() : (index + 1).ToString()) + "段";
        return index == 0 ? Pick(r, "前段", "前半段") : index == count - 1 ? Pick(r, "後段", "後半段") : "中段";
    }

    private static string GapOf(string gap, int k, string sender, Random r) => gap switch
    {
        "aside-lines" => Pick(r,
            "（此處略去案情兩行：被害人於夜間行經巷口遭搶，嫌犯往北逃逸）",
            "\n\n---\n\n備註：本案已報請檢察官指揮。\n\n",
            "……中間被打斷……接著是 ",
            "\n（以下是案情說明：報案人於凌晨返家途中發現皮夾遺失，\n內有證件與現金若干，已調閱監視器）\n",
            "【插播：值班臺要求先回報巡邏狀況】",
            "「此處略去與本案無關的對話」"),
        "sentences" => Pick(r, "。被害人說是在網路購物時被盜刷，", "。報案人表示當時天色昏暗，", "。對方自稱是銀行客服，", "。承辦人已通知家屬到場，"),
        _ => $"\n[{10 + k}:0{r.Next(10)}] 承辦：{Pick(r, "收到，下一段", "好，繼續", "再來呢", "（貼圖）")}\n",
    };

    // ---- (k) a column of pieces --------------------------------------------------------------------------------------

    internal static readonly string[] CellSizes = { "1", "2", "3", "4" };

    [Fact]
    public void A_value_down_a_table_column_is_found_where_a_sentence_says_to_join_the_column()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var size in CellSizes)
        foreach (var disguise in Disguises)
        foreach (var saying in new[] { "join-before", "join-after" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces43/column/{family}/{size}/{disguise}/{saying}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r).Replace("-", "");
                int cell = int.Parse(size);
                var pieces = Enumerable.Range(0, (value.Length + cell - 1) / cell).Select(k => value.Substring(k * cell, Math.Min(cell, value.Length - k * cell)))
                    .Select(p => InNumerals(p, disguise, r)).ToArray();
                string text = Column(AskWordOf(family, r), pieces, saying, r, out int at, out int length);
                tally.Add($"pieces43 column {family} × {size} × {disguise} × {saying}", CoversAlone(text, at, length, JoinedPiecesTests.TypeOf(family)));
            }
        }
        tally.Assert(output, ScatteredPiecesFloors.Of);
    }

    internal static string Column(string word, string[] pieces, string saying, Random r, out int at, out int length)
    {
        string head = Pick(r, "碼", "備", "值");
        var sb = new System.Text.StringBuilder(saying == "join-before"
            ? $"下表「{head}」欄依序接起來就是{word}，請幫我還原：\n"
            : $"{word}整理如下：\n");
        sb.Append($"| 序 | {head} | 說明 |\n|---|---|---|\n");
        at = -1;
        int end = 0;
        for (int k = 0; k < pieces.Length; k++)
        {
            sb.Append($"| {k + 1} | ");
            if (at < 0) at = sb.Length;
            sb.Append(pieces[k]);
            end = sb.Length;
            sb.Append($" | {Pick(r, "查獲地點", "同行者", "筆錄完成", "已通知律師", "移送地檢", "尿液採驗")} |\n");
        }
        length = end - at;
        if (saying == "join-after") sb.Append($"請把「{head}」欄照順序接起來，填入移送書。");
        return sb.ToString();
    }

    // ---- hard negatives in the same frames -----------------------------------------------------------------------------

    [Fact]
    public void Other_numbers_in_the_same_frames_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotPersonal)
        foreach (var gap in Gaps)
        foreach (var saying in Sayings)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces43/negative/{name}/{gap}/{saying}"));
            for (int n = 0; n < 20; n++)
            {
                var (word, value) = make(r);
                var pieces = CutInto(value, 2 + r.Next(Math.Min(3, value.Length / 2 - 1)), r);
                string text = Scattered(word, pieces, gap, Pick(r, Orders), saying, r, out _, out _);
                tally.Add($"pieces43 negative {name} × {gap} × {saying}", IsClean(text));
            }
        }
        tally.Assert(output, ScatteredPiecesFloors.OfNegative);
    }

    /// <summary>Texts with joining words and numbers in the same frames that hold no value: counts, logs, poems, dates.</summary>
    internal static readonly (string Name, Func<Random, string> Make)[] CleanFrames =
    {
        ("count-table", r => "請把各欄合併成總表：\n| 項目 | 件數 |\n|---|---|\n" + string.Concat(new[] { "竊盜", "詐欺", "毀損", "傷害", "公共危險" }.Select(k => $"| {k} | {r.Next(1, 40)} |\n"))),
        ("chat-log", r => string.Concat(Enumerable.Range(0, 4).Select(k => $"[{r.Next(10, 23)}:{r.Next(10, 60)}] {Pick(r, "甲", "乙")}：{Pick(r, "到了", "好", "收到", "電話接起來了")}\n")) + "請合併成一段摘要。"),
        ("case-numbers", r => $"兩案請合併辦理：{r.Next(105, 115)}年度偵字第{r.Next(100, 30000)}號（中間是案情摘要，共{Pick(r, "三", "兩", "五")}頁）、{r.Next(105, 115)}年度偵字第{r.Next(100, 30000)}號。"),
        ("poem", r => "藏頭詩一首：\n" + string.Concat(new[] { "春", "夏", "秋", "冬", "一", "二", "三" }.OrderBy(_ => r.Next()).Take(5).Select(c => c + Pick(r, "風拂面", "雨綿綿", "月當空", "燈火明") + "\n")) + "請潤飾。"),
        ("dates-and-times", r => $"{r.Next(110, 116)}年{r.Next(1, 13)}月{r.Next(1, 29)}日 {r.Next(10, 24)}:{r.Next(10, 60)} 與 {r.Next(10, 24)}:{r.Next(10, 60)} 的紀錄請合併，金額 {r.Next(1, 99)},{r.Next(100, 999)} 元。"),
        ("versions-models", r => $"型號 RX-{r.Next(2, 9)} 一輛、版本 {r.Next(1, 9)}.{r.Next(0, 9)}.{r.Next(0, 9)}，座標 {r.Next(21, 26)}.{ValueFamilies.Digits(r, 4)}, {r.Next(119, 122)}.{ValueFamilies.Digits(r, 4)}，請接起來看。"),
    };

    [Fact]
    public void Counts_logs_poems_and_dates_near_joining_words_stay_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in CleanFrames)
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces43/clean/{name}"));
            for (int n = 0; n < 30; n++) tally.Add($"pieces43 clean {name}", IsClean(make(r)));
        }
        tally.Assert(output, floor: 1.0);
    }
}

/// <summary>
/// Floors of round 43's cells (<see cref="ScatteredPiecesTests"/>): the honest figure of det-pieces43 (T), 1.00 unless
/// listed here. A cell held lower names what it leaves in the README's det-pieces43 subsection.
/// </summary>
internal static class ScatteredPiecesFloors
{
    // One case of two: a piece of the aside's value read across its edge stays (fail closed), so the join gives way (T).
    public static double Of(string cell) => cell == "pieces43 mastercard × 4 × aside-lines × han × as-written × join-before" ? 0.5 : 1.0;

    public static double OfNegative(string cell) => 1.0;
}
