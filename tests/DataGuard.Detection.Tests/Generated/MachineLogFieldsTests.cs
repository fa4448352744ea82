using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "det-ocr45 machine fields": numbers a program or a form wrote, which are nobody's values — a log field's key and
/// number (amt=3557, ts=…, took 716ms) and an HTTP access log's status and byte count, in every log format (Apache and nginx
/// combined, an HTTP status line, log4j, Serilog, NLog, syslog, a URL's query, JSON, SQL, CSV) × key (2 to 4 letters, with
/// '_') × number shape (3 to 5 digits, a decimal) × the field's place on the line; dates of every shape in prose and logs
/// (year first, ROC, day or month first, with a time); numbers grouped as a card that fail Luhn under a test-data note;
/// model codes with a spaced count before their measure word. Positives in the same lines (a mobile, a plate after its key)
/// must still be found. Values are invented here; output lists cell names and counts.
/// </summary>
public sealed class MachineLogFieldsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 4;

    internal static readonly string[] Formats =
        { "apache-combined", "nginx-timed", "http-status-line", "log4j", "serilog", "nlog", "syslog", "url-query", "json", "sql", "csv" };

    /// <summary>Keys of a log's fields, by length; with '_' and in capitals too.</summary>
    internal static readonly string[] Keys = { "ms", "ts", "rc", "amt", "qty", "cnt", "uid", "exp", "len", "pid", "took", "size", "conf", "req_id", "AMT", "QTY" };

    internal static readonly string[] Shapes = { "3-digit", "4-digit", "5-digit", "decimal" };

    private static readonly string[] Places = { "first", "middle", "last" };

    [Fact]
    public void A_log_fields_key_and_number_and_an_access_logs_status_are_no_values()
    {
        var tally = new Tally();
        foreach (var format in Formats)
        foreach (var key in Keys)
        foreach (var shape in Shapes)
        {
            var r = new Random(CaseGenerator.StableSeed($"machine-field/{format}/{key}/{shape}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string text = LogLine(format, key, Number(shape, r), Pick(r, Places), r, out int at, out int length);
                tally.Add($"machine-field {format} × {key.Length}-letter × {shape}", !Overlaps(text, at, length, EntityTypes.PhoneNumber, EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_mobile_and_a_plate_in_the_same_log_lines_are_still_found()
    {
        var tally = new Tally();
        foreach (var format in Formats)
        foreach (var family in new[] { "mobile", "plate", "plate-joined" })
        foreach (var place in Places)
        {
            var r = new Random(CaseGenerator.StableSeed($"machine-field positive/{format}/{family}/{place}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = family == "mobile" ? JoinedPiecesTests.ValueOf("mobile", r) : JoinedPiecesTests.ValueOf("plate", r);
                if (family == "plate-joined") value = value.Replace("-", "");
                string key = family == "mobile" ? Pick(r, "tel", "phone", "mobile", "to") : Pick(r, "plate", "plateNo", "vehicle");
                string text = LogLine(format, key, value, place, r, out int at, out int length, positive: true);
                string type = family == "mobile" ? EntityTypes.PhoneNumber : EntityTypes.LicensePlate;
                int valueAt = text.IndexOf(value, at, StringComparison.Ordinal);
                tally.Add($"machine-field positive {format} × {family} × {place}", PartsGivenApartTests.Finds(text, valueAt, value.Length, type));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    internal static readonly string[] DateShapes =
        { "yyyy/mm/dd", "yyyy-mm-dd", "yyyy.mm.dd", "roc.yyy.mm.dd", "roc/yyy/mm/dd", "dd/mm/yyyy", "mm/dd/yyyy", "dd.mm.yyyy", "yyyy-mm-dd hh:mm:ss,fff" };

    private static readonly string[] DateFrames = { "missing-since", "reported-on", "log-stamp", "nationality-row", "english" };

    [Fact]
    public void Dates_of_every_shape_are_no_phones_wherever_a_country_is_named()
    {
        var tally = new Tally();
        foreach (var shape in DateShapes)
        foreach (var frame in DateFrames)
        {
            var r = new Random(CaseGenerator.StableSeed($"machine-date/{shape}/{frame}"));
            for (int n = 0; n < CasesPerCell * 2; n++)
            {
                string date = Date(shape, r);
                string text = DateFrame(frame, date, r);
                int at = text.IndexOf(date, StringComparison.Ordinal);
                tally.Add($"machine-date {shape} × {frame}", !Overlaps(text, at, date.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_number_grouped_as_a_card_is_no_phone_in_part()
    {
        var tally = new Tally();
        foreach (var mark in new[] { "-", " ", "." })
        foreach (var note in new[] { "測試資料（checksum錯誤，不是真的）：\n", "以下為範例卡號，Luhn 不符：", "Sample data (invalid checksum): ", "電話 " })
        {
            var r = new Random(CaseGenerator.StableSeed($"machine-card-run/{mark}/{note}"));
            for (int n = 0; n < CasesPerCell * 2; n++)
            {
                // Under a test-data note the number fails Luhn (a group of 00 after the first one, read as an international prefix,
                // in half the cases); under a phone word it is a card whose Luhn digit holds (a phone read from its first groups).
                bool phoneWord = note.StartsWith("電話", StringComparison.Ordinal);
                string card = PartsGivenApartTests.CardOf(Pick(r, "visa", "mastercard", "jcb"), r);
                if (!phoneWord)
                {
                    if (n % 2 == 0) card = card.Substring(0, 4) + "00" + card.Substring(6);
                    card = GroupsPerCellTests.WrongLuhn(card, r);
                }
                string grouped = string.Join(mark, Enumerable.Range(0, 4).Select(g => card.Substring(g * 4, 4)));
                string text = note + grouped + "\n" + Pick(r, "X12156029", "請勿使用");
                int at = text.IndexOf(grouped, StringComparison.Ordinal);
                bool phoneInPart = Scan(text).Any(f => f.Type == EntityTypes.PhoneNumber && f.Start < at + grouped.Length && at < f.Start + f.Length && f.Length < grouped.Length);
                tally.Add($"machine-card-run mark '{mark}' × {(phoneWord ? "phone-word" : "test-note")}", !phoneInPart);
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    [Fact]
    public void A_model_code_with_a_spaced_count_before_its_measure_word_is_no_plate()
    {
        var tally = new Tally();
        foreach (var measure in new[] { "台", "輛", "部", "臺" })
        foreach (var spacing in new[] { "space", "no-space" })
        {
            var r = new Random(CaseGenerator.StableSeed($"machine-model-count/{measure}/{spacing}"));
            for (int n = 0; n < CasesPerCell * 2; n++)
            {
                string code = $"{Pick(r, "SL", "GP", "JR", "MT", "RX", "CB", "KRV", "DRG")} {Pick(r, "125", "150", "300", "650", "110")}";
                string count = $"{1 + r.Next(12)}";
                string text = $"{Pick(r, "機車型號", "車型", "庫存")} {Pick(r, "JET", "KYMCO", "SYM")} {code} {count}{(spacing == "space" ? " " : "")}{measure}、另有{1 + r.Next(5)}{measure}待修。";
                int at = text.IndexOf(code, StringComparison.Ordinal);
                tally.Add($"machine-model-count {measure} × {spacing}", !Overlaps(text, at, code.Length + 1 + count.Length, EntityTypes.LicensePlate));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    private static bool Overlaps(string text, int at, int length, params string[] types) =>
        Scan(text).Any(f => types.Contains(f.Type) && f.Start < at + length && at < f.Start + f.Length);

    private static string Number(string shape, Random r) => shape switch
    {
        "3-digit" => r.Next(100, 1000).ToString(),
        "4-digit" => r.Next(1000, 10000).ToString(),
        "5-digit" => r.Next(10000, 100000).ToString(),
        _ => $"0.{r.Next(10, 100)}",
    };

    // A log line of the format with the field `key=number` (or the format's own way of writing a field) at its place among
    // the line's other fields; `at` and `length` cover what must stay clean (the key and the number, or the status and size).
    internal static string LogLine(string format, string key, string number, string place, Random r, out int at, out int length, bool positive = false)
    {
        string ip = $"{Pick(r, "10", "172", "192", "203", "61")}.{r.Next(256)}.{r.Next(256)}.{r.Next(1, 255)}";
        string stamp = $"202{r.Next(3, 7)}-{r.Next(1, 13):00}-{r.Next(1, 29):00} {r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00}";
        string millis = $"{r.Next(1000):000}";
        string other1 = $"{Pick(r, "card", "user", "sid", "path")}={Pick(r, "ok", "tp" + r.Next(10000, 99999), "/api/v1")}";
        string other2 = $"{Pick(r, "status", "result", "host")}={Pick(r, "OK", "FAIL", "gw-2")}";
        string field = $"{key}={number}";
        string fields = place switch
        {
            "first" => $"{field} {other1} {other2}",
            "middle" => $"{other1} {field} {other2}",
            _ => $"{other1} {other2} {field}",
        };
        string lead, line;
        switch (format)
        {
            case "apache-combined":
            case "nginx-timed":
            {
                // The request's query carries the field; the status and size after the request must stay clean too.
                string query = fields.Replace(' ', '&');
                string status = Pick(r, "200", "201", "301", "304", "404", "500", "502");
                string size = positive ? $"{r.Next(200, 99999)}" : number.Replace("0.", "");
                lead = $"{ip} - - [{r.Next(1, 29):00}/May/2025:{r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00} +0800] \"GET /api/lookup?{query} HTTP/1.1\" ";
                string timing = format == "nginx-timed" ? $" \"-\" \"Mozilla/5.0\" {r.Next(1, 9)}.{r.Next(100, 999)}" : " \"-\" \"curl/8.4.0\"";
                line = lead + status + " " + size + timing;
                if (positive) { at = lead.IndexOf(fields.Split(' ')[0], StringComparison.Ordinal); length = 1; return line + "\n" + ip + " - - [01/May/2025:00:00:00 +0800] \"GET / HTTP/1.1\" 200 512\n"; }
                // Both the field in the query and the status and size.
                at = lead.Length;
                length = status.Length + 1 + size.Length;
                return CleanBoth(line, field, ref at, ref length) + "\n" + ip + " - - [01/May/2025:00:00:01 +0800] \"GET /index.html HTTP/1.1\" 200 4312\n";
            }
            case "http-status-line":
                lead = $"< HTTP/{Pick(r, "1.1", "2")} ";
                line = lead + $"{Pick(r, "200", "404", "503")} {number.Replace("0.", "")}\n< Content-Length: {r.Next(100, 9999)}\n< X-Trace: {fields}\n";
                break;
            case "log4j":
                line = $"{stamp},{millis} {Pick(r, "INFO ", "DEBUG", "WARN ", "ERROR")} [{Pick(r, "pay-svc", "sms-gw", "case-api")}] {Pick(r, "charge", "query", "send")} {fields}\n{stamp},{millis} INFO  [main] done\n";
                break;
            case "serilog":
                line = $"[{r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00} {Pick(r, "INF", "WRN", "ERR", "DBG")}] {Pick(r, "Charged", "Queried", "Sent")} {{Amount}} {fields} elapsed={r.Next(5, 999)} ms\n";
                break;
            case "nlog":
                line = $"{stamp}.{millis}|{Pick(r, "INFO", "WARN", "DEBUG")}|Acme.Payments.Gateway|{fields}\n";
                break;
            case "syslog":
                line = $"{Pick(r, "Sep", "May", "Jan")} {r.Next(1, 29),2} {r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00} {Pick(r, "gw01", "app-2")} {Pick(r, "sshd", "payd", "lprd")}[{r.Next(100, 9999)}]: {fields}\n";
                break;
            case "url-query":
                line = $"GET /notify?{fields.Replace(' ', '&')}\n";
                break;
            case "json":
                line = $"{{\"ts\":\"{stamp.Replace(' ', 'T')}.{millis}Z\",\"level\":\"info\",\"msg\":\"{fields}\",\"{Pick(r, "status", "code")}\":{Pick(r, "200", "404")}}}\n";
                break;
            case "sql":
                line = $"UPDATE charges SET note = '{fields}' WHERE id = {r.Next(100, 99999)};\n";
                break;
            default:
                line = $"id,note,amount\n{r.Next(1, 999)},\"{fields}\",{r.Next(100, 9999)}\n";
                break;
        }
        at = line.IndexOf(field, StringComparison.Ordinal);
        length = field.Length;
        if (format == "http-status-line" && !positive)
        {
            // The status and size must stay clean as well as the field.
            int status = line.IndexOf(' ', 3) + 1;
            int end = line.IndexOf('\n');
            return CleanBoth(line, field, ref at, ref length, status, end);
        }
        return line;
    }

    // Where both the field and the status line's numbers must stay clean: the span from the first to the last.
    private static string CleanBoth(string line, string field, ref int at, ref int length, int otherAt = -1, int otherEnd = -1)
    {
        int fieldAt = line.IndexOf(field, StringComparison.Ordinal);
        int from = Math.Min(otherAt < 0 ? at : otherAt, fieldAt), to = Math.Max(otherEnd < 0 ? at + length : otherEnd, fieldAt + field.Length);
        at = from;
        length = to - from;
        return line;
    }

    private static string Date(string shape, Random r)
    {
        int y = 2000 + r.Next(30), roc = 100 + r.Next(20), m = 1 + r.Next(12), d = 1 + r.Next(28);
        return shape switch
        {
            "yyyy/mm/dd" => $"{y}/{m:00}/{d:00}",
            "yyyy-mm-dd" => $"{y}-{m:00}-{d:00}",
            "yyyy.mm.dd" => $"{y}.{m:00}.{d:00}",
            "roc.yyy.mm.dd" => $"{roc}.{m:00}.{d:00}",
            "roc/yyy/mm/dd" => $"{roc}/{m:00}/{d:00}",
            "dd/mm/yyyy" => $"{d:00}/{m:00}/{y}",
            "mm/dd/yyyy" => $"{m:00}/{d:00}/{y}",
            "dd.mm.yyyy" => $"{d:00}.{m:00}.{y}",
            _ => $"{y}-{m:00}-{d:00} {r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00},{r.Next(1000):000}",
        };
    }

    private static string DateFrame(string frame, string date, Random r)
    {
        string nationality = Pick(r, "越南籍", "印尼籍", "泰國籍", "菲律賓籍", "日籍", "美籍");
        return frame switch
        {
            "missing-since" => $"{nationality}家屬來電協尋：{Pick(r, "NGUYEN VAN AN", "SITI RAHAYU")} 自{date}起失聯，請協助。",
            "reported-on" => $"{nationality}移工於{Pick(r, " ", "")}{date}{Pick(r, " ", "")}到所報案，手機遺失。",
            "log-stamp" => $"{date} WARN [{Pick(r, "sms", "idcheck")}] {nationality} worker record updated\n",
            "nationality-row" => $"姓名 | 國籍 | 入境日期\nTRAN THI MAI | {nationality} | {date}\n",
            _ => $"The {Pick(r, "Vietnamese", "Indonesian", "Thai")} worker has been missing since {date}; last seen near the station.",
        };
    }

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
