namespace DataGuard.Detection.Tests.Generated;

/// <summary>What surrounds the value in its own clause: a label before it, a phrase naming it after it, a verb, or nothing.</summary>
internal enum Cue
{
    Label,
    After,
    Verb,
    None,

    /// <summary>No word names the value, but it stands in a field of a person's record beside a valid ID or mobile.</summary>
    Record,

    /// <summary>No word names the value; a person's nationality stands right before it (韓國旅客 010-…). Phones only.</summary>
    Nationality,
}

/// <summary>Where the value sits: at the start or end of the prompt, in its middle, glued to CJK text or to ASCII punctuation.</summary>
internal enum Position
{
    Start,
    Middle,
    End,
    AdjacentCjk,
    AdjacentPunctuation,
}

/// <summary>
/// A context: a frame (sentence, list, table cell, CSV, JSON, Markdown, LINE chat, English) and a cue. It writes the
/// text before and after the value; <see cref="CaseGenerator"/> then places the whole at a <see cref="Position"/>.
/// </summary>
/// <param name="Families">Only families whose name starts with this are placed in the context (a vehicle noun names plates only).</param>
internal sealed record CaseContext(string Name, Cue Cue, Func<ValueFamily, Random, (string Before, string After)> Frame, string Families = "")
{
    /// <summary>Structured frames (table, CSV, JSON) keep their cell delimiters whatever the position.</summary>
    public bool Structured => Name.StartsWith("table", StringComparison.Ordinal) || Name.StartsWith("csv", StringComparison.Ordinal)
        || Name.StartsWith("json", StringComparison.Ordinal);
}

internal static class CaseContexts
{
    /// <summary>Latin names as foreign workers' rows write them, accented or not, capitalised (declared before All: its initializer reads it).</summary>
    private static readonly string[] LatinNames = { "Lê Quốc Bảo", "Đỗ Minh Khoa", "Hồ Ngọc Ánh", "Siti Aminah", "Maria Santos", "Somchai Dee" };

    private static readonly string[] LabelJoins = { "：", ":", " ", "", "為", "是" };

    private static readonly string[] VehicleNouns =
    {
        "資源回收車", "營業拖車", "騎乘機車", "大型重機紅牌", "大型重機黃牌", "他的車子", "ETC 通行紀錄顯示", "拖吊場今天進場", "垃圾車", "微電車", "電動車",
    };

    /// <summary>Makes and models as a log writes them, in the make's capitals or its own casing, the model in any casing.</summary>
    private static readonly string[] LogVehicleModels =
    {
        "TOYOTA Camry", "TOYOTA Wish", "HONDA HR-V", "HONDA Fit", "NISSAN Livina", "NISSAN Kicks", "LUXGEN n7", "Tesla Model X",
        "MAZDA CX-5", "MAZDA CX-30", "MITSUBISHI Outlander", "SUZUKI Vitara", "SUBARU Forester", "Hyundai Tucson", "Volvo XC40",
        "KYMCO Many 110",
    };

    /// <summary>Makes with a model that has letters or digits of its own (set O's accident and tow records).</summary>
    private static readonly string[] VehicleModels =
    {
        "HONDA FIT", "MAZDA 3", "NISSAN X-TRAIL", "TOYOTA YARIS", "FORD FOCUS", "光陽 VJR 125", "三陽 DRG", "YAMAHA FORCE",
        "山葉 YAMAHA 勁戰", "Gogoro VIVA", "Tesla Model 3", "BMW X1",
    };

    public static IReadOnlyList<CaseContext> All { get; } = new CaseContext[]
    {
        new("sentence.label", Cue.Label, (f, r) => (Join(Label(f, r), r), Pick(r, "，請協助查詢。", "。", " 謝謝")) ),
        new("sentence.after", Cue.After, (f, r) => (Pick(r, "經查", "另外", "") + Prefix(f, r), Pick(r, "", " ") + Pick(r, f.After) + "。")),
        new("sentence.verb", Cue.Verb, (f, r) => (Pick(r, "他昨天", "嫌犯曾", "當事人") + Pick(r, f.Verbs) + Prefix(f, r), Pick(r, "後離開。", "，111年3月遭查獲。", " 之後失聯")) ),
        new("sentence.none", Cue.None, (f, r) => (Pick(r, "資料如下 ", "請查 ", "紀錄：") + Prefix(f, r), Pick(r, " 請查。", "，謝謝。", "")) ),
        new("list.label", Cue.Label, (f, r) => (Pick(r, "1. ", "- ", "・") + Label(f, r) + "：", "\n2. 備註：無")),
        new("table.label", Cue.Label, (f, r) => ($"| 姓名 | {Label(f, r)} | 日期 |\n|---|---|---|\n| 王小明 | ", " | 112/03/15 |")),
        new("table.none", Cue.None, (f, r) => ("| 項目 | 內容 |\n|---|---|\n| 資料 | " + Prefix(f, r), " |")),
        new("csv.label", Cue.Label, (f, r) => ($"姓名,{Label(f, r)},日期\n王小明,", ",112/03/15")),
        new("csv.none", Cue.None, (f, r) => ("王小明," + Prefix(f, r), ",112/03/15,已結案")),
        new("json.label", Cue.Label, (f, r) => ($"{{\"姓名\":\"王小明\",\"{Label(f, r)}\":\"", "\",\"備註\":\"無\"}")),
        new("markdown.label", Cue.Label, (f, r) => (Pick(r, "- **", "### ") + Label(f, r) + Pick(r, "**：`", "：`"), "`")),
        new("line.label", Cue.Label, (f, r) => ("[14:32] 小美: " + Pick(r, "我", "他的", "") + Label(f, r) + " ", Pick(r, "喔", " 記一下", "～"))),
        new("line.none", Cue.None, (f, r) => ("[14:32] 小美: " + Prefix(f, r), Pick(r, " 記一下", "", "～"))),
        // The person's nationality in an earlier clause of the same sentence, the label in the value's own clause.
        new("sentence.nationality", Cue.Label, (f, r) => (Pick(r, "該名", "") + Nationality(f, r) + Pick(r, "男子", "女子", "移工", "友人") + Pick(r, "阮文雄", "山田", "") + Pick(r, "，", "， ", "（")
            + Join(Pick(r, f.Labels), r), Pick(r, "，請協助查詢。", "。", "）"))),
        // The value first, then what it is in brackets, with the country for a foreign number ("086 549 7982（越南手機）").
        new("sentence.bracket-after", Cue.After, (f, r) => (Pick(r, "最後聯絡", "另有", "登記"), "（" + f.PrefixFor(r) + Pick(r, f.Labels) + "）" + Pick(r, "，請查。", "。"))),
        // A record row: the value in its cell beside other identifiers (an ID, a phone, a plate, a date).
        new("table.row", Cue.Label, (f, r) => ($"| 姓名 | 身分證 | {Label(f, r)} | 電話 | 日期 |\n|---|---|---|---|---|\n| 王小明 | {Neighbour(r)} | " + Prefix(f, r), $" | {Neighbour(r)} | 112/03/15 |")),
        new("csv.row", Cue.Label, (f, r) => ($"姓名,身分證,{Label(f, r)},電話,日期\n王小明,{Neighbour(r)},", $",{Neighbour(r)},112/03/15")),
        new("csv.row.none", Cue.None, (f, r) => ($"王小明,{Neighbour(r)}," + Prefix(f, r), $",{Neighbour(r)},112/03/15,已結案")),
        // An HTML table pasted from a web page: the label in the header row's cell of the same column.
        new("table.html", Cue.Label, (f, r) => ($"<table>{Pick(r, "", "\n")}<tr><th>姓名</th><th>{Label(f, r)}</th><th>日期</th></tr>\n<tr><td>王小明</td><td>" + Prefix(f, r), "</td><td>112/03/15</td></tr></table>")),
        // A tab-separated roster: the nationality in its own column, the value's kind in the header (國籍 / 聯絡電話).
        new("table.tsv-nationality", Cue.Label, (f, r) => ($"編號\t姓名\t國籍\t{Label(f, r)}\n1\t阮文雄\t{Nationality(f, r)}\t", Pick(r, "\n2\t王小明\t本國籍\t無", ""))),
        // A JSON record with English keys: the person's country in one field, the value under an English key in another.
        new("json.english", Cue.Label, (f, r) => ($"{{\"name\":\"Nur Aini\",\"country\":\"{Nationality(f, r)}\",\"{f.English}\":\"", "\",\"note\":\"-\"}")),
        // An English label typed onto the value (IDA123456789, ARCt909022710, TEL0912345678); others keep their space.
        new("english.glued", Cue.Label, (f, r) => (Pick(r, "請核對", "Check ", "") + Prefix(f, r) + Glued(f, r), Pick(r, "與戶籍資料是否一致", " please", ""))),
        // A remark in brackets right after the value (車牌：BJZ-1696（已拖吊）).
        new("sentence.remark-after", Cue.Label, (f, r) => (Join(Label(f, r), r), Pick(r, "（已拖吊）", "(已通知)", "（白色）", "【待查】"))),
        // A word starting with a Chinese numeral right after the value (騎洞六勾-VBS一直按喇叭, …兩人一起).
        new("sentence.numeral-word-after", Cue.Verb, (f, r) => (Pick(r, "民眾說有人", "嫌犯曾", "當事人") + Pick(r, f.Verbs) + Prefix(f, r), Pick(r, "一直按喇叭", "一路逃逸", "一早就離開"))),
        // Round 22: a count of the numbers right after the last one (名下登記0912-…、0933 …兩支門號): the numeral 兩 or 一 that
        // starts it is no digit of the number, in whatever numerals the number is written.
        new("sentence.count-after", Cue.Verb, (f, r) => (Pick(r, "他名下登記", "查扣手機內存有", "被害人說對方用過") + Pick(r, "", "0958-201-374、", "0921 664 035、", "〇九三二 五〇八 七一六、"),
            Pick(r, "兩支門號", "兩個號碼", "一支手機", "二支電話", "兩組號碼都打不通。")), Families: "phone.mobile"),
        // A person's record on one line, fields split by slashes or commas, no header (黃○恩/Q193009926/DD-795/0988-916-922).
        new("record.slash", Cue.Record, (f, r) => ($"當事人資料 黃○恩/{RecordId(r)}/" + Prefix(f, r), $"/{Pick(r, "0988-916-922", "0931 005 787")}；對造 陳○瑋")),
        // The same record typed with a Chinese input method: full-width slashes or bars (孫冠柏／Ｔ２９７３９４８９６／ZT-19780).
        new("record.full-width", Cue.Record, (f, r) => r.Next(2) == 0
            ? ($"1. 孫冠柏／{RecordId(r)}／" + Prefix(f, r), "／0918041136\n2. 無")
            : ($"名單：\n{RecordId(r)} ｜ 廖美冠 ｜ " + Prefix(f, r), $" ｜ {Pick(r, "0971-803647", "0921238782")}")),
        new("record.csv", Cue.Record, (f, r) => ($"{Pick(r, "王大同", "吳志明")},{RecordId(r)},{Pick(r, "0921238782", "0920-487-066")}," + Prefix(f, r), Pick(r, "\n李小華,無,無,無", "\n"))),
        // A person introduced by nationality right before the number, no phone word (韓國旅客 010-2345-6789 在飯店報案).
        new("sentence.person-nationality", Cue.Nationality, (f, r) => (Pick(r, "", "報案人為") + Nationality(f, r) + Pick(r, "旅客", "移工", "居民", "學生") + " ", Pick(r, " 在飯店報案", " 失聯", ""))),
        // An English sentence right after the value: its first word is not read into the value (…壹壹捌. She lost…).
        new("english.sentence-after", Cue.Label, (f, r) => ("The " + (f.HasPrefix ? f.PrefixFor(r) + " " : "") + f.English + " is ", Pick(r, ". She lost her wallet.", ". Office hours 9-17.", ". Sorry for the trouble."))),
        // A vehicle named by what it is or by its plate's colour, a toll or tow log, right before the plate, no plate word
        // (資源回收車zw-626, 營業拖車KYS 293, 大型重機紅牌XH 850, 他的車子188SL, ETC 通行紀錄顯示CMP6190).
        new("sentence.vehicle-noun", Cue.Verb, (f, r) => (Pick(r, "里長說", "民眾表示", "") + Pick(r, VehicleNouns), Pick(r, "被人刮了", "倒車撞到電線桿", "是不是他的", "於21:28通過"))
            , Families: "plate."),
        // A numbered list of plates (舉發清單：1. bxv-3598 2. EBD-2168 3. …): the next item's number follows the value.
        new("list.numbered", Cue.Label, (f, r) => (Pick(r, "違規停車舉發清單：", "拖吊場交接：今天進場 ") + "1. " + f.Make(r).Canonical + " 2. ", " 3. " + f.Make(r).Canonical + " 4. 無"),
            Families: "plate.2012"),
        // The person's nationality in an earlier sentence, the number later after a plain word (可以打, 號碼：, Number given:).
        new("sentence.nationality-earlier", Cue.Label, (f, r) => (Pick(r, "當事人是", "被害人是", "報案人為") + Nationality(f, r) + "。"
            + Pick(r, "在台灣沒有門路，他說可以打", "筆錄中他說若有消息請打 ", "她留的號碼：", "Number given: "), Pick(r, "找他。", "。", "")),
            Families: "phone.national."),
        // A word of police-radio numerals that are everyday words right before the value, glued (親兩兩0918…: 兩兩 "in pairs").
        new("sentence.numeral-word-before.none", Cue.None, (f, r) => (Pick(r, "他們三三兩兩", "大家兩兩", "路口右拐", "牆上掛勾", "地上有洞") + Prefix(f, r), Pick(r, " 請查。", "。", ""))),
        // A duty chat's request to check or look for a vehicle, or a plate mounted on one, right before the plate (幫查FB  256,
        // 注意協尋BMP0378, 原懸掛5P9391，後換掛…).
        new("line.plate-request", Cue.Verb, (f, r) => (Pick(r, "[14:32] 小美: 幫查", "07:05 周警員: @全體 注意協尋", "09:35 詹巡佐: 協尋 ", "經查涉案車輛原懸掛", "該車已改掛 "),
            Pick(r, " 謝謝", "，白色", "，後換掛其他車牌", "")), Families: "plate."),
        // A word that starts with a numeral after the plate and a space (機車 NE 五洞兩三八 一併查詢, …兩車擦撞).
        new("sentence.numeral-word-spaced", Cue.Label, (f, r) => (Pick(r, "另外機車 ", "車號：", "車牌 "), Pick(r, " 一併查詢", " 一起帶回", " 兩車擦撞", " 一直沒移車")), Families: "plate."),
        // Set J: the country said after the number (電話13812345678，是大陸的), in English before it (a Philippine national
        // (ARC …, phone 0917 123 4567)), and a tab-separated row whose header names the number's country (大陸手機) beside
        // an ID cell.
        new("sentence.country-after", Cue.After, (f, r) => (Pick(r, "那個人說他的電話", "[21:54] 老公: 他留的手機", "對方電話"), "，是" + f.Prefixes![0] + "的"),
            Families: "phone.national."),
        new("english.nationality-earlier", Cue.Label, (f, r) => ($"The car was rented by {EnglishNationality(f)} national ({Pick(r, "ARC EA79, ", "")}phone ", ") who left on Oct. 5."),
            Families: "phone.national."),
        new("table.tsv-row", Cue.Label, (f, r) => ($"日期\t居留證號\t{Label(f, r)}\t備註\n113年7月6日\t{RecordId(r)}\t", Pick(r, "\t無", "\t6萬5千元")),
            Families: "phone."),
        // A numbered item glued to the value (交班事項：1.agq-1235車主…明早會來領車): the list number is not a decimal's.
        new("list.glued-number", Cue.After, (f, r) => (Pick(r, "交班事項：", "待辦：\n", "") + "1.", Pick(r, "車主明早會來領車。2.案卷待送", "車主已通知。")),
            Families: "plate.2012"),
        new("list.glued-number.id", Cue.After, (f, r) => (Pick(r, "交班事項：", "待辦：\n", "") + "1.", Pick(r, "（當事人）補件。2.案卷待送", " 護照遺失待補件。")),
            Families: "id."),
        // A list whose letters someone replaced with Cyrillic or Greek ones, no word naming what it holds (set J): the
        // disguise says a plate is hidden there (see CellFloors.DisguisedPlates).
        new("list.look-alike-remark", Cue.Label, (f, r) => (Pick(r, "這份名單有人故意用俄文字母打的，幫我還原：", "名單裡的字母被換成外文字母了："), Pick(r, "、A123456789。", "。")),
            Families: "plate."),
        // A foreign number after the country's English name and a plain "number" (Macau number 00853 6612-3456): a merely
        // possible one too.
        new("english.country-number", Cue.Label, (f, r) => ($"Dear Inspector, we request subscriber info for {EnglishCountry(f)} number ",
            Pick(r, ", linked to the suspect.", " and the bank account.")), Families: "phone.intl."),
        // A place named by a rail word (捷運站, a station) before a plate: a place where cars are, not a train's model.
        new("sentence.station.none", Cue.None, (f, r) => (Pick(r, "16:34 捷運站2號出口一帶有重機", "捷運站出口有", "今天捷運站旁"), Pick(r, "疑似改管，待查。", "違停。")),
            Families: "plate.2012"),
        // A phone label, then which line it is or a comma, before a number (電話（家）2345-6789, 聯絡方式：住家 2345 6789,
        // 他留了市話，2345 6789); the prefix "phone.l" holds local numbers and landlines.
        new("sentence.label-qualified", Cue.Label, (f, r) => (Pick(r, "電話（家）", "電話(H) ", "聯絡電話：住家", "聯絡方式：住家 ", "他留了市話，", "電話(O)：", "電話：公司 ", "請回電 "),
            Pick(r, "，說晚上打", "。", "、手機未提供")), Families: "phone.l"),
        // Round 13 (set U4): a caller's landline label, a spoken particle, then the number (我家電話喔 三一六 稍等 零九二七 對).
        new("sentence.spoken-label", Cue.Label, (f, r) => (Pick(r, "我家電話喔 ", "店裡電話啊 ", "住家電話呢，", "宅電欸 ", "公司電話嗯 "),
            Pick(r, " 對 就新竹", " 我的手機沒電", "。")), Families: "phone.l"),
        // A station directory or a duty log: the station, its duty desk or an incoming call right before a number (復興所 353 0397,
        // 請聯繫民族派出所值班台 兩五五兩 五四幺八, 偵查隊…來電3236 6691, 來電（25531299）).
        new("line.station", Cue.Label, (f, r) => (Pick(r, "各所聯絡窗口\n復興所 ", "新生分駐所 ", "勤指：請聯繫民族派出所值班台 ", "08:02 - 偵查隊丁正怡來電", "接獲分局勤務指揮中心來電（"),
            Pick(r, "\n延平所 無", "，請協助調閱監視器。", "）通報轄區有人酒醉倒地。")), Families: "phone.l"),
        // A duty roster or chat: a unit's desk or station right before its number, no phone word (交通分隊 2345678; set N).
        new("line.unit-desk", Cue.Label, (f, r) => (Pick(r, "分隊長：本週窗口如下\n交通分隊 ", "03:12\t隊長\t分局勤務中心 ", "[09:41] 巡佐阿明: 有事打所裡", "夜間請找值班室"),
            Pick(r, "\n行動 0930-111-222", "\n小陳：收到", "")), Families: "phone.local"),
        // An extension after the number names it (請聯絡少年隊林隊員，2345-6789 ext. 2781; 陳員(店裡)：2345678轉1830; set N).
        new("sentence.extension-after", Cue.After, (f, r) => (Pick(r, "請聯絡少年隊林隊員，", "陳員(店裡)：", "黃姓女子(公司)：", "- 何學長：", "承辦人 "),
            Pick(r, " x3105", " ext. 2781", "ext6604", "轉1830", " 轉 5126", "分機3317") + Pick(r, "，上午9點後。", "")), Families: "phone.local"),
        // Whose line it is right before a number written in its groups (公司234-5678, 報案人2345 6789, 他說打公司 …; set N).
        new("sentence.owner", Cue.Label, (f, r) => (Pick(r, "答：手機未帶，公司", "09:10 路倒，報案人", "[11:02] 阿凱: 他說打公司 ", "雇主", "他說店裡"),
            Pick(r, "，民權路二段，到場處理。", "。", "")), Families: "phone.local"),
        // A roster of foreign workers, one person a line, the country a comma item and 聯絡 before the number (1) NUR HIDAYAH，
        // 印尼，新式統一證號…，聯絡0838…; set L).
        new("list.roster", Cue.Label, (f, r) => ($"{Pick(r, "1) ", "3) ")}{Pick(r, "NUR HIDAYAH", "VU DUC ANH", "ANAN PHROMMA")}，{f.PrefixFor(r)}，新式統一證號{RecordId(r)}，聯絡",
            Pick(r, "\n通知雇主到場。", "\n2) 無", "")), Families: "phone.national."),
        // A transcript's question about a country's number and the answer on the next line (我：對方給您的越南號碼是？⏎被害人：039 …).
        new("line.question-answer", Cue.Label, (f, r) => ($"我：對方給您的{f.Prefixes![0]}號碼是？\n{Pick(r, "被害人", "證人", "線民")}：", Pick(r, "\n我：身分證字號麻煩一下", "\n我：好", "")),
            Families: "phone.national."),
        // A spreadsheet exported with semicolons: the header names the column, the country is a cell of the row (set L).
        new("csv.semicolon", Cue.Label, (f, r) => ($"編號;姓名;國籍;居留證號;{Label(f, r)};備註\n1;{Pick(r, "AGUS SETIAWAN", "ANGELICA REYES")};{Nationality(f, r)};{RecordId(r)};",
            Pick(r, ";待查", ";通緝中\n2;王小明;本國籍;無;無;無")), Families: "phone."),
        // A sheet whose 國籍 column holds the country's ISO code (VN, PH, ID…) and whose phone column names no country, in
        // each delimiter a sheet is pasted with (set L).
        new("table.country-code", Cue.Label, CountryCodeRow, Families: "phone.national."),
        // A big city standing for its country before a phone label (被害人家屬，大阪手機 06…; set L); a country without such a
        // city in the engine's list keeps its own name.
        new("sentence.city-label", Cue.Label, (f, r) => (Pick(r, "被害人家屬，", "2. ", "對方留了") + City(f, r) + Pick(r, f.Labels) + Pick(r, " ", "", "："),
            Pick(r, "，請查。", "\n3. 無", "")), Families: "phone.national."),
        // A vehicle word that does not end in 車 right before an older motorcycle plate, wrapped or not (車輛KC5-⏎903, 自小客YS7⏎758; set L).
        new("sentence.vehicle-word", Cue.Verb, (f, r) => (Pick(r, "住新北市汐止區環河南路五段109號9樓，車輛", "處理A2事故：自小客", "當事人重機"), Pick(r, "。\n說明：無", "左轉未讓直行", "")),
            Families: "plate.mixed.letters-digit"),
        // A plate with no word naming it (請查 XC\u200C-123 謝謝): in scope only where an invisible character disguises it (see
        // CellFloors.DisguisedPlates); the driving-verb cue only lets the generator place plates that need context here.
        new("sentence.bare", Cue.Verb, (f, r) => (Pick(r, "請查 ", "資料：", "這個 ", "[14:32] 小美: "), Pick(r, " 謝謝", "", "，急件")), Families: "plate."),
        // Round 21: what the vehicle did, or what the police did to it, glued right after the value, no plate word before it
        // (a group chat's …查到了沒, a patrol note's …違停於…, a witness's …跑掉，往…, a notice's …之違規影像): the verb names the value a plate.
        new("line.vehicle-verb-after", Cue.After, (f, r) => (Pick(r, "勤務群組：請確認", "里長反映那輛 ", "監視器畫面顯示", "報案人說", "08:15 巡邏時看到"),
            Pick(r, "違停於市場口", "查到了沒？", "跑掉，往市區方向", "擦撞機車後逃逸", "逃逸", "闖紅燈右轉", "被攔停於路口。", "蛇行於快車道", "之違規影像如附件。")), Families: "plate."),
        // Round 21: a row exported with bars or tabs whose plate column comes after a phone cell with its extension
        // (…|06-2345678 分機338|AB-1234): 分機 names the extension's number, not the plate in the next cell.
        new("table.after-extension", Cue.Label, (f, r) => Pick(r, 2) == 0
            ? ($"身分證字號|手機|電話|{Label(f, r)}\n{RecordId(r)}|0912-468-135|0{r.Next(2, 8)}-{r.Next(2000000, 9999999)} 分機{r.Next(100, 999)}|", "\n")
            : ($"| 姓名 | 電話 | {Label(f, r)} |\n|---|---|---|\n| 王小明 | 0{r.Next(2, 8)}-{r.Next(2000000, 9999999)} 分機{r.Next(100, 999)} | ", " |\n"),
            Families: "plate."),
        // Round 21: a police radio call written down, the plate read in radio numerals, glued to where the vehicle is
        // (無線電通報 ND 幺五八三 往南): no plate word; the radio numerals say a value is read out.
        new("line.radio-transcript", Cue.Verb, (f, r) => (Pick(r, "無線電通報 ", "勤務指揮中心呼叫各車：注意 ", "22:10 無線電 ", "請各巡邏車留意 "),
            Pick(r, " 往南", "，沿中華路行駛", "", " 正駛離市區")), Families: "plate."),
        // A citizen's report of a driver, the plate right after 檢舉 and what the driver did after it (接獲檢舉KQ-3718沿路蛇行; set M).
        new("sentence.report-behaviour", Cue.Verb, (f, r) => (Pick(r, "有民眾檢舉", "接獲民眾檢舉", "今早民眾來電檢舉"),
            Pick(r, "沿復興路一路蛇行", "於和平東路逆向行駛", "連續闖紅燈兩次")), Families: "plate."),
        // A vehicle counted by its measure word after a driving verb (前夫常開他那台6618-RW到公司堵人; set M).
        new("sentence.driven-measure", Cue.Verb, (f, r) => (Pick(r, "前夫常開他那台", "她男友騎著那台", "對方開著一台"), Pick(r, "到公司堵人。", "在巷口繞了好幾圈", "")),
            Families: "plate."),
        // A migrant worker's or visitor's report in Thai, Vietnamese, Indonesian or Tagalog with that language's word for a
        // plate (ทะเบียน, biển số, plat nomor, plaka; set M).
        new("sentence.foreign-language", Cue.Label, (f, r) => Pick(r, 4) switch
        {
            0 => ("รถยนต์ของผมถูกขโมย ป้ายทะเบียน ", " ช่วยด้วยครับ"),
            1 => ("Xe máy của tôi bị lấy cắp, biển số xe ", ", xin giúp đỡ."),
            2 => ("Sepeda motor saya dicuri, nomor polisi ", ", mohon bantuannya."),
            _ => ("Ninakaw ang sasakyan ko, plaka ", ", pakitulungan po."),
        }, Families: "plate."),
        // An English duty log: a stop for speeding (Unit 7 pulled over 578-KTE for speeding; set L).
        new("english.speeding", Cue.Verb, (f, r) => (Pick(r, "Patrol log: clocked speeding, pulled over ", "Unit 7 pulled over ", "22:05  stopped "), Pick(r, ", driver warned.", " for speeding near the school.")),
            Families: "plate."),
        // A migrant worker's or visitor's message in their own language, no country named: that language's word for a phone
        // or a call before the number (hãy gọi chị Lan ở số 086…, WhatsApp adik: 0813-…, มือถือของเขา 081-…, 連絡先：080-…; set M).
        new("sentence.foreign-language-phone", Cue.Label, ForeignLanguageSentence, Families: "phone.national."),
        // A family's chat with no country named: a call verb glued to a foreign mobile (哥哥: 到宿舍了嗎 回撥給我0813…; set M).
        new("line.call-verb", Cue.Label, (f, r) => ("2024.03.11 星期一\n21:05 哥哥: 到宿舍了嗎 " + Pick(r, "回撥給我", "請打給他 ", "撥打 "),
            Pick(r, "\n21:09 小芳: 剛下班 等一下", "")), Families: "phone.national."),
        // An interview whose question names the country and whose answer names a phone before the number (問：你在越南的老家
        // 怎麼聯絡？⏎答：我太太的手機086-…; set M).
        new("line.answer-labelled", Cue.Label, (f, r) => ($"問：你在{f.Prefixes![0]}的老家怎麼聯絡？\n答：" + Pick(r, "我太太的手機", "我哥哥電話是", "老家電話"),
            Pick(r, "。\n問：你來台灣多久了？", "。")), Families: "phone.national."),
        // A contact directory: a name, or a title and a name, then the number alone on its line, beside a line with a phone
        // word or under a directory's heading (社區聯絡窗口⏎里長林美玲 2678 1234⏎延平所 2555 1234; set L).
        new("line.directory", Cue.Label, (f, r) => (Pick(r, "社區聯絡窗口\n", "大同所：(02)2591-3456 分機 12\n", "李建國 手機 0912-468-135\n")
            + Pick(r, "里長林美玲 ", "王淑芬 ", "保全陳志豪：", "總幹事　黃文彬 "), Pick(r, "\n延平所 2555 1234", "\n莊明德 手機 0933-246-810", "\n")), Families: "phone.l"),
        // The country's name labels the number with a colon, no phone word (家人在越南：0861234567; set M): a valid mobile of the
        // country, grouped or not.
        new("sentence.country-colon", Cue.Nationality, (f, r) => (Pick(r, "家人在", "老家在", "太太住在") + f.Prefixes![0] + Pick(r, "：", ": ", "："),
            Pick(r, "。", "，請轉交。", "")), Families: "phone.national."),
        new("english.label", Cue.Label, (f, r) => ((f.HasPrefix ? "Her " + f.PrefixFor(r) + " " : "Her ") + f.English + Pick(r, " is ", ": ", " "), Pick(r, ", please check.", ".", ""))),
        // Set O: a record's vehicle field written as make, model and plate (車輛：HONDA FIT ABC-1235⏎), or the plate in
        // brackets after a scooter's make and model in a tow enquiry (請查白色的光陽 VJR 125（ABC-1235）有沒有被拖走).
        new("record.vehicle-model", Cue.Verb, (f, r) => r.Next(2) == 0
            ? ("當事人一：王小明\n　車輛：" + Pick(r, VehicleModels) + " ", "\n　電話：0912-468-135")
            : (Pick(r, "請查白色的", "她說自己那台") + Pick(r, VehicleModels) + "（", "）有沒有被拖走。"),
            Families: "plate."),
        // Round 18 (set Q): a CCTV or patrol log's line, a time, the colour, make and model, then the plate and the sentence
        // going on about the vehicle (14:05:12 鐵灰MAZDA CX-30 ABC-1235 往北駛離): the model is named, so the value after it is
        // its plate.
        new("log.make-model-clause", Cue.Verb, (f, r) => ($"{Pick(r, "路口影像紀錄：\n", "行車紀錄器摘錄\n", "")}{r.Next(10, 24)}:{r.Next(10, 60)}:{r.Next(10, 60)} "
            + Pick(r, "鐵灰", "酒紅", "白", "黑", "") + Pick(r, LogVehicleModels) + " ",
            " " + Pick(r, "往北駛離", "右轉進入巷內", "臨停後離開", "闖紅燈後右轉", "在路口迴轉") + Pick(r, "", "\n09:12:44 畫面無異狀")),
            Families: "plate."),
        // Round 18 (set N): a YAML record pasted into a prompt, the value an item of a list under a plural English key
        // (vehicles:⏎    - QT-517).
        new("yaml.key-list", Cue.Label, (f, r) => ($"person:\n  full_name: 王小明\n  {Pick(r, "vehicles", "plates", "cars", "scooters")}:\n    - ",
            Pick(r, "\n  mail: wang@example.com\nremark: 整理成表", "\n")), Families: "plate."),
        // Round 18 (set Q): a tow list's entry, the kind of vehicle in a bracket right after the plate (4. L35521（自小客）於復興北路口移置).
        new("list.vehicle-remark-after", Cue.After, (f, r) => (Pick(r, "拖吊清單：\n", "今日移置：\n", "") + $"{r.Next(2, 10)}. ",
            Pick(r, "（自小客）", "（普重機）", "（普輕機）", "（租賃小客車）", "（電動自小客）", "（普重型機車）") + Pick(r, "於復興北路口移置", "已通知車主領回", "")),
            Families: "plate."),
        // Set P: the vehicle described in a remark that names its make and closes before the plate (機車一部（藍色，Gogoro） 的值，…):
        // the make describes the vehicle, and the value after the remark is its plate, not the make's model.
        new("record.make-in-remark", Cue.Verb, (f, r) => (Pick(r, "失竊車輛：機車一部", "她報案說自己的機車", "重機停在巷口後失竊，車主描述：重機")
            + "（" + Pick(r, "白色", "灰色", "紅色") + "，" + Pick(r, "Gogoro", "SYM", "KYMCO", "YAMAHA", "光陽") + Pick(r, "） ", "）"),
            Pick(r, "，昨晚停在巷口後不見了。", "，今晨發現遭竊。")), Families: "plate."),
        // Set O: a precinct's phone list, a unit and a colon before a number without area code (・刑事組：234-5678).
        new("list.unit-directory", Cue.Label, (f, r) => (Pick(r, "分局聯絡表\n・", "分機以外的電話\n・行政組：0800-000-123\n・") + Pick(r, "刑事組", "督察組", "保安隊", "防治組", "婦幼隊") + "：",
            Pick(r, "\n・偵查隊：02-2345-6789", "")), Families: "phone.local"),
        // Set O: a tow log typed with full-width bars, the number alone under its phone column (時間｜地點｜通知電話).
        new("table.full-width-bar", Cue.Label, (f, r) => ($"時間｜地點｜{Label(f, r)}｜備註\n14:05｜中山路口｜", "｜已通知" + Pick(r, "\n15:10｜民權路｜無｜無", ""))),
        // Round 24 (sets O, P): a local number in its usual grouping with no phone word at all, read by its shape (鄰長留話，
        // 號碼 234-5678，…; 緊急聯絡：2345-6789; 聯絡窗口 - 234-5678).
        new("sentence.local-shape", Cue.None, (f, r) => (Pick(r, "鄰長留話，號碼 ", "被害人親友緊急聯絡：", "樓下店家說號碼是", "聯絡窗口 - ", "訪視紀錄：女兒／住家 "),
            Pick(r, "，說巷口有人吵架。", "\n處置：已協助通報。", "；生輔組長另洽。", "")), Families: "phone.local"),
        // Round 32 (categories of set U23): an item of a list of local numbers that a colon opens, the heading before the colon
        // naming them landlines (請把這些市話加上區碼：2345-6789、87654321、…): first, in the middle or last.
        new("list.phone-heading", Cue.Label, (f, r) => Pick(r, "", "2718-2233、", "2718-2233、86362244、") is var earlier
            ? (Pick(r, "請把這些市話加上區碼：", "以下電話都是台北的，補上02：", "這幾支市話請查用戶：") + earlier,
                (earlier.Length == 0 ? "、2035 7146" : Pick(r, "", "、2035 7146")) + Pick(r, "", "，謝謝。", "。"))
            : default, Families: "phone.local"),
        // Round 32 (categories of set U24): a form's field, its label and value apart by a full-width bar (住家電話｜2345-6789, 車牌號碼｜…).
        new("record.bar-label", Cue.Label, (f, r) => (Pick(r, "當事人：王小明\n", "Name：陳○華\n", "") + Label(f, r) + Pick(r, "｜", " ｜ "),
            Pick(r, "\n地址：臺北市中山區林森北路1號", "\n備註：已通知", ""))),
        // Round 16: the second number of a list, its area code shared with the phone before it (電話 (08)812-3456、712-3456).
        new("list.after-phone", Cue.Label, (f, r) => (Pick(r, "保管場：本館拖吊場　電話 (08)812-3456、", "學務處 (05)234-5678，", "分隊電話 02-2345-6789、"),
            Pick(r, "\n領車時請攜帶行照。", "；生輔組長另洽。", "")), Families: "phone.local"),
        // Round 16: a roster's or a duty log's home line (陳大文　宅 234-5678　手機…; 里長來電（宅 2345678）告知…).
        new("record.home-line", Cue.Label, (f, r) => Pick(r, 2) == 0 ? ("民防中隊通訊名冊\n陳大文　宅 ", "　手機 0912-345-678　隊員") : ("0948 里長來電（宅 ", "）告知明日活動需交管。"),
            Families: "phone.local"),
        // Round 16: a precinct's desk list written as a tab row, the unit's name ending in 組/隊/室/處 (保安民防組⇥2345678).
        new("table.desk-row", Cue.Label, (f, r) => ("分局聯絡表\n" + Pick(r, "保安民防組", "秘書室", "學務處", "後勤組") + "\t", "\n勤務區 A\t02-2345-6789"),
            Families: "phone.local"),
        // Set O: a reporter's relation in brackets after the name, the number right after it (報案人：王美華（兒子）2345678).
        new("record.relation-bracket", Cue.Label, (f, r) => ("報案人：" + Pick(r, "林美華", "陳志明") + Pick(r, "（女兒）", "（配偶）", "(兒子)", "（母親）"),
            Pick(r, "\n失蹤人手機：未攜帶", "")), Families: "phone.local"),
        // Round 24 (sets U7, U8): a 筆錄's question asking for the number, the answer opening with it, on the next line or the
        // same (問：家裡電話？⏎答：2345678，區碼跟這裡一樣。); the question names the number as a label right before it would.
        new("transcript.question-answer", Cue.Label, (f, r) => ("問：" + Pick(r, "你的", "家裡", "您的", "") + Label(f, r) + Pick(r, "？", "?", "是多少？")
            + Pick(r, "\n答：", "答：", "\n答:", "\n答： "), Pick(r, "，區碼跟這裡一樣。", "。", "，白天比較找得到。\n問：還有別的嗎？")), Families: "phone."),
        // Round 24 (sets U7, U8): the caller's home said right before a local number, glued or not (可以打我家2345678, 住家 2345 6789).
        // Round 25 (set U10): a call to a home, or whose home it is (報案人說打家裡 2345 6789 就好, 打回家, 他家, 她家裡的).
        new("sentence.home-before", Cue.Label, (f, r) => (Pick(r, "可以打我家", "住家", "打我家 ", "住家：", "晚上打我家裡", "報案人說打家裡 ", "打回家", "他家 ", "她家裡的", "打到家裡 "),
            Pick(r, "，請整理。", "。", " 找我媽")), Families: "phone.local."),
        // Round 24 (set U8): a row whose cell separators were lost in the paste, the value typed onto the next cell's value — a
        // plate, a mobile, a case number's ROC year (王小明A123456789ABC-1235, …0912345678, …111年度偵字第…號).
        new("record.glued-cells", Cue.Record, (f, r) => (Pick(r, "複製過來欄位都黏在一起了，請拆開：\n王小明", "名單：\n陳怡君", "戴麗華", "1. 林志明　"),
            Pick(r, "KXY-8357", "RBA-2261", "EA-0382", "0912345678", "0987654321", "111年度偵字第1234號", "98年度他字第56號") + Pick(r, "\n", "，請查。", "")),
            Families: "id."),
        // Round 25 (sets U9, U10): a pasted hit list or roster whose cell separators were lost, the phone glued between a plate
        // and a name before it and the next cell's date after it, the date in every way a record writes one (…林志明0912345678
        // 113.05.21, …黃淑芬886912345678112年3月8日, …Ana Cruz0912-345-678113/04/19, …+886 912 345 678 1130308).
        new("record.glued-date-cells", Cue.Record, (f, r) => (Pick(r, "從內部網頁貼的（格子都黏在一起）：\n", "幫我分欄：\n", "")
            + Pick(r, "KXY-8357", "MLK-203", "BWT-6632", "NPE-1057") + GluedName(f, r),
            GluedDate(r) + Pick(r, "\n幫我分欄 謝謝", "", "\nTRP-5526王建民0955-201-377" + GluedDate(r))), Families: "phone."),
        // Round 26 (sets U11, U12): a foreign mobile with no country word — filling its cell under a phone column of a
        // Markdown, CSV or tab-separated table of people; as the field after a person's ID or ARC and name in a roll typed
        // with spaces; after a phone word of the writer's language (Indonesian, Vietnamese, Thai, Tagalog, English); as the
        // value of a tel key in a JSON record; beside an e-mail address on a signature's contact line.
        new("table.phone-column", Cue.Label, PhoneColumnRow, Families: ForeignMobile),
        new("record.id-name-row", Cue.Record, (f, r) => (Pick(r, "整理成表格：\n", "Roster:\n", "") + Pick(r, "- ", "", "3. ") + RecordId(r) + " "
            + Pick(r, "Nguyen", "Tran Thi", "Siti Aminah", "Maria Santos", "Lê Quốc Bảo", "Somchai", "王", "阮氏", "陳○華") + Pick(r, " ", "  "),
            Pick(r, $"\n- {RecordId(r)} 林 0912 468 135", "", "\n")), Families: ForeignMobile),
        new("sentence.foreign-phone-phrase", Cue.Label, (f, r) => (Pick(r, ForeignPhonePhrases), Pick(r, " setiap sore.", " nhé.", " ครับ", " po.", ".", "")),
            Families: ForeignMobile),
        // (the address after the number names it: Cue.After keeps it when the value ends the prompt)
        new("line.signature-contact", Cue.After, (f, r) => (Pick(r, "Best,\n", "Thanks,\n", "敬祝 順利\n") + Pick(r, "Tran Thi Mai (interpreter)", "Nguyen Van Binh", "Siti Aminah｜仲介") + "\n",
            Pick(r, " / ", " · ", " | ", ", ") + Pick(r, "mai.tran88@example.com", "binh_nv@example.vn", "siti.aminah@example.co.id") + Pick(r, "", "\n\nOn Mon, 4 Nov wrote:")),
            Families: ForeignMobile),
        new("json.tel-key", Cue.Label, (f, r) => ($"{{\"uid\":\"{RecordId(r)}\",\"{Pick(r, "tel", "mobile", "phone", "Phone", "TEL")}\":\"",
            $"\",\"name\":\"{Pick(r, "NGUYEN VAN AN", "Siti Rahayu")}\"}}"), Families: ForeignMobile),
        // Round 28 (sets U15, U16): a foreign number without its plus as a message gateway's log writes its recipient (a
        // msisdn, to or dest key), and after an English or Chinese sentence that says the plus was left out.
        new("log.msisdn-key", Cue.Label, (f, r) => ($"2025-{r.Next(1, 13):00}-{r.Next(10, 29)} 0{r.Next(10)}:{r.Next(10, 60)}:{r.Next(10, 60)} {Pick(r, "WARN", "ERROR", "INFO")} [{Pick(r, "Notify", "OtpSender", "SmsRelay")}] "
            + Pick(r, "push failed ", "otp queued ", "") + Pick(r, "msisdn=", "MSISDN: ", "dest_msisdn=", "sms_to="), Pick(r, $" code={r.Next(400, 600)}", " status=QUEUED", "")), Families: CodeWithoutPlusFamily),
        new("sentence.number-without-plus", Cue.Label, (f, r) => (Pick(r, "His number without the plus is ", "Number without a plus: ", "對方號碼（沒寫加號）：", "他留的號碼 "),
            Pick(r, ".", "，請查是哪一國。", " — please check the country.", "")), Families: CodeWithoutPlusFamily),
        // Round 26 (set U11): an address ending its list item with a full stop, the next item's number or dash after it (…：
        // name@example.com。 2. 對方…, …com.tw。- 另一人…), or the next sentence's ROC year (…com.vn。113年…).
        new("list.full-stop-next-item", Cue.Label, (f, r) => (Pick(r, "1. ", "- ", "（一）") + Label(f, r) + Pick(r, "：", ": ", " "),
            Pick(r, "。 2. 對方表示不認識。", "。2. 無", "。- 另一人未留資料。", "。 - 車主稱已報失。", "。 3) 待查", $"。{r.Next(110, 115)}年{r.Next(1, 13)}月再聯絡")),
            Families: "email."),
        // Round 25 (set U9): a foreign number named by the counter of phones after its country, no phone word (香港那支 9xxx-xxxx
        // 跟澳門那支 6xxxxxxx 都是同一個人用的).
        new("sentence.country-counter", Cue.Label, (f, r) => (Pick(r, "", "[小隊長] ", "他說") + f.PrefixFor(r) + Pick(r, "那支", "這支", "那隻") + Pick(r, " ", ""),
            Pick(r, " 都是同一個人用的", " 是他的", "，請查")), Families: "phone.national."),
        // Round 18 (set Q): a row whose separators were lost, a Latin name glued to the value on one side and another value on
        // the other (Q193009926Lê Quốc Bảo0912345678), or names on both sides (0912345678Siti AminahQ193009926Maria Santos).
        new("record.glued-name", Cue.Record, (f, r) => (Pick(r, "名單：\n", "移工名冊 ", ""), Pick(r, LatinNames) + Pick(r, "0912345678", "0987-654-321") + Pick(r, "\n", "，請查。", "")),
            Families: "id."),
        new("record.glued-name.between", Cue.Record, (f, r) => (Pick(r, "名單：\n", "移工名冊 ", "") + Pick(r, "", "0912345678", "0987-654-321") + Pick(r, LatinNames),
            Pick(r, LatinNames) + Pick(r, "\n", "，請查。", "")), Families: "id."),
        new("record.glued-name.mobile", Cue.Record, (f, r) => (Pick(r, "名單：\n", "移工名冊 ", "") + RecordId(r) + Pick(r, LatinNames), Pick(r, "\n", "，請查。", "")),
            Families: "phone.mobile"),
        // Round 18 (set Q): an exported sheet's English header naming which line a column holds, beside its mobile column.
        new("table.english-line-header", Cue.Label, (f, r) => ($"name\tid_no\tmobile\t{Pick(r, "home", "office", "landline", "contact")}\temail\n王小明\t{RecordId(r)}\t0912345678\t",
            Pick(r, "\twang@example.com", "\t", "\twang@example.com\n李小華\tA123456789\t0987654321\t\t")), Families: "phone.l"),
        // Round 18 (set Q): the country, whose person it is and 號碼 glued before a number written whole or grouped (印尼親友號碼08…).
        new("sentence.country-relation-number", Cue.Label, (f, r) => (f.Prefixes![0] + Pick(r, "親友", "朋友的", "太太", "雇主") + "號碼" + Pick(r, "", "：", " "),
            Pick(r, "，工頭手機0912-468-135。", "。", "")), Families: "phone.national."),
        // Round 18 (set Q): an English contact line (Contact: +852 … / name@example.com).
        // Round 13: where the person is, then a +CC/00CC number of that country, no phone word (報案人說他朋友在香港 00852 …).
        new("sentence.country-where", Cue.Nationality, (f, r) => (Pick(r, "報案人說他朋友在", "他的家人住在", "對方人在", "06:21 阿傑：嫌犯目前在") + CountryOf(f) + Pick(r, " ", "，", ""),
            Pick(r, "\n格式不要跑掉", "。", "，請查。", "")), Families: "phone.intl."),
        // Round 22 (sets U1–U4): a plate in a quoted row of a SQL insert or a Python list beside the person's ID or mobile, no
        // plate word (('王小明', 'A1…', '0912-…', 'KB-300'),): quotes around the fields do not hide the record.
        new("record.quoted-row", Cue.Record, (f, r) => Pick(r, 2) == 0
            ? ($"INSERT INTO persons (name, idno, plate, tel) VALUES\n  ('{Pick(r, "王小明", "陳怡君")}', '{RecordId(r)}', '", $"', '{Pick(r, "0921-238-782", "093 246 8135", "0987654321")}'),\n  ('李小華', '無', '無', '無');")
            : ($"rows = [\n    [\"{Pick(r, "王小明", "陳怡君")}\", \"{Pick(r, "0921-238-782", "0987654321")}\", \"", $"\", \"{RecordId(r)}\"],\n]"),
            Families: "plate."),
        // Round 22: a key naming a plate in camel or snake case, or a query's condition on it ("motoPlate": "…", carPlate=…,
        // WHERE plate_no = '…').
        new("json.plate-key", Cue.Label, (f, r) => Pick(r, 4) switch
        {
            0 => ($"{{\"name\": \"王小明\", \"idNo\": \"{RecordId(r)}\", \"{Pick(r, "motoPlate", "carPlate", "vehiclePlate", "scooterPlate")}\": \"", "\", \"homeTel\": \"08-766-2915\"}"),
            1 => ($"SELECT * FROM tickets WHERE {Pick(r, "plate_no", "PlateNo", "car_plate")} = '", Pick(r, "' OR plate_no = 'QK-658';", "';")),
            2 => ($"UPDATE cars SET status = 2 WHERE {Pick(r, "plateNumber", "moto_plate")}='", "';"),
            _ => ($"<{Pick(r, "CarPlate", "VehiclePlate")}>", $"</{Pick(r, "CarPlate", "VehiclePlate")}>"),
        }, Families: "plate."),
        // Round 22: a vehicle seized or found, counted by its measure word, its owner named after it (另查獲機車KT-582一輛，車主…):
        // the owner says the count numbers a plated vehicle, not a model.
        new("sentence.counted-owner", Cue.Verb, (f, r) => (Pick(r, "另查獲機車", "現場扣得機車", "尋獲失竊自小客車", "另尋獲重機"),
            Pick(r, "一輛", "一台", "一部") + Pick(r, $"，車主王小明（{RecordId(r)}），未到場。", "，車主為陳怡君。", "，經查車主林志明不知情")), Families: "plate."),
        // Round 22: a caller's vehicle and 是 before its plate (然後他的車是 …, 我的機車是 …).
        new("sentence.vehicle-is", Cue.Label, (f, r) => (Pick(r, "然後他的車是 ", "對方的車是", "我的機車是 ", "那台車是 "), Pick(r, " 它違停在紅線上面", " 兩台都是黑色的", "。", "")),
            Families: "plate."),
        // Round 22: a stop or a seizure written right before the plate in a duty chat (剛剛攔到…，無照; 攔下…; 攔查…).
        new("line.stopped", Cue.Verb, (f, r) => ("[03:54] " + Pick(r, "阿明", "所長", "小隊長") + "：" + Pick(r, "剛剛攔到", "攔下", "攔查", "路檢攔到"), Pick(r, "，無照", "，酒駕", "，駕駛已帶回")),
            Families: "plate."),
        // Round 22: a list of plates after the count of vehicles it names (共3輛：…；…；…).
        new("list.vehicle-count", Cue.Label, (f, r) => Pick(r, 2) == 0
            ? (Pick(r, "共2輛：", "共3輛：", "計2台：", "違規車輛共3部："), Pick(r, "；CKA-5817", "；MK-518；RAB-1235", "、RAB-1235"))
            : (Pick(r, "共2輛：", "共3輛：", "計3台：") + Pick(r, "RAB-1235；", "MK-518；CKA-5817；", "RAB-1235、"), Pick(r, "", "\n無線電：無")), Families: "plate."),
        // Round 23 (sets U1–U6): a row typed with spaces between its fields, the person's ID before the value and the next
        // value right after it (王小明 A1… KAB-237 0912… 台北市…): the plate's digits end at the space, the ID names the row.
        new("record.spaced-next-value", Cue.Record, (f, r) => ($"{Pick(r, "", "名單：\n", "以下兩筆幫我轉英文\n")}{Pick(r, "王小明", "陳怡君", "林志明")}{Pick(r, " ", "　")}{RecordId(r)} ",
            " " + Pick(r, "0912345678", "0987-654-321", "0921 238 782", "02-2345-6789", "3925-KL", "ＲＡＢ－１２３５") + Pick(r, " 臺北市中山區民生東路二段", "", "\n李小華 無 無")), Families: "plate."),
        // Round 23: a table whose column for the value is headed by the vehicle it is on (重機, 微電車, 肇事機車, vehicle), not by a plate word.
        new("table.vehicle-column", Cue.Label, (f, r) => VehicleColumnRow(r), Families: "plate."),
        // Round 23: a list of vehicles, each with its owner in a remark (* …（王小明，0912-345-678）): the owner's mobile or ID names the row.
        new("list.owner-remark", Cue.Record, (f, r) => ($"{Pick(r, "以下資料請整理：\n", "")}{Pick(r, "* ", "- ", "1. ")}",
            $"（{Pick(r, "王小明", "陳怡君")}，{Pick(r, "0912-345-678", "0987654321", RecordId(r))}）" + Pick(r, "\n* 無", "")), Families: "plate."),
        // Round 23: a value listed right after a 2012 plate (車號RAB-1235與…, 使用車輛RAB-1235、…): the list is of plates.
        new("list.after-plate", Cue.Label, (f, r) => (Pick(r, "提到車號", "車手使用車輛", "現場有", "監視器拍到") + Pick(r, "RAB-1235", "KDG-8351") + Pick(r, "與", "、", "和", " 與 "),
            Pick(r, "，聯絡人王小明。", "事故。", "。請畫關係圖。", "")), Families: "plate."),
        // Round 23: a registry lookup's remark after the value (查詢結果：…（112/02/19過戶）, …（租賃，…）, …（車主王小明，…）).
        new("sentence.registration-remark", Cue.After, (f, r) => (Pick(r, "查詢結果：", "車籍查詢 ", "擬稿：查於中山路口，"),
            Pick(r, $"（{r.Next(105, 114)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}過戶）", "（租賃，112年度偵字第1234號）", $"（車主王小明，{RecordId(r)}）", "（已報廢）") + Pick(r, "、無", "，聯絡人林志明。", "")),
            Families: "plate."),
        // Round 23: a parking lot's log (…15:49 … 進場、… 出場) and a reply about a reported vehicle (您檢舉的…已開單).
        new("line.parking-log", Cue.After, (f, r) => Pick(r, 2) == 0
            ? ($"停車場紀錄：{r.Next(10, 24)}:{r.Next(10, 60)} RAB-1235 進場、{r.Next(1, 12)}時{r.Next(1, 60)}分 ", " " + Pick(r, "進場", "出場", "駛離") + Pick(r, "，管理員王小明", "。", ""))
            : (Pick(r, "LINE回覆草稿：王先生您好，您檢舉的", "您檢舉的", "民眾檢舉之"), Pick(r, "已開單，若有疑問請洽承辦人。", "已開單。", "已舉發")), Families: "plate."),
        // Round 24 (sets U7, U8): a pasted list of vehicles, each followed by a status only a plated vehicle has (…逾期未檢驗,
        // …（疑似變造）, … 疑似贓車), after a time, alone on its line or in a cell, with no plate word anywhere.
        new("line.vehicle-status-after", Cue.After, (f, r) => (Pick(r, "", "以下為車輛清單：\n", "名單整理：\n", $"{r.Next(10, 24)}:{r.Next(10, 60)} ", "監理資料 | "),
            Pick(r, " 逾期未檢驗", "\t逾期未檢驗", "（疑似變造）", "（車牌疑似偽造）", " 逾檢", "疑似贓車，請注意", " 未檢驗 |", "(疑遭變造)", "（逾期未檢驗）", "（疑似贓車）") + Pick(r, "\nRAB-1235 出場", "", "。")),
            Families: "plate."),
        // Round 25 (sets U9, U10): a plate-recognition camera's hit list under a heading that names the system, each line a
        // plate, when it was seen and by which camera (…⏎{plate} 2025/03/02 22:42:30 LPR#5144 命中).
        new("line.plate-hit-list", Cue.Label, (f, r) => (Pick(r, "贓車查核，車辨比中：", "車牌辨識命中紀錄：", "贓車查核名單") + "\n"
                + Pick(r, "", "RAB-1235 2025/01/05 08:12:44 LPR#2210 命中\n"),
            $" {2024 + r.Next(2)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} {r.Next(0, 24):00}:{r.Next(0, 60):00}:{r.Next(0, 60):00} {Pick(r, "LPR#", "cam", "CH")}{r.Next(1, 9999)} "
                + Pick(r, "命中", "比中", "HIT") + Pick(r, "\nKDG-8351 2025/02/11 19:03:27 LPR#0311 命中", "")), Families: "plate."),
        // Round 25 (set U10): a vehicle whose plate the text asks about rather than denies (…真的未掛牌？, …是不是無牌?): the
        // question doubts the plate it has just written.
        new("sentence.denial-question", Cue.Label, (f, r) => (Pick(r, "這台微電車", "該機車", "路邊那台重機", "巡邏時看到電動車 "),
            Pick(r, "真的未掛牌？", "是不是無牌?", "沒有車牌嗎？麻煩核對", "未懸掛車牌嗎", "還是沒有車牌呢") + Pick(r, "", "，請確認。")), Families: "plate."),
        // Round 25 (sets U9, U10): a list typed one person a line as name, colon, mobile, comma, plate (- 王小明：0912-345-678，…):
        // the colon labels the mobile, which names the row as a person's.
        new("list.name-colon-mobile", Cue.Record, (f, r) => (Pick(r, "名冊整理：\n", "") + Pick(r, "- ", "* ", "") + Pick(r, "王小明", "陳怡君", "Siti Aminah")
                + Pick(r, "：", ":", "： ") + Pick(r, "0912-345-678", "0987 654 321", "0921\u2010238\u2010782", "0933.246.813") + Pick(r, "，", ",", "；"),
            Pick(r, "\n- 李小華：0987-654-321，RAB-1235", "\n", "\n謝謝")), Families: "plate."),
        // Round 25 (set U10): a web table pasted with its cell separators lost, each row the plate, then the owner's name glued
        // on (Han or Latin), a mobile in national or +886 form and a date (…王小明0912345678113/01/02).
        new("record.glued-row", Cue.After, (f, r) => (Pick(r, "從系統貼的，欄位都擠在一起了：\n", "名單：\n", "\n"),
            Pick(r, "王小明", "陳怡君", "林志明", "Maria Santos", "Lê Quốc Bảo") + Pick(r, "0912345678", "0987 654 321", "+886 921 238 782", "886933246813", "0921-238-782")
                + Pick(r, $"{r.Next(105, 115)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}", $"{r.Next(105, 115)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}", "")
                + Pick(r, "\nRAB-1235陳小華0987654321", "")), Families: "plate."),
        // Round 26 (sets U11, U12): a vehicle named by its English noun right before the value, the sentence going on after
        // it (Cab … took the passenger…, The taxi …, A white van …), and by a vehicle or plate word of Tagalog, Indonesian, Vietnamese or
        // Japanese (sasakyang may plakang …, mobil …, xe …, 車のナンバー：…).
        new("english.vehicle-noun", Cue.Verb, (f, r) => (Pick(r, "", "Per the caller, ", "Translated for the file: ")
                + Pick(r, "Cab ", "The taxi ", "A white van ", "His scooter ", "Then the truck ", "Her car ", "A motorbike ", "The pickup "),
            Pick(r, " took the passenger to the airport.", " left before officers arrived.", " was towed at 9 pm.", " hit the barrier and drove off.", "")),
            Families: "plate."),
        new("foreign.vehicle-word", Cue.Label, (f, r) => (Pick(r, "Ang sasakyang may plakang ", "Nakita ko ang kotse ", "Saya lihat mobil ",
                "Plat nomor motornya ", "Tôi thấy xe ", "Xe máy ", "目撃した車のナンバー：", "タクシーのナンバー："),
            Pick(r, " ay nakaparada sa labas.", " langsung kabur.", " đã bỏ chạy.", "。色は白でした。", "")), Families: "plate."),
        // Round 26 (sets U11, U12): a dense accident record pairing the two vehicles by vs, the value after it, the other side
        // a plate written with a hyphen, a dot or a space ([肇事] RAB-1235 vs …，兩造：…; Collision: RT.6357 vs. …). The engine
        // reads the value before vs too; a frame cannot keep that side where a placement drops the text after the value.
        new("record.collision-pair", Cue.Record, (f, r) => (Pick(r, "事故摘要\n[肇事] ", "【事故】", "Collision: ", "擦撞紀錄 ")
                + Pick(r, "RAB-1235", "MK 518", "RT.6357", "5827-KT", "KDW 5827") + Pick(r, " vs ", " VS ", " vs. "),
            Pick(r, "，兩造：A123456789(0912-345-678)", " 均無人受傷", " near the junction.", "")), Families: "plate."),
        // Round 27 (sets U13, U14): a plate named by a Korean plate or vehicle word (택시 번호판은 …였어요, 차량 번호 …, 오토바이 …)
        // with a particle glued after it, or by the Indonesian for a motorcycle's or car's plate (Nomor plat motor …), as a
        // 外事 officer's translation request quotes the statement.
        new("foreign.plate-word", Cue.Label, (f, r) => (Pick(r, "", "請翻成中文：\n", "外事科詢問紀錄：")
                + Pick(r, "택시 번호판은 ", "차량 번호 ", "차량 번호: ", "오토바이 번호판이 ", "자동차 번호판은 ", "Nomor plat motor ", "Nomor plat mobil ", "plat motor "),
            Pick(r, "였어요.", "입니다.", "이에요. 도망갔어요.", " langsung kabur.", "，請幫我摘要。", "")), Families: "plate."),
        // Round 27 (sets U13, U14): a card named by the card word of a foreign resident's language (クレジットカード, カード番号,
        // 신용카드, 카드 번호, số thẻ tín dụng, kartu kredit, บัตรเครดิต) or by a request to the bank to stop it (請銀行止付…, 已掛失).
        new("foreign.card-word", Cue.Label, (f, r) => (Pick(r, "", "請翻成中文：\n", "LINE：")
                + Pick(r, "クレジットカード ", "カード番号", "신용카드 ", "카드 번호 ", "số thẻ tín dụng ", "Nomor kartu kredit ", "บัตรเครดิต ", "請銀行止付", "已掛失 "),
            Pick(r, "が不正利用されました。", " 도난당했어요.", "；又", " hilang.", " ถูกขโมย", "", "，謝謝")), Families: "card."),
        // Round 28 (sets U15, U16): a label of something else earlier in the clause — a parking space, a version, a project or
        // list item — and nearer the value a verb of parking or driving with another vehicle's plate, or a person's ID: the
        // label named the place or the text, not the value (停車位旁違規停放RKT-5203與…, 修正版本：A123456789／…).
        new("sentence.negative-then-vehicle", Cue.Verb, (f, r) => (Pick(r, "充電車位前", "無障礙車位上", "卸貨車位旁", "停車位那邊", "新版本的照片裡", "專案清單上")
                + Pick(r, "違規停放", "違停", "停著", "有人駕駛", "騎著") + Pick(r, "RKT-5203", "KWM-7031", "5827-KT", "ND-3018") + Pick(r, "與", "和", "旁邊還有", "以及", "後面是"),
            Pick(r, "。", "，已拍照存證。", " 兩台都沒人。", "")), Families: "plate."),
        new("sentence.negative-then-identifier", Cue.Record, (f, r) => (Pick(r, "修正版本：", "英文版本 ", "專案編號欄誤填：", "項目：", "訂正後的版本 ")
                + RecordId(r) + Pick(r, "／", "/", "、", " "),
            Pick(r, "", "。", "（請再核對）")), Families: "plate."),
        // Round 28 (sets U15, U16): a party's record in a sentence, name, ID and the value apart by commas, ended by a full stop
        // (當事人甲：王小明，A123456789，…。).
        new("record.full-stop", Cue.Record, (f, r) => (Pick(r, "當事人甲：", "關係人：", "乘客：", "第二車駕駛人：", "") + Pick(r, "王小明", "陳怡君", "林志豪") + "，" + RecordId(r) + "，",
            "。" + Pick(r, "", "雙方均無受傷。", "\n請整理成表格。")), Families: "plate."),
        new("english.contact", Cue.Label, (f, r) => (Pick(r, "Card holder disputes a payment. Contact: ", "Contact ", "contact: "), Pick(r, " / wang@example.com.", ".", "")),
            Families: "phone."),
        // Round 34 (categories of sets U25, U26): a numbered list of people whose items open with the value (1. HB-2081／王○明／
        // A123456789／0912…), and a fixed-width roll whose last column's header names plates, the value's row far below it.
        new("table.numbered-record", Cue.Record, (f, r) => PlateRolls.NumberedRecord(r), Families: "plate."),
        new("table.fixed-width-roll", Cue.Label, PlateRolls.FixedWidthRoll, Families: "plate."),
        // Round 35 (categories of sets U27, U28): a group chat passing a person's details one message at a time, the plate alone in
        // its message after a short lead (對方留的：…), the person's mobile or ID in another message, no plate word anywhere.
        new("line.identifier-chat", Cue.Record, (f, r) => ChatRolls.AroundPlate(r), Families: "plate."),
    }.Concat(VehicleRecordContexts()).ToArray();

    // Round 24 (set U8): a vehicle's record exported or pasted in each layout of VehicleRecords that names the plate's own
    // field (a heading names only the first column), the plate under a plate field beside a model field holding a model
    // code, an ID and a VIN: the model's field takes no plate with it.
    private static IEnumerable<CaseContext> VehicleRecordContexts()
    {
        foreach (var layout in VehicleRecords.Layouts)
        {
            if (layout == "heading") continue;
            yield return new CaseContext("table.vehicle-record." + layout, Cue.Label,
                (f, r) => VehicleRecords.AroundPlate(layout, Pick(r, VehicleRecords.PlateKeys), r, RecordId(r)), Families: "plate.");
        }
    }

    /// <summary>
    /// Each generated country's language: words before a number that call it a phone or say "call", and what follows it,
    /// by the code that ends a family's name; the country itself is never named.
    /// </summary>
    private static readonly Dictionary<string, (string[] Before, string[] After)> Languages = new()
    {
        ["vn"] = (new[] { "Chị ơi, hãy gọi chị Lan ở số ", "Bạn tôi dùng số ", "Zalo của tôi: " }, new[] { " vào buổi tối.", ". Cảm ơn chị.", "" }),
        ["id"] = (new[] { "Tolong telepon kakak lewat ", "WhatsApp adik: ", "Silakan hubungi pak RT lewat nomor " }, new[] { " sore ini.", " ya.", "" }),
        ["ph"] = (new[] { "Puwede mo bang tawagan si kuya sa ", "Cellphone ni tita: ", "WhatsApp ni kuya: " }, new[] { " bukas.", " lang.", "" }),
        ["th"] = (new[] { "ติดต่อพี่ชายได้ที่เบอร์ ", "โทรหาน้องที่ ", "มือถือของเขา " }, new[] { " ตอนเย็น", " นะ", "" }),
        ["my"] = (new[] { "Sila telefon abang di ", "WhatsApp saya ", "nombor telefon: " }, new[] { ". Terima kasih.", "" }),
        ["jp"] = (new[] { "落とし物の件は携帯", "連絡先：", "電話番号は" }, new[] { "にお願いします。", "です。", "" }),
        ["kr"] = (new[] { "엄마 전화 ", "휴대폰 번호: ", "연락처 ", "핸드폰 ", "핸드폰：" }, new[] { " 로 연락 주세요.", "입니다.", "" }),
    };

    /// <summary>Round 28: the family of foreign numbers written with their country code but no plus.</summary>
    private const string CodeWithoutPlusFamily = "phone.foreign-mobile.code-without-plus";

    /// <summary>Round 26: the families of foreign mobiles with no country word.</summary>
    private const string ForeignMobile = "phone.foreign-mobile.";

    /// <summary>Round 26: phone words of the writer's language right before a foreign mobile, no country named.</summary>
    private static readonly string[] ForeignPhonePhrases =
    {
        "Pak Budi dapat dihubungi di ", "Untuk urusan visa, hubungi saya di ", "Nomor HP majikan: ", "WA saya ",
        "Em có thể liên lạc với anh ấy qua ", "Liên hệ chị Hoa: ", "ติดต่อแม่ได้ที่ ", "Ang cp number ko ay ",
        "The phone records list two calls to ", "Relatives (home country): ", "She dialled ", "Tel: ",
    };

    // A table of people (姓名, 證號, a phone column, 備註) as Markdown, CSV or tab-separated, the value in the phone column.
    private static (string Before, string After) PhoneColumnRow(ValueFamily family, Random r)
    {
        var (open, d, close, rule) = Pick(r, "tab", "comma", "markdown") switch
        {
            "tab" => ("", "\t", "", ""),
            "comma" => ("", ",", "", ""),
            _ => ("| ", " | ", " |", "|---|---|---|---|\n"),
        };
        var header = Pick(r, "電話", "聯絡電話", "手機", "tel", "Mobile", "Phone");
        return ($"{open}姓名{d}證號{d}{header}{d}備註{close}\n{rule}{open}{Pick(r, "陳○○", "Nguyen Van An", "SITI RAHAYU")}{d}{RecordId(r)}{d}",
            $"{d}{Pick(r, "證人", "-", "已通知")}{close}" + Pick(r, "", $"\n{open}王小明{d}{RecordId(r)}{d}0912-468-135{d}-{close}"));
    }

    private static (string Before, string After) ForeignLanguageSentence(ValueFamily family, Random r)
    {
        var code = family.Name[(family.Name.LastIndexOf('.') + 1)..];
        var (before, after) = Languages.TryGetValue(code, out var language) ? language : (new[] { "WhatsApp " }, new[] { "" });
        return (Pick(r, before), Pick(r, after));
    }

    /// <summary>"a Philippine national": the English adjective of each generated country, by its first word.</summary>
    private static readonly Dictionary<string, string> EnglishNationalities = new()
    {
        ["日本"] = "a Japanese", ["香港"] = "a Hong Kong", ["澳門"] = "a Macanese", ["美國"] = "an American", ["加拿大"] = "a Canadian", ["大陸"] = "a PRC",
        ["越南"] = "a Vietnamese", ["菲律賓"] = "a Philippine", ["印尼"] = "an Indonesian", ["泰國"] = "a Thai",
        ["馬來西亞"] = "a Malaysian", ["韓國"] = "a Korean", ["新加坡"] = "a Singaporean",
    };

    /// <summary>The English name of each generated country, by the code that ends its family name (phone.intl.mo).</summary>
    private static readonly Dictionary<string, string> EnglishCountries = new()
    {
        ["jp"] = "Japan", ["hk"] = "Hong Kong", ["mo"] = "Macau", ["us"] = "US", ["ca"] = "Canada", ["cn"] = "mainland China", ["vn"] = "Vietnam",
        ["ph"] = "Philippines", ["id"] = "Indonesia", ["th"] = "Thailand", ["my"] = "Malaysia", ["kr"] = "Korea", ["sg"] = "Singapore",
    };

    /// <summary>Big cities that stand for their country, by the code that ends a family's name.</summary>
    private static readonly Dictionary<string, string[]> Cities = new()
    {
        ["jp"] = new[] { "大阪", "東京", "福岡" }, ["kr"] = new[] { "首爾", "釜山" }, ["vn"] = new[] { "胡志明市", "峴港" },
        ["ph"] = new[] { "馬尼拉", "宿霧" }, ["id"] = new[] { "雅加達" }, ["th"] = new[] { "曼谷", "清邁" },
        ["my"] = new[] { "吉隆坡", "檳城" }, ["us"] = new[] { "紐約", "洛杉磯" },
    };

    // The country a +CC/00CC family dials, by its own name (phone.intl.hk: 香港).
    private static string CountryOf(ValueFamily family) => ForeignCountries.All.First(c => family.Name == "phone.intl." + c.Code).Words[0];

    private static string City(ValueFamily family, Random r) =>
        Cities.TryGetValue(family.Name[(family.Name.LastIndexOf('.') + 1)..], out var cities) ? Pick(r, cities) : family.Prefixes![0];

    // 姓名⇥國籍⇥居留證號⇥手機, then a row whose 國籍 cell is the family's code: tab, comma, semicolon or Markdown.
    private static (string Before, string After) CountryCodeRow(ValueFamily family, Random r)
    {
        var code = family.Name[(family.Name.LastIndexOf('.') + 1)..].ToUpperInvariant();
        var (open, d, close, rule) = Pick(r, "tab", "comma", "semicolon", "markdown") switch
        {
            "tab" => ("", "\t", "", ""),
            "comma" => ("", ",", "", ""),
            "semicolon" => ("", ";", "", ""),
            _ => ("| ", " | ", " |", "|---|---|---|---|---|\n"),
        };
        var name = Pick(r, "NGUYEN VAN AN", "MARIA SANTOS", "SITI RAHAYU", "SOMSAK DEE");
        return ($"{open}姓名{d}國籍{d}居留證號{d}{Pick(r, family.Labels)}{d}備註{close}\n{rule}{open}{name}{d}{code}{d}{RecordId(r)}{d}",
            $"{d}{Pick(r, "已通知", "空號?", "待查")}{close}" + Pick(r, "", $"\n{open}王小明{d}TW{d}無{d}無{d}無{close}"));
    }

    private static string EnglishCountry(ValueFamily family) => EnglishCountries[family.Name[(family.Name.LastIndexOf('.') + 1)..]];

    private static string EnglishNationality(ValueFamily family) => EnglishNationalities[family.Prefixes![0]];

    private static readonly string[] Nationalities = { "日籍", "越南籍", "印尼籍", "菲律賓籍", "泰國籍", "美籍", "韓籍", "本國籍" };

    // A foreign national number's own country (日籍男子，手機 090-…); any nationality for other values.
    private static string Nationality(ValueFamily family, Random r) =>
        family.HasPrefix ? family.Prefixes![0] + "籍" : Pick(r, Nationalities);

    // The English label glued to the value where people glue one (ID, ARC, TEL…), else the English label and a space.
    private static string Glued(ValueFamily family, Random r) => family.Type switch
    {
        EntityTypes.NationalId => Pick(r, "ID", "id"),
        EntityTypes.ResidentCertificate => Pick(r, "ARC", "ID"),
        EntityTypes.PhoneNumber when family.NeedsContext && !family.HasPrefix => Pick(r, "TEL", "Tel"), // a local number's label
        EntityTypes.PhoneNumber => Pick(r, "TEL", "Tel", "Mobile", "Phone"),
        _ => family.English + " ",
    };

    /// <summary>Headers of a column of vehicles: the vehicle it is on, not a plate word (round 23).</summary>
    private static readonly string[] VehicleColumnHeaders = { "重機", "微電車", "機車", "車輛", "肇事機車", "自小客", "vehicle", "scooter" };

    // 姓名, 身分證, a vehicle column, 電話, as a Markdown, CSV or tab-separated table, the value in the vehicle column.
    private static (string Before, string After) VehicleColumnRow(Random r)
    {
        var (open, d, close, rule) = Pick(r, "tab", "comma", "markdown") switch
        {
            "tab" => ("", "\t", "", ""),
            "comma" => ("", ",", "", ""),
            _ => ("| ", " | ", " |", "|---|---|---|---|---|\n"),
        };
        // (half the tables also keep a 車號 column, empty here: the vehicle column is no other column of a plate table)
        bool plateColumn = r.Next(2) == 0;
        string plateHeader = plateColumn ? $"車號{d}" : "", plateCell = plateColumn ? $"無{d}" : "";
        return ($"{open}姓名{d}身分證{d}{plateHeader}{Pick(r, VehicleColumnHeaders)}{d}電話{close}\n{rule}{open}{Pick(r, "王小明", "陳怡君")}{d}{RecordId(r)}{d}{plateCell}",
            $"{d}{Pick(r, "0912-345-678", "(02)2345-6789")}{close}" + Pick(r, "", $"\n{open}李小華{d}無{d}無{d}無{close}"));
    }

    // A checksum-valid ID or ARC of the record's person (synthetic, see SyntheticIds).
    internal static string RecordId(Random r) => r.Next(2) == 0
        ? SyntheticIds.Numeric("ABFQW"[r.Next(5)], 1 + r.Next(2), ValueFamilies.Digits(r, 7))
        : SyntheticIds.Numeric("ACGN"[r.Next(4)], 8 + r.Next(2), ValueFamilies.Digits(r, 7));

    // Identifiers that share a record row with the planted value (synthetic, checksum-valid or in a reserved range).
    private static string Neighbour(Random r) => Pick(r, "A123456789", "F231234568", "0912-345-678", "(02)2345-6789", "RAB-1235", "113/05/02", "新北市");

    // A foreign national number is named with its country: 日本手機, 香港電話.
    private static string Label(ValueFamily family, Random r) => family.PrefixFor(r) + Pick(r, family.Labels);

    // An English label is never glued to the value ("Emailwang@…" is not how anyone writes).
    private static string Join(string label, Random r)
    {
        var join = Pick(r, LabelJoins);
        return label + (join.Length == 0 && label[^1] < 128 ? " " : join);
    }

    // An English prefix keeps its space (HK number 9123 4567): only a CJK one is glued to the value.
    private static string Prefix(ValueFamily family, Random r) => family.HasPrefix && family.PrefixFor(r) is var prefix
        ? prefix + (prefix[^1] < 128 ? " " : Pick(r, " ", ""))
        : "";

    /// <summary>Names glued to the value in a row: Han names, and Latin ones before a mobile (the only value a Latin name is read off).</summary>
    private static string GluedName(ValueFamily f, Random r) => f.Name == "phone.mobile" && r.Next(3) == 0
        ? Pick(r, "Ana Cruz", "Nguyen Van Binh", "Putri Ayu", "Jose Dela Pena")
        : Pick(r, "林志明", "黃淑芬", "王建民", "李怡君", "蔡宗翰");

    /// <summary>A date cell as records write it: ROC y.m.d, y/m/d (padded or not), y-m-d, 年月日, yyyMMdd, or a Gregorian y/m/d.</summary>
    private static string GluedDate(Random r)
    {
        int year = 105 + r.Next(10), month = 1 + r.Next(12), day = 1 + r.Next(28);
        return r.Next(8) switch
        {
            0 => $"{year}.{month:00}.{day:00}",
            1 => $"{year}/{month:00}/{day:00}",
            2 => $"{year}/{month}/{day}",
            3 => $"{year}-{month:00}-{day:00}",
            4 => $"{year}年{month}月{day}日",
            5 => $"{year}{month:00}{day:00}",
            6 => $"{year + 1911}/{month:00}/{day:00}",
            _ => $"{year + 1911}-{month:00}-{day:00}",
        };
    }

    public static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];

    private static int Pick(Random r, int count) => r.Next(count);
}
