using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 38 (categories of sets U33, U34)": plates in chats and prose with no plate word — alone in a message of a
/// chat whose other messages pass labelled identifiers (證號 …, 卡號 …, disguised past the checksum readers), or pointed at by
/// 那台 / 這輛 and seen on the road after it (…剛剛又出現在…路) — (layout × written form × context); a digits-first plate whose
/// letters spell a size of data after a vehicle noun (機車3715tb); and hard negatives of the same shapes: a log's status word after a
/// number (len=47 ok), a decimal with its unit (263.5 MB), a model code and a product counted after it (… 監視器兩台), codes
/// alone in a chat of order and extension numbers, 那台 before a machine's model. Values are invented here; output lists cell
/// names and counts only.
/// </summary>
public sealed class PlateChatsAndLogsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    // (no 3+2: its cells were not built this round)
    private static readonly PlateLayoutTable.Layout[] Layouts = PlateLayoutTable.Except("3+2");

    private static readonly (string Name, Func<string, string, bool, string> Write)[] Forms =
    {
        ("hyphen", (l, d, first) => first ? $"{l}-{d}" : $"{d}-{l}"),
        ("hyphen.lower-case", (l, d, first) => (first ? $"{l}-{d}" : $"{d}-{l}").ToLowerInvariant()),
        ("joined", (l, d, first) => first ? l + d : d + l),
        ("full-width", (l, d, first) => ToFullWidth(first ? $"{l}-{d}" : $"{d}-{l}")),
    };

    private static readonly string[] Contexts = { "chat.labelled-identifiers", "chat.seen-after-counter", "prose.seen-after-counter" };

    // Asserted: what stands with the words this round reads (a plate written with its hyphen, and the 2012 layout joined).
    // Printed: older layouts typed joined (a code's shape even in a chat: 0.20 + the chat's 0.25 stays below the threshold).
    private static bool Asserted(string layout, string form) => form != "joined" || layout == "2012.3+4";

    /// <summary>The honest figure reached on the asserted cells (T: written on this branch); a cell below it fails.</summary>
    private const double Floor = 0.9;

    [Fact]
    public void A_plate_in_a_chat_of_identifiers_or_seen_after_a_counter_is_found()
    {
        var asserted = new Tally();
        var printed = new Tally();
        int found = 0, cases = 0, printedFound = 0, printedCases = 0;
        foreach (var layout in Layouts)
        foreach (var form in Forms)
        foreach (var context in Contexts)
        {
            var r = new Random(CaseGenerator.StableSeed($"plate-chat/{layout.Name}/{form.Name}/{context}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var (letters, digits, lettersFirst) = layout.Make(r);
                string written = form.Write(letters, digits, lettersFirst);
                string text = Place(context, written, r, out int at);
                bool hit = PartsGivenApartTests.Finds(text, at, written.Length, EntityTypes.LicensePlate), isAsserted = Asserted(layout.Name, form.Name);
                (isAsserted ? asserted : printed).Add($"plate-chat {layout.Name} × {form.Name} × {context}", hit);
                if (isAsserted) { cases++; found += hit ? 1 : 0; }
                else { printedCases++; printedFound += hit ? 1 : 0; }
            }
        }
        output.WriteLine($"asserted cases found {found}/{cases}, printed cases found {printedFound}/{printedCases}");
        output.WriteLine("printed (not asserted):");
        printed.Assert(output, floor: 0);
        asserted.Assert(output, Floor);
    }

    [Fact]
    public void A_digits_first_plate_whose_letters_spell_a_unit_is_found_after_a_vehicle_word()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("plate-unit-letters"));
        foreach (var before in new[] { "另一台機車", "車號 ", "騎乘機車" })
        foreach (var unit in new[] { "tb", "gb", "mb", "kb", "pb" }) // sizes of data: a vehicle's own measures (cc, km) stay measures
        {
            for (int n = 0; n < CasesPerCell; n++)
            {
                string written = ValueFamilies.Digits(r, 4) + unit, lead = $"{Pick(r, "案發時", "當天", "")}{before}";
                string text = $"{lead}{written}當時停在對面。";
                tally.Add($"plate-unit-letters {before.Trim()} × {unit}", PartsGivenApartTests.Finds(text, lead.Length, written.Length, EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, Floor);
    }

    [Fact]
    public void Log_tails_sizes_counted_models_and_chat_codes_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("plate-chat negatives"));
        for (int n = 0; n < CasesPerCell * 12; n++)
        {
            (string cell, string text) = (n % 6) switch
            {
                0 => ("log-status-word", LogLines(r)),
                1 => ("decimal-size", $"系統公告：修正{Pick(r, "車籍查詢", "車牌辨識", "違規查詢")}逾時問題，更新檔大小 {r.Next(10, 999)}.{r.Next(0, 9)} {Pick(r, "MB", "GB", "KB", "KG", "mb")}，請於月底前完成更新。"),
                2 => ("counted-product", $"扣押物品：{ValueFamilies.Letters(r, 3, current: true)}-{PlateLayoutTable.PlateDigits(r, 4)} {Pick(r, "監視器", "相機", "印表機", "投影機", "路由器")}{Pick(r, "兩", "一", "三", "2")}{Pick(r, "台", "支", "個", "組")}{Pick(r, "。", "、另有筆電一台。", "")}"),
                3 => ("chat-order-codes", OrderChat(r)),
                4 => ("counter-machine", $"{Pick(r, "那台", "這台")}{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)}{Pick(r, "要送修", "又當機了", "的墨水沒了", "明天退貨")}，{Pick(r, "麻煩處理。", "請回報。")}"),
                _ => ("log-status-word.upper-key", LogLines(r, key: "LEN")),
            };
            var dirty = Scan(text).Where(f => f.Type == EntityTypes.LicensePlate).ToList();
            tally.Add($"plate-chat negative {cell}", dirty.Count == 0);
        }
        tally.Assert(output, floor: 1.0);
    }

    // A plate's context: the value and where it starts in the text.
    private static string Place(string context, string value, Random r, out int at)
    {
        string prefix;
        string suffix;
        switch (context)
        {
            case "chat.labelled-identifiers":
                var before = new System.Text.StringBuilder();
                before.Append(Pick(r, "幫我把聊天內容轉成正式的通報：\n", "Please summarise this chat:\n"));
                before.Append($"[{Clock(r)}] 對方：{LabelledIdentifier(r)}\n");
                before.Append($"[{Clock(r)}] 組長：{Pick(r, "OK", "收到", "等一下")}\n");
                prefix = before + $"[{Clock(r)}] 組長：{Pick(r, "他的 ", "這個 ", "是 ", "")}";
                suffix = $"\n[{Clock(r)}] 學長：{LabelledIdentifier(r)}\n";
                break;
            case "chat.seen-after-counter":
                prefix = $"[{r.Next(1, 13)}/{r.Next(1, 29)} {Clock(r)}] {Pick(r, "小陳", "阿宏", "值班台")}: {Pick(r, "那台", "這台", "那輛")}";
                suffix = $"{Pick(r, "剛剛又出現在", "又出現在", "剛才經過", "停在")}{Pick(r, "光復路", "中山路口", "民權東路")}\n[{Clock(r)}] 組長: 好\n";
                break;
            default:
                prefix = $"{Pick(r, "據民眾表示，", "巡邏時發現，", "")}{Pick(r, "那輛", "這台", "那台")}";
                suffix = $"{Pick(r, "昨天又出現在", "已經停在", "剛剛經過")}{Pick(r, "學校門口", "民生路", "巷口")}，請加強巡邏。";
                break;
        }
        at = prefix.Length;
        return prefix + value + suffix;
    }

    // An identifier's label and an ID or card disguised past the checksum readers (an emoji inside, other scripts' digits).
    private static string LabelledIdentifier(Random r)
    {
        string id = PartsGivenApartTests.IdOf("id", r);
        return Pick(r, "證號", "身分證", "ID") + " " + (r.Next(2) == 0
            ? $"{id[..3]}😀{id[3..7]}😀{id[7..]}"
            : $"{id[..1]}{string.Concat(id[1..].Select(c => (char)('٠' + (c - '0'))))}");
    }

    // Log lines of a gateway: a mobile after to=, the message's length and its status word.
    private static string LogLines(Random r, string key = "len")
    {
        var text = new System.Text.StringBuilder("請幫我看這段 log 有沒有異常：\n");
        for (int i = 0; i < 3; i++)
        {
            string mobile = JoinedPiecesTests.ValueOf("mobile", r);
            text.Append($"2024-0{r.Next(1, 9)}-1{r.Next(0, 9)} 0{r.Next(0, 9)}:{r.Next(10, 59)}:{r.Next(10, 59)} DEBUG [SMSGateway] to={mobile[..4]}-{mobile[4..7]}-{mobile[7..]} {key}={r.Next(10, 160)} {Pick(r, "ok", "ng")}\n");
            text.Append($"2024-0{r.Next(1, 9)}-1{r.Next(0, 9)} 0{r.Next(0, 9)}:{r.Next(10, 59)}:{r.Next(10, 59)} INFO [{Pick(r, "VehicleQuery", "PersonQuery")}] done\n");
        }
        return text.ToString();
    }

    // A chat passing order and extension numbers (no identifier's label), a code alone in one message.
    private static string OrderChat(Random r) =>
        $"[{Clock(r)}] 客服：訂單 {ValueFamilies.Digits(r, 8)}\n[{Clock(r)}] 客服：分機 {ValueFamilies.Digits(r, 4)}\n"
        + $"[{Clock(r)}] 客服：{Pick(r, "這個 ", "是 ", "")}{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)}\n[{Clock(r)}] 主管：收到\n";

    private static string Clock(Random r) => $"{r.Next(0, 24):00}:{r.Next(0, 60):00}";

    private static string ToFullWidth(string s) => string.Concat(s.Select(c => c == '-' ? '－' : c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));


    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
