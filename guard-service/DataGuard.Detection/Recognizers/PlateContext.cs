using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The words around a licence plate: context words of the plate profile, labels, driving verbs and vehicle nouns right
/// before a value, makes whose model codes look like plates, and model suffixes and counts that make a code a model.
/// </summary>
internal static class PlateContext
{
    /// <summary>"ABC-1235型", "XYZ-9988 系列": a model name, not a plate.</summary>
    private const double ModelSuffixPenalty = 0.35;

    // 模型 (round 36, set U29): a scale model counted in a seizure list (SU-27 模型一組).
    private static readonly string[] ModelSuffixes = { "型", "款", "版", "系", "模型", "班機", "航班", "號班機", "次航班", "次班機" };

    /// <summary>
    /// "地下室B2-164號車位被占用", "停在B1-07號停車格": a parking space's word right after a level-and-number code names the
    /// code a space, as a model suffix names a model, whatever vehicle words stand further off (round 30, set U21).
    /// </summary>
    private static readonly string[] ParkingSpaceSuffixes = { "號車位", "車位", "號停車位", "停車位", "號停車格", "停車格", "號機車位", "機車位", "號車格", "車格" };

    /// <summary>Vehicle makes: context for a plate written near them, but the name of a model right after them (賓士 GLC-300).</summary>
    private static readonly string[] Makes =
    {
        "TOYOTA", "NISSAN", "HONDA", "MAZDA", "MITSUBISHI", "FORD", "BMW", "BENZ", "LEXUS", "HYUNDAI", "KIA", "SUZUKI",
        "YAMAHA", "KYMCO", "SYM", "GOGORO", "VOLKSWAGEN", "AUDI", "VOLVO", "TESLA", "SUBARU", "LUXGEN", "豐田", "本田",
        "日產", "裕隆", "三菱", "福特", "賓士", "馬自達", "特斯拉", "光陽", "三陽", "山葉", "睿能",
        "KTM", "KAWASAKI", "DUCATI", "TRIUMPH", "APRILIA", "VESPA", "PIAGGIO", "PORSCHE", // motorcycles and cars of set S's stop logs (KTM 200 Adventure)
    };

    /// <summary>Words that name the value right after them as a plate; nearer than a make, they win.</summary>
    private static readonly string[] PlateLabels = { "車號", "車牌", "牌照", "號牌", "plate", "車牌號碼" };

    internal const double DrivingVerbBoost = 0.35;

    /// <summary>What a negative word (型號, model) near the value takes off; "Tesla Model 3" names the car, and gets it back.</summary>
    private const double NegativePenalty = 0.35;

    /// <summary>
    /// Verbs of driving, riding, parking, borrowing or renting a vehicle (騎ABC-1235, 開 AB-1234, 借用 1234-RA): right before a
    /// value they name it a plate as a label does. Single characters such as 開 or 騎 count only there, never in the window.
    /// </summary>
    internal static readonly ContextWord[] DrivingVerbs = ContextWord.All(new[]
    {
        "駕", "開", "騎", "駛", "停", "借", "租", "駕駛", "開著", "騎著", "騎乘", "駕著", "停放", "借用", "租用", "搭乘", "坐上",
        "懸掛", "換掛", "改掛", // a plate mounted on a vehicle (原懸掛5P9391，後換掛…)
        "協尋", "幫查", // a duty chat's request to look for or check a vehicle (注意協尋BMP0378, 幫查FB  256)
        "檢舉", // a citizen's report names the vehicle reported (接獲檢舉TR-5818沿路蛇行)
        "檢舉的", "檢舉之", // and so does a reply about it (您檢舉的KT5-628已開單)
        // a formal letter's attributive 之 after the verb (台端所開之ABC-1235與林君所騎之AB-12345擦撞: the car you drove)
        "開之", "騎之", "駕之", "駕駛之",
        // an English duty log's stop (stopped 578-KTE for speeding); "speeding" anywhere in a log would lift its times and
        // references (04:30  TH national, re 114年度…), so only the verb right before the value counts
        "stopped", "pulled over",
        // a stop or a seizure written right before the plate (剛剛攔到…，無照; 攔下…; round 22)
        "攔到", "攔下", "攔查", "攔停",
    });

    // Filed by last character: asked right before every plate-shaped chain, most of which no verb ends at.
    internal static readonly WordsByChar DrivingVerbsByLastChar = new(DrivingVerbs, byLastChar: true);

    /// <summary>Below this a layout cannot stand alone; a plate label right before it then counts twice (車牌 wv07878).</summary>
    internal const double StandAloneScore = 0.5;

    /// <summary>Plate labels right before the value (車牌 wv07878, plate no. 5P6653); only these let a mixed code written without its separator count.</summary>
    internal static readonly ContextWord[] PlateLabelsImmediate = ContextWord.All(new[]
    {
        "車號", "車牌", "牌照", "號牌", "車牌號碼", "車 號", "車 牌", "紅牌", "黃牌", "白牌", "綠牌", "車子", "plate", "plate no.", "plate no", "plate number", "license plate", "reg. no.",
        "懸掛", "換掛", "改掛",
        // the word for a plate in the languages of migrant workers and visitors writing to the police (Thai ทะเบียน,
        // Vietnamese biển số, Indonesian plat nomor / nomor polisi, Tagalog plaka)
        "ทะเบียน", "ป้ายทะเบียน", "ทะเบียนรถ", "biển số", "biển số xe", "bien so", "biển kiểm soát", "plat nomor", "nomor polisi", "nopol", "plaka",
        "plateNo", "plate_no", "plateNumber", "plate_number", "licensePlate", "舊牌", // a JSON key (set N), an old plate
        // round 26: Japanese ナンバー (…車両ナンバーは…), Tagalog plaka with its linker (may plakang …), Indonesian plat
        "ナンバー", "ナンバーは", "plakang", "plat", "nomor plat",
        // round 27: Korean 번호판 (plate) with or without its topic particle, 차량 번호 (vehicle number); Indonesian plat
        // motor / plat mobil (a motorcycle's or car's plate)
        "번호판", "번호판은", "번호판이", "차량 번호", "차량번호", "차 번호", "차량 번호는", "차 번호는", "자동차 번호",
        "plat motor", "nomor plat motor", "plat mobil", "nomor plat mobil",
    });

    // Filed by last character: asked right before every plate-shaped chain, most of which no label ends at.
    internal static readonly WordsByChar PlateLabelsImmediateByLastChar = new(PlateLabelsImmediate, byLastChar: true);

    /// <summary>
    /// A vehicle named by its English, Tagalog, Indonesian or Vietnamese noun right before the value (Cab KT-318, taxi RN-452,
    /// kotse MK-248, mobil 5K8-TR, xe LT-635): names it a plate as 機車 or 計程車 right before a value does (round 26).
    /// </summary>
    internal static readonly ContextWord[] VehicleNounsBefore = ContextWord.All(new[]
    {
        "cab", "taxi", "car", "truck", "scooter", "motorbike", "motorcycle", "vehicle", "van", "lorry", "sedan", "minivan", "pickup",
        "kotse", "sasakyan", "motorsiklo", "taksi", "mobil", "sepeda motor", "xe", "xe máy", "ô tô", "タクシー", "バイク",
        // round 27: Korean taxi, motorcycle, car, vehicle, truck (택시 KT-318, 오토바이 …)
        "택시", "오토바이", "자동차", "차량", "트럭",
    });

    private static readonly ContextWord[] MakeWords = ContextWord.All(Makes);

    /// <summary>Whether the letters (folded to upper case) spell a make: BMW 520i is a make and its model.</summary>
    internal static bool IsMake(ReadOnlySpan<char> letters)
    {
        return WordLists.IsAny(letters, Makes);
    }

    // The makes as a list of the one-pass context search: most prompts name none, and then no plate follows one.
    private static readonly int MakeListId = ContextVocabulary.RegisterList(MakeWords);
    private static readonly ContextWord[] PlateLabelWords = ContextWord.All(PlateLabels);

    // The plate labels as a list of the one-pass context search: a prompt that names no plate has no plate column, and
    // its weak readings skip the walk up to a table's header.
    private static readonly int PlateLabelListId = ContextVocabulary.RegisterList(PlateLabelWords);
    private static readonly string MakeFirstChars = FirstCharsOf(Makes);
    private static readonly string PlateLabelFirstChars = FirstCharsOf(PlateLabels);

    /// <summary>Labels of what a plate-shaped code is instead (a model, a part, an order, a place): searched just before the value.</summary>
    private static readonly string[] NegativeWords =
    {
        "型號", "機型", "料號", "品號", "貨號", "產品", "商品", "訂單", "序號", "版本", "發票", "編號", "批號", "規格", "零件", "顯卡", "晶片",
        // (not 分機: an extension is digits alone, and in a CSV row it labels the phone cell before a plate: …分機215,"KDR-2635")
        "處理器", "房號", "航班", "班機", "班次", "代號", "代碼", "編碼", "專案", "項目", "計畫", "任務", "方案", "活動",
        "model", "part", "SKU", "item", "version", "flight", "room", "project", "code", "ticket",
        // a train's model (列車EMU-800), not a plate; 電車 and 動車 name scooters too, and 捷運站 is a place where cars are
        "火車", "列車", "高鐵", "台鐵", "捷運車廂",
        // a piece of equipment's model (對講機XTS 3000型), not a plate; 無線電 is not among them: a duty log writes its radio
        // calls down after it (無線電通報 ND 幺五八三 往南), and a radio's model is counted or labelled (無線電 ZK-2345 十支)
        "對講機", "裝備", "器材", "設備",
        // a model asked about as a model (…是什麼車款)
        "車款",
        // a place in a building or warehouse (柱位 C3-118, 貨架 R2-40: set O)
        "柱位", "貨架", "儲位", "櫃位",
        // a parking space (車位B2-017, 停車位 P2-118: set P's rosters), a place where a car stands, not its plate
        "車位",
    };

    private static readonly ContextWord[] NegativeWordList = ContextWord.All(NegativeWords);
    private static readonly string NegativeFirstChars = FirstCharsOf(NegativeWords);

    /// <summary>Words naming a vehicle parked or its plate that, nearer the value than a negative label, name the value.</summary>
    private static readonly ContextWord[] NearerVehicleWords = ContextWord.All(Concat(PlateLabels, new[] { "違停", "違規停車", "臨停", "併排" }));

    internal static ContextProfile NewProfile() => new(
        strong: Concat(Makes, new[]
        {
            "車牌", "車號", "牌照", "車牌號碼", "號牌", "車輛", "機車", "汽車", "轎車", "貨車", "小客車", "計程車", "重機",
            "自小客", "自用小客車", "輕機", "休旅車", "車主", "行照", "廂型車", "營業車", "租賃車", "電動車", "租車", "公務車", "大客車",
            "騎乘", "騎著", "駕", "駕駛", "開著", "開車", "駕車", "台車", "輛車", "違停", "違規停車", "臨停", "併排", "二輪車", "微型電動",
            "重型機車", "大型重機", "肇逃", "plate", "license plate", "licence plate", "vehicle", "car", "scooter", "motorcycle", "motorbike",
            // the plural keys of a YAML or JSON record's lists (vehicles:⏎  - AB-123): an English word is read whole, so the
            // singular does not match them
            "vehicles", "cars", "plates", "license plates", "scooters", "motorcycles", "motorbikes",
            "registered keeper", "registered owner", "registered", "registration", "rental car", "driver of", "towed", "impound",
            "drives", "drove", "driving", "rides", "riding", "停放", "停在", "借用", "租用", "騎乘機車", "舊牌", "舊式車牌", "老車", "舊車", "追撞", "擦撞", "逕行舉發", "舉發", "車籍",
            "車 牌", "車 號", // a faxed or scanned form read back with a space between the characters of its labels
            "車籍資料", "車辨", "車牌辨識", "牌號", "number plate", "reg. no.",
            // a stolen vehicle: a hit list's or a report's heading names the plates under it (贓車查核名單…; round 25)
            "贓車",
            // a toll or tow log, a vehicle named by its plate's colour or by what it is (ETC 通行紀錄, 拖吊場, 紅牌, 車子)
            "ETC", "eTag", "通行紀錄", "拖吊場", "拖車", "車子", "紅牌", "黃牌", "白牌", "綠牌",
            // what a driver was reported or stopped for (…一路蛇行, …連續闖紅燈)
            "蛇行", "闖紅燈", "逆向行駛", "超速", "酒駕", "行駛路肩", "危險駕駛",
            // a roadside breath test and its reading: the codes in a sobriety checkpoint's log are the stopped vehicles'
            // plates (酒測臨檢紀錄⏎01:45 AB-123 王○○ …吐氣0.25mg/L; round 30, set U21); not 酒測 alone, which is also the
            // tester counted as equipment (酒測器 QX-1234 兩具)
            "酒測臨檢", "酒測紀錄", "酒測勤務", "酒測值", "吐氣", "呼氣酒精", "拒測", "路檢",
            // plate and vehicle words in Thai, Vietnamese, Indonesian and Tagalog
            "ทะเบียน", "ป้ายทะเบียน", "รถจักรยานยนต์", "รถยนต์", "biển số", "bien so", "biển kiểm soát", "xe máy", "ô tô", "plat nomor",
            "nomor polisi", "sepeda motor", "mobil", "plaka",
            // round 26: a cab, a truck or a plate named in English, Tagalog, Indonesian or Japanese (Cab KT-318 drove off…)
            "cab", "taxi", "truck", "lorry", "sedan", "kotse", "sasakyan", "motorsiklo", "taksi", "plakang", "タクシー", "バイク", "ナンバー",
            // round 27: Korean plate and vehicle words, Indonesian plat motor / plat mobil
            "번호판", "차량 번호", "차량번호", "택시", "오토바이", "자동차", "plat motor", "plat mobil",
        }),
        weak: new[] { "事故", "車", "違規", "罰單", "肇事", "逃逸", "監視器", "行駛", "停車", "路口", "拖吊", "driver" },
        negative: NegativeWords,
        strongBoost: 0.35,
        negativePenalty: NegativePenalty,
        labelDominates: true,
        negativeReleasedBy: ReleasesNegative);

    // "停車位旁違規停放RKT-5203與BRT-3081", "英文版本 A123456789 與 BQR-2068": a negative label reaches across the values of its
    // clause, but not past a nearer word naming the vehicle (違停, 車牌, a driving verb) or a person's identifier between it
    // and the value: the label named the place or the text those stand in, not the plate after them (round 28).
    private static bool ReleasesNegative(ReadOnlySpan<char> text, int from, int start)
    {
        var window = text.Slice(from, start - from);
        int negativeEnd = LastEnd(window, NegativeWordList, NegativeFirstChars);
        if (negativeEnd < 0) return false;
        var between = window.Slice(negativeEnd);
        return ContextWord.AnyIn(NearerVehicleWords, between) || ContextWord.AnyIn(DrivingVerbs, between) || PersonRecord.HoldsIdentifier(between);
    }

    // A plate label, a driving verb or a vehicle noun right before the value.
    internal static bool IsNamedImmediately(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediateByLastChar) || ContextScorer.IsLabelledImmediately(text, start, DrivingVerbsByLastChar)
        || FollowsVehicleNoun(text, start);

    // A driving verb, a vehicle noun in Chinese or another language, right before the value.
    private static bool FollowsVerbOrVehicle(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, DrivingVerbsByLastChar) || FollowsVehicleNoun(text, start)
        || ContextScorer.IsLabelledImmediately(text, start, VehicleNounsBefore);

    /// <summary>
    /// What the words right around a value add to its layout's score: a model suffix or count after it takes the
    /// <see cref="ModelSuffixPenalty"/>; otherwise a word naming it a plate right before it adds its boost.
    /// </summary>
    internal static double NeighbourhoodAdjustment(ReadOnlySpan<char> text, int start, int end, double baseScore, bool plateShaped = false) =>
        HasModelSuffix(text, start, end) ? -ModelSuffixPenalty : ImmediateBoost(text, start, end, baseScore, plateShaped);

    // A driving verb right before the value names it a plate, and so do a make and its model (車輛：HONDA FIT ABC-1235⏎) as a
    // vehicle noun does; so does a plate label, for layouts that cannot stand alone;
    // a field of a person's record beside an ID or mobile counts for a little less (黃○恩/Q193009926/DD-795/0988-916-922).
    private static double ImmediateBoost(ReadOnlySpan<char> text, int start, int end, double baseScore, bool plateShaped)
    {
        if (FollowsVerbOrVehicle(text, start) || VehicleInRemarkAfter(text, end)
            || VehicleVerbAfter(text, end) || CountedVehicleSeenAfter(text, start, end) || OwnedVehicle(text, start, end) || ListedBesidePlate(text, start, end)
            || CollisionPair.PairsWithPlate(text, start, end))
            return DrivingVerbBoost;
        if (MakeBefore(text, start, out var between) && VehicleEntry.NamesModel(between) && VehicleEntry.EndsDescription(text, start, end, plateShaped))
            return DrivingVerbBoost + (VehicleEntry.NamesModelWord(between) ? NegativePenalty : 0);
        return baseScore >= StandAloneScore ? 0 : WeakLayoutBoost(text, start, end);
    }

    /// <summary>
    /// What lifts a layout that cannot stand alone: a plate label right before it, a plate column, a person's record or a
    /// chat of identifiers around it.
    /// </summary>
    internal static double WeakLayoutBoost(ReadOnlySpan<char> text, int start, int end)
    {
        // a plate column's header names the value alone in its cell as a label before it would (車號⏎…⏎QK-472)
        if (ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediateByLastChar) || FillsNamedPlateColumn(text, start, end)) return DrivingVerbBoost;
        // a column whose other rows hold plates names the value as its header would, and that header's word, which would
        // count in the window too, is the plates themselves (round 37)
        if (PlateColumn.Holds(text, start, end)) return DrivingVerbBoost + RecordBoost;
        // a log line's component that reads or handles plates, a radio call asking to check the value (round 39)
        if (PlateLogComponent.NamesPlates(text, start) || RadioCall.AsksToCheck(text, start)) return DrivingVerbBoost;
        // an export's key or kind field naming plates ("vehicle": …, type=PLATE key=…; round 44)
        if (PlateFieldName.NamedByField(text, start)) return DrivingVerbBoost;
        return PersonRecord.Holds(text, start, end) || PersonRecord.OpensNamedRow(text, start, end) || PersonRecord.OpensGluedRow(text, start, end)
            || PersonRecord.BesideIdentifier(text, start, end) || PersonRecord.SentInChatOfIdentifiers(text, start, end)
            || RemarkHoldsPerson(text, end) ? RecordBoost : 0;
    }

    /// <summary>Vehicle words that do not end in 車 (車輛HH-⏎506, 自小客G8⏎-775, 普重機車 is caught by its 車).</summary>
    private static readonly string[] VehicleWords = { "車輛", "自小客", "自用小客", "營小客", "重機", "輕機" };

    /// <summary>Rail vehicles: the value after them is a train model (列車EMU-900), not a plate. 電車 is also a scooter (微電車).</summary>
    private static readonly string[] RailVehicles = { "火車", "列車", "捷運車", "高鐵車", "台鐵車" };

    // "騎乘機車JZY3056", "資源回收車zw-626", "營業拖車 KYS 293", "車輛KC5-⏎903": a vehicle noun right before the value names
    // the vehicle's plate, as a driving verb does.
    internal static bool FollowsVehicleNoun(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        // (是 too: 他的車是 …, 我的機車是 …)
        while (i > 0 && start - i < 3 && text[i - 1] is ' ' or '\u3000' or '：' or ':' or '(' or '（' or '"' or '「' or '<' or '[' or '{' or '\'' or '是') i--;
        if (i == 0) return false;
        if (FollowsDrivenVehicle(text, i) || ListedAfterVehicleCount(text, start)) return true;
        if (text[i - 1] != '車')
        {
            if (text[i - 1] is not ('輛' or '客' or '機')) return false;
            return WordLists.EndsWithAny(text.Slice(0, i), VehicleWords);
        }
        return !WordLists.EndsWithAny(text.Slice(0, i), RailVehicles);
    }

    // "L35521（自小客）", "RKW5831（普重機）於復興北路口移置": a vehicle named in a bracket right after the value names it as a
    // vehicle noun right before it would (a tow list's entry).
    internal static bool VehicleInRemarkAfter(ReadOnlySpan<char> text, int end)
    {
        for (int k = 0; k < 2 && end < text.Length && text[end] is ' ' or ']' or '」' or '』' or '"' or '\'' or '>' or '}' or ')'; k++) end++; // [TL784]（普輕機）
        if (end >= text.Length || text[end] is not ('（' or '(')) return false;
        var remark = text.Slice(end + 1, Math.Min(8, text.Length - end - 1));
        int close = remark.IndexOfAny("）)".AsSpan());
        return close > 0 && FollowsVehicleNoun(text, end + 1 + close) || RemarkAfter(text, end, out var words) && AnyOf(words, RegistrationWords);
    }

    /// <summary>
    /// What a remark after a vehicle's plate says of its registration (車主…, …過戶, 租賃, 報廢, 逾期未檢驗) or of the plate itself
    /// (疑似變造, 偽造, 疑似贓車): only a plated vehicle has one.
    /// </summary>
    private static readonly string[] RegistrationWords = { "車主", "過戶", "租賃", "報廢", "繳銷", "註銷", "原牌", "變造", "偽造", "未檢驗", "贓車" };

    /// <summary>How far after the bracket a remark's closing bracket is looked for.</summary>
    private const int RemarkReach = 24;

    // The words inside a bracket opened right after the value (or after a space), up to its closing bracket.
    private static bool RemarkAfter(ReadOnlySpan<char> text, int end, out ReadOnlySpan<char> remark)
    {
        remark = default;
        if (end < text.Length && text[end] is ')' or ']' or '}' or '>' or '"' or '\'' or '」' or '』') end++; // ("KT-215"（…）)
        if (end < text.Length && text[end] == ' ') end++;
        if (end >= text.Length || text[end] is not ('（' or '(')) return false;
        var rest = text.Slice(end + 1, Math.Min(RemarkReach, text.Length - end - 1));
        int close = rest.IndexOfAny("）)\n".AsSpan());
        if (close <= 0 || rest[close] == '\n') return false;
        remark = rest.Slice(0, close);
        return true;
    }

    private static bool AnyOf(ReadOnlySpan<char> words, string[] wanted)
    {
        foreach (var word in wanted) if (words.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    // "KT-215（王小明，0912-345-678）": a remark right after the value that names a person by an ID or a mobile of their own
    // makes the value a field of that person's record, as a row's other cells would.
    private static bool RemarkHoldsPerson(ReadOnlySpan<char> text, int end) => RemarkAfter(text, end, out var remark) && PersonRecord.HoldsIdentifier(remark);

    /// <summary>
    /// What a vehicle did on the road, or what the police did to it, written right after its plate (…違停於市場口, …查到了沒,
    /// …跑掉，往…, …被攔停). 失竊 and 送修 are not among them: a model is stolen or repaired as often as a plated vehicle.
    /// </summary>
    private static readonly string[] VehicleVerbsAfter =
    {
        "違停", "違規停車", "逃逸", "肇逃", "跑掉", "擦撞", "追撞", "蛇行", "闖紅燈", "攔停", "逆向", "超速", "被拖吊", "查到了", "是贓車", "已攔停", "被攔停", "已拖吊", "被拖走", "已經拖走", "拖走了",
        "之違規", // a formal notice's "the violation of …" (檢送…之違規影像)
        // a parking log's entry and exit, a ticket written (…KRT-5273 進場, 8K-2761 出場, …已開單)
        "進場", "出場", "駛入", "駛離", "已開單", "被開單", "已舉發",
        // a registry's status of a plated vehicle (…逾期未檢驗, …疑似贓車)
        "逾期未檢驗", "未檢驗", "逾檢", "疑似贓車",
        // a vehicle's ownership transferred (…將KT528-17過戶; round 38, set U34): a model is sold, a plated vehicle transferred
        "過戶",
    };

    // A vehicle verb glued after the value, or after a space or a closing bracket or quote (那輛(AB-123)查到了沒), names it a
    // plate as a driving verb before it does.
    internal static bool VehicleVerbAfter(ReadOnlySpan<char> text, int end)
    {
        // (a tab too: the next cell of a pasted row, …\t逾期未檢驗)
        for (int k = 0; k < 2 && end < text.Length && text[end] is ' ' or '\t' or ')' or '）' or ']' or '」' or '"' or '\'' or '}' or '>'; k++) end++;
        if (end >= text.Length || !CharFolding.IsHan(text[end])) return false;
        var rest = text.Slice(end);
        return WordLists.StartsWithAny(rest, VehicleVerbsAfter);
    }

    /// <summary>What a vehicle is seen doing on the road (…又出現在光復路, …剛剛經過路口): round 38, set U33.</summary>
    private static readonly string[] SeenOnRoadVerbs = { "出現在", "出現於", "又出現", "經過", "開走", "開過", "開進", "停在", "駛過", "駛進", "繞回" };

    /// <summary>Adverbs of time between a vehicle and its verb (剛剛又出現在…).</summary>
    private static readonly string[] TimeAdverbs = { "剛剛", "剛才", "今天", "昨天", "又", "也", "還", "再", "已" };

    // "那台KT-482剛剛又出現在光復路": a vehicle pointed at by its measure word (那台, 這輛) and seen on the road after it;
    // 那台 alone names any machine (那台XR-150要送修), a machine does not turn up on a road by itself.
    private static bool CountedVehicleSeenAfter(ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 2 || VehicleMeasureWords.IndexOf(text[start - 1]) < 0 || text[start - 2] is not ('那' or '這')) return false;
        var rest = text.Slice(end);
        for (bool skipped = true; skipped;)
        {
            skipped = false;
            foreach (var adverb in TimeAdverbs)
            {
                if (!rest.StartsWith(adverb.AsSpan(), StringComparison.Ordinal)) continue;
                rest = rest.Slice(adverb.Length);
                skipped = true;
            }
        }
        return WordLists.StartsWithAny(rest, SeenOnRoadVerbs);
    }

    /// <summary>Verbs of driving that a vehicle's measure word may follow (開他那台, 騎著一台).</summary>
    private const string DrivingChars = "開騎駕";

    // "前夫常開他那台6618-RW到公司堵人", "騎著一台KD-6617": a vehicle counted by its measure word after a driving verb is
    // named as a vehicle noun would name it; 那台 alone (那台XR-150要送修) names any machine.
    private static bool FollowsDrivenVehicle(ReadOnlySpan<char> text, int end)
    {
        if (end < 3 || text[end - 1] is not ('台' or '臺' or '輛' or '部') || text[end - 2] is not ('那' or '這' or '一')) return false;
        for (int i = end - 3; i >= 0 && i >= end - 5; i--) if (DrivingChars.IndexOf(text[i]) >= 0) return true;
        return false;
    }

    /// <summary>Persons whose vehicle 那台 / 這輛 points at (他那台, 我的這輛, 他們那部).</summary>
    private const string Owners = "他她我你妳";

    /// <summary>What a machine, not a vehicle, does or holds (他那台XR-150又當機了, …的墨水沒了, …要送修).</summary>
    private static readonly string[] MachineWords = { "當機", "送修", "墨水", "碳粉", "螢幕", "開機", "重灌", "列印", "軟體", "網路", "藍芽" };

    /// <summary>How far after the value a machine's word is looked for, within its clause.</summary>
    private const int MachineWordReach = 12;

    // Round 39: "他那台 9531-RJ昨天被刮了", "我的那輛 …": a person's own vehicle pointed at by its measure word (a machine's words
    // after it still name a machine: MachineWordAfter); 那台 with no owner names any machine (那台XR-150要送修).
    private static bool OwnedVehicle(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i > 0 && start - i < 2 && text[i - 1] is ' ' or '\u3000' or '是') i--;
        if (i < 3 || text[i - 1] is not ('台' or '臺' or '輛' or '部') || text[i - 2] is not ('那' or '這')) return false;
        int owner = i - 3;
        if (owner > 0 && text[owner] == '的') owner--;
        if (owner > 0 && text[owner] == '們') owner--;
        return Owners.IndexOf(text[owner]) >= 0;
    }

    // "他那台XR-150又當機了", "DF-882螢幕壞了": a machine's words right after an older layout in its clause name a machine's model,
    // whatever vehicle words stand further off (round 39); a plate label or driving verb right before it still names a plate.
    private static bool MachineWordAfter(ReadOnlySpan<char> text, int start, int end) =>
        AnyWordAfter(text, end, MachineWordReach, "，。；;,\n！!？?", MachineWords) && !IsNamedImmediately(text, start);

    /// <summary>How far back along its line a list's count of vehicles is looked for (共3輛：…；…；).</summary>
    private const int VehicleListReach = 48;

    // "共3輛：KR-2613；MK-518；…", "計2台：…、…": a count of vehicles and a colon open a list whose items are their plates; the
    // value is an item when only other items (letters, digits, separators, no words) stand between the colon and it.
    private static bool ListedAfterVehicleCount(ReadOnlySpan<char> text, int start)
    {
        for (int i = start; i > 0 && start - i < VehicleListReach; i--)
        {
            char c = text[i - 1];
            if (c is '：' or ':') return i >= 3 && VehicleMeasureWords.IndexOf(text[i - 2]) >= 0 && CharFolding.KindOf(text[i - 3]) == CharKind.Digit;
            if (c is '\n' or '\r' || CharFolding.IsHan(c) && CharFolding.KindOf(c) != CharKind.Digit) return false;
        }
        return false;
    }

    /// <summary>Words that join the items of a list (KRT-5273與KT-215, …、…, …和…).</summary>
    private const string ListJoiners = "與和及跟、";

    // "KRT-5273與KT-215", "RAB-1235、7Z61-KT": a value listed right after a plate in the 2012 layout with its hyphen is the next
    // plate of the list.
    private static bool ListedAfterPlate(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        if (i > 0 && text[i - 1] is '(' or '[' or '{' or '<' or '"' or '\'' or '「' or '（') i--;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i == 0 || ListJoiners.IndexOf(text[i - 1]) < 0) return false;
        i--;
        while (i > 0 && text[i - 1] == ' ') i--;
        return EndsCurrentPlate(text, i);
    }

    /// <summary>Whether the value is listed right before or after a 2012 plate with its hyphen (a list of plates).</summary>
    internal static bool ListedBesidePlate(ReadOnlySpan<char> text, int start, int end) => ListedAfterPlate(text, start) || ListedBeforePlate(text, end);

    // "常有 WG-833、JLA-5896 進出" (round 44): a value listed right before a plate in the 2012 layout with its hyphen is a plate of
    // the same list, as one listed after it is.
    private static bool ListedBeforePlate(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        if (i < text.Length && text[i] is ')' or ']' or '}' or '>' or '"' or '\'' or '」' or '）') i++;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == text.Length || ListJoiners.IndexOf(text[i]) < 0) return false;
        i++;
        while (i < text.Length && text[i] is ' ' or '"' or '\'' or '「') i++;
        return i + CurrentPlateLength <= text.Length && EndsCurrentPlate(text, i + CurrentPlateLength)
            && (i + CurrentPlateLength == text.Length || !AsciiChars.IsLetterOrDigit(text[i + CurrentPlateLength]));
    }

    /// <summary>Characters of a 2012 plate with its hyphen (KDG-8351).</summary>
    private const int CurrentPlateLength = 8;

    // Three capitals, a hyphen and four digits end right before `end`, the capitals starting a token (…KDG-8351).
    private static bool EndsCurrentPlate(ReadOnlySpan<char> text, int end)
    {
        const int Length = CurrentPlateLength;
        if (end < Length || end - Length > 0 && AsciiChars.IsLetter(text[end - Length - 1])) return false;
        var plate = text.Slice(end - Length, Length);
        for (int k = 0; k < Length; k++)
        {
            var folded = CharFolding.Fold(plate[k]);
            bool fits = k < 3 ? folded.Kind == CharKind.Letter : k == 3 ? folded is { Kind: CharKind.Separator, Value: '-' } : folded.Kind == CharKind.Digit;
            if (!fits) return false;
        }
        return true;
    }

    // 車牌：QX-50, plate_no: NC-750, 攔下MT-03, a 車號 column: a plate label or a driving verb right before the value, or a
    // plate column above it, names it a plate whatever model shares its letters and digits (a vehicle noun does not: 機車
    // NC-750 names the model as often).
    internal static bool IsNamedAsPlate(ReadOnlySpan<char> text, int start, int end) =>
        ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediateByLastChar) || IsLabelledAsPlate(text, start)
        || ContextScorer.IsLabelledImmediately(text, start, DrivingVerbsByLastChar) || FillsPlateColumn(text, start, end)
        || NamesPlateColumn(TableCell.SpacedHeader(text, start));

    // The value fills its cell under a header that names plates (車牌(舊), 車號) or the vehicle they are on (重機, 微電車), or
    // in a column whose other rows hold plates (round 37: a roster's hyphenless KTW5281 among KTW-5281s; PlateColumn).
    internal static bool FillsPlateColumn(ReadOnlySpan<char> text, int start, int end) =>
        FillsNamedPlateColumn(text, start, end) || PlateColumn.Holds(text, start, end);

    private static bool FillsNamedPlateColumn(ReadOnlySpan<char> text, int start, int end)
    {
        if (!ContextWordIndex.MayOccurInScannedText(PlateLabelListId, text) && !ContextWordIndex.MayOccurInScannedText(VehicleColumnListId, text)) return false;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        if (!header.IsEmpty && wholeCell && !FollowsLetterOrDigit(text, start) && NamesPlateColumn(header)) return true;
        // a fixed-width roll (統一編號  e-mail  姓名  Plate⏎…  MHU-535): its header names the cells below it beyond the
        // context window too (round 34, set U26)
        if (header.IsEmpty && TableCell.FillsSpacedCell(text, start, end) && NamesPlateColumn(TableCell.SpacedHeader(text, start))) return true;
        // (det-foreign45: a header of single words over rows cut any way, No Name ID Tel Plate; a delimited block's first row
        // is no header then)
        // (det-lists46: a row cut its own way — spaces, commas — under a barred or comma header of a record list)
        return HeaderWordColumns.Names(text, start, end, PlateHeader) || OwnCutRows.Names(text, start, end, PlateHeader);
    }

    /// <summary>A header word naming plates or the vehicle they are on (車號, Plate, 機車).</summary>
    private static readonly HeaderWordColumns.WordTest PlateHeader = static word => NamesPlateColumn(word);

    /// <summary>
    /// Headers of a column of vehicles (重機, 微電車, 肇事機車, vehicle): a record's vehicle is written down by its plate, as
    /// under 車號. A header naming something of the vehicle (車型, 機車顏色, 車主) does not end with one of them.
    /// </summary>
    private static readonly string[] VehicleColumns =
    {
        "車輛", "機車", "重機", "輕機", "汽車", "自小客", "微電車", "電動車", "電動機車", "重型機車", "大型重機", "小客車", "貨車", "營業車", "租賃車",
        "vehicle", "scooter", "motorcycle", "moto", "car",
    };

    private static readonly int VehicleColumnListId = ContextVocabulary.RegisterList(ContextWord.All(VehicleColumns));

    // A header naming plates anywhere in its cell (車牌(舊)), or ending with a vehicle (肇事機車, 重機).
    internal static bool NamesPlateColumn(ReadOnlySpan<char> header) => ContextWord.AnyIn(PlateLabelWords, header) || EndsWithAny(header, VehicleColumns);

    /// <summary>
    /// Headers and keys of a column of vehicle models (車型, 型號, model), of a registration's make and type (廠牌, 型式, 廠牌型式)
    /// and of a seizure list's item (品名, 品項): the code in it names a model, not a plate.
    /// </summary>
    private static readonly string[] ModelColumns =
    {
        "車型", "車款", "型號", "機型", "廠牌型號", "型式", "廠牌", "品名", "品項", "model", "vehicle_model", "vehicleModel", "car_model", "brand",
    };

    internal static readonly ContextWord[] ModelKeys = ContextWord.All(ModelColumns);

    private static readonly int ModelColumnListId = ContextVocabulary.RegisterList(ModelKeys);

    // "車型: FKR 125" under its header, {"車型": "MT-25"}: a code in a model's column or after a model's key names the model,
    // whatever its shape (with the make's other words in the cell too: Fiddle LX 115).
    internal static bool FillsModelColumn(ReadOnlySpan<char> text, int start, int end, bool currentScheme = false)
    {
        if (!ContextWordIndex.MayOccurInScannedText(ModelColumnListId, text)) return false;
        if (ContextScorer.IsLabelledImmediately(text, start, ModelKeys)) return true;
        // "品名：NOVA QZ-250", "廠牌型式：Racing WK-125": the key, then the series' words, then the code (an older layout only:
        // 廠牌：TOYOTA Camry ABC-1235 ends with the car's plate).
        int name = ModelNameStart(text, start);
        if (!currentScheme && name < start && ContextScorer.IsLabelledImmediately(text, name, ModelKeys)) return true;
        // (only in a row with the header's count of cells: a wrapped row counts its columns from the wrong place)
        var header = TableCell.Header(text, start, end, out _, out var headerRow);
        if (!header.IsEmpty) return EndsWithAny(header, ModelColumns) && (headerRow.IsEmpty || TableCell.IsWholeRow(text, start, headerRow)) && !IsLabelledAsPlate(text, start);
        // a fixed-width report's header (型號  引擎號碼  台數⏎QZ-250  …), or a heading over its rows (## 型號⏎QZ-250  …)
        return EndsWithAny(TableCell.SpacedHeader(text, start), ModelColumns) && !IsLabelledAsPlate(text, start)
            || !currentScheme && name == TableCell.LineStart(text, start) && ModelHeadingAbove(text, start);
    }

    /// <summary>How far before a code the words of a model's name are read (SUPER NOVA QZ-250).</summary>
    private const int ModelNameReach = 24;

    // Where the words of Latin letters written right before the value, each followed by a space, start (start itself when
    // there are none): "NOVA " in 品名：NOVA QZ-250.
    private static int ModelNameStart(ReadOnlySpan<char> text, int start)
    {
        int name = start;
        int limit = Math.Max(0, start - ModelNameReach);
        while (name > limit && text[name - 1] == ' ')
        {
            int word = name - 1;
            while (word > limit && text[word - 1] == ' ') word--;
            int letters = word;
            while (letters > limit && AsciiChars.IsLetter(text[letters - 1])) letters--;
            if (word - letters < 2) break;
            name = letters;
        }
        return name;
    }

    /// <summary>How many lines above a row its report's heading is looked for.</summary>
    private const int HeadingReach = 12;

    // "## 型號⏎QZ-250  …⏎NOVA WK 125  …": a heading that names models ([品名], ## 車型, 型號：) over the rows of a report with no
    // cell delimiters names the code that opens a row; a blank line ends the report, and a heading naming plates keeps them.
    private static bool ModelHeadingAbove(ReadOnlySpan<char> text, int start)
    {
        int lineStart = TableCell.LineStart(text, start);
        for (int rows = 0; rows < HeadingReach && lineStart > 0; rows++)
        {
            int previous = TableCell.LineStart(text, lineStart - 1);
            var line = text.Slice(previous, lineStart - 1 - previous).Trim(" \t\u3000\r".AsSpan());
            if (line.IsEmpty) return false;
            if (IsHeading(line)) return ContainsAny(line, ModelColumns) && !NamesPlateColumn(line);
            lineStart = previous;
        }
        return false;
    }

    // 【…】, […], a Markdown heading, or a few words ending with a colon alone on their line.
    private static bool IsHeading(ReadOnlySpan<char> line) =>
        line[0] is '【' && line[line.Length - 1] is '】' || line[0] is '[' && line[line.Length - 1] is ']' || line[0] == '#'
        || line.Length <= 8 && line[line.Length - 1] is '：' or ':';

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] words)
    {
        foreach (var word in words) if (line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    // Whether the cell, trimmed of spaces and quotes, ends with one of the words (any case).
    private static bool EndsWithAny(ReadOnlySpan<char> cell, string[] words)
    {
        cell = cell.Trim(" \t\u3000\"'`*".AsSpan());
        return WordLists.EndsWithAny(cell, words, StringComparison.OrdinalIgnoreCase);
    }

    // "<td>D G H  1 9 6 6</td>": GH 1966 read from inside the cell's value does not fill the cell (an HTML cell is judged
    // by what follows the value only).
    private static bool FollowsLetterOrDigit(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        return i > 0 && CharFolding.IsAlphanumeric(text[i - 1]);
    }

    /// <summary>
    /// What a plate-shaped value names instead of a plate, whatever its layout: another column of a table that keeps its
    /// plates in a column of their own (for the older layouts: a plate of the 2012 scheme is one wherever it stands), the
    /// model of a brand written right before it, or a count.
    /// </summary>
    internal static bool NamesSomethingElse(ReadOnlySpan<char> text, int start, int end, bool currentScheme) =>
        CountsRightAfter(text, end) || ItemCountAfter.Follows(text, end) && !IsNamedImmediately(text, start) || FollowsBrandName(text, start) || InsideAccentedWord(text, start, end) || AbbreviatesItsKey(text, start)
        || NonPlateCodes.NamesOther(text, start, end) || FillsModelColumn(text, start, end, currentScheme)
        || !currentScheme && (FillsOtherColumnOfPlateTable(text, start, end) || MachineWordAfter(text, start, end));

    /// <summary>Units of a count or an amount (件 cases, 次 times, 名 persons, 筆 entries, 元 dollars, 歲 years of age, 萬…).</summary>
    internal const string CountUnits = "件次名筆元歲萬億%％";

    // "A3 96件", "B1 12名": a code's digits followed by the unit of a count are the count of a class (accidents of class A2),
    // not a plate's digits; a plate is never followed by a unit.
    private static bool CountsRightAfter(ReadOnlySpan<char> text, int end)
    {
        if (end < text.Length && text[end] == ' ') end++;
        // "LIKE 'BKR-6027%'": a percent sign before a closing quote is a query's wildcard, not a share.
        if (end + 1 < text.Length && text[end] == '%' && text[end + 1] is '\'' or '"') return false;
        return end < text.Length && CountUnits.IndexOf(text[end]) >= 0;
    }

    // "車位編號	樓層	車牌⏎B2-017	C棟5F	KVW-2861": where the header row names a plate column, a code alone in a cell of
    // another column (a parking space, a ticket or case number, a model) is that column's value, not a plate.
    internal static bool FillsOtherColumnOfPlateTable(ReadOnlySpan<char> text, int start, int end)
    {
        if (!ContextWordIndex.MayOccurInScannedText(PlateLabelListId, text)) return false;
        var header = TableCell.Header(text, start, end, out bool wholeCell, out var headerRow);
        if (!header.IsEmpty) return wholeCell && !NamesPlateColumn(header) && ContextWord.AnyIn(PlateLabelWords, headerRow)
            && TableCell.IsWholeRow(text, start, headerRow);
        // the same in a fixed-width roll (編號  班機  姓名  車號⏎1  CI-123  林○豪  未登記; round 34)
        header = TableCell.SpacedHeader(text, start, out headerRow);
        return !header.IsEmpty && TableCell.FillsSpacedCell(text, start, end) && !NamesPlateColumn(header) && ContextWord.AnyIn(PlateLabelWords, headerRow);
    }

    // "DeWALT DHX-485", "PlayStation CUH-2017", "SanDisk SDX-128": a word in a brand's own casing (a capital, later a small
    // letter followed by a capital) right before a code names its maker, and the code its model. Vehicle makes are
    // written plainly (Toyota, GOGORO) and are read by FollowsMake.
    private static bool FollowsBrandName(ReadOnlySpan<char> text, int start)
    {
        int end = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        int i = end;
        while (i > 0 && AsciiChars.IsLetter(text[i - 1])) i--;
        if (end - i < 4 || i > 0 && char.IsDigit(text[i - 1]) || !char.IsUpper(text[i])) return false;
        for (int k = i + 2; k < end; k++)
        {
            if (char.IsUpper(text[k]) && char.IsLower(text[k - 1])) return true;
        }
        return false;
    }

    /// <summary>What may stand between a key or label and its value ("cam": "CAM-0417", device=DEV-4821, Gate: GAT-1182).</summary>
    private const string KeyValueJoiners = " \"':=\t";

    // "cam": "CAM-0417", "sensor": "SEN-2231", device DEV-4821: a code whose letters start the English word naming its
    // field is an identifier numbered after that field (cameras, devices, tickets); a plate's letters are issued at
    // random and never spell its label.
    private static bool AbbreviatesItsKey(ReadOnlySpan<char> text, int start)
    {
        int letters = 0;
        while (start + letters < text.Length && AsciiChars.IsLetter(text[start + letters])) letters++;
        if (letters < 2) return false;
        int keyEnd = start;
        while (keyEnd > 0 && start - keyEnd < 4 && KeyValueJoiners.IndexOf(text[keyEnd - 1]) >= 0) keyEnd--;
        int keyStart = keyEnd;
        while (keyStart > 0 && AsciiChars.IsLetter(text[keyStart - 1])) keyStart--;
        return keyEnd - keyStart >= letters && keyEnd < start
            && text.Slice(keyStart, letters).Equals(text.Slice(start, letters), StringComparison.OrdinalIgnoreCase);
    }

    // "12 ngày", "Đường dây nóng 1977": letters glued to an accented Latin letter (Vietnamese, French…) are a piece of a
    // word that the chain reader cut at its diacritic, not a plate's letters.
    private static bool InsideAccentedWord(ReadOnlySpan<char> text, int start, int end) =>
        start > 0 && IsAccentedLatin(text[start - 1]) || end < text.Length && IsAccentedLatin(text[end]);

    private static bool IsAccentedLatin(char c) => c is >= '\u00C0' and <= '\u024F' and not ('\u00D7' or '\u00F7') || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>A plate-shaped field of a person's record (see <see cref="PersonRecord"/>).</summary>
    private const double RecordBoost = 0.25;

    /// <summary>Measure words for vehicles, weapons and other things a model code counts (XR-150兩台, AK-47一把, MT-15一台).</summary>
    private const string MeasureWords = "輛辆台臺部把支架隻只個个張张件具枝挺艘組组";

    /// <summary>Measure words that count vehicles: after them a count may number the plates listed (AB-1234兩台).</summary>
    internal const string VehicleMeasureWords = CountAfter.VehicleMeasureWords;

    // "XR-150兩台", "AK-47一把", "QX-1234 兩具": a number and a measure word right after the code (a space between) count
    // it, so the code names a model; the measure word found is returned.
    private static bool IsCounted(ReadOnlySpan<char> text, int end, out char measure) => IsCounted(text, end, asciiDigits: false, out measure, out _);

    // (asciiDigits: a count typed in digits, 監視器2台, where a product's noun already parts it from the code)
    private static bool IsCounted(ReadOnlySpan<char> text, int end, bool asciiDigits, out char measure, out int after)
    {
        measure = '\0';
        after = -1;
        if (end < text.Length && text[end] == ' ') end++;
        int i = end;
        while (i < text.Length && i - end < 3 && ((CharFolding.Fold(text[i]).Evasions & Evasions.ChineseNumerals) != 0 || asciiDigits && AsciiChars.IsDigit(text[i]))) i++;
        if (i == end || i >= text.Length || MeasureWords.IndexOf(text[i]) < 0) return false;
        measure = text[i];
        after = i + 1;
        // "…SV 993 兩台都是黑色的": 都 after the count takes in the vehicles just named (both are black); it counts no model
        return i + 1 >= text.Length || text[i + 1] != '都';
    }

    // A model suffix after the value; a count and measure word only after a model code, which starts with its letters
    // and ends in a number of one to three digits (XR-150兩台, CX-5一部): "P2-1837、AB-1234兩台" and "X9-8761、232-C9兩台"
    // count the plates listed.
    private static bool ShortNumberEndsAt(ReadOnlySpan<char> text, int end)
    {
        int digits = 0;
        while (end - digits > 0 && CharFolding.KindOf(text[end - digits - 1]) == CharKind.Digit) digits++;
        return digits is >= 1 and <= 3; // "9A兩台" counts plates ending in a letter code
    }

    // A level's letter and number first (B2-, P1-): a space's code; a plate of the 2012 scheme before 車位 is the car in it.
    private static bool NamesLevelAndNumber(ReadOnlySpan<char> text, int start, int end) =>
        end - start >= 3 && CharFolding.KindOf(text[start]) == CharKind.Letter && CharFolding.KindOf(text[start + 1]) == CharKind.Digit;

    private static bool HasModelSuffix(ReadOnlySpan<char> text, int start, int end)
    {
        // "紅牌NZ-883兩台": after a plate label the count numbers the plates. A measure word for things other than
        // vehicles counts equipment whatever its code's length (酒測器 QX-1234 兩具, 無線電 ZK-2345 十支).
        if (IsCounted(text, end, out char measure) && (ShortNumberEndsAt(text, end) || VehicleMeasureWords.IndexOf(measure) < 0)
            && CharFolding.KindOf(text[start]) == CharKind.Letter
            && !ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediateByLastChar) && !(VehicleMeasureWords.IndexOf(measure) >= 0 && OwnerNamedAfter(text, end))) return true;
        if (CharFolding.KindOf(text[start]) == CharKind.Letter && CountsProductAfter(text, end) && !ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediateByLastChar))
            return true;
        while (end < text.Length && text[end] == ' ') end++;
        var after = text.Slice(end);
        if (WordLists.StartsWithAny(after, ModelSuffixes)) return true;
        if (NamesLevelAndNumber(text, start, end) && (StartsParkingWord(after) || RangeEnd(text, end) is int last and >= 0 && StartsParkingWord(text.Slice(last).TrimStart(' '))))
            return true;
        return AskedAsModel(text, end);
    }

    /// <summary>How many characters a product's noun between a model code and its count may take (監視器兩台).</summary>
    private const int ProductNounReach = 4;

    // "KVX-7300 監視器兩台", "QX-2150 相機一台" (round 38, set U33): a product's noun and a count after the code name the
    // code the product's model, whatever the measure word; a vehicle's noun there (…機車兩台) counts plated vehicles.
    private static bool CountsProductAfter(ReadOnlySpan<char> text, int end)
    {
        if (end < text.Length && text[end] == ' ') end++;
        int i = end;
        while (i < text.Length && i - end < ProductNounReach && CharFolding.IsHan(text[i]) && text[i] != '車'
            && (CharFolding.Fold(text[i]).Evasions & Evasions.ChineseNumerals) == 0) i++;
        // the count ends its clause (監視器兩台。, …兩台、): not a verb's object (停了一個小時)
        return i > end && IsCounted(text, i, asciiDigits: true, out _, out int after) && (after >= text.Length || !CharFolding.IsHan(text[after]) || "及與和".IndexOf(text[after]) >= 0);
    }

    private static bool StartsParkingWord(ReadOnlySpan<char> after) => WordLists.StartsWithAny(after, ParkingSpaceSuffixes);

    /// <summary>What joins the first and the last of a range of spaces (B2-117 至 B2-120, B1-07~B1-09, B2-117、B2-118).</summary>
    private static readonly string[] RangeJoins = { "至", "到", "~", "～", "、" };

    // "B2-117 至 B2-120 車位": the end of the range's last code after the one ending at end (-1 when none): the word after
    // the last names every space of the range (round 34, set U26).
    private static int RangeEnd(ReadOnlySpan<char> text, int end)
    {
        int i = Spaces.SkipForward(text, end);
        int join = -1;
        foreach (var word in RangeJoins) if (text.Slice(i).StartsWith(word.AsSpan())) join = word.Length;
        if (join < 0) return -1;
        int code = Spaces.SkipForward(text, i + join);
        int last = code;
        while (last < text.Length && (CharFolding.IsAlphanumeric(text[last]) || text[last] == '-')) last++;
        return NamesLevelAndNumber(text, code, last) ? last : -1;
    }

    /// <summary>How far after a counted value its sentence is searched for the vehicle's owner (…一輛，車主王○○).</summary>
    private const int OwnerReach = 10;

    // "另查獲機車KT-582一輛，車主…": the owner named right after a vehicle counted by its measure word says the count numbers
    // a plated vehicle, whose code is its plate; a model has makers and buyers, not a 車主.
    private static bool OwnerNamedAfter(ReadOnlySpan<char> text, int end) => AnyWordAfter(text, end, OwnerReach, "。\n", OwnerWords);

    private static readonly string[] OwnerWords = { "車主" };

    /// <summary>How far after a value its clause is searched for 車款 (…是什麼車款, …這個車款多少錢).</summary>
    private const int ModelWordReach = 8;

    private static readonly string[] ModelWords = { "車款" };

    // "CBR-250是什麼車款", "KRV-180這個車款多少錢": 車款 (a vehicle model) a few characters on in the value's clause names the
    // value a model.
    private static bool AskedAsModel(ReadOnlySpan<char> text, int end) => AnyWordAfter(text, end, ModelWordReach, "，。；;,\n？?！!", ModelWords);

    /// <summary>Whether one of the words stands within reach after end, before the first of the stop characters.</summary>
    internal static bool AnyWordAfter(ReadOnlySpan<char> text, int end, int reach, string stops, string[] words)
    {
        var after = text.Slice(end, Math.Min(reach, text.Length - end));
        int stop = after.IndexOfAny(stops.AsSpan());
        if (stop >= 0) after = after.Slice(0, stop);
        foreach (var word in words) if (after.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    // 車號PGP-830: a plate label right before the value outweighs any resemblance to an acronym.
    internal static bool IsLabelledAsPlate(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - 8);
        var window = text.Slice(from, start - from);
        int end = LastEnd(window, PlateLabelWords, PlateLabelFirstChars);
        return end >= 0 && window.Length - end <= 2;
    }

    // "賓士 GLC-300 與 CLA-250": a make is the nearest label before the value in its clause, so the value is a model,
    // unless the model is already named between them and the value ends the description (車輛：HONDA FIT ABC-1235⏎; see
    // VehicleEntry.EndsDescription for a value in a plate's own shape).
    internal static bool FollowsMake(ReadOnlySpan<char> text, int start, int end, bool plateShaped = false) =>
        MakeBefore(text, start, out var between) && !(VehicleEntry.NamesModel(between) && VehicleEntry.EndsDescription(text, start, end, plateShaped));

    private const string ClosingBrackets = ")）]】」』";

    // A make is the nearest label before the value in its clause; the text between them is returned.
    private static bool MakeBefore(ReadOnlySpan<char> text, int start, out ReadOnlySpan<char> between)
    {
        between = default;
        if (!ContextWordIndex.MayOccurInScannedText(MakeListId, text)) return false; // no make anywhere, so none in the window
        int from = start;
        while (from > 0 && start - from < 16 && text[from - 1] is not ('，' or '。' or '；' or ';' or '\n' or ',')) from--;
        var window = text.Slice(from, start - from);
        int makeEnd = LastEnd(window, MakeWords, MakeFirstChars);
        if (makeEnd <= LastEnd(window, PlateLabelWords, PlateLabelFirstChars)) return false;
        between = window.Slice(makeEnd);
        // "機車一部（藍色，Gogoro） 752-RKT": a make in a remark that closes before the value describes the vehicle, whose plate follows.
        return between.IndexOfAny(ClosingBrackets.AsSpan()) < 0;
    }

    // The end of the last occurrence of any of the words in the window (case-insensitive, inside words too), or -1.
    // Words are tried only where a window character can start one: most windows hold none of those characters.
    private static int LastEnd(ReadOnlySpan<char> window, ContextWord[] words, string firstChars)
    {
        int best = -1;
        for (int p = 0; p < window.Length; p++)
        {
            if (firstChars.IndexOf(window[p]) < 0) continue;
            var rest = window.Slice(p);
            foreach (var word in words)
            {
                // Only a word whose first character can be this one is compared (folded as the ignore-case comparison folds it).
                if (WordsByChar.MayMatch(WordsByChar.FoldedOrAny(word.Text[0]), rest[0])
                    && rest.StartsWith(word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    best = Math.Max(best, p + word.Text.Length);
            }
        }
        return best;
    }

    // The first characters of the words in both cases.
    private static string FirstCharsOf(string[] words)
    {
        var chars = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            foreach (char c in new[] { char.ToUpperInvariant(word[0]), char.ToLowerInvariant(word[0]) })
            {
                if (chars.ToString().IndexOf(c) < 0) chars.Append(c);
            }
        }
        return chars.ToString();
    }

    private static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
