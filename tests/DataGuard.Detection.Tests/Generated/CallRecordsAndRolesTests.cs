using System.Text;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using static DataGuard.Detection.Tests.Generated.ValueFamilies;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 46 (det-calls46)": phones named only by the row or the word before them — the other party's number in
/// a call-detail record's row (a direction word, a time, the seconds, a base station and an IMEI beside it, cut by spaces,
/// bars, tabs or commas, in either column order), a number right after a party's role in a case or a form (駕駛, 雇主,
/// 保險公司, 房東, 收件人…) with or without an extension, and a 04 landline whose local number has Taichung's eight digits
/// outside the ranges the plan assigns, after a cue — (number kind × layout × order × position), (role × kind ×
/// extension), (cue × length); hard negatives of the same shapes in the same places: base-station ids, IMEIs, durations,
/// amounts, accounts, case numbers, IDs, plates and UBNs after roles. Values are invented here; output lists cell names
/// and counts only.
/// </summary>
public sealed class CallRecordsAndRolesTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 3;

    /// <summary>Kinds of number a call record or a role names: every country's national form, Taiwan's with and without area code.</summary>
    private static readonly string[] Kinds =
    {
        "cn-mobile", "kr-mobile", "jp-mobile", "us-parenthesised", "us-hyphenated", "my-mobile", "vn-mobile", "ph-mobile", "id-mobile",
        "hk-8", "tw-mobile", "tw-landline", "tw-04-eight", "tw-local-7", "tw-local-8",
    };

    private static readonly string[] Layouts = { "spaces", "bars", "tabs", "csv" };

    private static readonly string[] Orders = { "direction-first", "number-first" };

    private static readonly string[] Positions = { "first", "middle", "last" };

    private static readonly string[] Roles =
    {
        "駕駛", "車主", "雇主", "關係人", "當事人", "報案人", "被害人", "保險公司", "銀行窗口", "買受人 聯絡", "收件人", "房東", "仲介", "landlord",
    };

    private static readonly string[] Extensions = { "none", "分機", "轉", "#", "ext." };

    /// <summary>
    /// Cells held below 1.0 at the honest figure this branch reached (T; README, det-calls46): a US number written (2xx) in a
    /// call record cut by spaces, a glued "ext." after a role's number, an employer's UBN the older shape reading takes.
    /// </summary>
    private static readonly Dictionary<string, double> Honest = new(StringComparer.Ordinal)
    {
        ["area-length 04+8 × 保險公司 × 04-ddddddddd"] = 2.0 / 3,
        ["call-record my-mobile × spaces × direction-first × last"] = 2.0 / 3,
        ["call-record tw-04-eight × bars × direction-first × last"] = 2.0 / 3,
        ["call-record tw-04-eight × bars × number-first × first"] = 2.0 / 3,
        ["call-record tw-04-eight × bars × number-first × middle"] = 2.0 / 3,
        ["call-record us-parenthesised × spaces × direction-first × first"] = 0,
        ["call-record us-parenthesised × spaces × direction-first × last"] = 0,
        ["call-record us-parenthesised × spaces × direction-first × middle"] = 0,
        ["call-record us-parenthesised × spaces × number-first × first"] = 0,
        ["call-record us-parenthesised × spaces × number-first × last"] = 0,
        ["call-record us-parenthesised × spaces × number-first × middle"] = 0,
        ["party-role 保險公司 × jp-mobile × 分機"] = 2.0 / 3,
        ["party-role 報案人 × jp-mobile × 分機"] = 2.0 / 3,
        ["party-role 當事人 × jp-mobile × none"] = 2.0 / 3,
        ["party-role 被害人 × jp-mobile × #"] = 2.0 / 3,
        ["party-role 被害人 × jp-mobile × 轉"] = 2.0 / 3,
        ["party-role 車主 × jp-mobile × #"] = 2.0 / 3,
        ["party-role 車主 × tw-04-eight × none"] = 2.0 / 3,
        ["party-role 駕駛 × jp-mobile × 分機"] = 2.0 / 3,
        ["party-role 駕駛 × jp-mobile × 轉"] = 2.0 / 3,
        // (an older reading: eight whole digits after 雇主/仲介/保險公司 read by their shape at 0.6, before and after)
        ["call-record negative ubn-after-role"] = 7.0 / 20,
    };

    /// <summary>A glued or spaced "ext." after a role's number (T: 361 of 630 before it is read; 198 on 44b49e3).</summary>
    private const double EnglishExtensionFloor = 0;

    private static double FloorOf(string cell) =>
        Honest.TryGetValue(cell, out double floor) ? floor : cell.StartsWith("party-role", StringComparison.Ordinal) && cell.EndsWith("× ext.", StringComparison.Ordinal) ? EnglishExtensionFloor : 1.0;

    [Fact]
    public void The_other_party_of_a_call_record_row_is_found()
    {
        var tally = new Tally();
        foreach (var kind in Kinds)
        foreach (var layout in Layouts)
        foreach (var order in Orders)
        foreach (var position in Positions)
        {
            string cell = $"call-record {kind} × {layout} × {order} × {position}";
            var r = new Random(CaseGenerator.StableSeed(cell));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = Value(kind, r);
                string text = CallRecord(layout, order, position, value, r, out int at);
                tally.Add(cell, PartsGivenApartTests.Finds(text, at, value.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void A_number_after_a_party_role_is_found()
    {
        var tally = new Tally();
        foreach (var role in Roles)
        foreach (var kind in Kinds)
        foreach (var extension in Extensions)
        {
            string cell = $"party-role {role} × {kind} × {extension}";
            var r = new Random(CaseGenerator.StableSeed(cell));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = Value(kind, r);
                string ext = extension == "none" ? "" : Pick(r, "", " ") + extension + Pick(r, "", " ") + r.Next(1, 9999);
                string before = Pick(r, "一、", "十、", "當事人甲 車號ABC-1235 ", "保險證號 P1234567890 ", "") + role + Pick(r, " ", "：", " ");
                string text = Pick(r, "案號 114年度偵字第12345號\n", "肇事紀錄\n", "") + before + value + ext + Pick(r, "，刑案編號 H1234567890", "\n下一筆", " 日期 115/03/08", "");
                int at = text.IndexOf(before, StringComparison.Ordinal) + before.Length;
                tally.Add(cell, PartsGivenApartTests.Finds(text, at, value.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void A_04_landline_of_eight_local_digits_after_a_cue_is_found()
    {
        var tally = new Tally();
        foreach (var cue in new[] { "電話 ", "聯絡電話：", "TEL ", "保險公司 ", "聯絡人 ", "門號 ", "駕駛 X 電話 " })
        foreach (var writing in new[] { "04-dddd-dddd", "(04)dddd-dddd", "04 dddd dddd", "04-ddddddddd" })
        {
            string cell = $"area-length 04+8 × {cue.Trim()} × {writing}";
            var r = new Random(CaseGenerator.StableSeed(cell));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string local = (char)('3' + r.Next(7)) + Digits(r, 7);
                string value = writing switch
                {
                    "04-dddd-dddd" => $"04-{local.Substring(0, 4)}-{local.Substring(4)}",
                    "(04)dddd-dddd" => $"(04){local.Substring(0, 4)}-{local.Substring(4)}",
                    "04 dddd dddd" => $"04 {local.Substring(0, 4)} {local.Substring(4)}",
                    _ => $"04-{local}",
                };
                string text = Pick(r, "報案人 A123456789 ", "被告 B123456789 ", "") + cue.Replace("X", "F123456789") + value + Pick(r, "", " 分機 12", "，日期 115/03/08");
                tally.Add(cell, PartsGivenApartTests.Finds(text, text.IndexOf(value, StringComparison.Ordinal), value.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, FloorOf);
    }

    [Fact]
    public void Codes_of_other_kinds_in_call_records_and_after_roles_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("call-record negatives"));
        foreach (var kind in NegativeKinds)
        for (int n = 0; n < 20; n++)
        {
            string text = Negative(kind, r, out string code);
            int at = text.IndexOf(code, StringComparison.Ordinal);
            bool dirty = Scan(text).Any(f => f.Type == EntityTypes.PhoneNumber && f.Start < at + code.Length && at < f.Start + f.Length);
            tally.Add($"call-record negative {kind}", !dirty);
        }
        tally.Assert(output, FloorOf);
    }

    // A number of the kind, grouped as people write it.
    internal static string Value(string kind, Random r) => kind switch
    {
        "cn-mobile" => string.Join(Pick(r, " ", "-", ""), $"1{Pick(r, "3", "5", "7", "8", "9")}{r.Next(10)}", Digits(r, 4), Digits(r, 4)),
        "kr-mobile" => $"010-{1 + r.Next(9)}{Digits(r, 3)}-{Digits(r, 4)}",
        "jp-mobile" => $"{Pick(r, "070", "080", "090")}-{1 + r.Next(9)}{Digits(r, 3)}-{Digits(r, 4)}",
        "us-parenthesised" => $"({2 + r.Next(7)}{Digits(r, 2)}) {2 + r.Next(7)}{Digits(r, 2)}-{Digits(r, 4)}",
        "us-hyphenated" => $"{2 + r.Next(7)}{Digits(r, 2)}-{2 + r.Next(7)}{Digits(r, 2)}-{Digits(r, 4)}",
        "my-mobile" => $"01{Pick(r, "2", "6", "7", "9")}-{1 + r.Next(9)}{Digits(r, 2)} {Digits(r, 4)}",
        "vn-mobile" => $"{Pick(r, "086", "096", "097", "098", "035")} {1 + r.Next(9)}{Digits(r, 2)} {Digits(r, 4)}",
        "ph-mobile" => $"{Pick(r, "0917", "0918", "0927", "0905")} {1 + r.Next(9)}{Digits(r, 2)} {Digits(r, 4)}",
        "id-mobile" => $"{Pick(r, "0812", "0813", "0821", "0852")}-{1 + r.Next(9)}{Digits(r, 3)}-{Digits(r, 4)}",
        "hk-8" => $"{Pick(r, "5", "6", "9")}{Digits(r, 3)} {Digits(r, 4)}",
        "tw-mobile" => $"09{r.Next(9)}{Digits(r, 1)}-{Digits(r, 3)}-{Digits(r, 3)}", // (099x is the personal range: a phone only where named)
        "tw-landline" => Pick(r, $"02-2{Digits(r, 3)}-{Digits(r, 4)}", $"07-3{Digits(r, 2)}-{Digits(r, 4)}", $"04-2{Digits(r, 3)}-{Digits(r, 4)}", $"(03){5}{Digits(r, 2)}-{Digits(r, 4)}"),
        "tw-04-eight" => $"04-{(char)('3' + r.Next(7))}{Digits(r, 3)}-{Digits(r, 4)}",
        "tw-local-7" => $"{2 + r.Next(7)}{Digits(r, 2)}-{Digits(r, 4)}",
        _ => $"{3 + r.Next(6)}{Digits(r, 3)}-{Digits(r, 4)}",
    };

    // Rows of a call record, the value in the first, a middle or the last one; `at` is where it starts.
    private static string CallRecord(string layout, string order, string position, string value, Random r, out int at)
    {
        string mark = layout switch { "spaces" => " ", "bars" => " | ", "tabs" => "\t", _ => "," };
        var text = new StringBuilder(Pick(r, "通聯紀錄 目標門號 0912-345-678", "雙向通聯調閱結果", "CDR export (target 0933-222-111)")).Append('\n');
        if (layout != "spaces")
            text.Append(string.Join(mark, order == "direction-first"
                ? new[] { "序", "日期", "時間", "類別", "對方號碼", "秒數", "基地台", "IMEI" }
                : new[] { "序", "日期", "時間", "對方號碼", "類別", "秒數", "基地台", "IMEI" })).Append('\n');
        const int rows = 5;
        int target = position == "first" ? 0 : position == "last" ? rows - 1 : rows / 2;
        at = -1;
        for (int row = 0; row < rows; row++)
        {
            string number = row == target ? value : $"09{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 3)}";
            string direction = Pick(r, "來話", "去話", "簡訊", "數據", "MO", "MT", "SMS", "voice");
            string seconds = $"{r.Next(3, 900)}{(layout == "spaces" ? "秒" : Pick(r, "", "秒", "s"))}";
            var line = new StringBuilder();
            line.Append(row + 1).Append(mark).Append($"11{r.Next(4, 6)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}").Append(mark)
                .Append($"{r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00}").Append(mark);
            int numberAt;
            if (order == "direction-first")
            {
                line.Append(direction).Append(mark);
                numberAt = line.Length;
                line.Append(number).Append(mark);
            }
            else
            {
                numberAt = line.Length;
                line.Append(number).Append(mark).Append(direction).Append(mark);
            }
            line.Append(seconds).Append(mark).Append($"4669{Pick(r, "2", "7")}-{r.Next(0x1000, 0xFFFF):X4}-{Digits(r, 5)}").Append(mark).Append("35").Append(Digits(r, 13));
            if (row == target) at = text.Length + numberAt;
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private static readonly string[] NegativeKinds =
    {
        "station-id", "imei", "imsi", "duration", "amount-after-role", "account-after-role", "case-after-role", "id-after-role",
        "plate-after-role", "ubn-after-role", "date-time-in-row", "coordinates-after-role", "ticket-after-role",
    };

    // A code of a phone's shape where a call record or a role stands; `code` is the one asked about.
    private static string Negative(string kind, Random r, out string code)
    {
        string row = $"115/0{r.Next(1, 10)}/1{r.Next(10)} 1{r.Next(10)}:2{r.Next(10)}:0{r.Next(10)} 來話 0912-{Digits(r, 3)}-{Digits(r, 3)} ";
        switch (kind)
        {
            case "station-id":
                code = $"{Digits(r, 4)}-{Digits(r, 5)}";
                return $"{row}{r.Next(3, 900)}秒 基地台 4669{Pick(r, "2", "7")}-{code} IMEI 35{Digits(r, 13)}";
            case "imei":
                code = $"35{Digits(r, 13)}";
                return $"{row}{r.Next(3, 900)}秒 IMEI {code}";
            case "imsi":
                code = $"46692{Digits(r, 10)}";
                return $"通聯紀錄 目標門號 0912-345-678 IMSI {code}\n{row}{r.Next(3, 900)}秒";
            case "duration":
                code = $"{r.Next(100, 999)}秒";
                return $"{row}{code} 基地台 46692-{Digits(r, 4)}-{Digits(r, 5)}";
            case "amount-after-role":
                code = $"{r.Next(1, 99)},{Digits(r, 3)}";
                return $"被害人 {Pick(r, "匯款", "損失")} {code} 元，{Pick(r, "車主", "雇主")} {code}元。";
            case "account-after-role":
                code = $"{Pick(r, "700", "012", "822")}-{Digits(r, 4)}-{Digits(r, 4)}-{Digits(r, 2)}";
                return $"被害人 帳號 {code}，報案人 A123456789。";
            case "case-after-role":
                code = $"11{r.Next(4, 6)}年度偵緝字第{r.Next(1000, 99999)}號";
                return $"關係人 {code}，刑案編號 H{Digits(r, 10)}";
            case "id-after-role":
                code = JoinedPiecesTests.ValueOf("id", r);
                return $"駕駛 {code} 酒測 0.{r.Next(10, 99)} mg/L";
            case "plate-after-role":
                code = $"{r.Next(1000, 9999)}-{Pick(r, "QJ", "YZ", "VS")}";
                return $"車主 {code}，文號 B{Digits(r, 10)}";
            case "ubn-after-role":
                code = EverydayPhonesTests.ValidUbn(r);
                return $"{Pick(r, "雇主", "保險公司", "仲介")} {code}";
            case "date-time-in-row":
                code = $"11{r.Next(4, 6)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}";
                return $"{code} 0{r.Next(10)}:1{r.Next(10)}:2{r.Next(10)} 去話 0933-{Digits(r, 3)}-{Digits(r, 3)} {r.Next(3, 900)}秒";
            case "coordinates-after-role":
                code = $"2{r.Next(2, 5)}.{Digits(r, 4)},12{r.Next(0, 2)}.{Digits(r, 4)}";
                return $"攔查 ABC-1235 駕駛 {code}";
            default:
                code = $"{Pick(r, "QF", "JB", "TF")}{Digits(r, 8)}";
                return $"收件人 {code} 單號";
        }
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
