using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Taiwan licence plates in every layout of <see cref="PlateLayouts"/>: a letter group and a digit group, in either
/// order, scored by layout, hyphen, the 2012 scheme's letter and digit rules, and context.
/// </summary>
internal sealed class LicensePlateRecognizer : ChainRecognizer
{
    /// <summary>
    /// The 2012 scheme does not issue the digit 4, so such a plate scores lower than a valid one; but people write
    /// ABC-1234 as the very example of a plate, so it still stands (0.5) rather than vanishing.
    /// </summary>
    private const double DigitFourPenalty = 0.1;
    private const double AcronymPenalty = 0.3;
    /// <summary>Lower case is how plates are typed on phones (abc-1235); it costs a little, not the whole finding.</summary>
    private const double LowerCasePenalty = 0.05;

    /// <summary>A space or dot between the groups (ABC 1235, ABC.1235) is a plate written plainly, just short of the hyphen.</summary>
    private const double PlainSeparatorPenalty = 0.05;

    /// <summary>
    /// Look-alike letters in one value (LSМ\u200D-8\u200C55, ΧΒ-123, Н6-123: Cyrillic or Greek letters among Latin ones and
    /// digits) are written to slip a plate past a filter; no product code is typed that way.
    /// </summary>
    private const double DisguiseBoost = 0.2;

    /// <summary>"ABC-1235型", "XYZ-9988 系列": a model name, not a plate.</summary>
    private const double ModelSuffixPenalty = 0.35;

    private static readonly string[] ModelSuffixes = { "型", "款", "版", "系", "班機", "航班", "號班機" };

    public override string Type => EntityTypes.LicensePlate;

    public override int MinLength => 4;

    /// <summary>A plate read out with a hesitation between its groups (車牌是BWV…嗯…5087); see <see cref="TrySpoken"/>.</summary>
    public override bool ReadsAcrossFillers => true;

    /// <summary>Vehicle makes: context for a plate written near them, but the name of a model right after them (賓士 GLC-300).</summary>
    private static readonly string[] Makes =
    {
        "TOYOTA", "NISSAN", "HONDA", "MAZDA", "MITSUBISHI", "FORD", "BMW", "BENZ", "LEXUS", "HYUNDAI", "KIA", "SUZUKI",
        "YAMAHA", "KYMCO", "SYM", "GOGORO", "VOLKSWAGEN", "AUDI", "VOLVO", "TESLA", "SUBARU", "LUXGEN", "豐田", "本田",
        "日產", "裕隆", "三菱", "福特", "賓士", "馬自達", "特斯拉", "光陽", "三陽", "山葉", "睿能",
    };

    /// <summary>Words that name the value right after them as a plate; nearer than a make, they win.</summary>
    private static readonly string[] PlateLabels = { "車號", "車牌", "牌照", "號牌", "plate", "車牌號碼" };

    private const double DrivingVerbBoost = 0.35;

    /// <summary>
    /// Verbs of driving, riding, parking, borrowing or renting a vehicle (騎ABC-1235, 開 AB-1234, 借用 1234-RA): right before a
    /// value they name it a plate as a label does. Single characters such as 開 or 騎 count only there, never in the window.
    /// </summary>
    private static readonly ContextWord[] DrivingVerbs = ContextWord.All(new[]
    {
        "駕", "開", "騎", "駛", "停", "借", "租", "駕駛", "開著", "騎著", "騎乘", "駕著", "停放", "借用", "租用", "搭乘", "坐上",
        "懸掛", "換掛", "改掛", // a plate mounted on a vehicle (原懸掛5P9391，後換掛…)
        "協尋", "幫查", // a duty chat's request to look for or check a vehicle (注意協尋BMP0378, 幫查FB  256)
    });

    /// <summary>Below this a layout cannot stand alone; a plate label right before it then counts twice (車牌 wv07878).</summary>
    private const double StandAloneScore = 0.5;

    /// <summary>Plate labels right before the value (車牌 wv07878, plate no. 5P6653); only these let a mixed code written without its separator count.</summary>
    private static readonly ContextWord[] PlateLabelsImmediate = ContextWord.All(new[]
    {
        "車號", "車牌", "牌照", "號牌", "車牌號碼", "紅牌", "黃牌", "白牌", "綠牌", "車子", "plate", "plate no.", "plate no", "plate number", "license plate", "reg. no.",
        "懸掛", "換掛", "改掛",
    });

    /// <summary>
    /// A 2012 plate typed in full-width letters and digits without its hyphen (ＣＶＢ１９５９): a Chinese input method's way
    /// of typing a plate into a form; product codes are copied in ASCII.
    /// </summary>
    private const double FullWidthJoinedBonus = 0.2;

    private static readonly ContextWord[] MakeWords = ContextWord.All(Makes);

    // The makes as a list of the one-pass context search: most prompts name none, and then no plate follows one.
    private static readonly int MakeListId = ContextVocabulary.RegisterList(MakeWords);
    private static readonly ContextWord[] PlateLabelWords = ContextWord.All(PlateLabels);
    private static readonly string MakeFirstChars = FirstCharsOf(Makes);
    private static readonly string PlateLabelFirstChars = FirstCharsOf(PlateLabels);

    public override ContextProfile Context { get; } = new(
        strong: Concat(Makes, new[]
        {
            "車牌", "車號", "牌照", "車牌號碼", "號牌", "車輛", "機車", "汽車", "轎車", "貨車", "小客車", "計程車", "重機",
            "自小客", "自用小客車", "休旅車", "車主", "行照", "廂型車", "營業車", "租賃車", "電動車", "租車", "公務車", "大客車",
            "騎乘", "騎著", "駕", "駕駛", "開著", "開車", "駕車", "台車", "輛車", "違停", "違規停車", "臨停", "併排", "二輪車", "微型電動",
            "重型機車", "大型重機", "肇逃", "plate", "license plate", "licence plate", "vehicle", "car", "scooter", "motorcycle", "motorbike",
            "registered keeper", "registered owner", "registered", "registration", "rental car", "driver of", "towed", "impound",
            "drives", "drove", "driving", "rides", "riding", "停放", "停在", "借用", "租用", "騎乘機車", "舊牌", "舊式車牌", "老車", "舊車", "追撞", "擦撞", "逕行舉發", "舉發", "車籍",
            "車 牌", "車 號", // a faxed or scanned form read back with a space between the characters of its labels
            "車籍資料", "車辨", "車牌辨識", "牌號", "number plate", "reg. no.",
            // a toll or tow log, a vehicle named by its plate's colour or by what it is (ETC 通行紀錄, 拖吊場, 紅牌, 車子)
            "ETC", "eTag", "通行紀錄", "拖吊場", "拖車", "車子", "紅牌", "黃牌", "白牌", "綠牌",
        }),
        weak: new[] { "事故", "車", "違規", "罰單", "肇事", "逃逸", "監視器", "行駛", "停車", "路口", "拖吊", "driver" },
        negative: new[]
        {
            "型號", "機型", "料號", "品號", "貨號", "產品", "商品", "訂單", "序號", "版本", "發票", "編號", "批號", "規格", "零件", "顯卡", "晶片",
            "處理器", "房號", "航班", "班機", "班次", "分機", "代號", "代碼", "編碼", "專案", "項目", "計畫", "任務", "方案", "活動",
            "model", "part", "SKU", "item", "version", "flight", "room", "project", "code", "ticket",
            // a train's model (列車EMU-800), not a plate; 電車 and 動車 name scooters too, and 捷運站 is a place where cars are
            "火車", "列車", "高鐵", "台鐵", "捷運車廂",

        },
        strongBoost: 0.35,
        negativePenalty: 0.35,
        labelDominates: true);

    // Every layout, mixed code and spoken form has a letter group or a letter in its code; a chain of digits alone (amounts,
    // case and phone numbers, most of a dense record's chains) is never a plate. Each has digits too, never read from
    // look-alike letters: the English words of a text (chains of letters alone) are never plates either.
    public override bool Accepts(in ChainShape shape) => !shape.HasPlus && shape.HasLetter && shape.HasDigit;

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || ContinuesNumber(text, chain.Start)) return false;
        if (chain.HasFiller(chain.Length)) return TrySpoken(text, chain, out match);
        bool lettersFirst = IsLetter(chain.Chars[0]);
        int first = RunLength(chain, 0, lettersFirst);
        if (first < 2 || first > 4) return TryMixedCode(text, chain, out match) || TryMixedCodeLast(text, chain, out match);
        int longest = Math.Min(Math.Min(RunLength(chain, first, !lettersFirst), chain.ClauseLength(text, first)), chain.LengthBeforeBracket(text, first));
        if (longest > 2 && StartsNumeralWord(text, chain, first + longest - 1)) longest--;
        // The second group ends with its clause ("駕ABC-1235，111年3月": the reader reads on over CJK punctuation). A trailing
        // letter group may run on into the next word ("8362-LK was…"): also try it cut where a separator falls. Digit
        // groups are not cut: "0950 548 216" is one number, not a plate ending in 0950.
        for (int k = first + 1; k < first + longest; k++)
        {
            // "1. GAV-627 2. …": the 2 numbers the next item (not "A B C 1 2 3 5. She", a plate spelt out to its end)
            if (StartsListNumber(text, chain, k) && chain.Gaps[k - 1] == 0) longest = k - first;
        }
        int shortest = 2;
        for (int second = longest; second >= shortest; second--)
        {
            if (second < longest && chain.Gaps[first + second] == 0) continue;
            // "ABC-1234 兩車擦撞": a digit group is cut only where a gap changes script (a count in Chinese numerals follows).
            // "BJZ-1696（112.04.04）", ".../DD-795/0988-…": and where a bracket opens or a record's field ends.
            if (lettersFirst && second < longest && !ChangesScript(chain, first + second) && !EndsField(chain, first + second)
                && !StartsListNumber(text, chain, first + second)) continue;
            if (TryLayout(text, chain, lettersFirst, first, second, out match)) return true;
        }
        return TryMixedCode(text, chain, out match) || TryMixedCodeLast(text, chain, out match) || TryLettersDigitCode(text, chain, out match);
    }

    /// <summary>
    /// Older motorcycle plates of two letters and a digit, then three digits (VG3-522, ＴＺ３－８０７ after 舊式機車, ph3-867
    /// after 失竊車號): like the other older layouts they need context.
    /// </summary>
    private static bool TryLettersDigitCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        const int count = 6;
        if (chain.Length < count || !IsLetter(chain.Chars[0]) || !IsLetter(chain.Chars[1]) || IsLetter(chain.Chars[2]) || !chain.AllDigits(3, 3)) return false;
        if (chain.Gaps[1] > 0 || chain.Gaps[2] > 0 || chain.Gaps[4] > 0 || chain.Gaps[5] > 0 || chain.Gaps[3] == 0 || !IsHyphenLike(chain.GapChars[3])) return false;
        if (!EndsAt(chain, count) || HasScriptBreak(chain, count) || IsEnglishWord(chain, 0, 2)) return false;
        double score = MixedCodeHyphenScore + LettersDigitCodeBonus;
        if ((chain.EvasionsOf(count) & Evasions.Homoglyph) != 0 || HidesInvisible(chain, 3, count)) score += DisguiseBoost;
        if ((chain.EvasionsOf(count) & Evasions.LowerCase) != 0) score -= LowerCasePenalty;
        match = MatchOf(chain, count, score, unusualSeparators: false, variant: 3);
        if (HasModelSuffix(text, match.Start, match.End)) match.BaseScore -= ModelSuffixPenalty;
        else match.BaseScore += ImmediateBoost(text, match.Start, match.End, match.BaseScore);
        return !FollowsMake(text, match.Start);
    }

    /// <summary>Two letters and a digit are as specific as the 2+3 layout's letters (0.35 with its hyphen).</summary>
    private const double LettersDigitCodeBonus = 0.05;

    /// <summary>
    /// A plate whose letters and digits are separated only by spoken words (車牌是BWV…嗯…5087, 機車PDA... 再來是 6539, 車號GT，呃…，
    /// 8791, 自用車LG... 嗯 70121). A plate label, a driving verb or a vehicle noun right before it says the two groups are one
    /// value; a 2012 plate may also take that from plate words around it (攔查DRX 然後是，9128，駕駛…).
    /// </summary>
    private static bool TrySpoken(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (TrySpokenMixedCode(text, chain, out match)) return true;
        int letters = RunLength(chain, 0, letters: true);
        if (letters is < 2 or > 3 || chain.GapChars[letters] != Chain.FillerGap) return false;
        int digits = RunLength(chain, letters, letters: false);
        for (int k = letters + 1; k < letters + digits; k++)
        {
            if (chain.GapChars[k] == Chain.FillerGap) digits = k - letters; // "DJR 然後是，2779，111年…": the next number is not the plate's
        }
        int count = letters + digits;
        if (chain.GapCount(count) != 1 || !chain.EndsCleanlyAfter(count) || !SpokenFillers.AllSpoken(text, chain, count)) return false;
        if (!TryFindLayout(lettersFirst: true, letters, digits, out var layout) || layout.IsCurrent && ContainsIOrO(chain, 0, letters)) return false;
        bool named = ContextScorer.IsLabelledImmediately(text, chain.Start, PlateLabelsImmediate)
            || ContextScorer.IsLabelledImmediately(text, chain.Start, DrivingVerbs) || FollowsVehicleNoun(text, chain.Start);
        if (!named && !layout.IsCurrent) return false;
        // "ok 然後 1234", "hmm 呃 5678": an English word or a hesitation; lower case only where a word names the plate.
        bool lowerCase = (chain.EvasionsOf(letters) & Evasions.LowerCase) != 0;
        if (IsEnglishWord(chain, 0, letters) || lowerCase && (!named || IsOneOf(chain, 0, letters, PlateLayouts.Hesitations))) return false;
        match = MatchOf(chain, count, layout.PlainScore + (named ? DrivingVerbBoost : 0), unusualSeparators: true, variant: letters);
        return true;
    }

    /// <summary>
    /// A legacy mixed code and its digits with a line break or spoken words between them (車號9H-⏎0123, 車牌 3Z⏎-7123,
    /// 駕F2 嗯 233): like the older layouts so read, only right after a plate label, a driving verb or a vehicle noun.
    /// </summary>
    private static bool TrySpokenMixedCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < 4 || IsLetter(chain.Chars[0]) == IsLetter(chain.Chars[1]) && !IsLettersDigitCode(chain)) return false;
        // "車輛KC5-⏎903": two letters and a digit make the code as a letter and a digit do.
        int code = IsLettersDigitCode(chain) ? 3 : 2;
        if (chain.Gaps[1] > 0 || code == 3 && chain.Gaps[2] > 0 || chain.GapChars[code] != Chain.FillerGap) return false;
        int digits = RunLength(chain, code, letters: false);
        for (int k = code + 1; k < code + digits; k++)
        {
            if (chain.Gaps[k] > 0) digits = k - code; // the digits are one group
        }
        int count = code + digits;
        if (digits is < 2 or > 4 || code == 3 && digits != 3 || !chain.EndsCleanlyAfter(count) || !SpokenFillers.AllSpoken(text, chain, count)) return false;
        if (!IsNamedImmediately(text, chain.Start) || (chain.EvasionsOf(count) & Evasions.LowerCase) != 0) return false;
        match = MatchOf(chain, count, MixedCodeHyphenScore + DrivingVerbBoost, unusualSeparators: true, variant: code);
        return true;
    }

    // Two letters and a digit at the start of the chain (VG3, KC5).
    private static bool IsLettersDigitCode(in Chain chain) =>
        chain.Length > 3 && IsLetter(chain.Chars[0]) && IsLetter(chain.Chars[1]) && !IsLetter(chain.Chars[2]);

    private static bool TryFindLayout(bool lettersFirst, int letters, int digits, out PlateLayouts.Layout found)
    {
        foreach (var layout in PlateLayouts.All)
        {
            found = layout;
            if (layout.LettersFirst == lettersFirst && layout.Letters == letters && layout.Digits == digits) return true;
        }
        found = default;
        return false;
    }

    /// <summary>
    /// The digits-first legacy forms (前三後二, 前四後二) with the mixed code after them (6551-4U, 8017-W1, 5001·A5, 288-R3,
    /// 232-C9): three or four digits, a separator, then a letter and a digit in either order. Like the mixed codes before
    /// the digits, it needs context.
    /// </summary>
    private static bool TryMixedCodeLast(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        TryMixedCodeLast(text, chain, digits: 4, out match) || TryMixedCodeLast(text, chain, digits: 3, out match);

    private static bool TryMixedCodeLast(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        int count = digits + 2;
        if (chain.Length < count || !chain.AllDigits(0, digits) || IsLetter(chain.Chars[digits]) == IsLetter(chain.Chars[digits + 1])
            || chain.Gaps[digits + 1] > 0)
            return false;
        if (chain.Gaps[digits] == 0 && (chain.Flags[digits] & (byte)Evasions.ZeroWidth) == 0) return false;
        if (chain.GapCount(count) > 1 || chain.GapEndsClause(text, digits) || !EndsAt(chain, count) || HasScriptBreak(chain, count)) return false;
        // 2023-5G, 1080-4K, 2024-3D; but "plate":"3181-1P", 騎乘6762 4p: a word naming a plate right before decides.
        if (IsTechnicalSuffix(chain.Chars[digits], chain.Chars[digits + 1]) && !IsNamedImmediately(text, chain.Start)) return false;
        double score = chain.Gaps[digits] > 0 && IsHyphenLike(chain.GapChars[digits]) ? MixedCodeHyphenScore : MixedCodePlainScore;
        match = MatchOf(chain, count, score, unusualSeparators: false, variant: digits);
        if (HasModelSuffix(text, match.Start, match.End)) match.BaseScore -= ModelSuffixPenalty;
        else match.BaseScore += ImmediateBoost(text, match.Start, match.End, match.BaseScore);
        return !FollowsMake(text, match.Start);
    }

    // A digit and G, K, D, P or X is a network generation, a resolution, dimensions or a zoom factor far more often than a plate code.
    private static bool IsTechnicalSuffix(char first, char second) =>
        (uint)(first - '0') <= 9 && second is 'G' or 'K' or 'D' or 'P' or 'X';

    /// <summary>
    /// Legacy 1992-series codes mixing a letter and a digit (9H-0123, F2-233; docs/taiwan-formats.md §c): a two-character
    /// code, a separator, then two to four digits. Too much like a part number to stand alone; context decides.
    /// </summary>
    private static bool TryMixedCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < 4 || IsLetter(chain.Chars[0]) == IsLetter(chain.Chars[1])) return false;
        // "舊式車牌U 5 1 5 5 5", "甲車7 V 1 2 3 5", a 車牌(舊) column's "Z 9 1 2 3 4": a mixed code spelt out a character at a
        // time stands only right after a plate label or a vehicle noun, or alone in a plate column.
        bool spelled = chain.Gaps[1] > 0 && IsSpelledOut(chain, chain.Length)
            && (ContextScorer.IsLabelledImmediately(text, chain.Start, PlateLabelsImmediate) || FollowsVehicleNoun(text, chain.Start)
                || FillsPlateColumn(text, chain.Start, chain.EndOf(chain.Length)));
        if (chain.Gaps[1] > 0 && !spelled) return false;
        // "976-1һ （115年…）", "231-3һ，111年3月": digits after an opening bracket or the end of the clause are not the code's.
        // (A tilde, Ｖ２～１２３４, is a separator like the hyphen it stands for.)
        if (chain.Gaps[2] > 0 && text.Slice(chain.EndOf(2), chain.Positions[2] - chain.EndOf(2)).IndexOfAny("(（[【，。；、,;") >= 0) return false;
        // Joined (5C1234) only right after a plate label or alone in a plate column.
        if (chain.Gaps[2] == 0 && (chain.Flags[2] & (byte)Evasions.ZeroWidth) == 0
            && !ContextScorer.IsLabelledImmediately(text, chain.Start, PlateLabelsImmediate) && !FillsPlateColumn(text, chain.Start, chain.EndOf(chain.Length)))
            return false;
        int digits = Math.Min(Math.Min(RunLength(chain, 2, letters: false), chain.ClauseLength(text, 2)), chain.LengthBeforeBracket(text, 2));
        for (int k = 3; k < 2 + digits; k++)
        {
            if (EndsField(chain, k)) digits = k - 2; // "8V-4133/0931 005 787"
        }
        if (digits > 2 && StartsNumeralWord(text, chain, 1 + digits)) digits--;
        if (digits < 2 || digits > 4 || !spelled && chain.GapCount(2 + digits) > 1 || !chain.EndsCleanlyAfter(2 + digits)) return false;
        // "車號拐L六八三四", "〇Y-二八二七": the code's digit read as a numeral glued to its letter is part of it.
        if (HasScriptBreak(chain, 2 + digits) && !(chain.ScriptBreak == 1 && (chain.Flags[0] & (byte)Evasions.ChineseNumerals) != 0)) return false;
        double score = chain.Gaps[2] > 0 && IsHyphenLike(chain.GapChars[2]) ? MixedCodeHyphenScore : MixedCodePlainScore;
        if ((chain.EvasionsOf(2 + digits) & Evasions.Homoglyph) != 0 || HidesInvisible(chain, 2, 2 + digits)) score += DisguiseBoost; // Н6-123
        match = MatchOf(chain, 2 + digits, score, unusualSeparators: false, variant: 2);
        if (HasModelSuffix(text, match.Start, match.End)) match.BaseScore -= ModelSuffixPenalty;
        else match.BaseScore += ImmediateBoost(text, match.Start, match.End, match.BaseScore);
        return !FollowsMake(text, match.Start);
    }

    private const double MixedCodeHyphenScore = 0.3;
    private const double MixedCodePlainScore = 0.2;

    // A plate label, a driving verb or a vehicle noun right before the value.
    private static bool IsNamedImmediately(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediate) || ContextScorer.IsLabelledImmediately(text, start, DrivingVerbs)
        || FollowsVehicleNoun(text, start);

    // A driving verb right before the value names it a plate; so does a plate label, for layouts that cannot stand alone;
    // a field of a person's record beside an ID or mobile counts for a little less (黃○恩/Q193009926/DD-795/0988-916-922).
    private static double ImmediateBoost(ReadOnlySpan<char> text, int start, int end, double baseScore)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, DrivingVerbs) || FollowsVehicleNoun(text, start)) return DrivingVerbBoost;
        if (baseScore >= StandAloneScore) return 0;
        if (ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediate)) return DrivingVerbBoost;
        return PersonRecord.Holds(text, start, end) ? RecordBoost : 0;
    }

    /// <summary>Vehicle words that do not end in 車 (車輛HH-⏎506, 自小客G8⏎-775, 普重機車 is caught by its 車).</summary>
    private static readonly string[] VehicleWords = { "車輛", "自小客", "自用小客", "營小客", "重機" };

    /// <summary>Rail vehicles: the value after them is a train model (列車EMU-900), not a plate. 電車 is also a scooter (微電車).</summary>
    private static readonly string[] RailVehicles = { "火車", "列車", "捷運車", "高鐵車", "台鐵車" };

    // "騎乘機車JZY3056", "資源回收車zw-626", "營業拖車 KYS 293", "車輛KC5-⏎903": a vehicle noun right before the value names
    // the vehicle's plate, as a driving verb does.
    private static bool FollowsVehicleNoun(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < 3 && text[i - 1] is ' ' or '\u3000' or '：' or ':' or '(' or '（' or '"' or '「' or '<' or '[' or '{' or '\'') i--;
        if (i == 0) return false;
        if (text[i - 1] != '車')
        {
            if (text[i - 1] is not ('輛' or '客' or '機')) return false;
            foreach (var word in VehicleWords) if (text.Slice(0, i).EndsWith(word.AsSpan())) return true;
            return false;
        }
        foreach (var rail in RailVehicles) if (text.Slice(0, i).EndsWith(rail.AsSpan())) return false;
        return true;
    }

    // The value fills its cell under a header that names plates (車牌(舊), 車號).
    private static bool FillsPlateColumn(ReadOnlySpan<char> text, int start, int end)
    {
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(PlateLabelWords, header);
    }

    /// <summary>A plate-shaped field of a person's record (see <see cref="PersonRecord"/>).</summary>
    private const double RecordBoost = 0.25;

    // Where a plate may end: before a gap, or where its letters meet a Chinese numeral that starts the next word
    // ("騎洞六勾-VBS一直按喇叭", "9A兩台": 一 and 兩 glue to a letter only in a disguised ID).
    private static bool EndsAt(in Chain chain, int count) =>
        chain.EndsCleanlyAfter(count)
        || (count < chain.Length && chain.Gaps[count] == 0 && IsLetter(chain.Chars[count - 1])
            && (chain.Flags[count - 1] & (byte)Evasions.ChineseNumerals) == 0 && (chain.Flags[count] & (byte)Evasions.ChineseNumerals) != 0);

    // Whether the gap before index holds a bracket or is a slash: what follows is a remark or another field, not more of the value.
    private static bool EndsField(in Chain chain, int index) =>
        chain.Gaps[index] > 0 && chain.GapChars[index] is '(' or '[' or '（' or '【' or '「' or '/' or ')' or ']' or '）' or '】' or '」';

    // "1. bxv-3598 2. EBD-2168": a space, then one or two digits closed by a dot or bracket and a space, numbers the next item.
    private static bool StartsListNumber(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.Gaps[index] == 0 || chain.GapChars[index] is not (' ' or '\u3000')) return false;
        int end = chain.Positions[index];
        int digits = 0;
        while (end < text.Length && (uint)(text[end] - '0') <= 9) { end++; digits++; }
        return digits is 1 or 2 && end + 1 < text.Length && text[end] is '.' or ')' or '）' && text[end + 1] is ' ' or '\u3000';
    }

    // "機車 NE 五洞兩三八 一併查詢": a lone numeral after a gap, glued to the Han word it begins (一併, 一起, 兩車), ends the plate.
    private static bool StartsNumeralWord(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (index != chain.Length - 1 || chain.Gaps[index] == 0 || (chain.Flags[index] & (byte)Evasions.ChineseNumerals) == 0) return false;
        int after = chain.EndOf(index + 1);
        return after < text.Length && text[after] is >= '\u4E00' and <= '\u9FFF' && CharFolding.KindOf(text[after]) != CharKind.Digit;
    }

    // Whether the character at index is written in Chinese numerals and the one before it is not, or the reverse.
    private static bool ChangesScript(in Chain chain, int index) =>
        ((chain.Flags[index] ^ chain.Flags[index - 1]) & (byte)Evasions.ChineseNumerals) != 0;

    // "RX-8一輛": a Chinese numeral glued to an ASCII digit is a count with its measure word, not part of the plate.
    private static bool HasScriptBreak(in Chain chain, int count) => chain.ScriptBreak > 0 && chain.ScriptBreak < count;

    private static bool TryLayout(ReadOnlySpan<char> text, in Chain chain, bool lettersFirst, int first, int second, out ChainMatch match)
    {
        match = default;
        int count = first + second;
        if (!EndsAt(chain, count) || HasScriptBreak(chain, count)) return false;
        int letters = lettersFirst ? first : second;
        int digits = lettersFirst ? second : first;

        for (int l = 0; l < PlateLayouts.All.Length; l++)
        {
            var layout = PlateLayouts.All[l];
            if (layout.LettersFirst != lettersFirst || layout.Letters != letters || layout.Digits != digits) continue;
            int letterStart = lettersFirst ? 0 : first;
            if (layout.IsCurrent && ContainsIOrO(chain, letterStart, letters)) return false;

            if (HyphenInsideGroup(chain, first, count)) return false; // "SM-S9180": the hyphen splits a model's letters
            char boundary = chain.Gaps[first] > 0 ? chain.GapChars[first] : '\0';
            // A soft hyphen or other invisible character between the groups stands where the hyphen was (ABC\u00AD1235), and
            // so does a middle dot (ABC·1235, ABC‧1235).
            if (boundary == '\0' && (chain.Flags[first] & (byte)Evasions.ZeroWidth) != 0) boundary = '-';
            if (IsHyphenLike(boundary)) boundary = '-';
            bool otherGaps = chain.GapCount(count) > (boundary == '\0' ? 0 : 1)
                || (boundary != '\0' && !Chain.IsConventionalSeparator(boundary));
            double score = otherGaps || boundary == '\0' ? layout.PlainScore
                : boundary == '-' ? layout.HyphenScore
                : layout.HyphenScore - PlainSeparatorPenalty;
            // "B M N 1 1 1 9": a current plate spelt out character by character is written to slip past a filter, not a code.
            if (otherGaps && layout.IsCurrent && IsSpelledOut(chain, count)) score = layout.HyphenScore - PlainSeparatorPenalty;
            // "D E Q  6 1 2": an older layout spelt out scores as if hyphenated; it still needs context to stand.
            else if (otherGaps && count >= 5 && IsSpelledOut(chain, count)) score = layout.HyphenScore;
            if (layout.IsCurrent && ContainsDigitFour(chain, lettersFirst ? first : 0, digits)) score -= DigitFourPenalty;
            bool disguised = (chain.EvasionsOf(count) & Evasions.Homoglyph) != 0; // СSS-1235 is no style sheet
            if (letters == 3 && !disguised && IsAcronym(chain, letterStart) && !IsLabelledAsPlate(text, chain.Start)) score -= AcronymPenalty;
            if (boundary != '-' && IsEnglishWord(chain, letterStart, letters)) return false; // "of 1886", "ext. 2211"
            // "0917 hmm 567 er 333": a hesitation typed in lower case between a number's groups, not a plate's letters.
            if (boundary != '-' && IsOneOf(chain, letterStart, letters, PlateLayouts.Hesitations) && (chain.EvasionsOf(count) & Evasions.LowerCase) != 0)
                return false;
            // "1998cc", "45,210 km": a number and its unit, typed in lower case; 1234 KM in capitals stays a plate.
            if (!lettersFirst && boundary is '\0' or ' ' && IsOneOf(chain, letterStart, letters, PlateLayouts.Units) && (chain.EvasionsOf(count) & Evasions.LowerCase) != 0)
                return false;
            // "Feb 2026", "Win 2000": a capitalised word is English; plates are written in one case.
            if (boundary != '-' && IsCapitalised(chain, letterStart, letters)) return false;
            var evasions = chain.EvasionsOf(count);
            if ((evasions & Evasions.LowerCase) != 0) score -= LowerCasePenalty;
            if (disguised || HidesInvisible(chain, first, count)) score += DisguiseBoost;
            if (boundary == '\0' && layout.IsCurrent && (evasions & Evasions.FullWidth) != 0 && chain.GapCount(count) == 0) score += FullWidthJoinedBonus;
            match = MatchOf(chain, count, score, otherGaps, variant: first);
            if (HasModelSuffix(text, match.Start, match.End)) match.BaseScore -= ModelSuffixPenalty;
            else match.BaseScore += ImmediateBoost(text, match.Start, match.End, match.BaseScore);
            if (FollowsMake(text, match.Start)) return false;
            return true;
        }
        return false;
    }

    // "XC\u200C-123", "AB-1\u200B23": an invisible character typed into a plate beside its hyphen or inside a group is a
    // disguise, as look-alike letters are; one that stands alone where the hyphen was (ABC\u00AD1235) is only its separator.
    private static bool HidesInvisible(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if ((chain.Flags[i] & (byte)Evasions.ZeroWidth) != 0 && (i != boundary || chain.Gaps[i] > 0)) return true;
        }
        return false;
    }

    public override string Normalize(in Chain chain, in ChainMatch match) =>
        chain.Chars.Slice(0, match.Variant).ToString() + "-" + chain.Chars.Slice(match.Variant, match.Count - match.Variant).ToString();

    // A hyphen anywhere but between the letter and digit groups: the value is grouped some other way than a plate.
    private static bool HyphenInsideGroup(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++) if (i != boundary && chain.Gaps[i] > 0 && IsHyphenLike(chain.GapChars[i])) return true;
        return false;
    }

    // A middle dot or a bullet (NME•8285), or the katakana prolonged sound mark typed for a hyphen (ABCー1235), stands where the hyphen was.
    private static bool IsHyphenLike(char gap) => gap is '-' or '\u00B7' or '\u2027' or '\u30FB' or '\uFF65' or '\u30FC' or '\uFF70' or '\u2022' or '\u2219';

    /// <summary>Measure words for vehicles, weapons and other things a model code counts (XR-150兩台, AK-47一把, MT-15一台).</summary>
    private const string MeasureWords = "輛辆台臺部把支架隻只個个張张件具枝挺艘";

    // "XR-150兩台", "AK-47一把": a number and a measure word right after the code count it, so the code names a model.
    private static bool IsCounted(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && i - end < 3 && (CharFolding.Fold(text[i]).Evasions & Evasions.ChineseNumerals) != 0) i++;
        return i > end && i < text.Length && MeasureWords.IndexOf(text[i]) >= 0;
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

    private static bool HasModelSuffix(ReadOnlySpan<char> text, int start, int end)
    {
        // "紅牌NZ-883兩台": after a plate label the count numbers the plates.
        if (IsCounted(text, end) && ShortNumberEndsAt(text, end) && CharFolding.KindOf(text[start]) == CharKind.Letter
            && !ContextScorer.IsLabelledImmediately(text, start, PlateLabelsImmediate)) return true;
        while (end < text.Length && text[end] == ' ') end++;
        foreach (var suffix in ModelSuffixes) if (text.Slice(end).StartsWith(suffix.AsSpan())) return true;
        return false;
    }

    // 車號PGP-830: a plate label right before the value outweighs any resemblance to an acronym.
    private static bool IsLabelledAsPlate(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - 8);
        var window = text.Slice(from, start - from);
        int end = LastEnd(window, PlateLabelWords, PlateLabelFirstChars);
        return end >= 0 && window.Length - end <= 2;
    }

    // "賓士 GLC-300 與 CLA-250": a make is the nearest label before the value in its clause, so the value is a model.
    private static bool FollowsMake(ReadOnlySpan<char> text, int start)
    {
        if (!ContextWordIndex.MayOccurInScannedText(MakeListId, text)) return false; // no make anywhere, so none in the window
        int from = start;
        while (from > 0 && start - from < 16 && text[from - 1] is not ('，' or '。' or '；' or ';' or '\n' or ',')) from--;
        var window = text.Slice(from, start - from);
        return LastEnd(window, MakeWords, MakeFirstChars) > LastEnd(window, PlateLabelWords, PlateLabelFirstChars);
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

    private static bool IsLetter(char c) => (uint)(c - 'A') <= 25;

    private static int RunLength(in Chain chain, int from, bool letters)
    {
        int i = from;
        while (i < chain.Length && IsLetter(chain.Chars[i]) == letters) i++;
        return i - from;
    }

    private static bool ContainsIOrO(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] is 'I' or 'O') return true;
        return false;
    }

    private static bool ContainsDigitFour(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] == '4') return true;
        return false;
    }

    private static bool IsEnglishWord(in Chain chain, int from, int count) => IsOneOf(chain, from, count, PlateLayouts.EnglishWords);

    // Whether the letter group is one of the words (English words, units, acronyms). Every 2012 plate is checked against
    // the acronyms: a word is compared only when its length and first letter agree.
    private static bool IsOneOf(in Chain chain, int from, int count, string[] words)
    {
        var letters = chain.Chars.Slice(from, count);
        foreach (var word in words)
        {
            if (word.Length != count || count > 0 && word[0] != letters[0]) continue;
            if (letters.SequenceEqual(word.AsSpan())) return true;
        }
        return false;
    }

    // One character per group, each gap one or two spaces (A B C 1 2 3 5, A B C  1 2 3 5).
    private static bool IsSpelledOut(in Chain chain, int count)
    {
        for (int i = 1; i < count; i++) if (chain.Gaps[i] is 0 or > 2 || chain.GapChars[i] is not (' ' or '\u3000')) return false;
        return true;
    }

    private static bool IsCapitalised(in Chain chain, int from, int count)
    {
        if ((chain.Flags[from] & (byte)Evasions.LowerCase) != 0) return false;
        for (int i = from + 1; i < from + count; i++) if ((chain.Flags[i] & (byte)Evasions.LowerCase) != 0) return true;
        return false;
    }

    private static bool IsAcronym(in Chain chain, int from) => IsOneOf(chain, from, 3, PlateLayouts.Acronyms);
}
