using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 24 (set U8): a vehicle's record as systems export it and people paste it — the same fields in every layout (CSV
/// with its header and unquoted amounts, semicolons, TSV, XML, JSON, key:value lines, a query screen's line, Markdown, a
/// fixed-width report, rows under a report's heading, an OCR'd form) — with a model code (letters and an engine size, a
/// car's number, a series word before it) in a model field (廠牌型式, 型式, 廠牌, 品名, model…). The hard negatives hold the
/// model with no plate; the positive contexts plant a plate under a plate field beside the model.
/// </summary>
internal static class VehicleRecords
{
    public static readonly string[] ModelKeys = { "廠牌型式", "型式", "廠牌", "車型", "型號", "品名", "品項", "廠牌/型式", "model", "brand", "vehicleModel" };

    public static readonly string[] PlateKeys = { "車牌", "車號", "號牌", "車牌號碼", "plate", "plateNo" };

    /// <summary>Layouts that name each field (a header, a key or an element), and those that name only the first column by a heading.</summary>
    public static readonly string[] Layouts = { "csv", "csv.semicolon", "tsv", "xml", "json", "form", "form.line", "markdown", "report", "heading", "ocr" };

    /// <summary>The placeholder a positive's value stands at until the text is split around it.</summary>
    private const string Slot = "\u0001";

    /// <summary>Words of a model's name written before its code (a series or a trim, in capitals or the make's own casing).</summary>
    private static readonly string[] NameWords = { "NOVA", "NEW", "SUPER", "Racing", "Fiddle", "Cuxi", "SPORT", "Turbo" };

    private static readonly int[] EngineSizes = { 50, 100, 110, 115, 125, 150, 155, 158, 160, 180, 200, 250, 300, 350, 400, 500, 550, 650 };

    /// <summary>
    /// A model code made up here, not taken from any list: two or three letters and an engine size, or two letters and a
    /// car's two-digit number, joined by a hyphen, a space or nothing, sometimes after a word of the model's name.
    /// </summary>
    public static string ModelCode(Random r)
    {
        string letters = Letters(r, 2 + r.Next(2));
        string number = r.Next(4) == 0 ? (10 * r.Next(2, 10)).ToString() : EngineSizes[r.Next(EngineSizes.Length)].ToString();
        string code = letters + CaseContexts.Pick(r, "-", "-", "-", " ", "") + number;
        return r.Next(3) == 0 ? CaseContexts.Pick(r, NameWords) + " " + code : code;
    }

    /// <summary>
    /// A record holding a model and no personal data: the model field, an engine or frame number, and some of a count, a
    /// price (with its thousands grouped, as exports write it unquoted), a year and a colour, under the names systems give them.
    /// </summary>
    public static string Negative(Random r)
    {
        var fields = new List<(string Key, string? Value)>
        {
            (CaseContexts.Pick(r, ModelKeys), ModelCode(r)),
            (CaseContexts.Pick(r, "車身號碼", "引擎號碼", "VIN", "車架號碼"), Vin(r)),
        };
        if (r.Next(4) > 0) fields.Add((CaseContexts.Pick(r, "數量", "件數", "台數", "qty"), r.Next(1, 10).ToString()));
        if (r.Next(4) > 0) fields.Add((CaseContexts.Pick(r, "估價", "金額", "價格", "價值"),
            CaseContexts.Pick(r, $"NT${r.Next(1000, 99999):N0}", $"新台幣{r.Next(1000, 999999):N0}元", $"{r.Next(10, 99)}萬元", $"{r.Next(1000, 99999)}元", $"${r.Next(1000, 99999):N0}")));
        if (r.Next(2) > 0) fields.Add((CaseContexts.Pick(r, "年式", "出廠年", "year"), (2008 + r.Next(17)).ToString()));
        if (r.Next(3) == 0) fields.Add((CaseContexts.Pick(r, "顏色", "車色"), CaseContexts.Pick(r, "白", "黑", "灰", "藍")));
        var layout = CaseContexts.Pick(r, Layouts);
        if (layout != "heading" && r.Next(3) == 0) fields.Reverse(0, 2); // the model in the second column (a heading names the first)
        // A second row, its model in the same column, as an export lists several.
        var rows = new List<List<(string Key, string? Value)>> { fields };
        if (r.Next(2) == 0) rows.Add(fields.ConvertAll(f => IsModelKey(f.Key) ? (f.Key, ModelCode(r)) : f.Value is { Length: 17 } ? (f.Key, Vin(r)) : f));
        return Write(layout, rows, r).Before;
    }

    /// <summary>
    /// A plate under a plate field beside a model field, an ID and a VIN, in the layout: the text before and after the plate.
    /// </summary>
    public static (string Before, string After) AroundPlate(string layout, string plateKey, Random r, string neighbourId)
    {
        var fields = new List<(string Key, string? Value)>
        {
            (plateKey, null),
            (CaseContexts.Pick(r, "車主證號", "車主身分證", "證號", "ownerId"), neighbourId),
            (CaseContexts.Pick(r, ModelKeys), ModelCode(r)),
            (CaseContexts.Pick(r, "車身號碼", "引擎號碼", "VIN"), Vin(r)),
        };
        int model = 2;
        if (r.Next(2) == 0) (fields[0], fields[model]) = (fields[model], fields[0]); // the model before the plate
        return Write(layout, new List<List<(string Key, string? Value)>> { fields }, r);
    }

    private static bool IsModelKey(string key) => Array.IndexOf(ModelKeys, key) >= 0;

    private static (string Before, string After) Write(string layout, List<List<(string Key, string? Value)>> rows, Random r)
    {
        var text = new StringBuilder();
        var keys = rows[0].ConvertAll(f => f.Key);
        switch (layout)
        {
            case "csv": Delimited(text, keys, rows, ","); break;
            case "csv.semicolon": Delimited(text, keys, rows, ";"); break;
            case "tsv": Delimited(text, keys, rows, "\t"); break;
            case "markdown":
                text.Append("| ").Append(string.Join(" | ", keys)).Append(" |\n|").Append(string.Concat(keys.Select(_ => "---|"))).Append('\n');
                foreach (var row in rows) text.Append("| ").Append(string.Join(" | ", row.Select(ValueOf))).Append(" |\n");
                break;
            case "report": // fixed width: the header's words and the row's cells apart by runs of spaces or an ideographic space
                string gap = CaseContexts.Pick(r, "  ", "   ", "\u3000");
                text.Append(string.Join(gap, keys)).Append('\n');
                foreach (var row in rows) text.Append(string.Join(gap, row.Select(ValueOf))).Append('\n');
                break;
            case "heading": // rows under a heading naming the first column, no header row
                text.Append(CaseContexts.Pick(r, "【{0}】", "[{0}]", "## {0}").Replace("{0}", keys[0])).Append('\n');
                foreach (var row in rows) text.Append(string.Join(CaseContexts.Pick(r, "  ", "\u3000", " "), row.Select(ValueOf))).Append('\n');
                break;
            case "xml":
                text.Append("<records>");
                foreach (var row in rows)
                {
                    text.Append("<record>");
                    foreach (var (key, value) in row) text.Append($"<{Element(key)}>{value ?? Slot}</{Element(key)}>");
                    text.Append("</record>");
                }
                text.Append("</records>\n");
                break;
            case "json":
                text.Append('[');
                text.Append(string.Join(", ", rows.Select(row => "{" + string.Join(", ", row.Select(f => $"\"{f.Key}\": \"{ValueOf(f)}\"")) + "}")));
                text.Append("]\n");
                break;
            case "form.line": // a query screen's line, or a log's key=value pairs
                bool log = r.Next(2) == 0;
                foreach (var row in rows) text.Append(string.Join(log ? ", " : "  ", row.Select(f => f.Key + (log ? "=" : "：") + ValueOf(f)))).Append('\n');
                break;
            default: // form and ocr: one field a line, in a form's joiners or as OCR reads them (no space, a colon's look-alike)
                string[] joiners = layout == "ocr" ? new[] { ":", "：", "\u3000", " " } : new[] { "：", ": ", "\u3000", " = " };
                string join = CaseContexts.Pick(r, joiners);
                foreach (var row in rows)
                {
                    foreach (var f in row) text.Append(f.Key).Append(join).Append(ValueOf(f)).Append('\n');
                    text.Append("----\n");
                }
                break;
        }
        var all = text.ToString();
        int slot = all.IndexOf(Slot, StringComparison.Ordinal);
        return slot < 0 ? (all, "") : (all[..slot], all[(slot + 1)..]);
    }

    private static void Delimited(StringBuilder text, List<string> keys, List<List<(string Key, string? Value)>> rows, string delimiter)
    {
        text.Append(string.Join(delimiter, keys)).Append('\n');
        foreach (var row in rows) text.Append(string.Join(delimiter, row.Select(ValueOf))).Append('\n');
    }

    private static string ValueOf((string Key, string? Value) field) => field.Value ?? Slot;

    // An XML element's name has no slash (廠牌/型式 is written 廠牌型式).
    private static string Element(string key) => key.Replace("/", "");

    private static string Letters(Random r, int count)
    {
        const string alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ";
        var letters = new char[count];
        for (int i = 0; i < count; i++) letters[i] = alphabet[r.Next(alphabet.Length)];
        return new string(letters);
    }

    // 17 characters without I, O or Q (ISO 3779).
    public static string Vin(Random r)
    {
        const string alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        var vin = new char[17];
        for (int i = 0; i < vin.Length; i++) vin[i] = alphabet[r.Next(alphabet.Length)];
        return new string(vin);
    }
}
