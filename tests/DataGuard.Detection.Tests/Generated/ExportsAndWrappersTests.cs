using System.Text;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 29 (categories of sets U17, U18): values as systems export them and as wrappers carry them. Family × frame, the
/// values made by <see cref="ValueFamilies"/>, each cell with its floor: a spreadsheet that dropped a phone's leading 0
/// (912345678 under a phone column or after a phone key, 2-2345-6789, a float's 912345678.0, a fixed-width printout), a
/// printout whose mobile column touches the ID column, inline HTML/Word markup and &amp;nbsp; inside a value, forwarded
/// SMS, tel:/sms:/mailto: URIs, a URL's query parameter or path segment, vCard (with a folded line) and MECARD, data: URIs
/// (percent-encoded, and base64 of a text type: the wrapper is read, see <c>Normalization/DataUris</c>), LINE chat exports.
/// Hard negatives of the same shapes: amounts, counts and record IDs in spreadsheet columns and keys, order IDs in URLs,
/// base64 of images and of clean text, two table cells of digits. Values are synthetic; output lists cell names and counts only.
/// </summary>
public sealed class ExportsAndWrappersTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 12;

    /// <summary>The families every wrapper frame carries: IDs and certificates, a mobile, landlines, e-mail, a plate, a card.</summary>
    private static readonly string[] WrappedFamilies =
    {
        "id.national.male", "id.national.female", "id.arc.2021", "id.arc.old", "phone.mobile", "phone.landline.02",
        "phone.landline.04", "phone.landline.07", "email.plain", "plate.2012", "card.visa",
    };

    /// <summary>The phones a spreadsheet stores as numbers: a mobile and landlines of nine and eight digits without their 0.</summary>
    private static readonly string[] ExportedPhones = { "phone.mobile", "phone.landline.02", "phone.landline.04", "phone.landline.03", "phone.landline.037" };

    private static readonly string[] PhoneColumnNames = { "手機", "電話", "聯絡電話", "行動電話", "Mobile", "Phone", "TEL" };

    [Fact]
    public void A_phone_whose_leading_zero_a_spreadsheet_dropped_is_found_under_its_column_or_key()
    {
        var tally = new PartsGivenApartTests.CellTally();
        foreach (var name in ExportedPhones)
        foreach (var (frame, write) in SpreadsheetFrames)
        {
            var family = Family(name);
            var r = new Random(CaseGenerator.StableSeed($"exports/{name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = WithoutTrunkZero(family.Make(r), r);
                string text = write(r, value);
                tally.Add($"exported {name} × {frame}", PartsGivenApartTests.Finds(text, text.IndexOf(value, StringComparison.Ordinal), value.Length, EntityTypes.PhoneNumber));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    /// <summary>Where a spreadsheet's number stands: a CSV or tab column, a key, a float export, a fixed-width printout.</summary>
    private static readonly (string Name, Func<Random, string, string> Write)[] SpreadsheetFrames =
    {
        ("csv.column", (r, v) => $"姓名,{Pick(r, PhoneColumnNames)},金額\n王小明,{v},1200\n李小華,,300"),
        ("tsv.column", (r, v) => $"編號\t姓名\t{Pick(r, PhoneColumnNames)}\t備註\n1\t王小明\t{v}\t無"),
        ("semicolon.column", (r, v) => $"姓名;{Pick(r, PhoneColumnNames)};日期\n陳怡君;{v};2024/03/11"),
        ("float.column", (r, v) => $"姓名,{Pick(r, PhoneColumnNames)},件數\n王小明,{v}.0,3"),
        ("key", (r, v) => Pick(r, "手機: ", "電話：", "phone=", "\"mobile\": ", "TEL;TYPE=CELL:") + v + Pick(r, "", "\n", ",")),
        ("fixed-width", (r, v) => $"姓名      {Pick(r, "手機", "電話")}          金額\n王小明    {v}    1200\n李小華    -             300"),
    };

    // The number as the sheet shows it: its 0 gone, a mobile joined, a landline joined or with its hyphens (2-2345-6789).
    private static string WithoutTrunkZero(PlantedValue value, Random r)
    {
        string canonical = value.Canonical[1..];
        return value.Groups[0].StartsWith("09", StringComparison.Ordinal) || r.Next(2) == 0 ? canonical.Replace("-", "") : canonical;
    }

    [Fact]
    public void Wrapped_and_exported_values_are_found_in_every_frame()
    {
        var tally = new PartsGivenApartTests.CellTally();
        foreach (var name in WrappedFamilies)
        foreach (var frame in WrapperFrames)
        {
            var family = Family(name);
            if (frame.Families.Length > 0 && !frame.Families.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))) continue;
            var r = new Random(CaseGenerator.StableSeed($"wrappers/{name}/{frame.Name}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                var (text, start, length) = frame.Write(r, family, family.Make(r).Canonical);
                tally.Add($"wrapped {name} × {frame.Name}", PartsGivenApartTests.Finds(text, start, length, family.Type));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    /// <summary>A frame writes the whole text and where the value (as written there) stands in it.</summary>
    private sealed record WrapperFrame(string Name, Func<Random, ValueFamily, string, (string Text, int Start, int Length)> Write, params string[] Families);

    private static readonly WrapperFrame[] WrapperFrames =
    {
        // Markup a rich-text copy leaves inside the value, after its label or in an HTML table's cell.
        new("html.inline-tag", (r, f, v) => Around(Label(f, r) + " ", Tagged(v, r), Pick(r, "，請查。", "")), "id.", "phone.", "plate.", "card.", "email."),
        new("html.inline-tag.cell", (r, f, v) => Around($"<table><tr><th>姓名</th><th>{Label(f, r)}</th></tr>\n<tr><td>王小明</td><td>", Tagged(v, r), "</td></tr></table>"), "id.", "phone.", "card."),
        new("html.nbsp", (r, f, v) => Around(Label(f, r) + "&nbsp;", v.Replace("-", "&nbsp;").Replace(" ", "&nbsp;"), Pick(r, "&nbsp;", "</p>")), "phone.", "card.", "plate."),
        // A printout's mobile column touching the ID column after it, or the ID touching the mobile.
        new("printout.mobile-then-id", (r, f, v) => GluedRow(r, v, mobileFirst: true), "id.national", "id.arc.2021"),
        new("printout.id-then-mobile", (r, f, v) => GluedRow(r, v, mobileFirst: false), "id.national", "id.arc.2021"),
        new("printout.mobile-glued", (r, f, v) => Around(Pick(r, "王小明", "陳怡君"), v.Replace("-", ""), SyntheticIds.Numeric('A', 1, "2345678") + "台北市"), "phone.mobile"),
        // Forwarded SMS and notification texts.
        new("sms.forwarded", (r, f, v) => Around(Pick(r, "【簡訊】轉寄自 ", "Fwd: 簡訊 來自", "通知：來電 "), v, Pick(r, "：您的包裹已到貨", " 未接來電 2 通", "")), "phone."),
        // URIs and URLs.
        new("uri.tel", (r, f, v) => Around($"<a href=\"{Pick(r, "tel:", "sms:", "TEL:")}", v.Replace(" ", "").Replace("-", ""), "\">撥打</a>"), "phone."),
        new("uri.mailto", (r, f, v) => Around(Pick(r, "<a href=\"mailto:", "寄信：mailto:", "[聯絡](mailto:"), v, Pick(r, "\">寫信</a>", "", ")")), "email."),
        new("url.query", (r, f, v) => Around($"https://example.gov.tw/api/query?{Pick(r, "case=113", "page=2")}&{Key(f)}=", v.Replace(" ", "").Replace("-", f.Name.StartsWith("plate", StringComparison.Ordinal) ? "-" : ""), Pick(r, "&format=json", "")), "id.", "phone.", "email.", "plate."),
        new("url.path", (r, f, v) => Around($"GET https://example.gov.tw/{Pick(r, "citizens", "residents", "people")}/", v, "/records HTTP/1.1"), "id."),
        // vCard (a folded line too) and MECARD.
        new("vcard", (r, f, v) => Around($"BEGIN:VCARD\nVERSION:3.0\nFN:王小明\n{VcardKey(f, r)}:", v, "\nEND:VCARD"), "phone.", "email."),
        new("vcard.folded", (r, f, v) => Folded(f, v, r), "phone.mobile", "phone.landline"),
        new("mecard", (r, f, v) => Around($"MECARD:N:王小明;{(f.Type == EntityTypes.EmailAddress ? "EMAIL" : "TEL")}:", v, ";;"), "phone.", "email."),
        // data: URIs: percent-encoded text with the label glued to the value, and base64 of a text type.
        new("data-uri.percent", (r, f, v) => Around("data:text/plain;charset=utf-8," + Uri.EscapeDataString(Label(f, r)), Uri.EscapeDataString(v), ""), "id.", "phone.", "email.", "card."),
        new("data-uri.base64", (r, f, v) => Base64(f, v, r), "id.", "phone.", "email.", "plate.", "card."),
        // LINE chat exports: a date header line, then time, name and message apart by tabs.
        new("line.export", (r, f, v) => Around($"[LINE] 與王小明的聊天\n儲存日期：2024/03/11 21:30\n\n2024/03/11（一）\n21:05\t王小明\t{Label(f, r)}", v, "\n21:06\t陳怡君\t收到"), "id.", "phone.", "email.", "plate.", "card."),
    };

    private static (string, int, int) Around(string before, string value, string after) => (before + value + after, before.Length, value.Length);

    // An inline tag run between two of the value's letters or digits, away from its ends.
    private static string Tagged(string value, Random r)
    {
        var cuts = new List<int>();
        for (int i = 2; i < value.Length - 1; i++) if (char.IsLetterOrDigit(value[i - 1]) && char.IsLetterOrDigit(value[i])) cuts.Add(i);
        int cut = cuts[r.Next(cuts.Count)];
        string tags = Pick(r, "</span><span>", "</b>", "<b>", "</span>", "<span style=\"color:#c00\">", "</font>", "<wbr>", "</strong><strong>");
        return value[..cut] + tags + value[cut..];
    }

    private static (string, int, int) GluedRow(Random r, string id, bool mobileFirst)
    {
        string mobile = "09" + r.Next(10, 90) + r.Next(100000, 1000000); // 0910–0989: assigned mobile ranges
        string name = Pick(r, "王小明", "陳怡君", "林志明");
        string row = mobileFirst ? name + mobile + id + "台北市中山區" : name + id + mobile + "台北市中山區";
        return ("姓名  手機  身分證  地址\n" + row + "\n", row.IndexOf(id, StringComparison.Ordinal) + "姓名  手機  身分證  地址\n".Length, id.Length);
    }

    // A vCard's TEL line folded by a mail client (RFC 6350: a line break and one space inside the value).
    private static (string, int, int) Folded(ValueFamily f, string value, Random r)
    {
        int cut = 4 + r.Next(Math.Max(1, value.Length - 6));
        string folded = value[..cut] + "\r\n " + value[cut..];
        return Around("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王小明\r\nTEL;TYPE=" + Pick(r, "CELL", "HOME", "WORK") + ":", folded, "\r\nEND:VCARD");
    }

    // A data: URI whose base64 payload is a line of text naming the value; the finding must cover the payload's part of it.
    private static (string, int, int) Base64(ValueFamily f, string value, Random r)
    {
        string before = "<img src=\"x.png\"> 附件：" + Pick(r, "data:text/plain;base64,", "data:text/plain;charset=utf-8;base64,", "data:text/csv;base64,");
        string payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(Label(f, r) + " " + value + "\n"));
        return (before + payload + "\" 請查", before.Length, payload.Length);
    }

    private static string VcardKey(ValueFamily f, Random r) =>
        f.Type == EntityTypes.EmailAddress ? Pick(r, "EMAIL;TYPE=INTERNET", "EMAIL") : Pick(r, "TEL;TYPE=CELL", "TEL;TYPE=HOME,VOICE", "TEL", "item1.TEL");

    private static string Key(ValueFamily f) => f.Type switch
    {
        EntityTypes.NationalId or EntityTypes.ResidentCertificate => "id",
        EntityTypes.PhoneNumber => "phone",
        EntityTypes.EmailAddress => "email",
        _ => "plate",
    };

    private static string Label(ValueFamily f, Random r) => f.Labels[r.Next(f.Labels.Length)];

    [Fact]
    public void Numbers_and_payloads_of_the_same_shapes_are_no_personal_data()
    {
        var tally = new PartsGivenApartTests.CellTally();
        var r = new Random(CaseGenerator.StableSeed("exports negatives"));
        for (int n = 0; n < CasesPerCell * 12; n++)
        {
            string nine = "9" + r.Next(10000000, 100000000);
            string eight = "2" + r.Next(1000000, 10000000);
            (string cell, string text) = (n % 12) switch
            {
                0 => ("amount-column", $"姓名,{Pick(r, "金額", "應收金額", "Amount", "營業額")},日期\n王小明,{nine},2024/03/11"),
                1 => ("count-column", $"品項\t{Pick(r, "數量", "庫存", "件數", "點閱數")}\n衛生紙\t{Pick(r, nine, eight)}"),
                2 => ("record-id-column", $"{Pick(r, "訂單編號", "會員編號", "流水號", "Record ID")},姓名\n{Pick(r, nine, eight)},王小明"),
                3 => ("float-amount", $"項目,{Pick(r, "金額", "Total")}\n設備,{Pick(r, nine, eight)}.0"),
                4 => ("json-amount", $"{{\"{Pick(r, "amount", "total", "orderId", "count")}\": {Pick(r, nine, eight)}, \"currency\": \"TWD\"}}"),
                5 => ("url-order-id", $"https://shop.example.com/{Pick(r, "order", "orders/view")}?{Pick(r, "id", "order_id", "no")}={nine}&qty=2"),
                6 => ("url-path-order", $"GET https://shop.example.com/orders/{nine}/items HTTP/1.1"),
                7 => ("data-uri-image", "<img src=\"data:image/png;base64," + Convert.ToBase64String(RandomBytes(r, 48)) + "\">"),
                8 => ("data-uri-clean-text", "data:text/plain;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes($"本月營業額 {nine} 元，訂單 {r.Next(100, 999)} 筆"))),
                9 => ("html-two-cells", $"<tr><td>{Pick(r, "0912", "0933")}</td><td>{r.Next(100000, 999999)}</td></tr>"),
                10 => ("fixed-width-amount", $"品名      金額          數量\n衛生紙    {nine}    3"),
                _ => ("phone-bill-key", $"{Pick(r, "電話費", "手機費用")}: {Pick(r, nine, eight)} 元"),
            };
            tally.Add($"exports negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.PhoneNumber or EntityTypes.NationalId or EntityTypes.ResidentCertificate));
        }
        tally.Assert(output, floor: 1.0);
    }

    private static byte[] RandomBytes(Random r, int count)
    {
        var bytes = new byte[count];
        r.NextBytes(bytes);
        bytes[0] = 0x89; // a PNG's first byte: never UTF-8 text
        return bytes;
    }

    private static ValueFamily Family(string name) => ValueFamilies.All.First(f => f.Name == name);

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
