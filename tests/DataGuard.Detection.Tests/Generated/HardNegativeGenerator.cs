using DataGuard.Detection.Recognizers;
using static DataGuard.Detection.Tests.Generated.ValueFamilies;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>A generated text that holds no personal data, only a look-alike.</summary>
internal sealed record GeneratedNegative(string Cell, string Family, string Text);

/// <summary>
/// Look-alikes of personal data generated like the positives: case numbers, law articles, ROC dates, money, invoice,
/// order and tracking numbers, business numbers, model codes with measure words, VINs, versions, times, coordinates —
/// each in every frame and position, plain and full-width.
/// </summary>
internal static class HardNegativeGenerator
{
    private sealed record NegativeFamily(string Name, Func<Random, string> Make);

    // Three characters, one of them a digit an OCR pass puts for a letter, a hyphen and four digits (A8C-1234, 5KT-2019).
    private static string SeriesDigitCode(Random r)
    {
        var series = (Letters(r) + (char)('A' + r.Next(26))).ToCharArray();
        series[r.Next(3)] = "825607"[r.Next(6)];
        return new string(series) + "-" + Digits(r, 4);
    }

    // Digits read out in the Chinese numerals or the radio ones (二三四 / 兩三四, 洞幺).
    private static string Spoken(Random r, string digits) =>
        string.Concat(digits.Select(d => (r.Next(2) == 0 ? "零一二三四五六七八九" : "洞幺兩三四五六拐八勾")[d - '0']));

    private static readonly NegativeFamily[] Families =
    {
        new("case-number", r => Pick(r,
            $"{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號",
            $"北市警刑字第{Digits(r, 10)}號",
            $"{110 + r.Next(4)}年度金訴字第{r.Next(100, 999)}號",
            $"案件編號 {110 + r.Next(4)}{Digits(r, 7)}",
            // Round 31: a romanised court case number, its groups joined by hyphens (one of them plate-shaped)
            $"Case No. {110 + r.Next(4)}-{Pick(r, "Jin", "Zhen", "Su", "Yi")}-{Pick(r, "Su", "Zi", "Yi", "Shang")}-{r.Next(1, 999)}")),
        new("law-article", r => Pick(r,
            $"刑法第{r.Next(100, 340)}條之{r.Next(1, 4)}第{r.Next(1, 4)}項第{r.Next(1, 5)}款",
            $"道路交通管理處罰條例第{r.Next(10, 90)}條第{r.Next(1, 5)}項",
            $"個資法第{r.Next(1, 50)}條")),
        new("roc-date", r => Pick(r,
            $"{100 + r.Next(14)}年{r.Next(1, 13)}月{r.Next(1, 29)}日",
            $"{100 + r.Next(14)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
            $"民國{100 + r.Next(14)}年{r.Next(1, 13):00}月{r.Next(1, 29):00}日{r.Next(0, 24):00}時{r.Next(0, 60):00}分",
            $"{100 + r.Next(14)}{r.Next(1, 13):00}{r.Next(1, 29):00}")),
        new("money", r => Pick(r,
            $"新台幣{r.Next(1000, 999999):N0}元",
            $"NT${r.Next(1000, 99999999):N0}",
            $"{r.Next(1, 999)}萬{r.Next(1000, 9999)}元",
            $"USD {r.Next(100, 99999):N0}.{r.Next(0, 99):00}")),
        new("invoice", r => Pick(r,
            $"發票號碼 {Letters(r)}-{Digits(r, 8)}",
            $"發票號碼{Letters(r)}{Digits(r, 8)}",
            $"統一發票 {Letters(r)}{Digits(r, 8)}",
            $"發票號碼：{"ABCDEFGHJKMNPQRSTUVWXYZ"[r.Next(23)]}{"LIO"[r.Next(3)]}{Digits(r, 8)}",
            $"電子發票已開立，號碼 {"ABCDEFGHJKMNPQRSTUVWXYZ"[r.Next(23)]}{"LI"[r.Next(2)]}{Digits(r, 8)}")),
        new("order", r => Pick(r,
            $"訂單編號 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 6)}",
            $"訂單號 TW{Digits(r, 12)}",
            $"單號：{Digits(r, 10)}")),
        new("tracking", r => Pick(r,
            $"追蹤碼 SF{Digits(r, 12)}",
            $"物流單號 {Digits(r, 4)} {Digits(r, 4)} {Digits(r, 4)}",
            $"tracking no. 1Z{Digits(r, 16)}")),
        new("ubn", r => Pick(r, $"統一編號 {r.Next(1, 10)}{Digits(r, 7)}", $"統編：{r.Next(1, 10)}{Digits(r, 7)}", $"公司統編{r.Next(1, 10)}{Digits(r, 7)}")),
        new("model-measure", r => Pick(r, "", "汽車 ", "停車場有", "進口車", "顯卡") + $"{Pick(r, "RX", "GT", "MX", "CX", "GTX", "RTX")}-{r.Next(1, 10)}{Pick(r, "一", "兩", "三")}{Pick(r, "輛", "台", "張", "支", "部", "個")}"),
        new("model-measure.more", r => Pick(r, "", "車行有", "展示間", "他買了") + Pick(r, "MX-5", "CX-5", "CX-30", "RX-7", "GT-R", "Model 3", "A4", "X5", "RAV4", "iPhone 15", "S-10", "F-16")
            + Pick(r, "一輛", "兩台", "三部", "一架", "一支", "兩輛", "壹輛")),
        // A model code with a multi-digit number, counted, beside a vehicle word (嫌犯名下有XR-150兩台，另有機車MT-15一台).
        new("model-measure.counted", r => Pick(r, "嫌犯名下有", "另有機車", "車行有重機", "扣得槍枝") + Pick(r, "XR-150", "AK-47", "MT-15", "CBR-650", "YZF-R15", "M-16", "KTM-390")
            + Pick(r, "一輛", "兩台", "一把", "一台", "三輛", "一支")),
        new("tech-suffix", r => Pick(r, $"{2019 + r.Next(7)}-5G 網路", $"1080-4K 螢幕", $"{2020 + r.Next(6)}-3D 列印", "8000-2X 變焦", $"{r.Next(1000, 9999)}-4G 門號方案")),
        new("model-label", r => Pick(r, "型號", "料號", "產品型號", "機型", "零件編號") + Pick(r, "：", " ", "") + $"{Pick(r, "ABC", "KDL", "TX", "WH")}-{r.Next(1000, 9999)}"),
        new("imei", r => Pick(r, "IMEI ", "IMEI：", "手機序號 ", "序號") + Imei(r)),
        // Dual-SIM handsets list two; the software-version form has 16 digits (a Luhn-valid one reads like a JCB card).
        new("imei.more", r => Pick(r,
            $"IMEI1 {Imei(r)}，IMEI2 {Imei(r, 16)}",
            $"The suspect's IMEI is {Imei(r, 16)}; the device ran iOS 17.3",
            $"扣案手機IMEI {Imei(r, 16)}，另一支IMEI：{Imei(r)}",
            $"IMEISV {Imei(r, 16)}")),
        // A number and its unit (排氣量1998cc, mileage 45,210 km) after a model code with its count.
        new("unit", r => Pick(r,
            $"排氣量{r.Next(1000, 3500)}cc",
            $"mileage {r.Next(10, 99)},{Digits(r, 3)} km",
            $"里程{r.Next(100, 9999)} km",
            $"電池{r.Next(3000, 6000)}mAh",
            $"車重{r.Next(100, 2500)}kg，馬力{r.Next(100, 600)} hp",
            $"{r.Next(100, 999)} km 外")),
        // Every measure word for vehicles, devices and weapons after a model code (CX-5一部, F-150一台, Gogoro S2一台).
        new("model-measure.every-word", r => Pick(r, "車輛型號：", "model ", "他買了", "店裡有") + Pick(r, "CX-5", "F-150", "Gogoro S2", "RX-8", "MT-09", "XR-150", "A-10", "SU-7", "iPhone 15", "Model Y")
            + Pick(r, "一", "兩", "三", "壹") + Pick(r, "輛", "台", "臺", "部", "架", "艘", "支", "把", "個", "款", "型")),
        // A letter and digit groups read out with fillers that fail the ID checksum, and groups that pass Luhn nowhere:
        // two unrelated numbers must not join into an ID, certificate or card.
        new("split-unrelated", r => Pick(r,
            $"座位 {SplitId(r)} 號",
            $"房號 {SplitId(r)}",
            $"訂單 {SplitCard(r)} 已出貨",
            $"option {(char)('A' + r.Next(26))} then {Digits(r, 3)} then {Digits(r, 3)}")),
        // Sets U1 and U2: two numbers with an aside between them that join into no value: an ID or a card failing its check,
        // too few digits for a mobile, money, dates and case numbers around a bracket, a list's numeral, a label in brackets.
        new("aside-unrelated", r => Pick(r,
            $"身分證字號 {Interrupt(r, WrongId(r), 5)}",
            $"卡號 {Interrupt(r, WrongCard(r), 8)}",
            $"手機 09{Digits(r, 2)}{Pick(r, Interruptions.InLine)}{Digits(r, 3)}",
            $"金額 {r.Next(1000, 9999)}{Pick(r, Interruptions.Bracketed)}{r.Next(1000, 9999)} 元",
            $"{110 + r.Next(4)}年{r.Next(1, 13)}月{r.Next(1, 29)}日{Pick(r, Interruptions.DashFramed)}{r.Next(10, 24)}時{r.Next(10, 60)}分",
            $"{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號{Pick(r, Interruptions.Bracketed)}{r.Next(100000, 999999)}",
            $"編號 {Digits(r, 4)}（{Pick(r, "一", "二", "三")}）{Digits(r, 6)}",
            $"電話 {Digits(r, 4)}（{Pick(r, "分機", "轉", "住家", "傳真")}）{Digits(r, 6)}",
            $"統編 {r.Next(1, 9)}{Digits(r, 3)}{Pick(r, Interruptions.Continued)}{Digits(r, 4)} 張")),
        // Round 13 (set U4): a landline label and a spoken particle before numerals that are an amount, a count or a time,
        // and a phone label before a word whose o or l is no digit (電話費喔 二三四五六七八元, 電話 hello, 聯絡 lol).
        new("spoken-label-quantity", r => Pick(r, "我家電話喔 ", "店裡電話啊 ", "宅電欸 ", "市話嗯 ") + Pick(r,
            $"欠了 {Spoken(r, Digits(r, 4))}元",
            $"{Spoken(r, (2 + r.Next(8)) + Digits(r, 6))}元 還沒繳",
            $"打了 {Spoken(r, Digits(r, 2))} 次 稍等 {Spoken(r, Digits(r, 2))} 分鐘",
            $"{Spoken(r, Digits(r, 2))}點 呃 {Spoken(r, Digits(r, 2))}分 打來的",
            $"第 {Spoken(r, Digits(r, 3))} 號 我看看 {Spoken(r, Digits(r, 2))} 樓")),
        new("phone-label-letters", r => Pick(r, "電話 ", "聯絡：", "Tel: ", "市話 ") + Pick(r,
            $"hello{Digits(r, 2)}", $"lol {Digits(r, 3)}", $"l0{Digits(r, 5)}", $"Io{Digits(r, 4)}", $"oolong{Digits(r, 2)}", "look up")),
        // Model codes after a rail vehicle's noun (列車EMU-800: a vehicle noun names a plate, a train's is a model), and
        // numbers and units after a vehicle noun (車子1998cc, 回收車3台).
        new("vehicle-noun-code", r => Pick(r,
            $"{Pick(r, "台鐵", "列車", "火車", "高鐵車")}{Pick(r, "EMU-800", "EMU900", "TEMU-2000", "DR-3100", "THSR-700")}{Pick(r, "誤點", "進站", "")}",
            $"{Pick(r, "他的車子", "機車", "回收車")}{r.Next(1000, 3500)}cc",
            $"{Pick(r, "回收車", "垃圾車", "拖車")}{r.Next(2, 9)}台待修",
            $"車子{r.Next(100, 999)}公里保養")),
        // English hesitations before a number that is not a value (hmm 567 people, er 333 次), and English words whose
        // l or I could pass for a 1 (Call 2068316194 → not a certificate).
        new("hesitation-number", r => Pick(r,
            $"hmm {Digits(r, 3)} people came",
            $"um {r.Next(100, 999)} 次",
            $"er {r.Next(100, 999)} 元",
            $"Call ({r.Next(200, 999)}) {r.Next(200, 999)} after 9pm",
            $"Bill {r.Next(2, 9)}{Digits(r, 7)} paid")),
        // A nationality earlier and a number that is not a phone after a plain word (護照號碼, 工號, 號碼牌).
        new("nationality-number", r => Pick(r,
            $"被害人是泰國籍。護照號碼 A{Digits(r, 8)}",
            $"當事人是香港人。號碼牌 {Digits(r, 4)}",
            $"印尼籍移工，工號 {r.Next(2, 9)}{Digits(r, 6)}",
            $"越南籍，入境日期 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}，號碼 {r.Next(1, 99)} 號")),
        // Set G's pauses (dots for an ellipsis, full-width commas, a full stop and words, "the last N digits") between
        // numbers that are not one value: a list, a date and a time, a case number and an amount, a count that does not
        // match, a letter and groups failing the checksum, groups failing Luhn.
        new("paused-numbers", r => Pick(r,
            $"號碼牌 {Digits(r, 3)}... 然後 {Digits(r, 3)}... 再來 {Digits(r, 3)}",
            $"{100 + r.Next(14)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}... 然後 {r.Next(10, 24)}:{r.Next(10, 60)}",
            $"案號 {r.Next(1000, 9999)}，接著，{r.Next(1000, 9999)} 元",
            $"帳號 09{Digits(r, 2)}，後六碼只記得 {Digits(r, 4)}",
            $"密碼 {Digits(r, 4)}。後四碼 {Digits(r, 6)}",
            $"座位 {SplitId(r).Replace(" 然後 ", "... ").Replace(" 接著 ", "，接著，")} 號",
            $"訂單 {SplitCard(r).Replace(" 然後 ", "... 然後是 ").Replace(" uh ", "um")} 已出貨",
            $"第 {r.Next(1, 9)}... 接著 {r.Next(10, 99)} 頁，然後 {r.Next(100, 999)} 行")),
        // Words of a written-out e-mail in ordinary sentences: 老鼠 (a mouse), 艾特 (tagging someone), a hesitation before
        // a mention (@everyone), and plate-like letters read out before a number that is no plate.
        new("paused-words", r => Pick(r,
            $"倉庫有老鼠 {r.Next(2, 9)} 隻，請消毒",
            $"記得艾特 Amy 一下，{r.Next(2, 9)} 點開會",
            $"LINE 群組 呃 @everyone 明天 {r.Next(8, 12)} 點集合",
            $"Tom 老鼠 Jerry 卡通第 {r.Next(1, 99)} 集",
            $"航班 {Letters(r)}... 然後 {r.Next(100, 999)} 延誤",
            $"ok 然後 {r.Next(1000, 9999)} 筆資料")),
        new("ip-address", r => Pick(r, "IP ", "來源IP：", "登入位址 ") + $"{Pick(r, "192.168", "10.0", "172.16", "203.74")}.{r.Next(0, 256)}.{r.Next(1, 255)}"),
        new("iso-date-time", r => Pick(r,
            $"{2023 + r.Next(3)}-{r.Next(1, 13):00}-{r.Next(1, 29):00} {r.Next(0, 24):00}:{r.Next(0, 60):00}",
            $"{100 + r.Next(14)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}",
            $"{2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{r.Next(0, 24):00}{r.Next(0, 60):00}")),
        new("measurement", r => Pick(r,
            $"身高{r.Next(150, 190)}公分體重{r.Next(45, 99)}公斤",
            $"酒測值每公升{r.Next(0, 2)}.{Digits(r, 2)}毫克",
            $"時速{r.Next(40, 160)}公里，限速{Pick(r, "50", "60", "70")}公里")),
        new("address-number", r => Pick(r,
            $"{r.Next(1, 999)}號{r.Next(2, 20)}樓之{r.Next(1, 9)}",
            $"郵遞區號{Pick(r, "100", "106", "220", "300", "407", "802")}{Digits(r, 2)}",
            $"{r.Next(1, 9)}段{r.Next(1, 300)}巷{r.Next(1, 30)}弄{r.Next(1, 99)}號")),
        new("vin", r => Pick(r, "車身號碼 ", "VIN ", "引擎號碼 ") + VehicleRecords.Vin(r)),
        new("version", r => Pick(r,
            $"v{r.Next(1, 20)}.{r.Next(0, 20)}.{r.Next(0, 99)}",
            $"版本 10.0.{r.Next(10000, 30000)}.{r.Next(1000, 9999)}",
            $"build {2023 + r.Next(3)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}")),
        new("time", r => Pick(r,
            $"{r.Next(0, 24):00}:{r.Next(0, 60):00}:{r.Next(0, 60):00}",
            $"下午{r.Next(1, 12)}點{r.Next(1, 60)}分",
            $"{r.Next(0, 24):00}:{r.Next(0, 60):00}~{r.Next(0, 24):00}:{r.Next(0, 60):00}")),
        // Numbers side by side with words between them, next to a phone word (the strongest cue for joining them): dates,
        // times, money, counts, case numbers and extensions must stay apart.
        new("separate-numbers", r => Pick(r,
            $"通話紀錄：09{r.Next(10, 60)} 然後 {r.Next(10, 24)}{r.Next(10, 60)} 各打一通",
            $"手機訊息是{100 + r.Next(14)}年 然後 {r.Next(1, 13):00}月{r.Next(1, 29):00}日傳的",
            $"電話費 {r.Next(1000, 9999)} 元 然後 {r.Next(100, 999)} 再來 {r.Next(100, 999)} 元",
            $"手機打了 09{r.Next(10, 99)} 次 然後 {r.Next(100, 999)} 人 接著 {r.Next(100, 999)} 次",
            $"電話通知 案號 09{r.Next(10, 99)} 然後 案號 {Digits(r, 3)} 再來 案號 {Digits(r, 3)}",
            $"電話 0{r.Next(2, 9)}{Digits(r, 2)} 分機 {Digits(r, 3)} 轉 {Digits(r, 3)}",
            $"手機型號 09{r.Next(10, 99)} 到 {Digits(r, 3)} 或 {Digits(r, 3)} 都有",
            $"電話裡說 {Digits(r, 3)} 然後 {Digits(r, 4)} 是兩個不同的數字",
            $"phone log: 09{r.Next(10, 60)} then {r.Next(10, 24)}:{r.Next(10, 60)} then {r.Next(100, 999)} calls",
            $"身分證影本 {r.Next(1, 99)} 張 然後 A{Digits(r, 3)} 號 再來 {Digits(r, 3)} 號")),
        // Numbers read out with spoken fillers that do not make a mobile: too few or too many digits, or not 09.
        new("spoken-numbers", r => Pick(r,
            $"他念了 09{r.Next(10, 99)} 然後 {Digits(r, 3)} 喔",
            $"時間是 0930 然後 1000 接著 {r.Next(10, 12)}30",
            $"號碼牌 09{r.Next(10, 99)} 嗯 {Digits(r, 4)} 再來 {Digits(r, 4)}",
            $"他說 {r.Next(10, 99)}{Digits(r, 2)} 然後 {Digits(r, 3)} 後面是 {Digits(r, 3)}")),
        // Tables whose columns hold seven- or eight-digit numbers that are not phones, beside a nationality column.
        new("table-numbers", r => Pick(r,
            $"統編\t訂單編號\t金額\n{r.Next(1, 10)}{Digits(r, 7)}\t{Digits(r, 8)}\t{r.Next(1000, 9999)}",
            $"姓名\t國籍\t入境日期\t金額\n阮文雄\t越南\t{2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}\t{r.Next(10000, 99999)}",
            $"| 國籍 | 護照效期 | 工號 |\n|---|---|---|\n| 菲律賓 | {2026 + r.Next(5)}{r.Next(1, 13):00}{r.Next(1, 29):00} | {Digits(r, 7)} |",
            $"country,passport_expiry,badge\nIndonesia,{2026 + r.Next(5)}{r.Next(1, 13):00}{r.Next(1, 29):00},{Digits(r, 8)}",
            $"<table><tr><th>統編</th><th>金額</th></tr><tr><td>{r.Next(2, 10)}{Digits(r, 7)}</td><td>{r.Next(1000, 9999)}</td></tr></table>")),
        // Eight-digit numbers followed by a word that is not a phone's (件, 元, 號房, 會員編號).
        new("number-then-word", r => Pick(r,
            $"{r.Next(2, 10)}{Digits(r, 7)} 是他的會員編號",
            $"{r.Next(2, 10)}{Digits(r, 7)}元已匯款",
            $"訂單 {r.Next(2, 10)}{Digits(r, 7)} 來電查詢",
            $"{r.Next(2, 10)}{Digits(r, 6)} 件包裹")),
        // English labels glued to codes that are not IDs or phones, and full-width product codes with their labels.
        new("glued-codes", r => Pick(r,
            $"ID{Digits(r, 10)}",
            $"UID{Digits(r, 12)}",
            $"PHONE{r.Next(11, 16)}PRO",
            $"型號ＫＤＬ{r.Next(1000, 9999)}",
            $"ＲＴＸ{Pick(r, "3060", "3080", "4090")}顯卡",
            $"886 1 {Digits(r, 4)} {Digits(r, 4)}",
            $"訂 單 編 號 09 {Digits(r, 2)} {Digits(r, 2)} {Digits(r, 2)} {Digits(r, 2)}")),
        // Technical and model codes counted with a numeral and measure word (5G兩台, MX-5兩台).
        new("tech-counted", r => Pick(r, $"{2019 + r.Next(7)}-5G兩台", "MX-5兩台", "A4一台", $"{r.Next(1000, 9999)}-4K一台", "CX-30一輛")),
        // Records of codes with no valid ID or mobile beside them: a plate-shaped field is not raised (料號, a mistyped ID).
        new("record-codes", r => Pick(r,
            $"品名/規格/{Letters(r)}-{Digits(r, 5)}/數量 {r.Next(1, 9)}",
            $"王小明/A12345678{Pick(r, "0", "1", "2", "8")}/{Letters(r)}-{Digits(r, 3)}/備註",
            $"批次,{Letters(r)}-{Digits(r, 3)},{Digits(r, 6)},合格")),
        // Numbers right after a nationality that are not phones: dates, counts, money, amounts of days (no phone word).
        new("nationality-numbers", r => Pick(r,
            $"印尼籍移工 {2023 + r.Next(3)}-{r.Next(1, 13):00}-{r.Next(1, 29):00} 入境",
            $"越南籍 {r.Next(100, 9999)} 人",
            $"泰國籍勞工 {r.Next(10000, 99999)} 元",
            $"韓國旅客 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00} 入境",
            $"香港居民 {r.Next(1, 12)} 月 {r.Next(1, 28)} 日來台",
            $"菲律賓籍 {r.Next(2, 9)} {Digits(r, 3)} {Digits(r, 4)} 元")),
        // Set H: a date between slashes after a nationality, with a phone word later in the sentence (失聯日期 110/03/05，家鄉電話…).
        new("nationality-slash-date", r => Pick(r,
            $"菲律賓籍移工，失聯日期 {100 + r.Next(15)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}，家鄉電話未提供",
            $"越南籍移工 last seen {100 + r.Next(15)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}，電話關機",
            $"印尼籍，入境 {2020 + r.Next(6)}/{r.Next(1, 13)}/{r.Next(1, 29)}，手機遺失",
            $"泰國籍勞工 {100 + r.Next(15)}/{r.Next(1, 13)}/{r.Next(1, 29):00} 失聯，聯絡電話不詳")),
        // Numbers on consecutive lines that are not one value wrapped: an ID or card failing its checksum, too few digits
        // for a phone, letters and digits of a product list.
        new("wrapped-numbers", r => Pick(r,
            $"身分證字號 {Wrap(WrongId(r), 4)}",
            $"卡號 {Wrap(WrongCard(r), 12)}",
            $"電話 09{Digits(r, 2)}\n{Digits(r, 4)}",
            $"統編 {r.Next(1, 9)}{Digits(r, 7)}\n{Digits(r, 2)} 筆",
            $"品項 {Letters(r)}Q\n{r.Next(1000, 9999)} 件",
            $"號碼牌\n{Digits(r, 4)}\n{Digits(r, 4)}",
            $"電話：09{Digits(r, 2)}\n金額：{Digits(r, 6)}",
            $"群組公告 @\n全體 {r.Next(2, 9)} 點開會",
            $"[14:32] 小美: 身分證 {Wrap(WrongId(r), 4).Replace("\n", "\n[14:33] 小美: ")}",
            $"[14:32] 小美: 卡號 {Wrap(WrongCard(r), 8).Replace("\n", "\n[14:33] 小美: ")}")),
        // Round 26 (sets U11, U12): capitals ending a line and a code opening the next that are no plate wrapped inside its
        // letters: four letters, a lower-case word, a label before a list's numbering, too few digits.
        new("wrapped-letter-groups", r => Pick(r,
            $"型號 {Letters(r)}\n{Letters(r)}-{r.Next(10, 99)} 號",
            $"see note\nA-{r.Next(1000, 9999)}",
            $"欄位 ID\n> A-{r.Next(1, 9)}. 待補",
            $"規格 {(char)('A' + r.Next(26))}\n{Letters(r)}-{r.Next(2, 9)} 吋",
            $"分區 {Letters(r)}\n第 {r.Next(1, 9)} 排")),
        // Round 8's new cues with numbers that are not plates or phones: a duty chat's 幫查/協尋, 懸掛, 通聯, 手機 before a
        // price or a model, a code ending like a technical term with no plate word before it.
        // This round's cues with what is no value: a station or duty desk, a call's time, a bullet before a count, a
        // phone label and the line it names before an amount, a code of two letters and a digit that is a format or a channel.
        new("station-numbers", r => Pick(r,
            $"本所 {r.Next(110, 114)} 年度第 {r.Next(10, 99)} 次所務會議",
            $"研究所 {2020 + r.Next(5)} 年入學，學號 {r.Next(10, 99)}",
            $"值班台 {r.Next(1, 9)} 號桌，來電時間 {100 + r.Next(14)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
            $"分駐所 {r.Next(2, 9)} 樓會議室，{r.Next(10, 99)} 人出席",
            $"電話費，{r.Next(1000, 9999)} 元；市話，{r.Next(1, 30)} 通")),
        // A desk, an owner or an extension word beside what is no local number: a badge or case number after its own label,
        // an amount, a count, a date or a time (set N's desks and extensions, see LocalNumberCues).
        new("local-number-cues", r => Pick(r,
            $"交通分隊 警號 {r.Next(2, 9)}{Digits(r, 6)}，今日輪休",
            $"分局勤務中心 {r.Next(2, 9)}{Digits(r, 1)}:{r.Next(10, 59)} 通報",
            $"派出所 {2020 + r.Next(6)}-{r.Next(1, 13):00}-{r.Next(1, 29):00} 值勤表",
            $"公司損失 {r.Next(2, 9)},{Digits(r, 3)},{Digits(r, 3)} 元",
            $"報案人 {r.Next(2, 9)} 名，案號 {r.Next(2, 9)}{Digits(r, 6)}",
            $"店裡營業額 {r.Next(2, 9)}{Digits(r, 6)} 元，轉帳 {r.Next(2, 9)} 筆",
            $"家裡 {r.Next(2, 9)}{Digits(r, 2)} 坪，分機 {r.Next(10, 99)} 台",
            $"值班室 {r.Next(110, 114)}.{r.Next(1, 13):00}.{r.Next(1, 29):00} 交接",
            $"案號 {r.Next(2, 9)}{Digits(r, 6)} 轉 偵查隊",
            $"A{r.Next(1, 4)} {r.Next(10, 24)}:{r.Next(10, 59)} 路口事故，無人受傷",
            $"車主王先生（{r.Next(2, 9)}{Digits(r, 6)}元）",
            $"陳巡佐（{r.Next(100, 114)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}）到職")),
        // Numerals glued to letters and spelling words before a hyphen that are no plate: a model, a count, a team (set N's
        // plate shapes, see LicensePlateRecognizer's script-break rule and PhoneticAlphabet).
        new("numeral-letter-codes", r => Pick(r,
            $"會議室{Pick(r, "三一九二", "五零八", "二四六八")}KT型投影機",
            $"共{Pick(r, "三", "兩", "五")}台AB款機車",
            $"第{Pick(r, "一二三", "四五六")}AB號房",
            $"Team Alpha-{r.Next(1, 9)} 集合",
            $"Mike-{r.Next(1, 9)} 說他到了",
            $"Hotel {r.Next(1000000, 9999999)} 號房")),
        // Words of the spelling alphabet that are also names, places and products, before a number that is none of ours.
        new("spelling-words", r => Pick(r,
            $"住在 Hotel {r.Next(100, 999)} 號房，{r.Next(2, 9)} 人",
            $"Golf {r.Next(1, 18)} 號洞，桿數 {r.Next(60, 99)}",
            $"Echo {r.Next(2, 5)} 代音箱 {r.Next(2, 9)} 台",
            $"Alpha Bravo 兩隊 {r.Next(10, 99)} 人集合",
            $"Delta {r.Next(100, 999)} 航班延誤 {r.Next(10, 59)} 分",
            $"Charlie Brown {r.Next(1950, 2000)} 年的漫畫")),
        // 聯絡 before what is no phone, and a semicolon-separated sheet of business numbers and amounts.
        new("contact-words", r => Pick(r,
            $"聯絡人數 {r.Next(10, 99)} 人",
            $"聯絡時間 {100 + r.Next(14)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
            $"聯絡簿第 {r.Next(2, 99)} 頁，印尼籍學生 {r.Next(2, 30)} 名",
            $"編號;統編;金額\n1;{r.Next(1, 10)}{Digits(r, 7)};{r.Next(1000, 99999)}\n2;{r.Next(1, 10)}{Digits(r, 7)};{r.Next(1000, 99999)}",
            $"越南，聯絡處 {r.Next(2, 9)} 樓，{r.Next(10, 99)} 人")),
        // Taiwan's country code before words and short codes with letters that look like digits.
        new("plus-886-words", r => Pick(r,
            $"國碼 +886 BOSS 方案 {r.Next(100, 999)} 元",
            $"+886 號段 9l 開頭共 {r.Next(10, 99)} 組",
            $"撥 +886 前請確認 LINE ID {Letters(r)}{Digits(r, 4)}",
            $"+886 OSS 系統 {r.Next(2, 9)}.{r.Next(0, 9)} 版")),
        // A foreign city before what is no phone: an event, a flight, an order number, an amount.
        new("city-words", r => Pick(r,
            $"東京奧運 {2020 + r.Next(2)} 年 {r.Next(7, 9)} 月",
            $"大阪訂單號碼 06{Digits(r, 8)}",
            $"曼谷班機 TG{r.Next(600, 699)}，{r.Next(100, 999)} 人",
            $"首爾店營業額 {r.Next(10000000, 99999999)} 韓元",
            $"吉隆坡分公司統編 {r.Next(1, 10)}{Digits(r, 7)}")),
        // A country code in a sheet's 國籍 column beside a number no header calls a phone, and a code under another header
        // (07x and eight digits: a Vietnamese mobile's shape, no Taiwan number's).
        new("country-code-cells", r => Pick(r,
            $"姓名;國籍;訂單號碼\nSITI RAHAYU;ID;08{r.Next(1, 9)}{Digits(r, 8)}",
            $"序號,國籍,帳號\n1,PH,0917{Digits(r, 7)}",
            $"欄位\t說明\tID\nID\t流水號\t07{"06789"[r.Next(5)]}{Digits(r, 7)}",
            $"| 國籍 | 案號 |\n|---|---|\n| VN | 07{"06789"[r.Next(5)]}{Digits(r, 7)} |")),
        // A question about something else than a phone, and its answer on the next line.
        new("question-answers", r => Pick(r,
            $"我：你的訂單號碼是？\n客人：0{r.Next(3, 9)}{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 4)}",
            $"我：對方給您的越南帳號是？\n被害人：0{r.Next(3, 9)}{Digits(r, 1)} {Digits(r, 3)} {Digits(r, 4)}",
            $"問：匯到日本的金額是？\n答：{r.Next(10000, 99999)} 元",
            $"我：大陸那邊的案號是？\n證人：{110 + r.Next(4)}{Digits(r, 7)}")),
        // E-invoice numbers whose second letter is B or S (read as 8 or 5 only inside a number, never as its first digit).
        new("invoice-letters", r => Pick(r,
            $"發票號碼 {"ACDFGHKMNPQRTUVWXYZ"[r.Next(19)]}{"BS"[r.Next(2)]}{Digits(r, 8)}",
            $"統一發票 {"ACDFGHKMNPQRTUVWXYZ"[r.Next(19)]}{"BS"[r.Next(2)]}-{Digits(r, 8)}",
            $"電子發票 {"ACDFGHKMNPQRTUVWXYZ"[r.Next(19)]}{"BS"[r.Next(2)]} {Digits(r, 4)} {Digits(r, 4)}")),
        // Asterisks that multiply or mask, not separate a value's groups.
        new("asterisk-numbers", r => Pick(r,
            $"尺寸 {r.Next(100, 200)}*{r.Next(40, 90)}*{r.Next(40, 90)} 公分",
            $"手機 09{r.Next(10, 99)}***{r.Next(100, 999)}（已遮蔽）",
            $"身分證 {"ABFQ"[r.Next(4)]}{r.Next(1, 3)}{Digits(r, 4)}****",
            $"算式 {r.Next(1000, 9999)}*{r.Next(100, 999)}={r.Next(100000, 999999)}")),
        // An at sign before a host with no top-level domain, the next line something else.
        new("mail-host-lines", r => Pick(r,
            $"伺服器 admin@localhost\n下一步：重啟 {r.Next(2, 9)} 台",
            $"@all\n{r.Next(10, 99)} 點開會",
            $"備份至 backup@nas{r.Next(1, 9)}\n完成 {r.Next(10, 99)} 筆")),
        new("bullet-codes", r => Pick(r,
            $"• {r.Next(2, 9)} 項待辦 • 金額 {r.Next(1000, 9999)} 元",
            $"MP3-{Pick(r, "128", "256", "320")} 音質",
            $"頻道 CH{r.Next(1, 9)}-{r.Next(100, 999)} 轉播",
            $"訂單編號 {Letters(r)}{r.Next(1, 9)}-{r.Next(100, 999)}")),
        new("request-words", r => Pick(r,
            $"幫查 {r.Next(100, 999)} 號房的住客",
            $"協尋 {r.Next(60, 95)} 歲老翁，身穿灰色外套",
            $"門口懸掛 {r.Next(2, 9)} 面旗幟",
            $"通聯紀錄 {r.Next(10, 99)} 筆，共 {r.Next(100, 999)} 分鐘",
            $"手機維修費 {r.Next(1000, 9999)} 元",
            $"手機型號 {Letters(r)}-{r.Next(1000, 9999)}",
            $"螢幕規格 {r.Next(1000, 9999)}-{r.Next(1, 9)}K，相機 {r.Next(1000, 9999)}-{r.Next(2, 9)}X 變焦")),
        // Set J's new cues with what is no value: asides between a letter and groups failing the checksum or Luhn and
        // between numbers of different things, a list number glued to a model code or a form's field, the dots of a web
        // address written out after a mention, a country after an order number or an amount, a katakana mark in prices.
        new("aside-numbers", r => Pick(r,
            $"座位 {SplitId(r).Replace("然後", "（停頓）").Replace("接著", "等一下")} 號",
            $"訂單 {SplitCard(r).Replace(" 然後 ", "（停頓）").Replace(" 再來 ", "，我看一下喔…")} 已出貨",
            $"會議 {r.Next(1, 12)}（停頓）{r.Next(10, 59)} 分開始，等一下 {r.Next(100, 999)} 人入場",
            $"案號 {r.Next(1000, 9999)}（停頓）{r.Next(1000, 9999)} 元",
            $"他說等一下 {r.Next(2, 9)} 點到，我看一下 {r.Next(100, 999)} 號房")),
        new("list-glued-codes", r => Pick(r,
            $"1.{Pick(r, "RX-8", "MX-5", "CX-30", "GT-R")}{Pick(r, "一輛", "兩台")}。2.{Pick(r, "A4", "X5")}一台",
            $"交班事項：1.{Letters(r)}-{Digits(r, 4)}型號零件待補。2.其他",
            $"1.{Pick(r, "iPhone 15", "Model Y", "S-10")} 2.v{r.Next(1, 9)}.{r.Next(0, 9)}.{r.Next(0, 9)}",
            $"1.{Pick(r, "ISO", "CNS")}-{r.Next(1000, 99999)} 規格 2.{Letters(r)}{Digits(r, 4)} 料號")),
        new("spelled-dot-sites", r => Pick(r,
            $"官網 www dot {Pick(r, "npa", "moi", "police")} dot gov dot tw",
            $"請上 {Pick(r, "165", "npa")}[.]gov[.]tw 查詢，@全體 dot 收到請回",
            $"@{Pick(r, "所長", "全體", "all")} dot com 是什麼意思",
            $"版本 {r.Next(1, 9)}.{r.Next(0, 9)} @ release dot notes")),
        new("country-after-numbers", r => Pick(r,
            $"訂單編號 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 5)}，是大陸的廠商",
            $"金額 {r.Next(10000, 99999)} 元，是日本的匯款",
            $"貨櫃 {Digits(r, 8)}，是香港的船公司",
            $"統編 {r.Next(1, 9)}{Digits(r, 7)}，是韓國的公司")),
        new("prolonged-mark-prices", r => Pick(r,
            $"ラーメン {r.Next(500, 1500)}円ー{r.Next(100, 900)}円",
            $"コーヒー {r.Next(100, 999)}ー{r.Next(100, 999)} 円",
            $"期間 {2023 + r.Next(3)}ー{r.Next(2024, 2030)}")),
        // Set M: equipment counted by its model, a file's size beside a vehicle lookup, a machine after 那台 with no driving
        // verb, a citizen's report of something other than a vehicle, and English number words that are counts.
        new("equipment-models", r => Pick(r,
            $"勤前提醒取締酒駕。器材盤點：對講機XTS {r.Next(1, 9)}000型共{r.Next(10, 40)}部，{r.Next(1, 9)}部待修",
            $"[INFO] 車籍資料匯出完成\nsave photo_{r.Next(1000, 9999)}.png {r.Next(1000, 9999)}KB md5={r.Next(10, 99)}",
            $"車籍系統匯出檔 {r.Next(100, 999)}MB，另存 {r.Next(1000, 9999)}KB 備份",
            $"那台{Pick(r, "XR", "MT", "GT")}-{r.Next(100, 999)}要送修",
            $"民眾檢舉信箱第{r.Next(10, 99)}號來信",
            $"one of them said five people came at {r.Next(10, 12)}:{r.Next(10, 59)}",
            $"seven or eight cars were parked there, {r.Next(2, 9)} of them red",
            // an English log with a stop for speeding: its times and references are no plates
            $"Unit 7 clocked speeding on Route 3.\n{r.Next(10, 23)}:{r.Next(10, 59)}  TH national reported a lost phone, re {r.Next(110, 114)}年度偵字第{r.Next(100, 999)}號")),
        // A nationality, a seven-digit ROC date, and a phone word only in the next clause (美籍旅客於1130412到案，電話另洽).
        new("nationality-date-clauses", r => Pick(r,
            $"{Pick(r, "美籍", "加拿大籍", "日籍")}旅客於{110 + r.Next(4)}{r.Next(1, 13):00}{r.Next(1, 29):00}到案，電話另洽",
            $"{Pick(r, "美國", "越南")}友人於{110 + r.Next(4)}{r.Next(1, 13):00}{r.Next(1, 29):00}報案；手機未提供")),
        // A roster beside a line with a phone word: a name and a date, or an amount, are no directory entry.
        new("roster-lines", r => Pick(r,
            $"值班表\n{Pick(r, "王小明", "里長林美玲")} {2019 + r.Next(7)}{r.Next(1, 13):00}{r.Next(1, 29):00}\n{Pick(r, "李小華", "陳志豪")} 手機另洽",
            $"聯絡窗口\n{Pick(r, "王小明", "保全陳志豪")} {r.Next(2, 10)}{Digits(r, 7)} 元\n李小華 電話未提供",
            $"聯絡窗口\n{Pick(r, "王小明", "黃文彬")} 於 {r.Next(2, 10)}{Digits(r, 6)} 號房\n李小華 電話未提供")),
        // Numbers other languages label as an account, an invoice, an order or a parcel: the word for "number" (số, nomor,
        // 번호) or a call verb is no phone word there (03x/07x/08x and eight digits: a Vietnamese mobile's shape, no Taiwan number's).
        new("foreign-language-numbers", r => Pick(r,
            $"Số tài khoản: 0{"378"[r.Next(3)]}{Digits(r, 8)}",
            $"Số hóa đơn 08{"689"[r.Next(3)]}{Digits(r, 7)}",
            $"nomor rekening 08{r.Next(11, 99)}{Digits(r, 8)}",
            $"nomor pesanan 08{r.Next(11, 99)}{Digits(r, 7)}",
            $"계좌번호 010{Digits(r, 8)}",
            $"回撥給我，訂單 08{r.Next(11, 99)}{Digits(r, 8)}",
            $"Hãy gọi chị Lan, mã đơn hàng 08{"689"[r.Next(3)]}{Digits(r, 7)}",
            $"問：香港出差的費用？\n答：電話費 {r.Next(2, 10)}{Digits(r, 7)} 元")),
        // Set O: equipment counted by a measure word for things (酒測器 XX-1234 兩具), flight numbers before 次航班, the
        // domain and path of a scam link, a device's or warranty's serial shaped like an ID, and two models after a make.
        new("counted-equipment", r => Pick(r, "酒測器 ", "無線電 ", "測速槍 ", "扣案物：對講機 ") + $"{Letters(r)}-{r.Next(1000, 9999)}"
            + Pick(r, " 兩具", " 十支", "三具", " 一組", " 四支")),
        new("flight-numbers", r => $"他說明天要搭{Letters(r)}-{r.Next(100, 999)}{Pick(r, "次航班", "次班機")}回國，{r.Next(1, 13)}月底返台"),
        new("url-paths", r => $"請登入 {Pick(r, "hxxps", "https", "http")}://{Pick(r, "fine-pay", "parcel-fee", "etag-fee")}.{Pick(r, "xyz", "cc", "top")}/{r.Next(1000, 9999)} 繳費"),
        new("device-serials", r => Pick(r, "手機機身編號 ", "保固卡編號 ", "機身序號：", "保固編號 ")
            + SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7)) + Pick(r, "，已發還", "，待鑑定")),
        // Six-digit codes near phone words: one-time passwords, verification codes and a card's last digits are no local
        // number (手機驗證碼482913, 電話裡他唸了OTP 553172).
        new("six-digit-codes", r => Pick(r, "手機驗證碼", "簡訊驗證碼：", "電話裡他唸了OTP ", "收到OTP簡訊", "來電要求提供卡片末六碼 ", "電話訂購，訂單號")
            + $"{r.Next(2, 10)}{Digits(r, 5)}" + Pick(r, "", "，隨即被盜刷。", " 後掛斷")),
        // Round 13: five- and six-digit amounts, counts, dates and extensions after a landline word: a short local number is
        // read only right after a landline label, grouped as one and followed by no unit.
        new("landline-word-amounts", r => Pick(r,
            $"電話費 {r.Next(20000, 99999)} 元",
            $"電話：{r.Next(2, 10)}{Digits(r, 4)}元",
            $"市話 {r.Next(20, 99)},{Digits(r, 3)}",
            $"電話 {r.Next(2, 9)} 通，共 {r.Next(20000, 99999)} 元",
            $"市話：{r.Next(112, 115)}.{r.Next(1, 13):00}",
            $"電話 {r.Next(2024, 2027)}-{r.Next(1, 13):00}",
            $"公司電話分機 {r.Next(20000, 99999)}",
            $"宅電 {r.Next(2, 10)}{Digits(r, 4)} 件",
            $"電話：{r.Next(2, 10)} {Digits(r, 4)} 次",
            $"市話 {r.Next(20, 99)}{Digits(r, 4)}號",
            $"家裡電話 {r.Next(2, 10)}{Digits(r, 5)} 元")),
        // Round 13: codes and counts on one line between slashes and dots, made so that their digits pass Luhn as a 16-digit
        // Visa would (412/1234.567.890/123 件): groups joined by different separators are several values, not a card.
        new("slash-record-luhn", SlashRecordPassingLuhn),
        // Round 27 (sets U13, U14): model codes counted by a numeral and a measure word glued after their digits (KZ-7兩輛,
        // QT-06兩台, ABC-125三部), the numeral radio or everyday, and codes whose one numeral ending the digits starts the
        // next word (QV-16一代); and card-shaped codes with look-alike letters among digits that pass Luhn, under an order,
        // part or tracking label in the languages the round's card words come from.
        new("model-numeral-count", r => $"{Pick(r, "現場有", "A2事故，", "倉庫展示", "車隊新增")}{Letters(r)}-{Digits(r, 1 + r.Next(2))}"
            + $"{Pick(r, "兩", "三", "五", "二")}{Pick(r, "輛", "台", "部")}{Pick(r, "與", "，", "停放，")}{Letters(r)}-{Digits(r, 2)}{Pick(r, "兩", "一")}{Pick(r, "台", "輛")}"
            + Pick(r, "擦撞。", "待查。", "")),
        new("model-numeral-word", r => $"{Pick(r, "購入", "他想換", "論壇討論")}{Letters(r)}-{Digits(r, 2)}{Pick(r, "一代", "一起", "一直", "一樣")}{Pick(r, "的車款", "，很划算", "")}"),
        new("look-alike-luhn-codes", LookAlikeLuhnCode),
        // Round 28 (sets U15, U16): a parking space's code right after its word, a verb of parking before the word (違停在充電車位
        // B2-017): the space's word is the nearest label, and the code is the space; and short words and numbers spelt out
        // with an emoji or symbol between every character in a chat (W~O~W~1~2~3, Y★E★S★2★0): no plate of the 2012 scheme.
        new("parking-space-after-verb", r => $"{Pick(r, "違規停放於", "違停在", "臨停在", "停放在", "有車違停於")}{Pick(r, "充電車位", "身心障礙車位", "機車停車位", "車位", "卸貨車位")}"
            + $"{Pick(r, "", " ")}{ParkingSpace(r)}{Pick(r, "，已通知管理室。", "。", "（月租）", "")}"),
        new("chat-spelled-with-marks", r => $"{Pick(r, "群組公告：", "老闆說", "今天抽獎", "LINE：", "")}"
            + string.Join(Pick(r, "★", "~", "✨", "🎉", "*", "❤\uFE0F"), (Pick(r, "WOW", "YES", "TOP", "HOT", "GO", "OK", "NEW", "VIP", "FUN", "BIG") + r.Next(10, 1000)).ToCharArray())
            + Pick(r, "！", "～", "", " 大家加油")),
        // Round 34 (categories of sets U25, U26): codes of a plate's shapes opening a numbered list's items with no person's ID
        // or mobile beside them, in a fixed-width roll's other columns (型號, 班機, 料號, 案號) beside a plate column holding
        // none, and the first of a range of parking spaces named after the last (B2-117 至 B2-120 車位).
        new("numbered-list-codes", PlateRolls.NumberedCodes),
        new("fixed-width-roll-other-columns", r => "\n\n" + PlateRolls.FixedWidthOtherColumns(r)),
        new("parking-space-range", PlateRolls.ParkingSpaceRange),
        // Round 35 (categories of sets U27, U28): codes of a plate's shapes in a chat that holds a person's masked mobile or ID,
        // each named by its own label; such codes alone in chat messages with no identifier in the chat; model codes split as a
        // moved hyphen splits a plate (SM-S9180) with a vehicle word earlier in the sentence.
        new("chat-named-codes", ChatRolls.NamedCodesInChat),
        new("chat-codes-without-identifier", ChatRolls.CodesInChatWithoutIdentifier),
        new("moved-hyphen-models", ChatRolls.MovedHyphenModels),
        // Round 32 (categories of sets U23, U24): a messaging account's user name right after its label, a driving verb later in
        // the sentence (LINE（ID：vip228）…車手騎乘機車離開): the handle, not a plate.
        new("messaging-handle", r => $"{Pick(r, "對方要求加入", "請加", "嫌犯使用", "")}{Pick(r, "LINE（ID：", "LINE ID：", "LINE ID ", "微信號：", "IG帳號：", "Telegram ")}"
            + $"{Pick(r, "vip", "abc", "win", "kk", "joy", "max")}{r.Next(10, 1000)}{Pick(r, "）", "，", " ")}{Pick(r, "並指示匯款，車手騎乘機車離開。", "之後駕車逃逸。", "聊了兩天。", "")}"),
        // Round 32 (categories of sets U23, U24): codes in a plate's shape written with the disguises a plate is (an emoji beside
        // the hyphen or inside a group, spaced hyphens between the characters) under their own label: a flight, a model, a part,
        // an invoice, an order, a case.
        new("codes-with-plate-marks", r => $"{Pick(r, "航班 ", "班機", "型號：", "料號 ", "發票號碼", "訂單編號 ", "案號：", "專案代號 ")}"
            + Pick(r, $"{Letters(r)}{Pick(r, "✈", "🔥", "⭐", "✅")}{Pick(r, "-", "")}{Digits(r, 2)}{Pick(r, "😅", "☆")}{Digits(r, 1 + r.Next(2))}",
                string.Join(" - ", (Letters(r) + Digits(r, 3 + r.Next(2))).ToCharArray()),
                $"{string.Join(" ", Letters(r).ToCharArray())} - {string.Join(" ", Digits(r, 3).ToCharArray())}")
            + Pick(r, "，請確認。", " 已更新", "。", "")),
        // Round 32 (categories of set U23): numbers listed after a colon whose heading names a phone but calls the items
        // something else (電話訂單編號：…、…): the look-alike label decides, not the phone word.
        new("phone-heading-other-numbers", r => $"{Pick(r, "電話訂單編號", "手機型號代碼", "電話帳單編號", "市話工單號碼")}：{2 + r.Next(7)}{Digits(r, 3)}-{Digits(r, 4)}、"
            + $"{2 + r.Next(7)}{Digits(r, 7)}、{2 + r.Next(7)}{Digits(r, 3)} {Digits(r, 4)}{Pick(r, "。", "，請核對。", "")}"),
        // Round 31 (categories of set U22): answers, options and seats listed a character at a time with the enumeration comma
        // (選項 B、D、K、2、5、7、9): a list, not a plate spelt out, where no plate word or driving verb stands right before it.
        new("list-mark-characters", r => $"{Pick(r, "選項", "答案依序是", "座位", "今天抽中", "缺件編號：", "勾選 ")}"
            + string.Join("、", (Letters(r) + Digits(r, 3 + r.Next(2))).ToCharArray()) + Pick(r, "。", "，請確認。", " 謝謝", "")),
        // A short code starting with 0 at the end of one tab-separated cell and a date in the next (…⇥0629⇥110/04/04 14:13):
        // a national-form number does not cross a cell.
        new("tab-cell-code-date", r => $"{Pick(r, "中山路二段", "民權路口", "分隊")}\t{Pick(r, "逆向", "違停", "超速")}\t0{r.Next(1, 10)}{Digits(r, 2)}\t{r.Next(108, 115)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} {r.Next(10, 24)}:{r.Next(10, 60)}"),
        new("make-model-lists", r => Pick(r, "車行有賓士 GLC-300 與 CLA-250", "展示間有 TOYOTA RAV4 與 CX-5", "HONDA CR-V 跟 HR-V 各一台",
            $"他想買 MAZDA {Pick(r, "CX-5", "CX-30", "MX-5")} 一輛", $"分隊新購巡邏機車{r.Next(2, 9)}部KYMCO KRV NF 180，經費另列")),
        // Round 16: seven or eight digits grouped like a local number (2345-6789, 234 5678) that their surroundings make
        // something else: a time span, a year range, a year and a date, an amount, a count, a code or a label's number.
        new("local-shaped-numbers", r => Pick(r,
            $"營業時間{r.Next(20, 24)}00-{r.Next(20, 24)}30，請於時段內洽詢",
            $"{r.Next(2000, 2026)}-{r.Next(2000, 2026)}年間共受理{r.Next(2, 99)}件",
            $"日期 {r.Next(2019, 2027)} {r.Next(1, 13):00}{r.Next(1, 29):00} 到場",
            $"新臺幣 {r.Next(2, 9)}{Digits(r, 3)} {Digits(r, 4)}元",
            $"共 {r.Next(2, 9)}{Digits(r, 3)} {Digits(r, 4)} 件",
            $"訂單 {r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)} 已出貨",
            $"機台代號 {r.Next(2, 10)}{Digits(r, 2)}-{Digits(r, 4)}，交易序號 {Digits(r, 6)}",
            $"型號 {r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)} 的監視器",
            $"SN {r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}",
            $"料件 AB-{r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}",
            $"第 {r.Next(2, 10)}{Digits(r, 2)}-{Digits(r, 4)} 號",
            $"請於{r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}之間",
            $"{Pick(r, "學號", "工號：", "座號 ")}{r.Next(2, 9)}{Digits(r, 3)} {Digits(r, 4)}",
            $"卡號 {r.Next(2, 9)}{Digits(r, 3)} {Digits(r, 4)} {Digits(r, 4)} 已停用",
            // Round 19: after a row's or list item's number, or a letter-led code, the same surroundings still decide.
            $"{r.Next(1, 10)}. {r.Next(2000, 2026)}-{r.Next(2000, 2026)}年間共受理{r.Next(2, 99)}件",
            $"{r.Next(1, 10)},{r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}元,已繳",
            $"收據 R{Digits(r, 7)} 新臺幣 {r.Next(2, 9)}{Digits(r, 3)} {Digits(r, 4)}元",
            $"案件 K{Digits(r, 8)} 訂單 {r.Next(2, 9)}{Digits(r, 2)}-{Digits(r, 4)} 已出貨")),
        // Set P: parking spaces, tickets and models in other columns of a table that keeps its plates in a 車號 column (車位 B2-017),
        // a tool's model after its brand in the brand's own casing (DeWALT DHX-485), and the count of an accident class (A3 96件).
        // (Tab-separated here: the frames below nest a Markdown or CSV table into their own; HardNegativeTests holds those.)
        new("plate-table-other-columns", r => r.Next(3) == 0
            ? $"{Pick(r, "車位", "停車位", "機車位")}{ParkingSpace(r)}{Pick(r, "（月租）", "，車號未登記", " 空位")}"
            : $"車位編號\t樓層\t車牌\t住戶電話\n{ParkingSpace(r)}\tD棟{r.Next(2, 16)}F\t-\t-\n{ParkingSpace(r)}\tA棟{r.Next(2, 16)}F\t-\t-"),
        new("brand-models", r => $"倉庫盤點短少：{Pick(r, "DeWALT", "SanDisk", "PlayStation", "GoPro", "McCulloch", "DeLonghi", "MacBook")} "
            + $"{Letters(r)}{(char)('A' + r.Next(26))}{Pick(r, "", "-")}{r.Next(100, 999)} {Pick(r, "電鑽", "記憶卡", "主機", "相機", "鏈鋸")}，機車行另報失竊 YAMAHA 安全帽"),
        new("class-counts", r => $"{Pick(r, "肇事分類統計", "車禍類別")}：A3 {r.Next(100, 999)}件（上季 A2 {r.Next(10, 99)} 件），{Pick(r, "機車", "汽車")}占多數"),
        // Round 18 (set Q): the look-alikes of a plate after a make and its model — a trim or engine code in the letters-first
        // shapes of model codes, with the sentence going on after it (HONDA HR-V EX-250 試駕心得).
        new("make-model-trims", r => Pick(r, "HONDA HR-V", "TOYOTA Wish", "KYMCO Many", "SUZUKI Vitara", "MAZDA CX-5", "Volvo XC40")
            + $" {Letters(r)}{Pick(r, "", "R")}-{r.Next(100, 999)} " + Pick(r, "試駕心得", "規格表如下", "新車發表會", "改裝套件")),
        // Round 19: a trim and its model year or engine size written plainly after a make and model (MAZDA CX-30 HEV 2023 試駕心得): the
        // plain 2012 layout after a model is a plate only when its digits are no year.
        new("make-model-trim-years", r => Pick(r, "MAZDA CX-30", "Toyota RAV4", "HONDA CR-V", "SUZUKI Swift", "KYMCO Many 110")
            + $" {Pick(r, "HEV", "XLE", "GTS", "SEL", "EXL")}{Pick(r, " ", "")}{(r.Next(2) == 0 ? r.Next(2015, 2027) : 100 * r.Next(12, 36))} " + Pick(r, "試駕心得", "規格表如下", "新車發表會", "改裝套件")),
        // A partial plate ending its line and the next line of the log, list or table: a time, a list number, a date.
        new("wrapped-next-line-numbers", r => Pick(r,
            $"影像只拍到 {Letters(r)}{(char)('A' + r.Next(26))}-{r.Next(10, 99)}\n{r.Next(10, 24)}:{r.Next(10, 60)}:{r.Next(10, 60)} 另一台離開",
            $"清單：\n9. 型號 {Letters(r)}{(char)('A' + r.Next(26))}-{r.Next(10, 99)}\n{r.Next(10, 30)}. 無",
            $"件數(甲類/乙類/C{r.Next(3, 9)})\n{r.Next(2020, 2026)}年{r.Next(1, 13)}月,{r.Next(1, 99)}")),
        // Round 21: the spoken hyphen's words between things that are no plate: a score, an ordinal range, a date or an amount
        // read out, a sum, a model code with its number and count (三 槓 二, 第二 槓 三, 一一二 槓 三 槓 五, 五百 減 三百).
        new("spoken-hyphen-lookalikes", r => Pick(r,
            $"比數{Pick(r, "三", "五", "2")} {Pick(r, "槓", "杠", "dash")} {Pick(r, "二", "一", "4")}，{Pick(r, "主隊", "客隊")}贏了",
            $"第{Pick(r, "二", "三", "五")} {Pick(r, "槓", "杠", "橫槓")} {Pick(r, "三", "四", "六")}頁請補簽",
            $"{r.Next(110, 115)} {Pick(r, "槓", "dash")} {r.Next(1, 13)} {Pick(r, "槓", "dash")} {r.Next(1, 29)} 開庭",
            $"{r.Next(2, 9)}百 {Pick(r, "減", "减")} {r.Next(1, 9)}十元，找零",
            $"{r.Next(100, 999)} {Pick(r, "減", "dash")} {r.Next(10, 99)} 等於多少",
            $"{Pick(r, "顯卡", "車款", "型號")} {Pick(r, "MX", "CX", "RX", "GT")} {Pick(r, "槓", "dash", "hyphen")} {r.Next(3, 9)} {Pick(r, "一台", "兩輛", "一部")}",
            $"dashboard {r.Next(1000, 9999)} 次點擊", $"hyphenation {r.Next(10, 99)} 處")),
        // Identifiers numbered after the field that holds them (\"cam\": \"CAM-0417\", device=DEV-4821, Gate: GAT-1182).
        new("key-named-ids", KeyNamedId),
        // A card's expiry or a fraction written with a slash after a short word, near vehicle words (exp 09/28; set O).
        new("slash-dates", r => Pick(r, "卡片 exp ", "有效期限 EXP ", "到期 valid thru ", "配比 MIX ") + $"{r.Next(1, 13):00}/{r.Next(24, 32)}"
            + Pick(r, "，交通事故另案處理", "，車輛已扣", "")),
        // Numbers beside Vietnamese words cut at their diacritics (12 ngày, nóng 1977; set O): no plate's letters.
        new("accented-words", r => Pick(r, $"Vui lòng gia hạn trước {r.Next(10, 60)} ngày.", $"Đường dây nóng {r.Next(1900, 1999)} miễn phí.",
            $"Hạn chót là {r.Next(10, 28)} tháng {r.Next(1, 12)}, xe để ở bãi.", $"Tôi đã chờ {r.Next(10, 90)} phút ở đồn.")),
        // Part numbers with a letter among their digits, near vehicle words (汽車零件 KLM-1O25; the shape of a plate with a
        // letter typed for a digit).
        new("part-numbers-with-letters", r => Pick(r, "汽車零件編號 ", "機車料號 ", "車用型號 ", "請參考 ") + $"{Letters(r)}{(char)('A' + r.Next(26))}-{r.Next(1, 9)}{Pick(r, "O", "B", "S")}{r.Next(10, 99)}"
            + Pick(r, " 的說明", "，已叫貨", "")),
        // A bracketed letter or hash and a star as list markers and decoration before a file, a site or a word (not an address).
        new("symbol-at-lookalikes", r => Pick(r, $"附件(a) report{r.Next(1, 9)}.pdf、(b) 切結書", $"評價★ {r.Next(1, 5)}.{r.Next(10)} 分", "重點★ www.npa.gov.tw 公告",
            $"第{r.Next(2, 9)}項(a)款及(#)註記", "☆ 注意事項：攜帶證件")),
        // Round 18: words glued to digits that are no name before a value: a lower-case code, a run too long or too short for a
        // mobile, an ID-shaped tail glued on at both ends, a hex token (a name glued to a mobile or an ID is read: set Q's rows).
        new("glued-word-codes", r => Pick(r, $"ref{r.Next(2, 9)}{Digits(r, 9)}x", $"Room{r.Next(1, 9)}{Digits(r, 3)}", $"token a9f{Digits(r, 12)}e2b",
            $"Batch09{Digits(r, 9)}", $"Ver{r.Next(2, 9)}{Digits(r, 9)}", $"abc09{Digits(r, 8)}xyz", $"sku{(char)('A' + r.Next(26))}{r.Next(3, 8)}{Digits(r, 8)}q")
            + Pick(r, " 已處理", "，請確認", "")),
        // Round 18: a country's name and a colon or 號碼 before digits that are no phone: a date, an amount, an account, an order.
        new("country-labelled-codes", r => Pick(r, $"美國：{2019 + r.Next(7)}-{r.Next(1, 13):00}-{r.Next(1, 29):00} 入境",
            $"加拿大：US$ {r.Next(100, 999)},{Digits(r, 3)}", $"泰國發票號碼0{r.Next(1, 9)}{Digits(r, 8)}", $"越南訂單號碼09{Digits(r, 8)}",
            $"美國：共 {r.Next(200, 999)} 件", $"加拿大：{2019 + r.Next(7)}/{r.Next(1, 13):00}/{r.Next(1, 29):00} 至 {r.Next(1, 13):00}/{r.Next(1, 29):00}")),
        // Round 18: postal giro and transfer accounts (劃撥 ends in the dialling label 撥), and part codes that group an old
        // certificate's digits 4+4 after two letters (AB-2345-6789; one in ten passes its checksum).
        new("giro-and-part-codes", r => Pick(r, $"郵局劃撥 {r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}", $"劃撥帳號：{r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}",
            $"請劃撥{r.Next(2, 9)}{Digits(r, 6)}", $"調撥單 {r.Next(2, 9)}{Digits(r, 3)}-{Digits(r, 4)}",
            $"料件 {"ABCD"[r.Next(4)]}{"ABCD"[r.Next(4)]}-{Digits(r, 4)}-{Digits(r, 4)}", $"零件 {Letters(r)}-{Digits(r, 4)}-{Digits(r, 4)} 缺貨")),
        // Round 18: a bank's code and an account after a transfer word (匯到 005-…; 005 is also Taiwan's dial prefix), and
        // accounts grouped like a foreign mobile after their label.
        new("bank-transfers", r => Pick(r, $"對方要我匯到 00{Pick(r, "7", "9", "5", "6")}-{Digits(r, 13)} 這個帳戶，共{r.Next(1000, 99999):N0}元",
            $"轉帳至 0{r.Next(1, 9)}{Digits(r, 2)}-{Digits(r, 3)}-{Digits(r, 4)}", $"匯入帳戶 0{r.Next(1, 9)}{Digits(r, 2)}-{Digits(r, 4)}-{Digits(r, 4)}")),
        // Round 20 (set S): a software version after its product's name, a word before an ROC date, a make and its engine
        // size, a room number in brackets, a receipt's price and tax code — near vehicle words, none of them a plate.
        new("software-versions", r => $"{Pick(r, "巡邏 App 支援", "平板需升級至", "相容")} {Pick(r, "iOS", "Android", "iPadOS", "macOS")} "
            + $"{r.Next(9, 20)}{Pick(r, "", $".{r.Next(0, 10)}", $".{r.Next(0, 10)}.{r.Next(1, 10)}")}{Pick(r, "", " 以上", "，舊版停止更新")}"),
        new("word-roc-dates", r => $"{Pick(r, "停車紀錄 LOG", "停車場 LOG", "車道 REC", "掃描 DOC", "閘門 GATE")} {110 + r.Next(5)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}"
            + Pick(r, "\n進場時間\t車道", " 匯出", "")),
        new("make-engine-sizes", r => $"{Pick(r, "KTM", "SYM", "BMW", "KIA", "KTM")} {Pick(r, "200", "690", "125", "150", "320", "250")} "
            + Pick(r, "Adventure 超速", "Sport 改裝", "試駕心得", "排氣管改裝")),
        new("bracketed-rooms", r => $"訓練在{Pick(r, "行政大樓", "研究中心", "活動中心")}（{(char)('A' + r.Next(26))}{r.Next(1, 10)}-{r.Next(100, 999)}{Pick(r, "室", "號房")}）舉行，機車請停後門"),
        new("receipt-tax-codes", r => $"{Pick(r, "茶葉蛋", "便當", "機油", "雨衣")} x{r.Next(1, 5)}  {r.Next(20, 999)}TX\n停車費 x1  {r.Next(20, 99)}TX"),
        // Round 20 (set S): a land parcel's number glued to its section, a bank's code in brackets before its account.
        new("land-parcels", r => $"{Pick(r, "地段 ", "地號 ", "土地：")}{Pick(r, "福德段", "光明段", "新興段", "復興段")}{r.Next(100, 9999)}-{Digits(r, 4)}"
            + Pick(r, "，申請鑑界", " 面積 120㎡", "")),
        // Round 22: codes that open with a Taiwan call prefix and a country code's digits (002 81…, 00852…) but are labelled
        // as an account, a part, an order or a parcel.
        new("dial-prefix-codes", r => Pick(r,
            $"{Pick(r, "料號", "序號", "零件編號")} {Pick(r, DialPrefixes)}{r.Next(10, 99)}-{Digits(r, 4)}-{Digits(r, 4)} 已出貨",
            $"{Pick(r, "訂單編號", "單號：", "物流單號")} {Pick(r, DialPrefixes)}{r.Next(10, 99)}{Digits(r, 9)}",
            $"序號 {Pick(r, DialPrefixes)}{r.Next(10, 99)} {Digits(r, 4)} {Digits(r, 4)} {Digits(r, 3)}")),
        new("bank-code-accounts", r => $"{Pick(r, "彰化銀行", "華南", "國泰世華", "第一銀行")}({Pick(r, "004", "007", "008", "009", "013")})"
            + $"{Pick(r, "\t", " ", "")}{r.Next(1, 10)}{Digits(r, r.Next(11, 14))}\t{r.Next(1, 99)}000\t轉帳明細"),
        // Round 13 (sets U1 and U2): words and codes whose l, i, o, I or O read as digits begin an ID or an old certificate,
        // the digits after them completing one that passes its checksum — a name or word before a number (Bill 234567,
        // Flo 2345678), an e-invoice number with L, I or O for its second letter, a serial or part code of three letters and
        // seven digits after S/N or P/N (read from the N: an old certificate's letter, a B–D and L for 1).
        new("look-alike-words", r => Pick(r,
            $"{Pick(r, "客戶", "聯絡人", "Contact", "請找")} {WithValidReading(Pick(r, "Bill", "Will", "Jill", "Hill", "Milo", "Kilo", "Silo", "Flo", "Al", "Eli", "BILL", "KILO"), " ", r)} {Pick(r, "paid", "已付款", "號房", "points")}",
            $"發票號碼：{WithValidReading(Pick(r, "AL", "KI", "ML", "TL", "QI", "XL", "BO", "HO"), "", r)}",
            $"{Pick(r, "S/N", "P/N")} {WithValidReading(Pick(r, "N", "P")[0] + Pick(r, "BL", "CL", "DI", "AL"), "", r)[1..]}{Pick(r, "", "，已送修", "）")}",
            $"零件 {WithValidReading(Pick(r, "AB", "KC", "MD", "TA") + Pick(r, "L", "I"), "", r)} 已出貨")),
        // Round 21: motorcycle and car models named as models (what make a model is, what it costs, that it needs repair):
        // the verbs that name a plate after it (違停, 逃逸, 查到…) are not these.
        new("model-questions", r => Pick(r, "請問", "朋友問", "", "他想買的") + Pick(r, "XR-150", "CBR-250", "JET-125", "FNX-125", "DRG-158", "KRV-180", "MT-155", "GTS-300")
            + Pick(r, "屬於哪牌車款", "是什麼車款", "這個車款多少錢", "的車款評價如何", "要送修", "很好騎", "新款上市", "的油耗")),
        // Round 21: part and model codes of a letter, a digit and a letter (or a digit and two letters) and three digits, as
        // plate-like as the older motorcycle codes; with no plate word, driving verb or vehicle verb they are parts.
        new("three-character-codes", r => Pick(r, "料號 ", "規格 ", "零件編號：", "電池型號 ", "濾網 ", "請訂購 ", "")
            + $"{Pick(r, "R2D", "B2B", "P2P", "H2O", "M3X", "A4C", "5GB", "3DS", "2CV", "Z3Q", "N8D")}-{r.Next(100, 999)}" + Pick(r, " 一組", " 兩個", "，缺貨", "")),
        // Round 21: a radio's model, channel or call sign in a line that names the radio (無線電頻道 CH-12), no plate read out.
        new("radio-equipment-lines", r => Pick(r, "無線電頻道 CH-", "無線電型號 XTS-", "無線電呼號 A", "無線電通報 巡邏車", "無線電通報 A")
            + $"{r.Next(1, 30)}" + Pick(r, " 收訊不良", "，請更換電池", " 往南", " 事故，請支援")),
        // Round 22 (set U3): a question about a plate's format, its example written in the placeholder letters and digits of a
        // format (車牌格式 ABC-1234 是幾年開始的？舊式 AB-1234 還能用嗎？): an example, not a vehicle.
        new("plate-format-examples", r => Pick(r, "車牌格式 ", "新式車牌格式是 ", "舊式車牌像 ", "請問車號格式", "格式範例：", "例如 ", "plate format ")
            + Pick(r, "ABC-1234", "AB-1234", "1234-AB", "ABC-123", "AB-123", "123-ABC", "XYZ-1234", "AAA-0000", "XX-0000", "ABC-0123", "abc-1234", "ＡＢＣ－１２３４")
            + Pick(r, " 是幾年開始的？", " 還能用嗎？", " 這種，對嗎？", " 的寫法", "，新舊差在哪？", "（示意）")),
        // Round 22: a model code, a space, then its count (肇事車輛為 CX-5 一輛, 現場有 RX-8 兩台): the numeral after the space
        // counts the vehicles and is no digit of the code.
        new("model-count-spaced", r => Pick(r, "肇事車輛為 ", "現場有 ", "停車場停了 ", "他名下有 ", "涉案車輛 ")
            + Pick(r, "CX-5", "RX-8", "MX-5", "FZ-6", "MT-09", "GT-86", "X-5") + " " + Pick(r, "一輛", "兩台", "一部", "三輛")
            + Pick(r, "，車身白色", "，車號尚未查明", "")),
        // Round 22: a vehicle whose plate the text says is gone or unknown, its model written where a plate might stand (贓車
        // MT-09（車牌已拆除）, 機車 XR-150，未懸掛車牌): the remark says the code is no plate.
        new("plate-denied", r => Pick(r, "贓車 ", "查扣機車 ", "失竊重機 ", "車輛 ", "肇逃車 ")
            + Pick(r, "MT-09", "XR-150", "CBR-650", "FZ-6", "GT-86", "KTR-150")
            + Pick(r, "（車牌已拆除）", "（未懸掛車牌）", "，車號尚未查明", "（無牌）", "，車牌不明", "（車牌已拔除）") + Pick(r, "一輛", "，請寫清冊", "，待查")),
        // Round 22: the words of a written-out address in sentences that hold none — "at" and "dot" around times, reports and
        // places, a web address with no mailbox name, a version, 圈 ("circle") before a letter, 點 after a number.
        new("written-mail-words", r => Pick(r,
            $"meet at {r.Next(1, 12)} dot {r.Next(10, 59)} tomorrow",
            $"look at the report dot {Pick(r, "pdf", "docx", "xlsx")} first",
            $"he stayed at home, dot com bubble talk",
            $"visit www.{Pick(r, "npa", "moi", "gov")}.gov.tw for details",
            $"請用 at gmail.com 結尾的帳號登入",
            $"version {r.Next(1, 9)} at {r.Next(1, 9)}.{r.Next(0, 9)} dot {r.Next(0, 9)}",
            $"請在表格上圈a選項，{r.Next(2, 9)}點前交回",
            $"停在圈A區 {r.Next(1, 99)} 號，下午{r.Next(1, 6)}點見",
            $"他在 Taipei 101 at 8 點 com 會合",
            $"{Pick(r, "小明", "阿華")} at符號打錯了，重寄一次")),
        // Round 22: codes whose letters OCR and typists put for digits (D Q for 0, Z for 2, G b for 6, T for 7, g q for 9) after
        // a model, part or serial label, read with those letters as digits an ID that passes its checksum; English words and
        // standards written like plates (ISO-9001, BIG-5, SOLO-250) beside no plate word.
        new("ocr-look-alike-codes", r => Pick(r,
            $"{Pick(r, "型號", "料號", "序號", "S/N", "產品型號", "零件編號")} {OcrCode(r)}",
            $"{Pick(r, "ISO-9001", "ISO-14001", "ISO-27001", "BIG-5", "UTF-8", "SOLO-250", "GOT-7", "BIG-88", "DOG-25", "ZOO-99")} {Pick(r, "認證", "編碼", "規格", "套組")}",
            $"{Pick(r, "料號", "規格", "零件")} {Pick(r, "KTB", "GDS", "ZQT", "BGT")}-{r.Next(1, 9)}{Pick(r, "G", "T", "Z", "Q", "D")}{r.Next(10, 99)} {Pick(r, "一組", "缺貨", "兩個")}")),
        // Round 26 (sets U11, U12): numbers of a foreign mobile's shape (trunk 0, ten to twelve digits, grouped as phones) that
        // their label, column or key names as something else — an account, an order, an invoice, a parcel — in the languages
        // the round's phone words come from.
        new("foreign-mobile-shaped-codes", r => Pick(r,
            $"{Pick(r, "帳號", "訂單編號", "發票號碼", "Order", "Invoice", "Số tài khoản", "nomor rekening", "Tracking")} {ForeignMobileShape(r)}",
            $"姓名,{Pick(r, "帳號", "訂單編號", "account")},備註\nNguyen Van An,{ForeignMobileShape(r)},已結",
            $"| 姓名 | {Pick(r, "帳號", "包裹編號", "Order No.")} |\n|---|---|\n| Siti Rahayu | {ForeignMobileShape(r)} |",
            $"{{\"name\":\"Tran\",\"{Pick(r, "account", "orderNo", "invoice")}\":\"{ForeignMobileShape(r)}\"}}")),
        // Round 28 (sets U15, U16): numbers grouped as a foreign code and a mobile with no plus (81 90 1234 5678) under labels
        // that name something else — an order, an account, a parcel, a part — or in a sentence that names no phone.
        new("code-without-plus-shaped-codes", r => Pick(r,
            $"{Pick(r, "訂單編號", "帳號", "包裹編號", "Order", "Account", "Tracking", "料號")} {CodeWithoutPlusShape(r)}",
            $"姓名,{Pick(r, "帳號", "訂單編號", "account")},備註\nKim Min-ji,{CodeWithoutPlusShape(r)},已結",
            $"{{\"name\":\"Park\",\"{Pick(r, "account", "orderNo", "parcel")}\":\"{CodeWithoutPlusShape(r)}\"}}",
            $"共 {CodeWithoutPlusShape(r)} 筆資料已匯入",
            $"{Pick(r, "分機2301，", "視訊 ", "")}{Pick(r, "會議ID", "Meeting ID:", "會議號碼")} {Digits(r, 3)} {Digits(r, 3)} {Digits(r, 4)}")),
        // Round 28 (set U10): a bank's three-digit code and an account of twelve to fourteen digits in an account column,
        // which read as Taiwan's call prefix (002, 005, 006, 007, 009) or 00 and a foreign number.
        new("bank-code-account-column", r => Pick(r,
            $"銀行,{Pick(r, "帳號", "帳戶", "account")},戶名,備註\n{Pick(r, "玉山銀行", "郵局", "Bank A")},{BankCodeAccount(r)},王小明,警示",
            $"| 戶名 | {Pick(r, "帳號", "匯款帳號", "Account No.")} |\n|---|---|\n| 陳○君 | {BankCodeAccount(r)} |",
            $"戶名\t{Pick(r, "帳號", "帳戶")}\t備註\n林O宏\t{BankCodeAccount(r)}\t警示")),
        // Round 25 (sets U9, U10): codes shaped like a 2012 plate with a digit in its series (A8C-1234, GT2-2019) — part, model
        // and serial numbers after their label or counted by a measure word, camera and channel names, a VIN's fragment —
        // beside no plate word.
        new("series-digit-codes", r => Pick(r,
            $"{Pick(r, "型號", "料號", "零件編號", "序號", "S/N", "品號")} {SeriesDigitCode(r)}{Pick(r, "", " 缺貨", "，兩個")}",
            $"{Pick(r, "倉庫還有", "他買了", "展示間")}{SeriesDigitCode(r)}{Pick(r, "一台", "兩支", "三個", "一組")}",
            $"{Pick(r, "攝影機", "鏡頭", "channel")} {SeriesDigitCode(r)} {Pick(r, "離線", "已更換", "重新開機")}",
            $"VIN 末段 {SeriesDigitCode(r)}，{Pick(r, "請原廠確認", "待查")}")),
        // Round 25: a plate-recognition system's cameras and channels by name and number, in its status lines (cam41 離線).
        new("camera-ids", r => $"{Pick(r, "車辨系統狀態：", "車牌辨識設備巡檢 ", "贓車比對主機 ")}{Pick(r, "cam", "CAM", "CH", "ch", "CCTV ", "NVR")}{r.Next(1, 999)} "
            + $"{Pick(r, "離線", "正常", "重新開機")}、{Pick(r, "cam", "CH", "DVR")}{r.Next(1, 99)} {Pick(r, "影像模糊", "已更換", "正常")}"),
        // Round 23: order, part and serial numbers shaped like a phone number with letters among the digits, as OCR and typists
        // put them for digits in phones (0Z-…, 09B7-…): a label that names them as something else keeps them codes.
        new("phone-shaped-ocr-codes", r => Pick(r, "訂單編號 ", "料號：", "序號 ", "SKU ", "批號 ", "追蹤碼 ", "型號 ")
            + Pick(r, $"09{r.Next(10)}{Pick(r, "Z", "B", "S", "T", "G")}-{Digits(r, 3)}-{Digits(r, 2)}{Pick(r, "D", "Q", "B")}",
                $"0{r.Next(2, 9)}-{Pick(r, "Z", "S", "G")}{Digits(r, 3)}-{Digits(r, 4)}",
                $"0{r.Next(2, 9)}{Pick(r, "T", "Z", "B")}{Digits(r, 5)}{Pick(r, "S", "Z")}{Digits(r, 2)}",
                $"{r.Next(2, 10)}{Pick(r, "Z", "S", "B", "O")}{Digits(r, 2)}-{Digits(r, 3)}{Pick(r, "G", "T", "Z")}")),

        // Round 23 (sets U5, U6): model codes under a model column or after a model key (車型⇥…, {"車型": "MT-25"}), a spaced
        // code ending a model's name after a capitalised word (Fiddle LX 115), codes masked by asterisks with the next line's
        // field after them (遮蔽證號：KDR-**63⏎數量：41), and a part number's segments after its digits (18340-M2T-B02).
        new("model-column-codes", r => Pick(r,
            $"車型\t{Pick(r, "承辦", "罰鍰")}\n{ModelCode(r)}\t{Pick(r, "王○明", "3,170元")}\n{ModelCode(r)}\t{Pick(r, "李○", "600元")}",
            $"{{\"{Pick(r, "車型", "型號", "model")}\": \"{ModelCode(r)}\", \"案號\": \"{r.Next(110, 114)}年度偵字第{r.Next(100, 9999)}號\"}}",
            $"{Pick(r, "車型", "型號", "機型")}：{ModelCode(r)}；{Pick(r, "車型", "型號", "機型")}：{ModelCode(r)}")),
        new("model-name-tails", r => $"{Pick(r, "他騎的是 ", "車行進了", "展示車：", "")}{Pick(r, "Fiddle", "Racing", "Cuxi", "Limi")} {Letters(r)}{Pick(r, "", "X")} {Pick(r, "50", "110", "115", "125", "150", "158", "200", "300")}{Pick(r, "，很省油", "兩台", "")}"),
        // Round 23: a model named by its engine size in a row whose header is lost or never written (…,QRX 300,NT$…; an SQL row).
        new("engine-size-models", r => Pick(r,
            $"{Pick(r, "王○明", "李○")},{Letters(r)}{Pick(r, "", "C", "S")} {Pick(r, "100", "125", "150", "200", "250", "300", "350", "400")},{Pick(r, "NT$23,043", "3,170元")},已結案",
            $"('下午{r.Next(1, 12)}時{r.Next(10, 59)}分', '{Letters(r)}{Pick(r, "", "C")} {Pick(r, "125", "300", "250")}', '無'),",
            $"車輛資料：{Letters(r)}{Pick(r, "", "X")} {Pick(r, "150", "250", "500")}，{Pick(r, "黑色", "白色")}")),
        // Round 24 (set U8): a model code in a model field of a vehicle record, in every layout a system exports or a person
        // pastes (see VehicleRecords; a blank line first, so the frame's own table is not read as its header).
        new("model-field-records", r => "\n\n" + VehicleRecords.Negative(r)),
        // Round 24: a well-known model's code (VehicleModelCodes) where no field names it — a row whose header is not pasted, a
        // vehicle described in a bracket or a list of its traits, a sentence about servicing, selling or buying it.
        new("known-model-codes", r => Pick(r,
            $"{2020 + r.Next(6)}-{r.Next(1, 13):00}-{r.Next(1, 29):00};{KnownModel(r)};{Pick(r, "保養", "換胎", "定檢")};{r.Next(100, 999)}元",
            $"展示車（{KnownModel(r)}，{Pick(r, "珍珠白", "消光黑", "鐵灰")}，{Pick(r, "雙門", "五門", "四門")}）已售出",
            $"{Pick(r, "消光黑", "珍珠白", "寶石藍")}、{KnownModel(r)}、{2008 + r.Next(17)}年式、里程{r.Next(1, 99)}千公里",
            $"{KnownModel(r)}\t{VehicleRecords.Vin(r)}\t{r.Next(1, 9)}",
            $"他想把{KnownModel(r)}換成{KnownModel(r)}，預算{r.Next(10, 99)}萬",
            $"The {KnownModel(r)} was serviced on {r.Next(1, 13)}/{r.Next(1, 29)}.")),
        // Round 23 (set U6): a host name's last label glued to a full stop and the next sentence's number (…example.com.ph。113年…).
        // Round 26: a web site's host, no mailbox before it — a mailbox there is an address to report (list.full-stop-next-item).
        new("domain-tail-numbers", r => $"{Pick(r, "請上網站 ", "官網：", "網域 ")}{Pick(r, "www.", "shop.", "")}{Pick(r, "yahoo.com", "gmail.com", "example.co")}.{Pick(r, "vn", "tw", "jp", "ph", "id", "my")}{Pick(r, "。", ".")}{r.Next(110, 115)}年{r.Next(1, 13)}月{r.Next(1, 29)}日再聯絡"),
        // Round 27 (sets U13, U14): numbers of a split value's shape with the words that name a second part between them
        // that are no value: a road's segments, an amount and a case number, an account's halves, a wrong-checksum ID and
        // a card failing Luhn given in two parts, a page and a line.
        // Round 29 (categories of sets U17, U18): English prose with number words, prose of Vietnamese, Indonesian, Malay and
        // Tagalog with theirs, non-personal strings built from literals (versions, case, order and invoice numbers, dates),
        // and order, invoice and tracking numbers or wrong-checksum IDs dictated in chunks with the words that announce them.
        new("english-number-prose", r => Pick(r,
            $"{Pick(r, "Two or three", "Four or five", "Nine")} officers arrived; one of the {Pick(r, "nine", "seven", "three")} cases was closed.",
            $"Room {Pick(r, "one oh five", "two double one", "three oh eight")}, floor {Pick(r, "two", "six")}, {Pick(r, "seven", "eight")} people waiting.",
            $"The first part is done, then the second part of the report; the last two pages are {Pick(r, "five", "six")} lines.",
            $"Please double check the {Pick(r, "three", "four")} forms: one, two and {Pick(r, "five", "nine")} are signed.",
            $"Unit {Pick(r, "five", "seven")} called back at {Pick(r, "nine", "ten")} thirty, {Pick(r, "two", "three")} cars on scene.")),
        new("foreign-number-prose", r => Pick(r,
            $"Tôi có {Pick(r, "hai", "ba")} con, {Pick(r, "một", "hai")} người đã về quê từ năm 20{r.Next(10, 25)}.",
            $"Anh ấy làm việc ở đây {Pick(r, "ba", "bốn")} năm, không có vấn đề gì.",
            $"Saya punya {Pick(r, "satu", "dua")} atau {Pick(r, "tiga", "empat")} teman, lima puluh ribu rupiah.",
            $"Dia datang {Pick(r, "dua", "tiga")} hari lalu bersama {Pick(r, "satu", "lima")} orang.",
            $"Mayroon akong {Pick(r, "isa", "dalawa")} o {Pick(r, "tatlo", "apat")} na kapatid.")),
        new("concatenated-codes", r => Pick(r,
            $"var version = \"v{r.Next(1, 9)}.\" + \"{r.Next(0, 20)}\" + \".{r.Next(0, 99)}\";",
            $"caseNo = \"CASE-\" + \"{2020 + r.Next(6)}\" + \"{Digits(r, 4)}\"",
            $"SELECT 'INV' || '{2020 + r.Next(6)}' || '{Digits(r, 5)}' AS invoice_no",
            $"=CONCAT(\"ORD\",\"{2020 + r.Next(6)}{r.Next(1, 13):00}{r.Next(1, 29):00}\",\"{Digits(r, 4)}\")",
            $"date = \"{2020 + r.Next(6)}\" + \"-\" + \"{r.Next(1, 13):00}\" + \"-\" + \"{r.Next(1, 29):00}\"",
            $"id = '{InParts(WrongId(r), 3, "' '")}'",
            $"\"{2020 + r.Next(6)}\",\"{r.Next(1, 13):00}{r.Next(1, 29):00}\",\"{r.Next(10, 99)}\",\"{Digits(r, 3)}\"")),
        new("chunked-order-numbers", r => Pick(r,
            $"訂單編號前四碼{2020 + r.Next(6)}，中間三碼{Digits(r, 3)}，最後{Digits(r, 3)}",
            $"{Pick(r, "發票號碼", "單號")}{Letters(r)}{Digits(r, 2)}，中間是{Digits(r, 3)}，尾數是{Digits(r, 3)}",
            $"order number {2020 + r.Next(6)}, the second part is {Digits(r, 4)}, and the last part is {Digits(r, 4)}",
            $"tracking 1Z{Digits(r, 2)}, next four digits: {Digits(r, 4)}, the rest is {Digits(r, 4)}",
            WrongIdInChunks(r))),
        new("part-words", r => Pick(r,
            $"{Pick(r, "中山", "民生", "忠孝")}路{r.Next(1, 8)}段，下一段 {r.Next(10, 400)}號",
            $"案號 {r.Next(1000, 9999)}，第二部分 {r.Next(1000, 9999)} 元",
            $"帳號 09{Digits(r, 2)}，後半段是 {Digits(r, 6)}",
            $"{Pick(r, "訂單", "序號", "單號")} {InParts(WrongId(r), 5, Pick(r, "，後半段是", "、下一段", "；第二部分："))} 已出貨",
            $"{Pick(r, "交易序號", "批號")} {InParts(WrongCard(r), 8, Pick(r, "，後半段是 ", "，下一行是\n", "、剩下的 "))}",
            $"第 {r.Next(1, 99)} 頁，下一行 {r.Next(10, 60)} 字，其餘 {r.Next(100, 999)} 字")),
        // Round 28 (sets U15, U16): counts, money, dates, speeds and lists read out with the place words 十 and 百 (三十五歲,
        // 四百零七號, 一百二十公里, 十二、十五、二十), emoji and symbol runs in ordinary chat between short numbers and words,
        // and digits with a combining mark that are a count, a date or a version.
        new("place-readouts", r => Pick(r,
            $"他今年{Tens(r)}歲，住{Hundreds(r)}號{Tens(r)}樓，罰款{Hundreds(r)}元",
            $"時速{Hundreds(r)}公里，距離{Tens(r)}公尺，共{Tens(r)}人",
            $"第{Tens(r)}、{Tens(r)}、{Tens(r)}、{Tens(r)}條，{Hundreds(r)}、{Hundreds(r)}元",
            $"民國{Hundreds(r)}年{Tens(r)}月，{Tens(r)}日下午{Tens(r)}點{Tens(r)}分",
            $"價格：{Hundreds(r)}，{Hundreds(r)}，{Hundreds(r)}，{Hundreds(r)}元（三筆）")),
        new("symbol-chat", r => Pick(r,
            $"好喔👮{r.Next(1, 10)}點👮{r.Next(1, 10)}分見🙂🙂，{Pick(r, "帶", "拿")}{r.Next(2, 9)}個❤️❤️",
            $"今天⭐{r.Next(1, 10)}⭐{r.Next(1, 10)}⭐好評✅✅，{Pick(r, "謝謝", "收到")}🙂",
            $"比分{r.Next(1, 10)}~{r.Next(1, 10)}，第{r.Next(1, 10)}··{r.Next(1, 10)}局，{Pick(r, "讚", "好")}❤️",
            $"ver {r.Next(1, 9)}·{r.Next(0, 9)}·{r.Next(0, 9)} 已上線 ✅")),
        new("marked-counts", r => Pick(r,
            $"數量 {Digits(r, 3)}\u0332 件，日期 1\u03081\u03083\u0308/0\u03085\u0308/1\u03082\u0308",
            $"版本 {r.Next(1, 9)}\u0301.{r.Next(0, 9)}\u0301.{r.Next(0, 9)}\u0301，共 {Digits(r, 2)}\u0336 頁")),
        new("masked-codes", r => Pick(r,
            $"遮蔽證號：{Letters(r)}{(char)('A' + r.Next(26))}-**{Digits(r, 2)}\n數量：{r.Next(10, 99)}；承辦：王○",
            $"{Pick(r, "遮蔽車號", "車號（遮蔽）", "去識別化車號")} {Letters(r)}{(char)('A' + r.Next(26))}-{Digits(r, 1)}**{Digits(r, 1)}",
            $"{Pick(r, "遮蔽證號", "脫敏車牌")}：{Letters(r)}-*{Digits(r, 2)}{Pick(r, "＊", "*")}；數量：{r.Next(10, 99)}")),
        new("part-number-segments", r => Pick(r,
            $"{Pick(r, "料號", "零件", "品號")}\t{Pick(r, "發票號碼", "數量")}\n{Digits(r, 5)}-{(char)('A' + r.Next(26))}{r.Next(10)}{(char)('A' + r.Next(26))}-{(char)('A' + r.Next(26))}{Digits(r, 2)}\t{r.Next(1, 9)}",
            $"{Pick(r, "料號", "零件編號", "品號")} {Digits(r, 5)}-{Letters(r)}{r.Next(10)}-{(char)('A' + r.Next(26))}{Digits(r, 2)}",
            $"{Digits(r, 5)}-{(char)('A' + r.Next(26))}{r.Next(10)}{(char)('A' + r.Next(26))}-{Digits(r, 3)} {Pick(r, "缺貨", "一組", "已到")}")),
        // Round 24 (sets U7, U8): e-invoice, serial and part codes whose one capital after the letters, read as an OCR letter
        // for a first digit, makes an ID or old certificate that passes its checksum (AZ…, ABG…) under a label that names
        // something else or none; bars between the short cells of a pipe-delimited row or a version (件數|12|345|6).
        new("first-digit-ocr-codes", r => Pick(r,
            $"{Pick(r, "發票號碼", "序號", "料號", "S/N", "訂單編號", "批號")} {FirstDigitCode(r)}",
            $"{Pick(r, "發票", "單據", "貨號")}：{FirstDigitCode(r)}、{FirstDigitCode(r)}",
            $"{Pick(r, "品項", "數量", "批次")}|{r.Next(1, 99)}|{Digits(r, 3)}|{r.Next(1, 9)}|{Pick(r, "缺貨", "已到")}",
            $"{Pick(r, "版本", "ver", "頁次")} {r.Next(1, 9)}|{r.Next(1, 9)}|{Digits(r, 2)}")),
        // Round 25 (sets U9, U10): the shapes this round reads as phones, under labels that name something else or as no
        // phone at all — codes with a label typed onto a date cell, sorted lottery draws in pairs, amounts after a home,
        // codes after a country and the counter 那支, and codes after 886 with an OCR letter under a code label.
        new("glued-date-codes", r => Pick(r,
            $"{Pick(r, "訂單編號", "單號", "追蹤碼", "序號")}{Pick(r, "：", "")}09{Digits(r, 8)}{RocDate(r)}",
            $"發票{Letters(r)}{Digits(r, 8)}{RocDate(r)}",
            $"案號{110 + r.Next(4)}{Digits(r, 7)}{RocDate(r)}",
            $"{Pick(r, "料號", "批號")} 886{Digits(r, 9)}{RocDate(r)}")),
        new("pair-draws", r => $"{Pick(r, "威力彩", "大樂透", "今彩539", "樂透")}{Pick(r, "開獎號碼 ", "中獎號碼：", "號碼 ")}09 "
            + string.Join(" ", Enumerable.Range(10, 40).OrderBy(_ => r.Next()).Take(4 + r.Next(2)).OrderBy(n => n))),
        new("home-amounts", r => $"{Pick(r, "他家", "她家", "家裡的")}{Pick(r, "", " ")}{r.Next(2, 9)}{Digits(r, 6)}{Pick(r, "元", "坪", "萬", "公斤")}"),
        new("counter-codes", r => $"{Pick(r, "香港", "日本", "澳門", "新加坡")}{Pick(r, "那支", "這支")}{Pick(r, "股票代號", "手錶型號", "基金代碼", "球棒編號")} {Digits(r, 8)}"),
        new("country-code-ocr-codes", r => $"{Pick(r, "訂單編號", "料號", "序號", "追蹤碼")} 8869{Digits(r, 3)}{Pick(r, "Z", "B", "o", "S")}{Digits(r, 4)}"),

        // Round 25 (sets U1, U9, U10): a wrong-checksum ID or certificate under its label in a sentence that says it is no
        // one's — its check fails, it is test or generated data, nobody has it — the statement before or after it, one value
        // or a list of them, in Chinese or English.
        new("disowned-ids", DisownedIds),
        // Round 26 (sets U11, U12): record, slip, file and form numbers shaped like an ID or certificate whose check fails,
        // under their own label or none, where an ID word names no value or another one — the previous or next sentence,
        // another clause, a remark that says it is none, another column or key, a list of codes.
        new("named-elsewhere-ids", NamedElsewhereIds),
        // Round 26: the same numbers passing the checksum (one in ten does) under the label of a record, form, photo, document,
        // work order, ticket, batch or badge, alone or listed, in a clause, after a key or with a hash sign.
        // Round 27 (sets U13, U14): two pieces with words announcing the rest between them that make no ID or certificate: the
        // pieces of one whose check fails, under an ID label or a code's, pieces one digit short or long, a form's parts
        // between two codes.
        new("next-part-pieces", NextPartPieces),
        new("record-number-ids", r => Pick(r,
            $"{RecordLabel(r)}{Pick(r, "", "：", " ", " #")}{TokenId(r)}{Pick(r, "，已歸檔", " 已送出", "")}",
            $"{RecordLabel(r)}{TokenId(r)}、{TokenId(r)}",
            $"{Pick(r, "ticket", "batch_id=", "batch ")}{Pick(r, " ", "")}{TokenId(r)} {Pick(r, "closed", "done", "queued")}",
            $"函文文號{TokenId(r)}")),
        // Round 25 (set U10): ten digits that read as an ID once their first digit is taken for the area letter a scan turns
        // into it (5 for S, 8 for B…), under a label or a column that names something else (訂單編號, log_id, order id).
        new("scanned-letter-codes", r => Pick(r,
            $"{Pick(r, "訂單編號", "交易序號", "單號", "批號", "工單", "追蹤碼")}{Pick(r, "：", " ", "")}{ScannedLetterCode(r)}",
            $"| {Pick(r, "log_id", "order id", "txn_id", "序號")} | 時間 |\n|---|---|\n| {ScannedLetterCode(r)} | {r.Next(10, 24)}:{r.Next(10, 60)} |",
            $"{Pick(r, "order_id", "log_id", "ticket")},amount\n{ScannedLetterCode(r)},NT${r.Next(100, 9999):N0}")),
        // Round 26 (sets U11, U12): a service's port and the path after it in a URL (https://10.2.3.4:8443/v1), in a config
        // line, JSON or a log; codes with two look-alikes among three digits after a model, part or serial label (型號 KW-7OI);
        // English vehicle nouns before what is not a plate (taxi fare, a car park's bay in lower case, a make's scooter and its model).
        new("url-ports", r => Pick(r,
            $"\"Upstream\": \"https://{r.Next(10, 223)}.{r.Next(0, 255)}.{r.Next(0, 255)}.{r.Next(1, 254)}:{Pick(r, "8443", "5432", "6379", "9200", "3000")}/v{r.Next(1, 4)}\"",
            $"upstream = http://{Pick(r, "api", "gw", "auth")}.{Pick(r, "internal", "example.org", "corp.local")}:{r.Next(1024, 9999)}/{Pick(r, "v1", "v2", "api/v3", "RT")}",
            $"[{r.Next(10, 24)}:{r.Next(10, 60)}:{r.Next(10, 60)}] GET https://{r.Next(10, 223)}.{r.Next(0, 255)}.{r.Next(0, 255)}.{r.Next(1, 254)}:{r.Next(1024, 9999)}/{Pick(r, "v1", "v2", "hc")}/status 200")),
        new("two-look-alike-codes", r => $"{Pick(r, "型號", "料號", "品號", "S/N", "SKU", "零件編號")} {Letters(r)}-{r.Next(2, 10)}{Pick(r, "O", "I", "l", "o")}{Pick(r, "O", "I", "l", "o")}{Pick(r, "", " 缺貨", "，兩個")}"),
        new("english-vehicle-non-plates", r => Pick(r,
            $"The taxi fare was NT${r.Next(150, 900)} and the ride took {r.Next(10, 50)} minutes.",
            $"{Pick(r, "Car park", "The taxi rank", "Truck stop")} level B{r.Next(1, 5)}, {Pick(r, "bay", "row", "lot", "pad", "dock")} {r.Next(100, 999)}, is closed until {r.Next(1, 12)} pm.",
            $"He rode a {Pick(r, "Yamaha", "Honda", "Kymco", "Suzuki")} scooter {Pick(r, "NMAX-155", "PCX-160", "KRV-180", "GSX-150")} to work.",
            $"The truck carried {r.Next(2, 30)} pallets, invoice {Letters(r)}-{Digits(r, 8)}.")),
        // Round 26: codes and versions compared by vs where no collision is named (AB-123 vs CD-456 latency, v3.1 vs v3.2).
        new("versus-codes", r => Pick(r,
            $"Benchmark: {Letters(r)}-{r.Next(100, 999)} vs {Letters(r)}-{r.Next(100, 999)} latency {r.Next(2, 90)} ms",
            $"{Pick(r, "型號", "規格比較", "SKU")} {Letters(r)}{Pick(r, "-", " ")}{r.Next(1000, 9999)} vs {Letters(r)}{Pick(r, "-", " ")}{r.Next(1000, 9999)}，差價 {r.Next(100, 999)} 元",
            $"Python {r.Next(2, 4)}.{r.Next(0, 13)} vs {r.Next(2, 4)}.{r.Next(0, 13)}, score {r.Next(60, 120)} vs {r.Next(60, 120)}")),
        new("coordinates", r => Pick(r,
            $"{r.Next(21, 26)}.{Digits(r, 4)}, {r.Next(119, 122)}.{Digits(r, 4)}",
            $"({r.Next(21, 26)}.{Digits(r, 6)}, {r.Next(119, 122)}.{Digits(r, 6)})",
            $"N{r.Next(21, 26)}°{r.Next(0, 60):00}'{r.Next(0, 60):00}\" E{r.Next(119, 122)}°{r.Next(0, 60):00}'")),
        // Round 25 (sets U9, U10; code pasted by police IT staff): a checksum-valid ID or certificate glued inside a code
        // token — a constant's upper-case words joined by underscores, an API key's prefix, short digit groups among
        // letters, capitals no name is written in — on either side, in a config line, a header, JSON, a log line or a URL.
        new("code-token-ids", r => Pick(r,
            $"{Pick(r, "API_KEY", "TOKEN", "SESSION", "CACHE_KEY", "TMP", "X_REQ")}_{TokenId(r)}_{Upper(r, 4 + r.Next(5))}",
            $"{Pick(r, "sk-", "pk_live_", "ghp_", "xoxb-", "AKIA")}{Alnum(r, 4 + r.Next(6))}{TokenId(r)}{Alnum(r, 4 + r.Next(6))}",
            $"{TokenId(r)}{OddCase(r)}",
            $"{Alnum(r, 3 + r.Next(6))}{TokenId(r)}{Pick(r, "", Alnum(r, 3 + r.Next(5)))}",
            $"{Hex(r, 8 + r.Next(8))}{TokenId(r)}{Hex(r, 8 + r.Next(8))}",
            $"{Pick(r, "apiKey=", "Authorization: Bearer ", "\"token\": \"", "/api/v1/sessions/", "session ")}{Lower(r, 3)}{r.Next(1, 10)}{Lower(r, 2)}{TokenId(r)}{OddCase(r)}",
            $"{Pick(r, "var key = \"", "apiKey: ", "secret=", "\"token\": \"", "Bearer ")}{Pick(r, Lower(r, 3 + r.Next(4)), Upper(r, 1) + Lower(r, 2))}{TokenId(r)}")),
        // Round 26 (sets U11, U12): escapes the engine now undoes, around no value — URL-encoded queries of words, dates,
        // amounts and case numbers, a form's '+' between numbers that are no phone, JSON \u escapes of Chinese, HTML
        // references, quoted-printable lines, base64 and hex digests, GUIDs with escaped hyphens.
        new("escaped-non-values", r => Pick(r,
            $"/search?q=%E8%BB%8A%E7%89%8C%E6%9F%A5%E8%A9%A2&page={r.Next(1, 9)}&size={Pick(r, "20", "50")}&sort=date%2Cdesc",
            $"redirect=https%3A%2F%2Fcase.example.org%2Fv1%2Fcases%2F{r.Next(110, 115)}{Digits(r, 6)}%3Fview%3Dfull",
            $"amount=1%2C{Digits(r, 3)}%2C{Digits(r, 3)}&date={r.Next(2020, 2026)}%2F{r.Next(1, 13):00}%2F{r.Next(1, 29):00}&time={r.Next(10, 24)}%3A{r.Next(10, 60)}",
            $"total={r.Next(100, 999)}+{r.Next(100, 999)}+{r.Next(10, 99)}&items={r.Next(2, 9)}+{r.Next(2, 9)}",
            $"{{\"note\":\"\\u53F0\\u5317\\u5E02\\u4E2D\\u6B63\\u5340 {r.Next(110, 115)}\\u5E74{r.Next(1, 13)}\\u6708\",\"ver\":\"{r.Next(1, 9)}.{r.Next(0, 20)}.{r.Next(0, 99)}\"}}",
            $"&lt;td&gt;{r.Next(110, 115)}&#24180;{r.Next(1, 13)}&#26376;&lt;/td&gt;&lt;td&gt;NT&#36;{r.Next(1000, 99999)}&lt;/td&gt; AT&amp;T &#x53F0;&#x5317;",
            $"Subject: =?UTF-8?Q?=E6=A1=88=E4=BB=B6?= {r.Next(110, 115)}=E5=B9=B4 ref=3D{Digits(r, 8)}",
            $"Authorization: Basic {Alnum(r, 10)}+{r.Next(10, 99)}/{Hex(r, 12)}==",
            $"/callback?sig={Alnum(r, 8)}+{r.Next(10, 99)}{Alnum(r, 6)}%2F{Hex(r, 10)}%3D&state={Hex(r, 8)}",
            $"sha256={Hex(r, 40)} etag=W%2F%22{Hex(r, 16)}%22",
            $"trace={Hex(r, 8)}%2D{Hex(r, 4)}%2D4{Hex(r, 3)}%2D{Hex(r, 4)}%2D{Hex(r, 12)}",
            $"/api/v1/cases?no={r.Next(110, 115)}%E5%B9%B4%E5%BA%A6%E5%81%B5%E5%AD%97%E7%AC%AC{r.Next(1000, 99999)}%E8%99%9F&ts={Digits(r, 13)}")),
        // Round 27 (sets U13, U14): the shapes of PhoneLogFrames around no phone.
        new("phone-log-look-alikes", PhoneLogFrames.LookAlike),
        // Round 30 (categories of sets U21, U22): the shapes of CheckpointLogs around no plate (a parking space before its word).
        new("checkpoint-log-look-alikes", CheckpointLogs.LookAlike),
        // Round 34 (categories of sets U25, U26): the layouts of PastedRosters around no phone — a roster's column of order
        // numbers, amounts, case numbers, ROC dates or counts beside Latin names; a duty roster ending its lines with counts,
        // times and dates; dates, clock spans and amounts in Chinese numerals after a colon.
        new("pasted-roster-look-alikes", PastedRosters.LookAlike),
        // Round 36 (categories of sets U29, U30): the shapes of PastedDocuments around no phone, and the shapes that made false
        // findings in pasted documents — a chat's reply after a clock time (15:12 OK), a statement's amount ending its line
        // above a date, plates and phones masked in a record with a model code counted after them.
        new("pasted-document-look-alikes", PastedDocuments.LookAlike),
        // Round 37 (categories of sets U31, U32): the layouts of ForeignPersonRows around no phone — a foreign person's row whose
        // third column holds an amount, a count, a postcode, a date, a seven-digit order number or a list of fractions, or
        // order numbers under their header; a list line ending with a date or an amount.
        new("foreign-person-row-look-alikes", ForeignPersonRows.LookAlike),
        // Round 38 (categories of sets U33, U34): the shapes of NationalityRows around no phone — a nationality cell beside a
        // passport number, a date, an amount or a count; digits after a number's name ending in 號碼 or before 元; a card
        // statement's authorisation codes.
        new("nationality-row-look-alikes", NationalityRows.LookAlike),
        // Round 39 (issue 9 §1): the frames of PlainLandlines around no phone — seven or eight digits after a label naming
        // something else (統編, 發票, 訂單, 案號, 日期…), amounts after 家用, office hours, a floor after an address; and prose
        // dense in the characters read for digits beside numerals and radio numerals (MixedSoundAlikes).
        new("plain-landline-look-alikes", PlainLandlines.LookAlike),
        new("mixed-sound-alike-prose", MixedSoundAlikes.LookAlike),
        // Round 40 (set U40): runs of the whole list's rare sound-alikes that are no value, beside common ones (SoundAlikeTableCells).
        new("sound-alike-table-look-alikes", SoundAlikeTableCells.LookAlike),
        // Round 40 (det-forms40b): numbered lists whose rows are no phones, with a call list's notes (NumberedCallLists).
        new("numbered-call-list-look-alikes", NumberedCallLists.LookAlike),
        // det-foreign42 (sets U43, U44): the frames of UnnamedCountryPhones around no phone — accounts after 匯款, order and
        // tracking numbers, UBNs and invoices, dates, times and amounts in a roll's phone column, a log's decimal before the next
        // line's time stamp, a masked phone's tail, law articles and case numbers beside a call verb.
        new("unnamed-country-phone-look-alikes", UnnamedCountryPhones.LookAlike),
        // Round 41 (det-mixed41, set U42): words of sound-alike characters parted by one repeated mark, words after a landline
        // label, financial amounts, Chinese-numeral dates, times, law articles and addresses, circled lists (MixedNumeralKinds).
        new("mixed-numeral-kinds-look-alikes", MixedNumeralKinds.LookAlike),
        // Round 29 (categories of sets U17, U18): the shapes of StyledCharacters around no personal data — a circled list
        // number before a case number, a Markdown-emphasised invoice or order number, an HTML-escaped date, a
        // percent-encoded order id, superscript footnote marks after a number, Arabic-Indic and Thai digits in an amount.
        new("styled.list-number", r => Pick(r,
            $"①{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號 ②{110 + r.Next(4)}年度偵字第{r.Next(1000, 99999)}號",
            $"⑴ 案號 {110 + r.Next(4)}{Digits(r, 7)} ⑵ 案號 {110 + r.Next(4)}{Digits(r, 7)}",
            $"❶訂單 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 6)}",
            $"➀ 發票號碼 {Letters(r)}-{Digits(r, 8)}",
            $"⒈ 案件編號 {110 + r.Next(4)}{Digits(r, 7)} ⒉ 結案")),
        new("markdown.invoice", r => Pick(r,
            $"發票號碼 **{Letters(r)}**-{Digits(r, 8)}",
            $"訂單編號 **{2023 + r.Next(3)}**{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 6)}",
            $"單號：`{Digits(r, 4)}`{Digits(r, 6)}",
            $"金額 **{r.Next(1000, 99999):N0}** 元，發票 {Letters(r)}*{Digits(r, 4)}*{Digits(r, 4)}",
            $"統一編號 {r.Next(1, 10)}{Digits(r, 2)}~~{r.Next(10)}~~{Digits(r, 5)}")),
        new("html.date", r => Pick(r,
            Html($"{100 + r.Next(14)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}", r),
            Html($"{2020 + r.Next(6)}-{r.Next(1, 13):00}-{r.Next(1, 29):00}", r),
            "民國" + Html($"{100 + r.Next(14)}", r) + $"年{r.Next(1, 13)}月{r.Next(1, 29)}日",
            "發票號碼 " + Html($"{Letters(r)}-{Digits(r, 8)}", r),
            "案號 " + Html($"{110 + r.Next(4)}{Digits(r, 7)}", r))),
        new("percent.order-id", r => Pick(r,
            $"/orders?order_id={Percent($"{2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 6)}", r)}&page=2",
            $"/search?q=%E6%A1%88%E8%99%9F%20{Percent($"{110 + r.Next(4)}{Digits(r, 7)}", r)}",
            $"ref%3D{2023 + r.Next(3)}%2D{r.Next(1, 13):00}{r.Next(1, 29):00}%2D{Digits(r, 3)}",
            $"invoice={Letters(r)}%2D{Percent(Digits(r, 8), r)}")),
        new("superscript.footnote", r => Pick(r,
            $"依刑法第{r.Next(100, 340)}條¹規定，罰金 {r.Next(1000, 99999):N0} 元²",
            $"共計新台幣 {r.Next(100000, 9999999):N0} 元³",
            $"案號 {110 + r.Next(4)}{Digits(r, 7)}¹ 已結案²",
            $"訂單 {2023 + r.Next(3)}{r.Next(1, 13):00}{r.Next(1, 29):00}{Digits(r, 6)}⁴",
            $"統一編號 {r.Next(1, 10)}{Digits(r, 7)}₁，發票 {Letters(r)}{Digits(r, 8)}₂")),
        new("script-digits.amount", r => Pick(r,
            "المبلغ " + StyledCharacters.InScript($"{r.Next(1000, 999999)}", 0x0660) + " دينار",
            "金額 " + StyledCharacters.InScript($"{r.Next(10000, 99999999)}", 0x0660) + " 元",
            "تاریخ " + StyledCharacters.InScript($"{1390 + r.Next(14)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}", 0x06F0),
            "ราคา " + StyledCharacters.InScript($"{r.Next(1, 99)},{r.Next(100, 999)}", 0x0E50) + " บาท วันที่ " + StyledCharacters.InScript($"{r.Next(1, 29)}/{r.Next(1, 13):00}/{2560 + r.Next(8)}", 0x0E50),
            "राशि ₹" + StyledCharacters.InScript($"{r.Next(1, 99)},{r.Next(10, 99)},{r.Next(100, 999)}", 0x0966))),
        // Round 29 (sets U19, U20): the characters written for digits (諧音) in the prose they come from — place names with
        // 山, times with 午, family words, 久 and 期 in dates and instalments — beside numbers, and numbers of a value's
        // length with a stray one of them at an edge (第12345678期) or wholly in them but no value (an order number).
        new("sound-alike-prose", r => Pick(r,
            $"{Pick(r, "中山", "陽明山", "佛光山", "山腳", "靈山")}路{r.Next(1, 300)}巷{r.Next(1, 40)}弄{r.Next(1, 99)}號{r.Next(2, 15)}樓",
            $"下午{r.Next(1, 6)}點{r.Next(10, 60)}分在{Pick(r, "中山", "巴士站", "酒吧", "寺廟")}見面",
            $"上午{r.Next(8, 10):00}:00-12:00，下午{r.Next(13, 15)}:00-{r.Next(16, 18)}:30",
            $"爸爸今年{r.Next(40, 80)}歲，{Pick(r, "妻子", "兒子", "阿姨")}{r.Next(10, 60)}歲，久居{Pick(r, "山上", "舊城")}",
            $"{r.Next(110, 115)}年第{r.Next(1, 13)}期，分{r.Next(3, 36)}期，每期{r.Next(1000, 9999)}元",
            $"發行第{Digits(r, 8)}期 {Pick(r, "已寄出", "請留存")}",
            $"期別 {Digits(r, 8)}，{Pick(r, "好久不見", "留言給爸爸", "衣服留在山上")}",
            $"訂單 {SoundAlikeDigits.Every("1" + Digits(r, 8), r)} {Pick(r, "已出貨", "退回")}",
            $"舞蹈班第{r.Next(1, 9)}期 {r.Next(1, 13)}/{r.Next(1, 29)} 午{r.Next(1, 5)}:{r.Next(10, 60)} 寺前集合")),
        // Round 29 (sets U19, U20): rows and columns of single characters that are no value — survey scores and flags one per
        // cell, a numbered list and a vertical count one per line.
        // Round 32 (categories of sets U23, U24): the shapes of VisibleCorrections around no personal data — deletion marks
        // and brackets in comparisons, formulas, articles and footnotes; letter readings before nine digits that are a
        // word or fail the checksum.
        new("correction-marks-in-text", VisibleCorrections.MarksInText),
        new("letter-readings-in-text", VisibleCorrections.ReadingsInText),
        // Round 34 (categories of sets U25, U26): the shapes of DisguisedRecords around no personal data.
        new("disguised-records-look-alikes", DisguisedRecords.InRecords),
        // Round 36 (categories of sets U29, U30): the shapes of DisguisedCardsAndIds around no card, ID or certificate.
        new("disguised-cards-and-ids-look-alikes", DisguisedCardsAndIds.InText),
        // Round 37 (categories of sets U31, U32): the letter given apart (字頭, 大寫, spelling words) around no ID.
        new("letter-apart-look-alikes", DisguisedCardsAndIds.LetterApartInText),
        // Round 38 (categories of sets U33, U34): letters described (spelling word and joining word, 字頭 with a place, an
        // example word) before digits failing the checksum, 字頭 in prose, codes scanned with bars that make no ID.
        new("described-letters-and-scans-look-alikes", DescribedLettersAndScans.InText),
        // Round 35 (categories of sets U27, U28): prose dense in the characters read for digits, 菱 and the other líng
        // characters among them — poems, addresses, shop names, ages and hours — and runs of them that are no value (a serial
        // starting with 1, a masked phone).
        new("sound-alike-prose.staff-typed", r => Pick(r,
            $"{Pick(r, "凌雲", "陵園", "菱角", "靈山", "中山")}路{r.Next(1, 300)}巷{r.Next(1, 40)}號{r.Next(2, 15)}樓",
            $"凌晨{r.Next(1, 6)}點{r.Next(10, 60)}分，{Pick(r, "陵園", "菱角攤", "酒吧", "山寺")}旁，{Pick(r, "爸爸", "妻子")}年齡{r.Next(30, 90)}歲",
            $"菱角酥 {r.Next(80, 400)} 元，羚羊牌{Pick(r, "舞鞋", "衣架")} {r.Next(2, 9)} 雙，{Pick(r, "久久", "吾家")}商行",
            "山寺鐘聲久，菱歌舞溜妻，\n凌波衣似舞，爸酒醉山溪。",
            $"年齡：{r.Next(18, 90)}　凌晨 {r.Next(0, 5)}:{r.Next(10, 60)}　{Pick(r, "陵", "菱", "齡")}字第{r.Next(100, 999)}號",
            $"序號 {SoundAlikeDigits.StaffTyped("1" + Digits(r, 9), r)} {Pick(r, "已出貨", "退回")}",
            $"手機 菱酒{Pick(r, "衣", "餓", "山")}{Pick(r, "寺", "舞")}-***-*{Pick(r, "溜", "妻")}{Pick(r, "爸", "酒")}（已遮罩）")),
        // Round 35 (categories of sets U27, U28): bars beside look-alike letters that join no value — a model code with a bar
        // after its hyphen, a log row of short cells, words and short numbers between bars.
        new("bars-beside-look-alikes", r => Pick(r,
            $"型號 {Pick(r, "KS", "OS", "BZ", "SB")}-|{Digits(r, 3)}，庫存 {r.Next(1, 99)}",
            $"{r.Next(2020, 2026)}-{r.Next(10, 13)}-{r.Next(10, 29)}|O{r.Next(1, 9)}|Z{r.Next(1, 9)}|S{r.Next(1, 9)}|B{r.Next(1, 9)}",
            $"| O{r.Next(1, 9)} | Z{r.Next(1, 9)} | {r.Next(1, 9)} | SOS |",
            $"HELLO|WORLD|{r.Next(2000, 2030)}|BIOS|{r.Next(100, 999)}",
            $"工單 {r.Next(2000, 9999)}-|{r.Next(1000, 9999)} 已結案",
            $"SKU {Pick(r, "ZB", "OS", "IB")}{r.Next(10, 99)}|{Pick(r, "S", "B", "Z")}{r.Next(100, 999)}|{r.Next(1, 9)}")),
        new("single-character-cells", r => Pick(r,
            $"題號,{string.Join(",", Enumerable.Range(0, 12).Select(_ => r.Next(1, 6)))}",
            $"| 評分 | {string.Join(" | ", Enumerable.Range(0, 10).Select(_ => r.Next(1, 6)))} |",
            $"旗標\t{string.Join("\t", Enumerable.Range(0, 16).Select(_ => r.Next(0, 2)))}",
            $"步驟\n{string.Join("\n", Enumerable.Range(1, 9))}\n完成",
            $"等級,{string.Join(",", Enumerable.Range(0, 9).Select(_ => "ABCDE"[r.Next(5)]))}")),
    };

    // Round 29: about half the characters as decimal or hexadecimal HTML references, the rest plain.
    private static string Html(string value, Random r) =>
        string.Concat(value.Select(c => r.Next(2) == 0 ? c.ToString() : r.Next(2) == 0 ? $"&#{(int)c};" : $"&#x{(int)c:x};"));

    // Round 29: about half the digits percent-encoded (%32 for 2), the rest plain.
    private static string Percent(string value, Random r) =>
        string.Concat(value.Select(c => char.IsAsciiDigit(c) && r.Next(2) == 0 ? $"%{(int)c:X2}" : c.ToString()));

    private static readonly (string Name, Func<string, string> Frame)[] Frames =
    {
        ("sentence", v => $"系統紀錄：{v}，請確認。"),
        ("table", v => $"| 項目 | 內容 |\n|---|---|\n| 紀錄 | {v} |"),
        ("csv", v => $"項目,內容\n紀錄,{v}"),
        ("json", v => $"{{\"note\":\"{v}\"}}"),
        ("line", v => $"[09:15] 阿明: {v} 收到"),
        ("english", v => $"Ref: {v}, see attached."),
    };

    private static readonly string[] Carriers = { "請協助整理以下資料。", "以上資料供承辦人參考。", "承辦員警已完成初步訪查。" };

    // A bank's code (a call prefix's shape: 00x, 0xx) and an account of twelve to fourteen digits.
    private static string BankCodeAccount(Random r) => $"{Pick(r, "002", "005", "006", "007", "008", "009", "012")}-{Digits(r, 12 + r.Next(3))}";

    // A foreign code then a mobile's groups, no plus (81 90 1234 5678, 63-917-204-5512).
    private static string CodeWithoutPlusShape(Random r) => ForeignCountries.CodeWithoutPlus(r).Canonical;

    // A trunk 0 and nine to eleven digits in a phone's grouping (0771 234 567, 0812-3456-7890).
    private static string ForeignMobileShape(Random r) => Pick(r,
        $"0{Pick(r, "3", "7", "8")}{Digits(r, 2)} {Digits(r, 3)} {Digits(r, 3)}", $"08{Digits(r, 2)}-{Digits(r, 4)}-{Digits(r, 4)}", $"0{Pick(r, "7", "8")}{Digits(r, 8)}");

    public static IEnumerable<GeneratedNegative> All(int casesPerCell = 8)
    {
        foreach (var family in Families)
        foreach (var (frameName, frame) in Frames)
        foreach (var fullWidth in new[] { false, true })
        {
            string cell = $"{family.Name} × {(fullWidth ? "full-width" : "plain")} × {frameName}";
            var random = new Random(CaseGenerator.StableSeed(cell));
            for (int k = 0; k < casesPerCell; k++)
            {
                var value = family.Make(random);
                if (fullWidth) value = FullWidthDigits(value);
                var snippet = frame(value);
                var carrier = Carriers[random.Next(Carriers.Length)];
                var text = (k % 3) switch { 0 => snippet + "\n" + carrier, 1 => carrier + "\n" + snippet + "\n" + carrier, _ => carrier + snippet };
                yield return new GeneratedNegative(cell, family.Name, text);
            }
        }
    }

    /// <summary>
    /// <paramref name="typed"/> (a letter, then letters that look like digits and any digits), <paramref name="separator"/> and
    /// the digits that make the whole, read with l, i and I as 1 and o and O as 0, an ID or an old certificate number with a
    /// valid check digit; a prefix that cannot start one (a sex digit other than 1 or 2) is returned with random digits.
    /// </summary>
    private static string WithValidReading(string typed, string separator, Random r)
    {
        var reading = typed.ToUpperInvariant().Select((c, i) => i == 0 ? c : c is 'L' or 'I' ? '1' : c == 'O' ? '0' : c).ToArray();
        bool old = reading.Length > 1 && reading[1] is >= 'A' and <= 'D';
        int from = old ? 2 : 1;
        var known = new string(reading, Math.Min(from, reading.Length), Math.Max(0, reading.Length - from));
        if (!old && known.Length > 0 && known[0] is not ('1' or '2')) return typed + separator + Digits(r, 10 - typed.Length);
        var sex = old ? reading[1] : known.Length > 0 ? known[0] : '1';
        var serial = (old ? known : known.Length > 0 ? known[1..] : "") + Digits(r, 7);
        var id = old ? SyntheticIds.OldResident(reading[0], sex, serial[..7]) : SyntheticIds.Numeric(reading[0], sex - '0', serial[..7]);
        return typed + separator + id[typed.Length..];
    }

    // A valid ID with two of its serial digits typed as the letters that look like them (D or Q for 0, Z for 2, G for 6, T
    // for 7, g or q for 9): a code's shape once a label names it.
    private static string OcrCode(Random r)
    {
        var id = SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7)).ToCharArray();
        const string digits = "0279", letters = "DZTg";
        for (int i = 2, typed = 0; i < id.Length && typed < 2; i++)
        {
            int d = digits.IndexOf(id[i]);
            if (d < 0 || r.Next(2) == 0) continue;
            id[i] = letters[d];
            typed++;
        }
        return new string(id);
    }

    // A valid ID (sex digit 2) or old certificate whose first digit is typed as the capital OCR puts for it, the only letter
    // so typed: Z for 2, D or Q for 0, G for 6, T for 7, B for 8.
    private static string FirstDigitCode(Random r)
    {
        char letter = SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length - 1)]; // not O: OZ… is a landline's 02 typed so
        if (r.Next(2) == 0) return letter + "Z" + SyntheticIds.Numeric(letter, 2, Digits(r, 7))[2..];
        var id = SyntheticIds.OldResident(letter, (char)('A' + r.Next(4)), Digits(r, 7)).ToCharArray();
        const string digits = "02678", capitals = "DZGTB";
        int d = digits.IndexOf(id[2]);
        if (d < 0) id[2] = '8'; // then a code whose checksum fails: as clean a code
        id[2] = capitals[digits.IndexOf(id[2])];
        return new string(id);
    }

    // Sixteen digits passing Luhn, three or four of their 0s and 1s after the first four typed as O or l, under a label that
    // names an order, a part, a parcel or an account (オーダー番号, 주문번호, mã đơn hàng, SKU …).
    private static string LookAlikeLuhnCode(Random r)
    {
        char[] chars;
        List<int> places;
        do
        {
            string body = Pick(r, "4", "5", "3") + Digits(r, 14);
            chars = (body + LuhnDigit(body)).ToCharArray();
            places = Enumerable.Range(4, chars.Length - 4).Where(i => chars[i] is '0' or '1').ToList();
        } while (places.Count < 3);
        for (int typed = Math.Min(places.Count, 3 + r.Next(2)); typed > 0; typed--)
        {
            int at = r.Next(places.Count);
            chars[places[at]] = chars[places[at]] == '0' ? 'O' : 'l';
            places.RemoveAt(at);
        }
        var code = new string(chars);
        if (r.Next(2) == 0) code = string.Join("-", code.Chunk(4).Select(c => new string(c)));
        return $"{Pick(r, "オーダー番号 ", "주문번호 ", "mã đơn hàng ", "SKU ", "料號：", "追蹤碼 ", "nomor pesanan ", "型號 ")}{code}{Pick(r, " の件", " 확인", "，缺貨", "")}";
    }

    private static string SlashRecordPassingLuhn(Random r)
    {
        string body = "4" + Digits(r, 2) + "1" + Digits(r, 11);
        string digits = body + LuhnDigit(body);
        return $"{Pick(r, "庫存盤點 ", "批次紀錄：", "倉儲代碼 ")}{digits[..3]}/{digits[3..7]}.{digits[7..10]}.{digits[10..13]}/{digits[13..]} {Pick(r, "件", "箱", "筆")}";
    }

    private static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];

    // A parking space's code: a level and a number (B2-017, P2-118).
    private static string KeyNamedId(Random r)
    {
        var key = Pick(r, "cam", "camera", "sensor", "device", "gate", "lane", "rack", "meter");
        var id = $"{key[..3].ToUpperInvariant()}-{Digits(r, 4)}";
        return Pick(r, $"'{key}': '{id}'", $"{key}={id}", $"{char.ToUpperInvariant(key[0])}{key[1..]}: {id}");
    }

    private static readonly string[] DialPrefixes = { "002", "005", "006", "007", "009" };

    // A model's code as a model column holds it: letters and a number (FKR 125, ZT 350), a short code with its hyphen (MT-25, CB-400F).
    private static string ModelCode(Random r) => Pick(r,
        $"{Letters(r)}{Pick(r, "", "S")} {Pick(r, "50", "125", "150", "200", "300", "350")}",
        $"{Letters(r)}-{Digits(r, 2)}{Pick(r, "", "R")}",
        $"{Pick(r, "Fiddle", "Racing", "Cuxi")} {Letters(r)} {Pick(r, "110", "125", "158")}");

    // A model of VehicleModelCodes in a plate's older shape (two or three letters, a hyphen, two or three digits).
    private static string KnownModel(Random r) => KnownModels[r.Next(KnownModels.Length)];

    private static readonly string[] KnownModels = VehicleModelCodes.Entries
        .SelectMany(family => family.Numbers.Split(' ').Where(number => number.Length >= 2).Select(number => family.Series + "-" + number)).ToArray();

    private static string ParkingSpace(Random r) => $"{Pick(r, "B", "P", "F")}{r.Next(1, 4)}-{r.Next(10, 120):000}";

    private static string Letters(Random r) => new(new[] { (char)('A' + r.Next(26)), (char)('A' + r.Next(26)) });

    // Round 28: a number from ten to ninety-nine and one from a hundred to nine hundred ninety-nine read with place words.
    private static string Tens(Random r) => PlaceWords(r.Next(10, 100));

    private static string Hundreds(Random r) => PlaceWords(r.Next(100, 1000));

    private static string PlaceWords(int n)
    {
        const string numerals = "零一二三四五六七八九";
        string tens(int t) => (t / 10 == 1 ? "十" : numerals[t / 10] + "十") + (t % 10 == 0 ? "" : numerals[t % 10].ToString());
        if (n < 100) return tens(n);
        var hundreds = numerals[n / 100] + "百";
        int rest = n % 100;
        return rest == 0 ? hundreds : rest < 10 ? hundreds + "零" + numerals[rest] : hundreds + (rest < 20 ? "一" + tens(rest) : tens(rest));
    }

    // An ID-shaped letter and nine digits read out with fillers whose check digit is wrong.
    private static string SplitId(Random r)
    {
        var wrong = WrongId(r);
        return $"{wrong[0]} {Pick(r, "然後", "uh", "…… 嗯", "再來")} {wrong[1..4]} {Pick(r, "接著", "then", "，對")} {wrong[4..7]} {Pick(r, "呃", "那個")} {wrong[7..]}";
    }

    // A value given in two parts, cut at `at` by the words naming the second.
    // Round 29: an ID whose check fails, dictated in three chunks under its label.
    private static string WrongIdInChunks(Random r)
    {
        var id = WrongId(r);
        return $"身分證{id[..4]}，中間三碼{id[4..7]}，最後{id[7..]}";
    }

    private static string InParts(string value, int at, string words) => value[..at] + words + value[at..];

    // A ROC date as a record writes it.
    private static string RocDate(Random r) => Pick(r, $"{105 + r.Next(10)}.{r.Next(1, 13):00}.{r.Next(1, 29):00}", $"{105 + r.Next(10)}/{r.Next(1, 13):00}/{r.Next(1, 29):00}",
        $"{105 + r.Next(10)}年{r.Next(1, 13)}月{r.Next(1, 29)}日", $"{105 + r.Next(10)}{r.Next(1, 13):00}{r.Next(1, 29):00}");

    private static string Wrap(string value, int at) => value[..at] + "\n" + value[at..];

    // The value cut at `at` by an aside of any kind.
    private static string Interrupt(Random r, string value, int at) => value[..at] + Pick(r, Interruptions.InLine.Concat(Interruptions.Continued).ToArray()) + value[at..];

    private static string NextPartPieces(Random r)
    {
        char letter = SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length - 2)];
        var id = r.Next(3) == 0 ? SyntheticIds.OldResident(letter, "ABCD"[r.Next(4)], Digits(r, 7)) : SyntheticIds.Numeric(letter, 1 + r.Next(2), Digits(r, 7));
        var pieces = r.Next(3) switch
        {
            0 => SyntheticIds.Corrupt(id, r.Next(9)),
            1 => id[..^1],
            _ => id + Digits(r, 1),
        };
        // (the rest kept to three to six digits: seven or eight after a colon are a local phone number's shape, another class)
        int cut = 5 + r.Next(3);
        string words = Pick(r, "，下一截", "，第二組：", "、後面六碼", "，末五位是", "；另一半", "，再唸一遍後段，", "，剩下的部分是");
        return Pick(r, "身分證", "統一證號", "單號", "料號", "")
            + Pick(r, "", "：") + pieces[..cut] + words + pieces[cut..] + Pick(r, "，請查。", "", " 謝謝");
    }

    private static string DisownedIds(Random r)
    {
        string label = Pick(r, "身分證欄位", "身分證號", "證號", "居留證號", "統一證號", "ID No.");
        string value = WrongIdOrCertificate(r);
        string more = Pick(r, "", $"、{WrongIdOrCertificate(r)}", $" 和 {WrongIdOrCertificate(r)}");
        string before = Pick(r, "請說明為何檢查碼不對：", "系統測試用的", "下列是隨機產生的", "匯入時驗證失敗的", "教育訓練範例：", "Please explain why the test value ");
        string after = Pick(r, "，檢查碼算不過", "（格式錯誤，已退件）", "是測試資料嗎？", "，這串是亂碼嗎", "，系統說驗證不過", "，查無此人", " fails the checksum",
            " (invalid, dummy data)", "，是假資料", "，不存在這個人");
        return r.Next(3) switch
        {
            0 => $"{label} {value}{more}{after}",
            1 => $"{before}{label} {value}{more}",
            _ => $"{before}{label}{value}{more}{after}",
        };
    }

    private static string RecordLabel(Random r) =>
        Pick(r, "調查紀錄表編號", "紀錄編號", "報告編號", "相片編號", "照片編號", "表單編號", "檔案編號", "卷宗檔號", "工單", "表單", "警號");

    private static string NamedElsewhereIds(Random r)
    {
        string value = WrongIdOrCertificate(r);
        string label = Pick(r, "調查紀錄表編號", "卷宗檔號", "單據", "檔案編號", "報告編號", "相片編號", "表單編號", "登記簿序", "slip ", "file no. ", "form ", "");
        string idWord = Pick(r, "當事人持身分證到場", "身分證正反面已影印", "居留證正本已核對", "身分證字號欄位空白", "the resident certificate was sighted", "an ID card was shown");
        string masked = $"{SyntheticIds.Letters[r.Next(20)]}{r.Next(1, 3)}{Digits(r, 2)}****{Digits(r, 2)}";
        return r.Next(8) switch
        {
            0 => $"{idWord}。{label}{value}，已歸檔。",
            1 => $"{label}{value}，另案存查。{idWord}。",
            2 => $"{idWord}，{label}{value}另送鑑識。",
            3 => $"{label}{value}（{Pick(r, "內部序號", "表單流水碼", "系統產生")}，{Pick(r, "並非證件號碼", "不是身分證號碼", "not an ID number")}）",
            4 => $"Exhibit {r.Next(1, 60)}: scanned {label}{value}; {idWord}.",
            5 => $"Codes from the import log — {WrongIdOrCertificate(r)} / {WrongIdOrCertificate(r)} / {value} — {idWord}",
            6 => $"| 身分證 | {Pick(r, "報告編號", "檔號", "單據")} |\n|---|---|\n| {masked} | {value} |",
            _ => $"{{\"身分證\": \"{masked}\", \"{Pick(r, "reportNo", "fileNo", "slip", "檔號")}\": \"{value}\"}}",
        };
    }

    // A wrong-checksum national ID, old certificate or 2021 certificate.
    private static string WrongIdOrCertificate(Random r)
    {
        char letter = SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length - 2)]; // not I or O: a typed 1 or 0 is its own class
        return r.Next(3) switch
        {
            0 => WrongId(r),
            1 => SyntheticIds.Corrupt(SyntheticIds.OldResident(letter, "ABCD"[r.Next(4)], Digits(r, 7)), 1 + r.Next(9)),
            _ => SyntheticIds.Corrupt(SyntheticIds.Numeric(letter, 8 + r.Next(2), Digits(r, 7)), 1 + r.Next(9)),
        };
    }

    // Ten digits whose check passes with the first digit read as the area letter it looks like (S 5, B 8, Z 2, G 6, A 4, T 7).
    private static string ScannedLetterCode(Random r)
    {
        const string letters = "SBZGAT", digits = "582647";
        int k = r.Next(letters.Length);
        return digits[k] + SyntheticIds.Numeric(letters[k], 1 + r.Next(2), Digits(r, 7))[1..];
    }

    // A checksum-valid ID with one digit changed, so the check fails.
    private static string WrongId(Random r) =>
        SyntheticIds.Corrupt(SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), Digits(r, 7)), 1 + r.Next(9));

    // Sixteen digits that fail Luhn.
    private static string WrongCard(Random r)
    {
        var digits = Imei(r, 16);
        return digits[..15] + (char)('0' + (digits[15] - '0' + 1 + r.Next(9)) % 10);
    }

    // Four groups of four digits with fillers that fail Luhn.
    private static string SplitCard(Random r)
    {
        var wrong = WrongCard(r);
        return $"{wrong[..4]} 然後 {wrong[4..8]} uh {wrong[8..12]} 再來 {wrong[12..]}";
    }

    // Digits with a Luhn check digit: 15 as IMEIs are (3GPP TS 23.003), 16 for the software-version form.
    private static string Imei(Random r, int length = 15)
    {
        var body = "35" + Digits(r, length - 3);
        return body + LuhnDigit(body);
    }

    // A checksum-valid ID or certificate (2021 or old form) for a code token to hold.
    private static string TokenId(Random r)
    {
        char letter = SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)];
        return r.Next(3) switch
        {
            0 => SyntheticIds.Numeric(letter, 1 + r.Next(2), Digits(r, 7)),
            1 => SyntheticIds.Numeric(letter, 8 + r.Next(2), Digits(r, 7)),
            _ => SyntheticIds.OldResident(letter, "ABCD"[r.Next(4)], Digits(r, 7)),
        };
    }

    // Letters and digits as a key mixes them, with at least one digit group of one to three digits among the letters.
    private static string Alnum(Random r, int count) => Lower(r, 1) + r.Next(1, 1000) + FromSet(r, count, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789");

    // A mixed-case tail no name is written in: a capital, small letters, a capital run or a digit group.
    private static string OddCase(Random r) => Upper(r, 1) + Lower(r, 1 + r.Next(3)) + Pick(r, Upper(r, 2) + Lower(r, 1), r.Next(1, 100) + Lower(r, 2), Lower(r, 2) + Upper(r, 1));

    private static string Hex(Random r, int count) => FromSet(r, count - 2, "0123456789abcdef") + r.Next(1, 10) + "e";

    private static string Upper(Random r, int count) => FromSet(r, count, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static string Lower(Random r, int count) => FromSet(r, count, "abcdefghijklmnopqrstuvwxyz");

    private static string FromSet(Random r, int count, string set)
    {
        var chars = new char[count];
        for (int i = 0; i < count; i++) chars[i] = set[r.Next(set.Length)];
        return new string(chars);
    }

    private static string FullWidthDigits(string value)
    {
        var chars = value.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (chars[i] is >= '0' and <= '9') chars[i] = (char)(chars[i] + 0xFEE0);
        return new string(chars);
    }
}
