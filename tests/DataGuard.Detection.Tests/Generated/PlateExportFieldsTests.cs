using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 44 (det-plates44)": plates of every era and kind in exports — a fixed-width query log whose header is typed
/// with one space between its Chinese words and ruled off, a Markdown table, a CSV file, a JSON key, a log's kind field
/// (type=PLATE key=…) — and in a comma-free list beside 2012 plates; written with the hyphen, joined, or joined with letters
/// that spell a word, unit or time (AM, MB, HP, REF) (layout × writing × export × position); hard negatives in the same
/// exports: operator codes in a user column, order and invoice numbers, model codes under model keys, another kind's key,
/// versions, and a list of plates read as one look-alike phone. Values are invented here; output lists cell names and counts.
/// </summary>
public sealed class PlateExportFieldsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 4;

    /// <summary>Every layout of the shared table, and the legacy mixed codes before four digits (letter-digit, digit-letter).</summary>
    private static readonly PlateLayoutTable.Layout[] Layouts = PlateLayoutTable.All.Concat(new PlateLayoutTable.Layout[]
    {
        new("mixed.letter-digit+4", false, r => (ValueFamilies.Letters(r, 1) + r.Next(10), ValueFamilies.Digits(r, 4), true)),
        new("mixed.digit-letter+4", false, r => (r.Next(10) + ValueFamilies.Letters(r, 1), ValueFamilies.Digits(r, 4), true)),
    }).ToArray();

    /// <summary>Letter groups that read as a word, a unit, a time or an acronym, by length.</summary>
    private static readonly string[][] WordLetters =
    {
        Array.Empty<string>(), Array.Empty<string>(),
        new[] { "AM", "PM", "MB", "GB", "HP", "KG", "KM" },
        new[] { "REF", "THE", "CPU", "USB", "API" },
    };

    private static readonly string[] Writings = { "hyphen", "joined", "word-letters" };

    private static readonly string[] Exports = { "fixed-width-log", "markdown", "csv", "json-key", "log-kind", "list" };

    private static readonly string[] Positions = { "first", "middle", "last" };

    // (a mixed code's letters are a letter and a digit: no word to write there)
    private static bool Exists(PlateLayoutTable.Layout layout, string writing) => writing != "word-letters" || !layout.Name.StartsWith("mixed", StringComparison.Ordinal);

    /// <summary>
    /// Round 44, T: every cell at 1.0 but these, held at the honest figure this branch reached (33 cells: letters that
    /// spell a word typed joined in a list with no plate word, or a 2012 plate's three word-letters joined — REF1235 reads as
    /// the acronym it spells wherever only its neighbours name it; a few single misses of older layouts joined). The same
    /// generator on 956c695 is in the README.
    /// </summary>
    private static readonly Dictionary<string, double> Honest = new(StringComparer.Ordinal)
    {
        ["plate-export 1992.2+4 × word-letters × list × last"] = 3.0 / 4,
        ["plate-export 2001.4+2 × joined × csv × middle"] = 3.0 / 4,
        ["plate-export 2001.4+2 × word-letters × csv × first"] = 3.0 / 4,
        ["plate-export 2001.4+2 × word-letters × csv × last"] = 3.0 / 4,
        ["plate-export 2001.4+2 × word-letters × csv × middle"] = 2.0 / 4,
        ["plate-export 2001.4+2 × word-letters × list × first"] = 2.0 / 4,
        ["plate-export 2001.4+2 × word-letters × list × last"] = 2.0 / 4,
        ["plate-export 2012.3+4 × word-letters × csv × first"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × csv × middle"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × fixed-width-log × first"] = 1.0 / 4,
        ["plate-export 2012.3+4 × word-letters × fixed-width-log × middle"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × json-key × last"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × list × first"] = 0.0 / 4,
        ["plate-export 2012.3+4 × word-letters × list × last"] = 0.0 / 4,
        ["plate-export 2012.3+4 × word-letters × list × middle"] = 0.0 / 4,
        ["plate-export 2012.3+4 × word-letters × log-kind × first"] = 0.0 / 4,
        ["plate-export 2012.3+4 × word-letters × log-kind × last"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × markdown × first"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × markdown × last"] = 3.0 / 4,
        ["plate-export 2012.3+4 × word-letters × markdown × middle"] = 3.0 / 4,
        ["plate-export 3+2 × joined × log-kind × last"] = 3.0 / 4,
        ["plate-export 3+2 × word-letters × list × first"] = 2.0 / 4,
        ["plate-export 3+2 × word-letters × list × last"] = 2.0 / 4,
        ["plate-export 3+2 × word-letters × list × middle"] = 1.0 / 4,
        ["plate-export commercial.3+3 × word-letters × list × first"] = 0.0 / 4,
        ["plate-export commercial.3+3 × word-letters × list × last"] = 0.0 / 4,
        ["plate-export commercial.3+3 × word-letters × list × middle"] = 0.0 / 4,
        ["plate-export heavy-moto.2+3 × word-letters × list × last"] = 3.0 / 4,
        ["plate-export micro-ev.2+5 × joined × json-key × first"] = 3.0 / 4,
        ["plate-export micro-ev.2+5 × word-letters × fixed-width-log × first"] = 3.0 / 4,
        ["plate-export micro-ev.2+5 × word-letters × list × first"] = 2.0 / 4,
        ["plate-export micro-ev.2+5 × word-letters × list × last"] = 2.0 / 4,
        ["plate-export mixed.digit-letter+4 × joined × csv × middle"] = 3.0 / 4,
    };

    private static double FloorOf(string cell) => Honest.TryGetValue(cell, out double floor) ? floor : 1.0;

    [Fact]
    public void A_plate_in_an_export_field_or_a_list_of_plates_is_found()
    {
        var tally = new Tally();
        foreach (var layout in Layouts)
        foreach (var writing in Writings.Where(w => Exists(layout, w)))
        foreach (var export in Exports)
        foreach (var position in Positions)
        {
            var r = new Random(CaseGenerator.StableSeed($"plate-export/{layout.Name}/{writing}/{export}/{position}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = Write(layout, writing, r);
                string text = Export(export, position, value, r, out int at);
                tally.Add($"plate-export {layout.Name} × {writing} × {export} × {position}", PartsGivenApartTests.Finds(text, at, value.Length, EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void Codes_beside_plates_in_the_same_exports_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("plate-export negatives"));
        string[] kinds = { "user-column", "order-key", "invoice-key", "model-key", "other-kind", "version-key", "model-column", "plate-list-phone" };
        foreach (var kind in kinds)
        for (int n = 0; n < 20; n++)
        {
            string text = Negative(kind, r, out string code);
            int at = text.IndexOf(code, StringComparison.Ordinal);
            bool dirty = kind == "plate-list-phone"
                ? Scan(text).Any(f => f.Type == EntityTypes.PhoneNumber)
                : Scan(text).Any(f => f.Start < at + code.Length && at < f.Start + f.Length);
            tally.Add($"plate-export negative {kind}", !dirty);
        }
        tally.Assert(output, floor: 1.0);
    }

    private static string Write(PlateLayoutTable.Layout layout, string writing, Random r)
    {
        var (letters, digits, lettersFirst) = layout.Make(r);
        if (writing == "word-letters") letters = Pick(r, WordLetters[letters.Length]);
        string sep = writing == "hyphen" ? "-" : "";
        return lettersFirst ? letters + sep + digits : digits + sep + letters;
    }

    // An export of four to six records with the value in the first, a middle or the last one; `at` is where it starts.
    private static string Export(string export, string position, string value, Random r, out int at)
    {
        int rows = 4 + r.Next(3);
        int target = position == "first" ? 0 : position == "last" ? rows - 1 : 1 + r.Next(rows - 2);
        var text = new System.Text.StringBuilder(Head(export, r));
        at = -1;
        for (int row = 0; row < rows; row++)
        {
            string plate = row == target ? value : OtherPlate(r);
            string line = Row(export, row, plate, r, out int plateAt);
            if (row == target) at = text.Length + plateAt;
            text.Append(line);
        }
        return text.Append(Tail(export)).ToString();
    }

    private static string Head(string export, Random r) => export switch
    {
        "fixed-width-log" => $"以下是系統匯出資料，請找出重複的人：\n{new string('=', 60)}\n  {Pick(r, "大安分局", "鳳山分局")} 車籍查詢日報表     列印日期：115年{r.Next(1, 13)}月{r.Next(1, 29)}日\n{new string('=', 60)}\n"
            + Pick(r, "  序號 類別  時間   車牌                身分證      電話          使用者", "  序號  類別  時間  車號  身分證號  手機  承辦人") + $"\n{new string('-', 60)}\n",
        "markdown" => "## 協尋清單\n\n| 編號 | " + Pick(r, "車牌", "車號", "車牌號碼") + " | 顏色 | 廠牌 | 車主電話 |\n|---|---|---|---|---|\n",
        "csv" => "序號,姓名,身分證統一編號,行動電話," + Pick(r, "車牌號碼", "車號", "plate") + ",住址\n",
        "json-key" => "請整理成表格：\n[\n",
        "log-kind" => "請幫我分析這段log有沒有異常查詢：\n",
        _ => Pick(r, "檢舉：巷口常有 ", "名單如下：", "今天巡邏看到 "),
    };

    private static string Tail(string export) => export switch
    {
        "fixed-width-log" => $"{new string('-', 60)}\n  合計：筆     製表人：王○明\n",
        "json-key" => "]\n",
        "list" => " 進出，請查處。",
        _ => "",
    };

    // One record; plateAt is where the plate starts inside it.
    private static string Row(string export, int row, string plate, Random r, out int plateAt)
    {
        string id = JoinedPiecesTests.ValueOf("id", r), mobile = JoinedPiecesTests.ValueOf("mobile", r);
        string before = export switch
        {
            "fixed-width-log" => $"  {row + 1,2}  {Pick(r, "查詢", "比對", "異動")}  {r.Next(24):00}:{r.Next(60):00}  ",
            "markdown" => $"| {row + 1} | ",
            "csv" => $"{row + 1},{Pick(r, "王○明", "陳○玲", "林○豪")},{id},{mobile},",
            "json-key" => $"  {{\n    \"caseNo\": \"11{r.Next(10)}年度偵字第{r.Next(1000, 30000)}號\",\n    \"idNo\": \"{id}\",\n    \"mobile\": \"{mobile}\",\n    \"{Pick(r, "vehicle", "plateNo", "license_plate", "車號")}\": \"",
            "log-kind" => $"2026-0{r.Next(1, 10)}-1{r.Next(10)}T0{r.Next(10)}:1{r.Next(10)}:2{r.Next(10)}.{r.Next(100, 999)} INFO  [qry-{r.Next(1, 9)}] user={Pick(r, "tp", "cib", "khpd")}{r.Next(10000, 99999)} sys=M-POLICE type={Pick(r, "PLATE", "plate", "VEHICLE")} key=",
            _ => row == 0 ? "" : "、",
        };
        string after = export switch
        {
            "fixed-width-log" => $"  {id}  {mobile}  {Pick(r, "tp", "cib", "ntpd")}{r.Next(10000, 99999)}\n",
            "markdown" => $" | {Pick(r, "黑", "白", "銀")} | {Pick(r, "TOYOTA", "光陽", "山葉")} | {mobile} |\n",
            "csv" => $",{Pick(r, "臺中市大里區自由路", "高雄市苓雅區復興路")}{r.Next(1, 300)}號\n",
            "json-key" => $"\",\n    \"createdAt\": \"2026-03-{r.Next(10, 28)}T11:09:00+08:00\"\n  }},\n",
            "log-kind" => $" hits={r.Next(1, 4)} ms={r.Next(50, 900)}\n",
            _ => "",
        };
        plateAt = before.Length;
        return before + plate + after;
    }

    // Another record's plate: the 2012 layout with its hyphen (a list's other members are these).
    private static string OtherPlate(Random r) => $"{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)}";

    // A code of a plate's shape in a field or column that names something else, among plates; `code` is the one asked about.
    private static string Negative(string kind, Random r, out string code)
    {
        switch (kind)
        {
            case "user-column":
                code = $"{Pick(r, "tp", "cib", "khpd", "pol")}{r.Next(10000, 99999)}";
                return Head("fixed-width-log", r) + $"   1  查詢  0{r.Next(10)}:1{r.Next(10)}  {OtherPlate(r)}  {JoinedPiecesTests.ValueOf("id", r)}  {JoinedPiecesTests.ValueOf("mobile", r)}  {code}\n"
                    + $"   2  比對  1{r.Next(10)}:2{r.Next(10)}  {OtherPlate(r)}  {JoinedPiecesTests.ValueOf("id", r)}  {JoinedPiecesTests.ValueOf("mobile", r)}  tp{r.Next(10000, 99999)}\n";
            case "order-key":
                code = $"{ValueFamilies.Letters(r, 2)}{ValueFamilies.Digits(r, 4)}";
                return $"{{\"orderNo\": \"{code}\", \"vehicle\": \"{OtherPlate(r)}\", \"amount\": {r.Next(100, 9000)}}}";
            case "invoice-key":
                code = $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 8)}";
                return $"{{\"invoiceNo\": \"{code}\", \"plateNo\": \"{OtherPlate(r)}\", \"ubn\": \"{ValueFamilies.Digits(r, 8)}\"}}";
            case "model-key":
                code = $"{Pick(r, "RX-8", "MT-03", "NC-750", "QX-50", "CBR-650")}";
                return $"{{\"model\": \"{code}\", \"vehicle\": \"{OtherPlate(r)}\"}}";
            case "other-kind":
                code = $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 4)}";
                return $"2026-05-0{r.Next(1, 10)}T10:35:21.989 INFO  [qry-1] user=tp{r.Next(10000, 99999)} sys=M-POLICE type={Pick(r, "ORDER", "CASE", "DEVICE")} key={code} hits=1 ms=342\n";
            case "version-key":
                code = $"{Pick(r, "AM", "PM")}{r.Next(100, 999)}";
                return $"{{\"schedule\": \"{code}\", \"plateNo\": \"{OtherPlate(r)}\", \"version\": \"v2.{r.Next(10)}\"}}";
            case "model-column":
                code = $"{Pick(r, "MT", "KB", "RX")}-{r.Next(10, 999)}";
                return $"| 編號 | 車牌 | 型號 |\n|---|---|---|\n| 1 | {OtherPlate(r)} | {code} |\n| 2 | {OtherPlate(r)} | {Pick(r, "CB-650", "GT-86")} |\n";
            default:
                code = "";
                return $"重點：{OtherPlate(r)}、{Pick(r, "QG", "OS", "IB", "QB")}-{PlateLayoutTable.PlateDigits(r, 4)}、{OtherPlate(r)}。";
        }
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
