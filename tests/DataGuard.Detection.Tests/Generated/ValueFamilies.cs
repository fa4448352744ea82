namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// A value the generator plants, as its format writes it: groups of ASCII letters and digits and the separator that
/// usually joins them (empty for values written whole, such as IDs). Surface variants rewrite it from here.
/// </summary>
/// <param name="Spoken">A value people read out in pieces with filler words between the groups (IDs, ARCs, cards, Taiwan
/// mobiles and landlines): the split variants apply to it.</param>
internal sealed record PlantedValue(string[] Groups, string Separator, bool IsMail = false, bool Spoken = false)
{
    public string Canonical => string.Join(Separator, Groups);
}

/// <summary>
/// One format family: the entity type it must be reported as, a seeded maker of values, and the words that name it,
/// so contexts can put a label before it, a phrase after it or a verb in front of it.
/// </summary>
/// <param name="Name">Cell name part, e.g. <c>phone.mobile</c>.</param>
/// <param name="Type">Entity type expected.</param>
/// <param name="Make">Makes one value from the seeded generator.</param>
/// <param name="Labels">Labels written before the value (身分證字號, 電話…).</param>
/// <param name="Verbs">Words that introduce the value without naming it (持, 撥打, 駕…).</param>
/// <param name="After">Phrases after the value that name it (是他的手機).</param>
/// <param name="English">An English label.</param>
/// <param name="NeedsContext">The format is too generic to stand alone: it is reported only with a word that names it.</param>
/// <param name="Prefixes">Words of which one must stand right before the value whatever the context (the country's name for a
/// foreign national number: 日本, 日籍友人, 大陸, 中國, 內地…).</param>
internal sealed record ValueFamily(
    string Name,
    string Type,
    Func<Random, PlantedValue> Make,
    string[] Labels,
    string[] Verbs,
    string[] After,
    string English,
    bool NeedsContext = false,
    string[]? Prefixes = null)
{
    /// <summary>Whether the family has words that must stand before it.</summary>
    public bool HasPrefix => Prefixes is { Length: > 0 };

    /// <summary>One of <see cref="Prefixes"/>, or empty.</summary>
    public string PrefixFor(Random r) => HasPrefix ? Prefixes![r.Next(Prefixes.Length)] : "";
}

/// <summary>Every format family the engine promises to find (docs/taiwan-formats.md, issue 9 §2).</summary>
internal static class ValueFamilies
{
    private static readonly string[] IdLabels = { "身分證字號", "身分證", "身份證號碼", "國民身分證統一編號" };
    private static readonly string[] IdVerbs = { "持", "出示", "冒用", "登記為" };
    private static readonly string[] IdAfter = { "是他的身分證字號", "為嫌疑人身分證號" };
    private static readonly string[] ArcLabels = { "居留證號", "統一證號", "外僑居留證", "居留證" };
    private static readonly string[] ArcAfter = { "是移工的居留證號", "為其統一證號" };
    private static readonly string[] PlateLabels = { "車牌", "車號", "車牌號碼", "牌照" };
    private static readonly string[] PlateVerbs = { "駕駛", "駕", "騎乘", "開著", "開", "騎", "駛", "停放", "借用", "租用", "駕駛自小客車", "騎乘機車", "騎著", "追撞", "擦撞", "逕行舉發" };
    private static readonly string[] PlateAfter = { "這台車", "號自小客車", "機車違停", "停在路邊", "的車主", "（115年1月5日 01:44 違停於中山路口）" };
    private static readonly string[] PhoneLabels = { "電話", "手機", "聯絡電話", "行動電話", "手機號碼", "門號", "電話號碼" };
    private static readonly string[] PhoneVerbs = { "撥打", "致電", "回撥", "打給", "要撥", "請撥", "請電洽" };
    private static readonly string[] PhoneAfter = { "是他的手機", "為聯絡電話" };
    private static readonly string[] LandlineLabels = { "市話", "住家電話", "電話", "公司電話", "家裡電話", "室內電話" };

    /// <summary>What names a local number after it: a bracket, the call it came from, a phrase (2345 6789（住家）, …來電).</summary>
    private static readonly string[] LandlineAfter = { "（住家）", "來電", "是他家的電話", "(市話)", "為住家電話", "打來" };
    private static readonly string[] MailLabels = { "信箱", "電子郵件", "Email", "聯絡信箱" };
    private static readonly string[] MailVerbs = { "寄到", "寫信給", "轉寄至", "寄給" };
    private static readonly string[] MailAfter = { "是他的信箱", "為聯絡信箱" };
    private static readonly string[] CardLabels = { "信用卡號", "卡號", "信用卡", "刷卡卡號", "那張卡" };
    private static readonly string[] CardVerbs = { "刷", "盜刷", "綁定", "扣款自" };
    private static readonly string[] CardAfter = { "是被盜刷的卡", "為其信用卡號" };

    // Built on first use: the tables below are static fields initialised in declaration order.
    private static readonly Lazy<List<ValueFamily>> Declared = new(Build);

    public static IReadOnlyList<ValueFamily> All => Declared.Value;

    private static List<ValueFamily> Build()
    {
        var all = new List<ValueFamily>
        {
            Id("id.national.male", EntityTypes.NationalId, r => One(SyntheticIds.Numeric(AreaLetter(r), 1, Digits(r, 7)))),
            Id("id.national.female", EntityTypes.NationalId, r => One(SyntheticIds.Numeric(AreaLetter(r), 2, Digits(r, 7)))),
            Id("id.arc.old", EntityTypes.ResidentCertificate, r => One(SyntheticIds.OldResident(AreaLetter(r), "ABCD"[r.Next(4)], Digits(r, 7)))),
            Id("id.arc.2021", EntityTypes.ResidentCertificate, r => One(SyntheticIds.Numeric(AreaLetter(r), 8 + r.Next(2), Digits(r, 7)))),

            Plate("plate.2012", r => Pair(Letters(r, 3, current: true), PlateDigits(r, 4, current: true), "-")),
            Plate("plate.2012.digit4", r => Pair(Letters(r, 3, current: true), "4" + Digits(r, 3), "-")),
            // A 2012 plate read out with a hesitation between its groups (車牌是BWV…嗯…5087, 車牌是AFG and then 3580).
            Plate("plate.2012.read-out", r => Pair(Letters(r, 3, current: true), PlateDigits(r, 4, current: true), CaseContexts.Pick(r, "…嗯…", " and then ", " 嗯 ", " 那個 ", " uh ", "... 再來是 ", " 然後是，")), needsContext: true),
            // Older layouts read out in pieces right after a plate label, a driving verb or a vehicle (車號GT，呃…，8791,
            // 車號BS，然後，875, 自用車LG... 嗯 70121).
            Plate("plate.read-out.1992.2+4", r => Pair(Letters(r, 2), Digits(r, 4), CaseContexts.Pick(r, ReadOutPauses)), needsContext: true),
            Plate("plate.read-out.2+3", r => Pair(Letters(r, 2), Digits(r, 3), CaseContexts.Pick(r, ReadOutPauses)), needsContext: true),
            // Sets U1 and U2: a plate interrupted between its letters and digits by an aside in brackets, framed by dashes or
            // between pauses (車號ABX（斷訊）1234, 車牌 KEV——再來是——8852).
            Plate("plate.read-out.aside.3+4", r => Pair(Letters(r, 3, current: true), PlateDigits(r, 4, current: true), CaseContexts.Pick(r, Interruptions.InLine)), needsContext: true),
            Plate("plate.read-out.aside.2+4", r => Pair(Letters(r, 2), Digits(r, 4), CaseContexts.Pick(r, Interruptions.InLine)), needsContext: true),
            Plate("plate.read-out.micro-ev.2+5", r => Pair(Letters(r, 2), Digits(r, 5), CaseContexts.Pick(r, ReadOutPauses)), needsContext: true),
            Plate("plate.2012.commercial", r => Pair(Letters(r, 3, current: true), PlateDigits(r, 3, current: true), "-"), needsContext: true),
            Plate("plate.1992.2+4", r => Pair(Letters(r, 2), Digits(r, 4), "-"), needsContext: true),
            Plate("plate.2001.4+2", r => Pair(Digits(r, 4), Letters(r, 2), "-"), needsContext: true),
            Plate("plate.rental.4+2", r => Pair(Digits(r, 4), "R" + Letters(r, 1), "-"), needsContext: true),
            Plate("plate.2+3", r => Pair(Letters(r, 2), Digits(r, 3), "-"), needsContext: true),
            Plate("plate.3+2", r => Pair(Digits(r, 3), Letters(r, 2), "-"), needsContext: true),
            Plate("plate.2+2", r => Pair(Letters(r, 2), Digits(r, 2), "-"), needsContext: true),
            Plate("plate.mixed.digit-letter", r => Pair(Digits(r, 1) + Letters(r, 1), Digits(r, 4), "-"), needsContext: true),
            Plate("plate.mixed.letter-digit", r => Pair(Letters(r, 1) + Digits(r, 1), Digits(r, 3 + r.Next(2)), "-"), needsContext: true),
            Plate("plate.mixed.digits-first", r => Pair(Digits(r, 4), MixedCode(r), "-"), needsContext: true),
            Plate("plate.mixed.3-digits-first", r => Pair(Digits(r, 3), MixedCode(r), "-"), needsContext: true),
            // A trailing code that reads as a technical term (1P, 4K, 5G, 3D, 2X: 6233-9P, "plate":"3181-1P"): a plate only
            // when a word right before it names one.
            Plate("plate.mixed.digits-first.tech", r => Pair(Digits(r, 4), r.Next(10) + CaseContexts.Pick(r, "P", "K", "G", "D", "X"), "-"), needsContext: true),
            // Older motorcycle plates: two letters and a digit, then three digits (VG3-522, TZ3-807 after 舊式機車; set L).
            Plate("plate.mixed.letters-digit.3", r => Pair(Letters(r, 2) + Digits(r, 1), Digits(r, 3), "-"), needsContext: true),
            // Older motorcycle plates whose three-character code holds its digit in the middle or first (前三後三 with a mixed
            // code, docs §c: FAA, FA2 — and the digit in any of the three places): K5R-218, 2FA-233. Context decides, as for
            // the other mixed codes.
            Plate("plate.mixed.3code.ldl", r => Pair(Letters(r, 1) + Digits(r, 1) + Letters(r, 1), Digits(r, 3), "-"), needsContext: true),
            Plate("plate.mixed.3code.dll", r => Pair(Digits(r, 1) + Letters(r, 2), Digits(r, 3), "-"), needsContext: true),
            Plate("plate.micro-ev.2+5", r => Pair(Letters(r, 2), Digits(r, 5), "-"), needsContext: true),
            Plate("plate.heavy-moto.2+3", r => Pair(Letters(r, 2), Digits(r, 3), "-"), needsContext: true),

            Phone("phone.mobile", r => Groups("-", "09" + r.Next(9) + Digits(r, 1), Digits(r, 3), Digits(r, 3))),
            Phone("phone.plus886.mobile", r => Groups(" ", "+886", "9" + r.Next(9) + Digits(r, 1), Digits(r, 3), Digits(r, 3))),
            Phone("phone.00886.mobile", r => Groups(" ", "00886", "9" + r.Next(9) + Digits(r, 1), Digits(r, 3), Digits(r, 3))),
            Phone("phone.886.mobile", r => Groups(" ", "886", "9" + r.Next(9) + Digits(r, 1), Digits(r, 3), Digits(r, 3))),
            Phone("phone.plus886.landline", r => Groups(" ", "+886", "2", "2" + Digits(r, 3), Digits(r, 4))),
        };
        foreach (var (area, local, first) in AreaCodes)
        {
            all.Add(Phone($"phone.landline.{area}", r => Landline(r, area, local, first), LandlineLabels));
        }
        all.Add(Phone("phone.local.8", r => Groups(" ", "2" + Digits(r, 3), Digits(r, 4)), LandlineLabels, needsContext: true, after: LandlineAfter));
        // Six local digits (Miaoli, Kinmen, Taitung), joined or 3+3, right after a phone word (市話：345-678; set O).
        all.Add(Phone("phone.local.6", r => CaseContexts.Pick(r, "-", "") is var separator && separator.Length > 0
            ? Groups(separator, (2 + r.Next(8)).ToString() + Digits(r, 2), Digits(r, 3))
            : One((2 + r.Next(8)).ToString() + Digits(r, 5)), LandlineLabels, needsContext: true, after: LandlineAfter));
        all.Add(Phone("phone.local.7", r => Groups("-", (2 + r.Next(7)).ToString() + Digits(r, 2), Digits(r, 4)), LandlineLabels, needsContext: true, after: LandlineAfter));
        // 886 without its plus before a landline: 886 2 2345 6789, 886 836 26 628.
        all.Add(Phone("phone.886.landline", r => CaseContexts.Pick(r, "2", "4", "7", "836") switch
        {
            "2" => Groups(" ", "886", "2", "2" + Digits(r, 3), Digits(r, 4)),
            "4" => Groups(" ", "886", "4", "2" + Digits(r, 3), Digits(r, 4)),
            "7" => Groups(" ", "886", "7", "3" + Digits(r, 2), Digits(r, 4)),
            _ => Groups("-", "886 836", "2" + Digits(r, 1), Digits(r, 3)),
        }));

        foreach (var country in ForeignCountries.All)
        {
            all.Add(Phone($"phone.intl.{country.Code}", r => country.International(r)));
            all.Add(Phone($"phone.national.{country.Code}", r => country.National(r), prefixes: country.Words));
        }
        // Round 26 (sets U11, U12): foreign mobiles with no country word, found by a phone column, a person's row, a phone
        // word of the writer's language or a tel key (see CaseContexts' round 26 contexts and CellFloors.Round26PhoneFloor).
        all.Add(Phone("phone.foreign-mobile.trunk-zero", ForeignCountries.TrunkZeroMobile, needsContext: true));
        all.Add(Phone("phone.foreign-mobile.north-american", ForeignCountries.NorthAmerican, needsContext: true));
        // Round 28 (sets U15, U16): a foreign code with its plus left out, found by a phone column, key, word or log field
        // (CaseContexts' round 28 contexts, CellFloors.Round28PhoneFloor).
        all.Add(Phone("phone.foreign-mobile.code-without-plus", ForeignCountries.CodeWithoutPlus, needsContext: true));
        // A Hong Kong number read out with a hesitation between its groups (香港,5601嗯2189 under a 電話 column).
        var hongKong = ForeignCountries.All.First(c => c.Code == "hk");
        all.Add(Phone("phone.national.read-out.hk", r => hongKong.National(r) with { Separator = CaseContexts.Pick(r, " 嗯 ", "嗯", " 那個 ", " uh ") },
            prefixes: hongKong.Words));

        all.Add(Mail("email.plain", r => Mailbox(r, "@", ".")));
        all.Add(Mail("email.bracketed", r => Mailbox(r, " [at] ", " [dot] ")));
        all.Add(Mail("email.parenthesised", r => Mailbox(r, "(at)", ".")));
        all.Add(Mail("email.words", r => Mailbox(r, " at ", " dot ", dottedLocalWord: true)));
        all.Add(Mail("email.at-word", r => Mailbox(r, " at ", ".")));
        all.Add(Mail("email.xiaolaoshu", r => Mailbox(r, "小老鼠", ".")));
        all.Add(Mail("email.xiaolaoshu.words", r => Mailbox(r, CaseContexts.Pick(r, "小老鼠", " 小老鼠 "), CaseContexts.Pick(r, "點", " 點 ", "."))));
        all.Add(Mail("email.hash", r => Mailbox(r, CaseContexts.Pick(r, "#", " # "), ".")));
        all.Add(Mail("email.full-width-at", r => Mailbox(r, CaseContexts.Pick(r, "＠", " ＠ "), CaseContexts.Pick(r, ".", "．"))));
        // Round 26 (set U12): the small commercial at (U+FE6B) a CJK input method offers beside the full-width one.
        all.Add(Mail("email.small-at", r => Mailbox(r, CaseContexts.Pick(r, "\uFE6B", "\uFE6B", " \uFE6B "), CaseContexts.Pick(r, ".", ".", "．"))));
        all.Add(Mail("email.spaced-at", r => Mailbox(r, " @ ", CaseContexts.Pick(r, ".", " . "))));
        // Set G: a pause before the written-out at sign, 老鼠 without 小, 艾特 (the sound of "at"), a spoken word before '@'.
        all.Add(Mail("email.xiaolaoshu.paused", r => Mailbox(r, CaseContexts.Pick(r, "，小老鼠 ", "，小老鼠", ", 小老鼠 "), CaseContexts.Pick(r, ".", " 點 "))));
        all.Add(Mail("email.mouse", r => Mailbox(r, CaseContexts.Pick(r, " 老鼠 ", "老鼠"), CaseContexts.Pick(r, ".", " 點 ", "點"))));
        all.Add(Mail("email.aite", r => Mailbox(r, CaseContexts.Pick(r, " 艾特 ", "艾特"), ".")));
        all.Add(Mail("email.spoken-at", r => Mailbox(r, CaseContexts.Pick(r, " 呃 @", "，然後是 @", " uh @", "… 嗯 @"), ".")));
        all.Add(Mail("email.written-out", r => Mailbox(r,
            CaseContexts.Pick(r, "(at)", "[at]", "{at}", " (at) ", " [at] ", "（at）", "【at】", " AT ", "[AT]", "<at>", " at ", "[@]", "(@)"),
            CaseContexts.Pick(r, ".", " dot ", "(dot)", "[dot]", " DOT ", " (dot) ", "［dot］"))));

        // Set J: an at sign with the dots of the domain written out, or defanged in brackets (wang.ming@gmail dot com,
        // mei dot lin@outlook dot com, lin.76@yahoo[.]com[.]tw), and 小老鼠 in brackets (lin.mei（小老鼠）icloud.com).
        all.Add(Mail("email.at-sign.spelled-dots", r => Mailbox(r, "@", CaseContexts.Pick(r, " dot ", " DOT ", "[.]", "(.)", "（.）", " [dot] "))));
        all.Add(Mail("email.at-sign.words", r => Mailbox(r, "@", " dot ", dottedLocalWord: true)));
        all.Add(Mail("email.xiaolaoshu.bracketed", r => Mailbox(r, CaseContexts.Pick(r, "（小老鼠）", "(小老鼠)"), ".")));
        // Sets N and P: a symbol typed for the at sign, a bracketed letter or hash, or a star (name (a) gmail.com, name★yahoo.co.jp).
        all.Add(Mail("email.symbol-at", r => Mailbox(r, CaseContexts.Pick(r, " (a) ", "(a)", "[a]", "（a）", "(#)", " (#) ", "★", "☆"), ".")));

        // Round 22: every other way the at sign and the dot are written out — 圈a ("circle a", 圈圈a), "at符號" (apart from
        // the mailbox name, as the bare word is), a simplified 点, 句點, a bracketed 點, full-width at and dot words — and dots
        // written differently within one address.
        all.Add(Mail("email.quan-a", r => Mailbox(r, CaseContexts.Pick(r, "圈a", "圈A", " 圈a ", "圈圈a", " 圈圈a ", "(圈a)"), CaseContexts.Pick(r, ".", "點", " 點 "), written: true)));
        all.Add(Mail("email.at-symbol-word", r => Mailbox(r, CaseContexts.Pick(r, " at符號 ", " at符號", " at 符號 ", "＠符號", " 小老鼠符號 ", " AT符號"), CaseContexts.Pick(r, ".", "點", " dot "), written: true)));
        all.Add(Mail("email.dot-words", r => Mailbox(r, CaseContexts.Pick(r, "@", " at ", "小老鼠", "(at)", " 艾特 "),
            CaseContexts.Pick(r, "点", " 点 ", "句點", " 句點 ", "[點]", "(點)", "（點）", "{dot}", "<dot>", " Dot ", "【點】"), written: true)));
        all.Add(Mail("email.full-width-words", r => Mailbox(r, CaseContexts.Pick(r, " ａｔ ", "（ａｔ）", "［ａｔ］", " ＡＴ ", "＠"),
            CaseContexts.Pick(r, "．", " ｄｏｔ ", "（ｄｏｔ）", " ＤＯＴ "), written: true)));
        all.Add(Mail("email.mixed-dots", r => Mailbox(r, CaseContexts.Pick(r, " at ", "小老鼠", "@", "(at)", "圈a", " AT "), EachDotItsOwnWay, written: true)));

        // Round 25 (set U9): a mailbox name whose last word is a number, its dot written out as the domain's are (chen dot 52
        // at gmail dot com, lin . 308 @ yahoo . com, wang [dot] 7 [at] …, mei點915小老鼠…), with every at form that goes with it.
        foreach (var (form, ats, dots) in NumberedNameForms)
            all.Add(Mail($"email.numbered-name.{form}", r => Mailbox(r, CaseContexts.Pick(r, ats), CaseContexts.Pick(r, dots), numberedName: true)));

        foreach (var (issuer, prefix, length, grouping) in CardIssuerRanges)
        {
            all.Add(Card($"card.{issuer}", r => CardNumber(r, prefix(r), length, grouping)));
        }
        // Round 13: the five local digits of Matsu (0836: 2, 4–9…) and Wuqiu (0826: 6…), and six digits grouped 2+4, right
        // after a landline label (宅電 6-5821, 市話2 0475, 公司電話:23-4105; sets U1, U2). Last in the list: a sample drawn family
        // by family in order (the guard's leak test) keeps its draws for the families declared before.
        all.Add(Phone("phone.local.5", r => ShortLocal(r, CaseContexts.Pick(r, "2", "4", "5", "6", "7", "8", "9") + Digits(r, 4), 1),
            ShortLandlineLabels, needsContext: true, after: LandlineAfter));
        all.Add(Phone("phone.local.6.2+4", r => ShortLocal(r, (2 + r.Next(8)).ToString() + Digits(r, 5), 2), ShortLandlineLabels, needsContext: true, after: LandlineAfter));
        for (int i = 0; i < all.Count; i++)
        {
            var make = all[i].Make;
            if (IsSpoken(all[i].Name)) all[i] = all[i] with { Make = r => make(r) with { Spoken = true } };
        }
        return all;
    }

    /// <summary>What people say between a plate's letters and digits as they read it out (set G).</summary>
    private static readonly string[] ReadOutPauses = { "，呃…，", "... 嗯 ", "，然後，", "... 後面是 ", " 然後是，", " 嗯 " };

    private static bool IsSpoken(string family) =>
        family.StartsWith("id.", StringComparison.Ordinal) || family.StartsWith("card.", StringComparison.Ordinal)
        || family == "phone.mobile" || family.StartsWith("phone.landline.", StringComparison.Ordinal);

    // A letter and a digit in either order (4U, W1); never G, K, D, P or X after a digit (5G, 4K, 3D read as technical terms).
    internal static string MixedCode(Random r)
    {
        const string letters = "ABCEFHJLMNRSTUVWYZ";
        string letter = letters[r.Next(letters.Length)].ToString();
        string digit = r.Next(10).ToString();
        return r.Next(2) == 0 ? digit + letter : letter + digit;
    }

    /// <summary>Area codes with the length of their local numbers and the digits a local number may start with (docs §d).</summary>
    private static readonly (string Area, int Local, string First)[] AreaCodes =
    {
        ("02", 8, "2345678"), ("03", 7, "2345689"), ("037", 6, "2345"), ("04", 8, "2"), ("049", 7, "2"), ("05", 7, "2235"),
        ("06", 7, "2356"), ("07", 7, "2356789"), ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"), ("0836", 5, "2"),
        // VoIP 070-xxxx-xxxx: a subscriber's number with a three-digit code, read as a landline (set O).
        ("070", 8, "1234567"),
    };

    /// <summary>Labels that name a number without its area code a landline (市話, 宅電…): the only words that make five or six digits one.</summary>
    private static readonly string[] ShortLandlineLabels = { "市話", "住家電話", "電話", "公司電話", "家裡電話", "宅電", "辦公室電話" };

    // A short local number, its first group `head` digits long, written with a hyphen, a space, or whole.
    private static PlantedValue ShortLocal(Random r, string digits, int head) => CaseContexts.Pick(r, "-", " ", "") is var separator && separator.Length > 0
        ? Groups(separator, digits[..head], digits[head..])
        : One(digits);

    private static PlantedValue Landline(Random r, string area, int local, string first)
    {
        string digits = first[r.Next(first.Length)] + Digits(r, local - 1);
        if (area == "082") digits = "3" + "2357"[r.Next(4)] + Digits(r, local - 2);
        if (area == "0836") digits = "2" + Digits(r, local - 1);
        int split = local - 4;
        return Groups("-", area, digits.Substring(0, split), digits.Substring(split));
    }

    private static readonly (string Issuer, Func<Random, string> Prefix, int Length, int[] Grouping)[] CardIssuerRanges =
    {
        ("visa", _ => "4", 16, new[] { 4, 4, 4, 4 }),
        ("mastercard", r => "5" + (1 + r.Next(5)), 16, new[] { 4, 4, 4, 4 }),
        ("mastercard.2series", r => (2221 + r.Next(500)).ToString(), 16, new[] { 4, 4, 4, 4 }),
        ("jcb", r => (3528 + r.Next(62)).ToString(), 16, new[] { 4, 4, 4, 4 }),
        ("amex", r => r.Next(2) == 0 ? "34" : "37", 15, new[] { 4, 6, 5 }),
        ("diners", _ => "36", 14, new[] { 4, 6, 4 }),
        ("unionpay", _ => "62", 16, new[] { 4, 4, 4, 4 }),
    };

    private static PlantedValue CardNumber(Random r, string prefix, int length, int[] grouping)
    {
        var body = prefix + Digits(r, length - prefix.Length - 1);
        body += LuhnDigit(body);
        var groups = new string[grouping.Length];
        int at = 0;
        for (int g = 0; g < grouping.Length; g++)
        {
            groups[g] = body.Substring(at, grouping[g]);
            at += grouping[g];
        }
        return new PlantedValue(groups, " ");
    }

    // Luhn check digit computed here, independently of the engine (ISO/IEC 7812-1).
    public static char LuhnDigit(string body)
    {
        int sum = 0;
        for (int i = 0; i < body.Length; i++)
        {
            int d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static readonly string[] LocalWords = { "wang", "chen", "lin", "huang", "chang", "ming", "mei", "yu", "hsu", "tsai" };
    private static readonly string[] Domains = { "gmail", "yahoo", "hotmail", "outlook", "pchome", "hinet", "example", "ms12.hinet", "mail.npa.gov", "icloud", "seed.net" };
    private static readonly string[] TopLevel = { "com", "com.tw", "net", "org.tw", "tw", "net.tw", "edu.tw", "jp", "gov.tw", "hk", "cn", "io" };

    /// <summary>Round 22: sub-domains and the second-level domains of the region (.idv.tw, .co.jp, .com.hk…), for the written-out families.</summary>
    private static readonly string[] WrittenDomains = { "gmail", "ms27.hinet", "mail.ntpc.gov", "cc.ncu.edu", "yahoo", "webmail.example", "naver", "pchome" };
    private static readonly string[] WrittenTopLevel = { "com", "tw", "idv.tw", "co.jp", "com.hk", "co.kr", "com.cn", "org", "net", "ne.jp", "com.sg", "edu.tw", "gov.tw" };

    /// <summary>The dots <see cref="Mailbox"/> picks one by one for <see cref="EachDotItsOwnWay"/> (gmail 點 com.tw, ms27.hinet dot net).</summary>
    private static readonly string[] MixedDots = { ".", " dot ", "點", " 點 ", "[dot]", "点", "(dot)", " DOT " };

    private const string EachDotItsOwnWay = "{each}";

    /// <summary>Round 25: the written dots a numbered mailbox name is read across, each with the at signs written beside it.</summary>
    private static readonly (string Form, string[] Ats, string[] Dots)[] NumberedNameForms =
    {
        ("dot-word", new[] { " at ", " AT ", "(at)", " [at] ", "@", "小老鼠" }, new[] { " dot ", " DOT ", " Dot " }),
        ("spaced-dot", new[] { " @ ", " at ", "@", " ＠ " }, new[] { " . " }),
        ("bracketed-dot", new[] { " [at] ", "(at)", " at ", "@" }, new[] { "[dot]", " (dot) ", "（dot）", "[.]" }),
        ("chinese-dot", new[] { "小老鼠", " at ", "@", " 艾特 " }, new[] { "點", " 點 ", "点" }),
    };

    // `written`: the round-22 families, with sub-addressing, sub-domains and second-level domains.
    // `numberedName`: the name's last word a number of one to four digits after the same written dot as the domain's.
    private static PlantedValue Mailbox(Random r, string at, string dot, bool dottedLocalWord = false, bool written = false, bool numberedName = false)
    {
        string first = LocalWords[r.Next(LocalWords.Length)];
        if (numberedName)
            return new PlantedValue(new[] { first + dot + r.Next(1, 10_000) + at + Domains[r.Next(Domains.Length)].Replace(".", dot) + dot + TopLevel[r.Next(TopLevel.Length)].Replace(".", dot) }, "", IsMail: true);
        string local = dottedLocalWord
            ? first + " dot " + LocalWords[r.Next(LocalWords.Length)]
            : first + r.Next(4) switch
            {
                0 => "." + LocalWords[r.Next(LocalWords.Length)],
                1 => "_" + LocalWords[r.Next(LocalWords.Length)],
                2 => "-" + LocalWords[r.Next(LocalWords.Length)] + r.Next(1, 9),
                _ => r.Next(10, 99).ToString(),
            };
        if (written && r.Next(4) == 0) local = first + "+" + LocalWords[r.Next(LocalWords.Length)]; // sub-addressing: wang+tw
        string host = written ? WrittenDomains[r.Next(WrittenDomains.Length)] + "." + WrittenTopLevel[r.Next(WrittenTopLevel.Length)]
            : Domains[r.Next(Domains.Length)] + "." + TopLevel[r.Next(TopLevel.Length)];
        string domain = dot == EachDotItsOwnWay ? string.Concat(host.Select(c => c == '.' ? CaseContexts.Pick(r, MixedDots) : c.ToString())) : host.Replace(".", dot);
        return new PlantedValue(new[] { local + at + domain }, "", IsMail: true);
    }

    private static ValueFamily Id(string name, string type, Func<Random, PlantedValue> make) =>
        type == EntityTypes.NationalId
            ? new(name, type, make, IdLabels, IdVerbs, IdAfter, "ID No.")
            : new(name, type, make, ArcLabels, IdVerbs, ArcAfter, "ARC No.");

    private static ValueFamily Plate(string name, Func<Random, PlantedValue> make, bool needsContext = false) =>
        new(name, EntityTypes.LicensePlate, make, PlateLabels, PlateVerbs, PlateAfter, "plate", needsContext);

    private static ValueFamily Phone(string name, Func<Random, PlantedValue> make, string[]? labels = null, bool needsContext = false, string[]? prefixes = null, string[]? after = null) =>
        new(name, EntityTypes.PhoneNumber, make, labels ?? PhoneLabels, PhoneVerbs, after ?? PhoneAfter, "phone", needsContext || prefixes is not null, prefixes);

    private static ValueFamily Mail(string name, Func<Random, PlantedValue> make) =>
        new(name, EntityTypes.EmailAddress, make, MailLabels, MailVerbs, MailAfter, "email");

    private static ValueFamily Card(string name, Func<Random, PlantedValue> make) =>
        new(name, EntityTypes.CreditCard, make, CardLabels, CardVerbs, CardAfter, "card no.");

    public static PlantedValue One(string value) => new(new[] { value }, "");

    public static PlantedValue Pair(string first, string second, string separator) => new(new[] { first, second }, separator);

    public static PlantedValue Groups(string separator, params string[] groups) => new(groups, separator);

    /// <summary>Area letters of the national ID table (docs §a).</summary>
    private static char AreaLetter(Random r) => SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)];

    public static string Digits(Random r, int count)
    {
        var digits = new char[count];
        for (int i = 0; i < count; i++) digits[i] = (char)('0' + r.Next(10));
        return new string(digits);
    }

    // The 2012 scheme issues no I or O and no digit 4 (docs §c).
    private const string CurrentLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string AnyLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string PlateDigitsNoFour = "012356789";

    internal static string Letters(Random r, int count, bool current = false)
    {
        var source = current ? CurrentLetters : AnyLetters;
        while (true)
        {
            var letters = new char[count];
            for (int i = 0; i < count; i++) letters[i] = source[r.Next(source.Length)];
            var text = new string(letters);
            // Stay clear of the words and acronyms a reader takes for something else (TEL, USB…).
            if (!ReservedLetterGroups.Contains(text)) return text;
        }
    }

    private static readonly HashSet<string> ReservedLetterGroups = new(StringComparer.Ordinal)
    {
        "OF", "TO", "IN", "AT", "ON", "IS", "BY", "NO", "OR", "AS", "IF", "IT", "BE", "WE", "MY", "UP", "SO", "DO", "GO", "AN",
        "AM", "PM", "ID", "TEL", "FAX", "USB", "CPU", "GPU", "RAM", "SSD", "LED", "API", "SDK", "SQL", "VPN", "NFC", "MAC",
        "NET", "APP", "GTX", "RTX", "SKU", "UTC", "GMT", "KPI", "EXE", "DLL", "XML", "CSS", "PHP", "AWS", "REF", "REV", "VER",
        "LPR", "SHA", "AES", "RSA", "DES", "CRC", "TLS", "SSL", "PGP", "GPG", "UTF", "CVE", "LTE", "DNS", "TCP", "UDP", "PDF",
        "HDD", "LCD", "WIN", "DOC", "XLS", "PPT", "JPG", "PNG", "GIF", "MPG", "AVI", "SOP", "ESG", "SDG", "NFT", "APK", "ORD",
        "PKG", "ZIP", "VIA", "PER", "APT", "NUM", "EXT", "THE", "AND", "FOR", "WAS", "ARE", "NOT", "BUT", "HAS", "HAD", "HIS",
        "HER", "OUR", "YOU", "ALL", "CAN", "NOW", "NEW", "OLD", "AGE", "RX", "MX", "GT", "SL", "SUV", "EV",
    };

    private static string PlateDigits(Random r, int count, bool current)
    {
        if (!current) return Digits(r, count);
        var digits = new char[count];
        for (int i = 0; i < count; i++) digits[i] = PlateDigitsNoFour[r.Next(PlateDigitsNoFour.Length)];
        return new string(digits);
    }
}
