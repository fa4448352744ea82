using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 39 (issue 9 §1, no held-out set open): Taiwan landlines written without their area code in everyday text — eight
/// digits as Taipei and Taichung write them (2xxx-xxxx) and seven as Kaohsiung and Tainan do (7xx-xxxx), with a hyphen, a
/// space or none — after a home, office or switchboard label, a plain 電話 or 打, with an extension after them (#123, 轉123,
/// ext.123), in a chat line, a letter, a duty note, a form's 電話 field, right after an address that names the city, and in
/// a sentence that calls the number a phone without a label (打這支 … 找他). Look-alikes in the same frames:
/// <see cref="LookAlike"/> (eight digits after a label that names something else: 統編, 發票, 訂單, 案號, 日期…).
/// </summary>
internal static class PlainLandlines
{
    /// <summary>Words that name a home or office line, said right before its number.</summary>
    private static readonly string[] LineLabels =
    {
        "家裡電話", "住家電話", "市話", "公司電話", "辦公室", "辦公室電話", "總機", "室內電話", "家用電話", "家用", "家裡市話",
    };

    private static readonly string[] LabelMarks = { "：", " ", "是", "", ": " };

    /// <summary>Extensions as staff write them after the number.</summary>
    private static readonly string[] Extensions = { "#123", " #205", "轉123", " 轉 318", " ext.123", " ext. 45", "分機123", " 分機 206", " Ext 88", "-轉-17" };

    /// <summary>Cities whose local numbers have the family's length (eight digits: Taipei, Taichung; seven: Kaohsiung, Tainan).</summary>
    private static readonly string[] EightDigitStreets = { "臺北市大安區復興南路一段", "台北市中山區南京東路二段", "臺中市西屯區台灣大道三段", "台中市北區三民路三段" };

    private static readonly string[] SevenDigitStreets = { "高雄市前鎮區中山二路", "高雄市苓雅區四維三路", "臺南市東區東寧路", "台南市中西區民族路二段" };

    /// <summary>Sentences that call the number a phone with no label: a verb of calling and a demonstrative (打這支 … 找他).</summary>
    private static readonly (string Before, string After)[] CalledPhone =
    {
        ("打這支 ", " 找他"), ("撥這個 ", " 就找得到她。"), ("有事就打這支", "，他都在。"), ("打", "找林小姐"), ("你打這支", "問看看"),
    };

    private static CaseContext[] Contexts { get; } =
    {
        new("sentence.line-label", Cue.Label, (f, r) => (CaseContexts.Pick(r, "", "報案人", "他", "阿嬤的") + CaseContexts.Pick(r, LineLabels) + CaseContexts.Pick(r, LabelMarks),
            CaseContexts.Pick(r, "，晚上再打。", "。", "", "，有事先打這支。"))),
        new("sentence.extension", Cue.Label, (f, r) => (CaseContexts.Pick(r, "公司電話", "總機", "辦公室", "電話", "市話") + CaseContexts.Pick(r, LabelMarks),
            CaseContexts.Pick(r, Extensions) + CaseContexts.Pick(r, "，找王先生。", "。", "", "（上班時間）"))),
        new("sentence.plain-phone", Cue.Label, (f, r) => (CaseContexts.Pick(r, "電話 ", "電話：", "打 ", "請打", "可以打", "晚上打", "打到"),
            CaseContexts.Pick(r, "，謝謝。", " 找他", "。", ""))),
        new("sentence.called-phone", Cue.Label, (f, r) => CalledPhone[r.Next(CalledPhone.Length)]),
        new("line.chat", Cue.Label, (f, r) => ($"[{r.Next(8, 23)}:{r.Next(10, 60)}] {CaseContexts.Pick(r, "阿明", "小美", "林巡佐")}: "
            + CaseContexts.Pick(r, "我家電話 ", "家裡市話", "打我家 ", "公司 ", "我辦公室 ", "打 "), CaseContexts.Pick(r, "", " 晚上都在", "，打這個"))),
        new("letter", Cue.Label, (f, r) => (CaseContexts.Pick(r, "王先生您好：\n如需補件，請來電", "敬啟者：\n本案承辦人電話 ", "親愛的家長您好：\n如有疑問請洽學務處 "),
            CaseContexts.Pick(r, "，謝謝。\n此致", "。\n敬祝 平安", "（週一至週五）。"))),
        new("duty-note", Cue.Label, (f, r) => ($"值班紀錄 {r.Next(1, 13)}/{r.Next(1, 29)} {r.Next(10, 24)}:{r.Next(10, 60)}\n報案人"
            + CaseContexts.Pick(r, "住家電話 ", "市話", "住家 ", "家用電話：", "留了電話 "), CaseContexts.Pick(r, "，已回撥，無人接聽。", "，請早班再撥。", ""))),
        new("form.phone-field", Cue.Label, (f, r) => ($"姓名：{CaseContexts.Pick(r, "王○明", "陳○華", "林○婷")}\n{CaseContexts.Pick(r, "電話：", "電話: ", "聯絡電話：", "TEL：")}",
            $"\n地址：{CaseContexts.Pick(r, EightDigitStreets)}{r.Next(1, 300)}號")),
        new("address.city", Cue.Label, (f, r) => ($"{CaseContexts.Pick(r, "", "住址：", "王○明 ")}{CaseContexts.Pick(r, f.Name.EndsWith(".8", StringComparison.Ordinal) ? EightDigitStreets : SevenDigitStreets)}{r.Next(1, 300)}號"
            + CaseContexts.Pick(r, " ", "，", "　", " / "), CaseContexts.Pick(r, "", "。", "（住家）"))),
    };

    /// <summary>Local numbers without their area code: eight digits (Taipei 2/3/5/6/7/8…, Taichung 2…) and seven (Kaohsiung, Tainan).</summary>
    private static readonly ValueFamily[] Families =
    {
        Family("phone.local.8", r => Groups("-", "22223578"[r.Next(8)] + Digits(r, 3), Digits(r, 4))),
        Family("phone.local.7", r => Groups("-", (2 + r.Next(8)).ToString() + Digits(r, 2), Digits(r, 4))),
    };

    private static ValueFamily Family(string name, Func<Random, PlantedValue> make) =>
        new(name, EntityTypes.PhoneNumber, make, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), "phone", NeedsContext: true);

    /// <summary>A hyphen (the family's own), a space, or no separator.</summary>
    private static readonly string[] Variants = { "canonical", "sep.space", "joined" };

    /// <summary>The cells of this round: both families × the three separators × every frame above, five positions each.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var variants = SurfaceVariants.All.Where(v => Array.IndexOf(Variants, v.Name) >= 0).ToArray();
        return CaseGenerator.Cross(Families, variants, Contexts, (f, v, c) => true);
    }

    /// <summary>The floor of a cell of this round, or false for a cell not of this round.</summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!parts[0].StartsWith("phone.local.", StringComparison.Ordinal) || !Array.Exists(Contexts, c => c.Name == parts[2])) return false;
        floor = parts[0] == "phone.local.8" && parts[1] == "joined" && parts[2] == "letter" ? CellFloors.Default : HonestFloor;
        return true;
    }

    /// <summary>
    /// The figure every cell of this round reached on its last run (T), but <c>phone.local.8 × joined × letter</c> (4 of 5:
    /// glued between a desk's name and 的資料, 學務處2xxxxxxx的資料, the desk is not read) at the default floor.
    /// </summary>
    private const double HonestFloor = 1.0;

    /// <summary>
    /// Look-alikes in the same frames, with no phone: eight or seven digits after a label that names something else (a UBN,
    /// an invoice, an order, a case, a date, a bank branch, a postcode), amounts and counts after the line labels (家用 is
    /// also a household's spending), an office's hours, a house's floor, postcode or moving-in date after its address.
    /// </summary>
    public static string LookAlike(Random r)
    {
        string eight = "22223578"[r.Next(8)] + Digits(r, 7);
        string code = CaseContexts.Pick(r, "公司統編 ", "統一編號：", "統編", "發票號碼 ", "發票 AB-", "訂單編號 ", "訂單 ", "案號 ", "收據號碼：", "會員編號 ", "工號 ", "帳單編號 ");
        return r.Next(9) switch
        {
            0 => $"{CaseContexts.Pick(r, "我家電話費", "家用", "公司電話費", "辦公室租金")}{CaseContexts.Pick(r, " NT$", "：NT$", " ")}{r.Next(1, 9)},{Digits(r, 3)},{Digits(r, 3)}{CaseContexts.Pick(r, "", " 元", "。")}",
            1 => $"{CaseContexts.Pick(r, "家用", "這個月家用", "辦公室開銷")} {r.Next(2, 9)}{Digits(r, 4)} 元，{CaseContexts.Pick(r, "打", "電話")}費 {r.Next(300, 2000)} 元",
            2 => $"[{r.Next(8, 23)}:{r.Next(10, 60)}] 阿明: {code}{eight} {CaseContexts.Pick(r, "到了", "請查", "已取消")}",
            3 => $"值班紀錄 {r.Next(1, 13)}/{r.Next(1, 29)} {r.Next(10, 24)}:{r.Next(10, 60)}\n{code}{eight}，{CaseContexts.Pick(r, "已歸檔", "日期 2026" + r.Next(10, 13) + r.Next(10, 29), "共 " + r.Next(2, 9) + " 件")}。",
            4 => $"姓名：王○明\n{CaseContexts.Pick(r, "統一編號：", "訂單編號：", "日期：", "會員編號：")}{CaseContexts.Pick(r, eight, "2026" + r.Next(10, 13) + r.Next(10, 29))}\n地址：{CaseContexts.Pick(r, EightDigitStreets)}{r.Next(1, 300)}號",
            5 => $"{CaseContexts.Pick(r, EightDigitStreets)}{r.Next(1, 300)}號 {CaseContexts.Pick(r, $"{r.Next(2, 15)}樓之{r.Next(1, 9)}", $"統編 {eight}", $"郵遞區號 {r.Next(100, 999)}{Digits(r, 2)}", $"{r.Next(2, 15)}F-{r.Next(1, 9)}", $"2026{r.Next(10, 13)}{r.Next(10, 29)} 遷入")}",
            6 => $"{CaseContexts.Pick(r, "總機", "辦公室", "公司電話")}服務時間 {CaseContexts.Pick(r, "0830-1730", "0900-1800", "08:30-17:30", "0830 1730")}，{CaseContexts.Pick(r, "分行代號 ", "銀行代碼 ", "郵遞區號 ")}{r.Next(100, 999)}{Digits(r, 1)}",
            7 => $"王先生您好：\n{code}{eight}{CaseContexts.Pick(r, "", "，金額 NT$" + r.Next(1, 9) + "," + Digits(r, 3) + "," + Digits(r, 3))}，{CaseContexts.Pick(r, "請於期限內繳納", "謝謝")}。",
            _ => $"{CaseContexts.Pick(r, "打", "撥了", "打了")} {r.Next(2, 40)} 通電話，{CaseContexts.Pick(r, "日期", "時間")} {CaseContexts.Pick(r, "2026" + r.Next(10, 13) + r.Next(10, 29), r.Next(10, 24) + ":" + r.Next(10, 60))}，{code}{eight}",
        };
    }
}
