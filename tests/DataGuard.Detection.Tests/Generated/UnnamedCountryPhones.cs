using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// det-foreign42 (issue 9, categories of sets U43 and U44, open): foreign numbers in their country's national form that the
/// text calls a phone without naming the country — a call verb after or before them (對方用 … 打給我, 家人打 …, 加我 …), a word
/// ending in 號碼 (娘家號碼), one item of a list after a phone word (境外電話：…、…、…), the phone column of a numbered roll of
/// person records (NN. 王O明|女|民國…|ID|phone|…) — and eight digits written whole in that column. Families are national
/// shapes of the supported countries (PH 4-3-4, VN 3-3-4, ID 4-4-4, MY 3-3-4, KR 3-4-4, JP 3-4-4, CN 3-4-4, HK/SG 4-4) with
/// invented digits; variants are their separators; positions are where the frame stands in the prompt (or which row).
/// Look-alikes in the same frames: <see cref="LookAlike"/>.
/// </summary>
internal static class UnnamedCountryPhones
{
    private const string Type = "PHONE_NUMBER";

    private const string FamilyPrefix = "phone.unnamed-country.";

    // A country's national shape: the first group's choices and the lengths of the groups after it.
    private static readonly (string Code, string[] Heads, int[] Groups)[] Shapes =
    {
        ("ph", new[] { "0917", "0918", "0927", "0998", "0905" }, new[] { 3, 4 }),
        ("vn", new[] { "086", "096", "097", "098", "035", "077" }, new[] { 3, 4 }),
        ("id", new[] { "0811", "0812", "0821", "0852", "0878", "0895" }, new[] { 4, 4 }),
        ("my", new[] { "012", "016", "017", "019" }, new[] { 3, 4 }),
        ("kr", new[] { "010" }, new[] { 4, 4 }),
        ("jp", new[] { "070", "080", "090" }, new[] { 4, 4 }),
        ("cn", new[] { "138", "153", "177", "186", "199" }, new[] { 4, 4 }),
        ("hk-sg", new[] { "9", "6", "5" }, new[] { 4 }),
    };

    private static readonly string[] Variants = { "hyphen", "space", "hyphen-space" };

    private const string ColumnWhole = "row.eight-whole";

    private static readonly string[] Contexts = { "call.verb-after", "call.verb-before", "call.number-word", "list.after-phone-word", "row.person-record" };

    /// <summary>Each family × variant × context, the frame first, in the middle and last in its prompt (or its row).</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        foreach (var (code, heads, groups) in Shapes)
        foreach (var variant in Variants)
        foreach (var context in Contexts)
        {
            string family = FamilyPrefix + code;
            string cell = $"{family} × {variant} × {context}";
            var random = new Random(CaseGenerator.StableSeed(cell));
            foreach (var position in new[] { Position.Start, Position.Middle, Position.End })
                yield return Place(cell, family, variant, context, position, Value(random, heads, groups, variant), random);
        }
        foreach (var context in new[] { "row.person-record" })
        {
            string family = FamilyPrefix + "eight-whole";
            string cell = $"{family} × {ColumnWhole} × {context}";
            var random = new Random(CaseGenerator.StableSeed(cell));
            foreach (var position in new[] { Position.Start, Position.Middle, Position.End })
                yield return Place(cell, family, ColumnWhole, context, position, CaseContexts.Pick(random, "2", "3", "5", "6", "7", "8", "9") + Digits(random, 7), random);
        }
    }

    /// <summary>The floor of a cell of this mechanism, or false for another cell.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!parts[0].StartsWith(FamilyPrefix, StringComparison.Ordinal)) return false;
        // Honest figures of the first run on this branch (T): Hong Kong's and Singapore's eight digits and eight digits
        // written whole in a roll's column stay mostly unread (left, README); one case in a few others' cells misses.
        floor = parts[0].EndsWith("hk-sg", StringComparison.Ordinal) || parts[0].EndsWith("eight-whole", StringComparison.Ordinal) ? null : 0.6;
        return true;
    }

    private static string Value(Random r, string[] heads, int[] groups, string variant)
    {
        var value = new System.Text.StringBuilder(CaseContexts.Pick(r, heads));
        for (int i = 0; i < groups.Length; i++)
        {
            string separator = variant switch { "hyphen" => "-", "space" => " ", _ => i == 0 ? "-" : " " };
            // (a group after the head starts 1–9: 080-0… is Taiwan's free-phone shape, which no call makes personal)
            value.Append(separator).Append(1 + r.Next(9)).Append(Digits(r, groups[i] - 1));
        }
        return value.ToString();
    }

    private static readonly string[] Fillers =
    {
        "被害人表示昨晚接到可疑來電。", "請協助查明對方身分。", "本案已移請外事科協處。", "承辦人已製作筆錄。", "以上資料請勿外流。",
    };

    private static GeneratedCase Place(string cell, string family, string variant, string context, Position position, string value, Random r)
    {
        if (context == "row.person-record") return PlaceInRoll(cell, family, variant, context, position, value, r);
        string frame = context switch
        {
            "call.verb-after" => CaseContexts.Pick(r, "答：對方用 {0} 打給我，自稱投資老師。", "他說是用 {0} 打來的。", "嫌疑人以 {0} 聯絡被害人。", "對方拿 {0} 撥給我媽。"),
            "call.verb-before" => CaseContexts.Pick(r, "外籍看護說她家人打 {0} 找不到她。", "對方:加我 {0}", "有問題請打 {0}，找王小姐。", "請撥 {0} 與她聯繫。"),
            "call.number-word" => CaseContexts.Pick(r, "她用的是娘家號碼 {0}，平常晚上才開機。", "家人號碼：{0}。", "她先生的號碼是 {0}。", "對方留的號碼 {0}"),
            _ => CaseContexts.Pick(r, "嫌疑人境外電話：{1}、{0}、{1}，請寫請求信。", "對方留的聯絡電話:{0}、{1}。", "境外電話 {1}、{0}"),
        };
        string other = "+886 9" + (1 + r.Next(8)) + Digits(r, 1) + " " + Digits(r, 3) + " " + Digits(r, 3); // (a mobile, not the 99x personal range)
        string sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, value, other);
        string before = position switch { Position.Start => "", Position.Middle => CaseContexts.Pick(r, Fillers) + "\n", _ => CaseContexts.Pick(r, Fillers) + CaseContexts.Pick(r, Fillers) + "\n" };
        string after = position == Position.End ? "" : "\n" + CaseContexts.Pick(r, Fillers);
        string text = before + sentence + after;
        int start = before.Length + sentence.IndexOf(value, StringComparison.Ordinal);
        return new GeneratedCase(cell, family, variant, context, position, Type, text, start, start + value.Length);
    }

    // A numbered roll of person records (NN. name|sex|birthday|ID|phone|plate|unit), the value the phone of the first, a
    // middle or the last row; the other rows' phones are Taiwan mobiles.
    private static GeneratedCase PlaceInRoll(string cell, string family, string variant, string context, Position position, string value, Random r)
    {
        int at = position switch { Position.Start => 0, Position.End => 2, _ => 1 };
        var text = new System.Text.StringBuilder(CaseContexts.Pick(r, "以下是失聯移工追蹤表，請逐筆整理：", "請把下列人員依分局統計：")).Append('\n');
        int start = 0;
        for (int row = 0; row < 3; row++)
        {
            text.Append((row + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(". ")
                .Append(CaseContexts.Pick(r, "王O明", "陳O如", "李O婷")).Append('|').Append(CaseContexts.Pick(r, "男", "女")).Append('|')
                .Append("民國").Append(50 + r.Next(40)).Append('年').Append(1 + r.Next(12)).Append('月').Append(1 + r.Next(28)).Append("日|")
                .Append(NationalId(r)).Append('|');
            if (row == at) start = text.Length;
            text.Append(row == at ? value : "09" + Digits(r, 8)).Append('|').Append(CaseContexts.Pick(r, "無車", "第一分局")).Append('|')
                .Append(CaseContexts.Pick(r, "列管", "失聯", "待查")).Append('\n');
        }
        return new GeneratedCase(cell, family, variant, context, position, Type, text.ToString(), start, start + value.Length);
    }

    // A national ID with its check digit (letter A, a random body): the roll's identifier column.
    private static string NationalId(Random r)
    {
        string body = (1 + r.Next(2)).ToString(System.Globalization.CultureInfo.InvariantCulture) + Digits(r, 7);
        int sum = 1 * 1 + 0 * 9; // A = 10
        for (int i = 0; i < 8; i++) sum += (body[i] - '0') * (8 - i);
        int check = (10 - sum % 10) % 10;
        return "A" + body + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The same frames around no phone: an account after 匯款 (bank code, branch, a six-digit account), an order or tracking
    /// number, a UBN or an invoice number, a date, a time or an amount in a roll's phone column, a log line's decimal before
    /// the next line's time stamp, a masked phone's tail, a law article and a case number after a call verb.
    /// </summary>
    public static string LookAlike(Random r) => r.Next(10) switch
    {
        // (bank codes 01x–08x and 8xx: 00x after 匯款 is also a dial prefix, read as +CC — a false left, README)
        0 => $"對方叫我匯款到 {CaseContexts.Pick(r, "012", "013", "017", "050", "081", "808", "822")}-{Digits(r, 4)}-{Digits(r, 6)}，說有問題再打給他。",
        1 => $"訂單編號 {Digits(r, 4)} {Digits(r, 3)} {Digits(r, 4)}，對方說會打給我確認。",
        2 => $"統編 {Digits(r, 8)}，發票號碼 {Letters(r, 2)}-{Digits(r, 8)}，請撥客服查詢。",
        3 => $"01. 王O明|男|民國72年8月2日|A1XXXXX{Digits(r, 3)}|{2000 + r.Next(25)}-{1 + r.Next(12):00}-{1 + r.Next(28):00}|無車|列管\n02. 陳O如|女|民國65年1月9日|B2XXXXX{Digits(r, 3)}|0912-***-{Digits(r, 3)}|無車|失聯",
        4 => $"lpr.match cam={1 + r.Next(9)} conf=0.{Digits(r, 2)}\n{2020 + r.Next(5)}-{1 + r.Next(12):00}-{1 + r.Next(28):00} {r.Next(24):00}:{r.Next(60):00}:{r.Next(60):00} WARN lpr.match",
        5 => $"系統顯示報案人手機 ****{Digits(r, 6)}，完整資料需調卷。",
        6 => $"對方用 {r.Next(100, 999)} 元的預付卡打給我，依刑法第{r.Next(100, 360)}條處理。",
        7 => $"本案 {110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號，被害人說對方打了 {r.Next(2, 30)} 次。",
        8 => $"物流追蹤碼 {Digits(r, 4)}-{Digits(r, 4)}-{Digits(r, 4)}，貨到會打給收件人。",
        _ => $"01. 王O明|男|民國72年8月2日|A1XXXXX{Digits(r, 3)}|NT$ {r.Next(1, 99)},{Digits(r, 3)}|無車|列管\n02. 陳O如|女|民國65年1月9日|B2XXXXX{Digits(r, 3)}|{r.Next(0, 24):00}:{r.Next(0, 60):00}|無車|失聯",
    };
}
