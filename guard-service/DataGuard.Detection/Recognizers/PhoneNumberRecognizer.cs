using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Telephone numbers: Taiwan mobiles and landlines checked against <see cref="TaiwanNumberingPlan"/> (national form
/// 09xx-xxx-xxx / (02)xxxx-xxxx and +886 form), and foreign numbers in international form checked with libphonenumber.
/// Toll-free 0800/0809 numbers are businesses' and are not reported.
/// </summary>
internal sealed class PhoneNumberRecognizer : ChainRecognizer
{
    private const double MobileScore = 0.85;
    private const double GroupedLandlineScore = 0.75;

    /// <summary>Nine or ten bare digits starting with 0 could be anything; they need context.</summary>
    private const double BareLandlineScore = 0.55;

    private const double InternationalScore = 0.8;

    private const int NationalForm = 0;
    private const int PlusForm = 1;
    private const int PlusFormWithTrunkZero = 2;
    private const int LocalForm = 3;
    private const int DialPrefixForm = 4;
    private const int AbroadForm = 5;

    /// <summary>Variants from here on are foreign national numbers; the E.164 form is recomputed from the region.</summary>
    private const int ForeignNationalForm = 6;

    /// <summary>
    /// A foreign number that libphonenumber finds possible (right length) but not in an allocated range: a phone only when
    /// the text says so (+0.3 for 電話/手機/phone…). Fictitious and newly allocated ranges (US 555-01xx) fall here.
    /// </summary>
    private const double PossibleInternationalScore = 0.3;

    /// <summary>A number in a country's national form, parsed with the region named just before it (日本手機 090-…).</summary>
    private const double ForeignNationalScore = 0.5;

    private const double PossibleForeignNationalScore = 0.3;

    /// <summary>Phone-shaped digits written as a row of two-digit numbers (09 12 15 28 33).</summary>
    private const double DocumentLikeScore = 0.25;

    /// <summary>A local number without its area code (2345-6789) is a phone only right after a phone label.</summary>
    private const double LabelledLocalScore = 0.6;

    private static readonly ContextWord[] LocalLabels = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "聯絡電話", "連絡電話", "家裡電話", "Tel", "Phone",
        "撥打", "致電", "回撥", "撥", "打給", "打", "家電", "宅電", "來電號碼", "回電號碼", "市話號碼",
        "手機", "手機號碼", "行動電話", // 檢舉人手機959 5077: a number labelled a phone is one, whatever digits were left out
        "回電", "打到", "撥到", // 請回電 2345-6789
        "來電", "值班台", "值班電話", // 偵查隊…來電3236 6691, 請聯繫民族派出所值班台 兩五五兩 五四幺八
        "所", // a station directory: 復興所 353 0397, 新生分駐所 824 0971, 中庄所 24828463
        "聯絡方式", "聯繫方式", "打來了", "call back", // 請依聯絡方式2345-6789回電, 她又打來了 2345678 (set O)
    });

    // Filed by last character: asked right before every long number a local reading is tried on.
    private static readonly WordsByChar LocalLabelsByLastChar = new(LocalLabels, byLastChar: true);

    /// <summary>
    /// Which line a number is, or a comma, between a phone label and a local number (電話（家）2345-6789, 電話(H) 2345 6789,
    /// 聯絡方式：住家 2345 6789, 他留了市話，2345 6789). Alone, 住家 or 公司 before eight digits may be an address or a
    /// business number; after a phone label they name the line.
    /// </summary>
    private static readonly string[] LineQualifiers =
    {
        "（家）", "(家)", "（宅）", "(宅)", "（H）", "(H)", "（O）", "(O)", "（公）", "(公)", "（住家）", "(住家)", "（市話）", "(市話)",
        "住家", "住宅", "家裡", "家用", "公司", "辦公室", "宅", "家", "，", ",",
    };

    /// <summary>The last characters of <see cref="LineQualifiers"/>.</summary>
    private const string QualifierEnds = "）)家宅司室，,";

    private static readonly ContextWord[] QualifiedLocalLabels = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "聯絡電話", "連絡電話", "家裡電話", "Tel", "Phone", "家電", "宅電",
        "聯絡方式", "聯繫方式", "回電號碼", "市話號碼",
    });

    /// <summary>
    /// A merely possible foreign national number (right length, range not allocated) that such a plain word names, its
    /// country given earlier: the plain word is not context for Taiwan numbers, so it counts here.
    /// </summary>
    private const double PlainPhoneWordBoost = 0.2;

    /// <summary>Words right after a local number that name it (2345 6789（住家）, 七七九九 三三一八來電, 2345 6789 是他家的電話).</summary>
    private static readonly ContextWord[] LocalLabelsAfter = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家", "住宅", "家裡", "家用", "室內", "來電", "打來", "打過來", "Tel", "Phone", "home", "landline",
    });

    /// <summary>How far after a local number the words naming it may reach ("是他家的電話").</summary>
    private const int LocalLabelAfterReach = 8;

    public override string Type => EntityTypes.PhoneNumber;

    /// <summary>A six-digit local number after a phone word (市話：345-678) is the shortest read.</summary>
    public override int MinLength => ShortLocalDigits;

    public override bool ReadsAcrossFillers => true;

    /// <summary>
    /// A complete Taiwan number read out in groups with filler words between them (0912 然後 345 再來 678): a phone only
    /// where the text says so (+0.3 for a phone word around it; a weak word such as 聯絡 is not enough), since two numbers side
    /// by side can join into this shape. It then outscores a reading of the groups after the filler alone (0.6).
    /// </summary>
    private const double SplitScore = 0.34;

    /// <summary>
    /// A Taiwan mobile read out in pieces where every gap is a word people say between digits (然後, 嗯, 後面是, then…; see
    /// <see cref="SpokenFillers"/>): the 09 prefix, ten digits and speech between them leave little else it could be, so it
    /// stands without a phone word ("他念說 0945 喔 720 那個 626").
    /// </summary>
    private const double SpokenMobileScore = 0.5;

    public override ContextProfile Context { get; } = new(
        strong: PhoneWords.Strong,
        weak: new[] { "聯絡", "連絡", "聯繫", "LINE", "簡訊", "通話", "contact", "SMS" },
        negative: LookAlikeLabelList,
        negativePenalty: 0.4);

    private static readonly string[] LookAlikeLabelList = PhoneWords.Concat(new[]
    {
        "訂單", "單號", "編號", "發票", "序號", "帳號", "帳戶", "統編", "條碼", "批號", "案號", "order", "invoice",
        "serial", "tracking", "account",
    }, ForeignLanguages.NotPhoneWords);

    // Filed by first character: asked before the foreign readings of every long number (WordsByChar.AnyIn).
    private static readonly WordsByChar LookAlikeLabels = new(ContextWord.All(LookAlikeLabelList), byLastChar: false);

    // Every form starts with a plus or a digit, or with the O that passes for the 0 of the national form (O912-345-678):
    // an ID, certificate or plate that starts with another letter is never a phone.
    public override bool Accepts(in ChainShape shape) => shape.HasPlus || shape.LeadingLetters == 0 || DigitLookalikes.AsDigit(shape.First) == '0';

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasFiller(chain.Length)) return TrySplit(text, chain, out match);
        // "10.0.22631.3296", "3.14159 2653": digits after a number and a dot continue a version or a decimal.
        if (ContinuesNumber(text, chain.Start)) return false;
        // A number after a foreign country's name is read in that country's plan first (香港電話 9123 4567 is not a Taipei
        // local number); a Taiwan reading that fails may still be a foreign national number (日本手機 090-1234-5678).
        // 886 912 345 678 is Taiwan's own code with the plus left out, whatever country was named before it. Taiwan's
        // VoIP 070 is also Japan's mobile prefix: after 日本手機 the Japanese reading comes first.
        if (!chain.HasPlus && (chain.Chars[0] is >= '2' and <= '9' && !StartsWith886(chain) || StartsWithVoipPrefix(chain)))
            return TryForeignNational(text, chain, out match) || TryTaiwanOrInternational(text, chain, out match) || TryLabelledForeign(text, chain, out match);
        return TryTaiwanOrInternational(text, chain, out match) || TryForeignNational(text, chain, out match)
            || TryLabelledForeign(text, chain, out match);
    }

    private static bool StartsWithVoipPrefix(in Chain chain) =>
        chain.Length > 3 && chain.Chars[0] == '0' && chain.Chars[1] == '7' && chain.Chars[2] == '0';

    /// <summary>Digits a national-form mobile of <see cref="ForeignLanguages.Fallback"/> takes, trunk 0 included.</summary>
    private const int MinForeignMobile = 10, MaxForeignMobile = 13;

    /// <summary>Digits a foreign number without a trunk 0 must have to be read written whole (a mainland mobile's eleven).</summary>
    private const int MinUngroupedForeign = 11;

    // "WhatsApp adik: 0813-2468-1357", "hãy gọi chị Lan ở số 0861234567", "回撥給我010-2468-1357": a number a phone word labels that
    // Taiwan's plan turns down is a foreign one where no country is named near it. It is read in the plan of the country
    // named before it (a question on the line above: 問：你在大陸的親戚怎麼聯絡？⏎答：我表哥的手機138 …) or whose language the
    // text is in, else as a mobile of the countries whose numbers turn up most, which start with a trunk 0.
    private static bool TryLabelledForeign(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 7) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = Math.Min(digits, chain.ClauseLength(text, 0));
        if (digits is < 7 or > MaxForeignMobile || !chain.EndsCleanlyAfter(digits) || IsDocumentNumber(text, chain.EndOf(digits))
            || ContinuesDigits(text, chain.Start) || ContinuesNumber(text, chain.Start))
            return false;
        // Without a trunk 0, digits written whole are an amount or a code as often (香港…電話費 23456789 元); an account or an
        // order number is labelled so (nomor rekening 08…, 계좌번호 010…). Both are turned down before libphonenumber is asked.
        bool ungrouped = IsUngrouped(chain, digits);
        if ((ungrouped && chain.Chars[0] != '0' && digits < MinUngroupedForeign) || ContextScorer.IsLabelled(text, chain.Start, LookAlikeLabels, LookAlikeReach)
            || !ForeignNumberContext.IsLabelledWithoutCountry(text, chain.Start, chain.EndOf(digits), out var hinted, out bool countryNamed)
            || (hinted is null && HasTaiwanAreaCode(chain, digits)))
            return false;
        var number = chain.Chars.Slice(0, digits);
        // In the plan the text names, a merely possible number (right length, range not listed) needs a strong phone word.
        var fit = hinted is null ? InternationalNumbers.Fit.None : InternationalNumbers.CheckNational(number, hinted);
        string? region = fit == InternationalNumbers.Fit.None ? null : hinted;
        if (region is null && !countryNamed && chain.Chars[0] == '0' && digits >= MinForeignMobile)
        {
            foreach (var fallback in ForeignLanguages.Fallback)
            {
                if (!InternationalNumbers.IsMobile(number, fallback)) continue;
                region = fallback;
                break;
            }
        }
        int country = region is null ? -1 : CountryWords.OfRegion(region.AsSpan());
        if (country < 0 || (ungrouped && fit == InternationalNumbers.Fit.Possible)) return false;
        double score = fit == InternationalNumbers.Fit.Possible ? PossibleForeignNationalScore : ForeignNationalScore;
        match = MatchOf(chain, digits, score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        return true;
    }

    /// <summary>How far back in its clause a look-alike label (訂單, rekening) keeps a number from being read as a foreign phone.</summary>
    private const int LookAlikeReach = 16;

    // "電話 03-51234567": where neither a country nor a language says otherwise, a first group that is a Taiwan area code
    // says a Taiwan number was mistyped, not a foreign one (a Tokyo 03-5xxx or a Thai 089 number needs its language).
    private static bool HasTaiwanAreaCode(in Chain chain, int digits) =>
        TaiwanNumberingPlan.TryLookup(chain.Chars.Slice(0, digits), out _, out int localStart, out var kind)
        && kind == TaiwanNumberingPlan.Kind.Landline && localStart < digits && chain.Gaps[localStart] > 0;

    // Only complete numbers are read across filler words, and only when the number takes a group after a filler: the
    // national form (mobile, or landline with its area code), and the international form (+886 / 00886 / +CC / 00CC) of a
    // number libphonenumber calls valid, not merely possible ("00886-939 … uh 245-428", "0065 8715 … 後面是 1083").
    private static bool TrySplit(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        TrySplitTaiwanOrInternational(text, chain, out match) || (!chain.HasPlus && (TrySplitLocal(text, chain, out match) || TrySplitForeign(text, chain, out match)));

    // A number without its area code read out in pieces right after its phone label, or named right after it
    // (市話是2515 uh，2533; 住家電話 7677 嗯 0574; 電話三四二後面是五七八五（住家）): only spoken words between the groups.
    private static bool TrySplitLocal(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Chars[0] is < '2' or > '9' || StartsWith886(chain) || ContinuesNumber(text, chain.Start)) return false;
        if (!TryLabelledLocal(text, chain, out match) || !chain.HasFiller(match.Count) || !SpokenFillers.AllSpoken(text, chain, match.Count)) return false;
        match.BaseScore = Math.Min(match.BaseScore, SplitScore);
        return true;
    }

    // A foreign national number read out in pieces ("香港,5601嗯2189" under a 電話 column): only spoken words between
    // the groups and a phone word (not a plain 打 or 號碼) around it, as for a Taiwan number.
    private static bool TrySplitForeign(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (ContinuesNumber(text, chain.Start) || !TryForeignNational(text, chain, out match) || !chain.HasFiller(match.Count)) return false;
        if (!SpokenFillers.AllSpoken(text, chain, match.Count) || !ForeignNumberContext.NamesAPhone(text, match.Start, match.End, PhoneWords.Any)) return false;
        match.BaseScore = Math.Min(match.BaseScore, SplitScore);
        return true;
    }

    private static bool TrySplitTaiwanOrInternational(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        // "886 後面是，962... 再來是 861 呃… 678": Taiwan's code said on its own before the number, its plus left out.
        bool without886Plus = !chain.HasPlus && StartsWith886(chain) && FirstFiller(chain) == 3;
        bool international = chain.HasPlus || chain.Chars[0] == '0' && chain.Chars[1] == '0' || without886Plus;
        if ((!international && chain.Chars[0] != '0') || ContinuesNumber(text, chain.Start)) return false;
        // The first group holds the prefix, a country code (which never starts with 0) and more: "00，來源 172.78…" is the
        // end of a time and an IP address, turned down here before libphonenumber is asked.
        if (international && (chain.Chars[chain.HasPlus ? 0 : 2] == '0' || FirstFiller(chain) < (chain.HasPlus ? 1 : without886Plus ? 2 : 4))) return false;
        if (!TryTaiwanOrInternational(text, chain, out match) || !chain.HasFiller(match.Count) || (match.Evasions & Evasions.Homoglyph) != 0)
            return false;
        if (international ? match.Variant is not (PlusForm or PlusFormWithTrunkZero or AbroadForm or DialPrefixForm)
                // A plus says "phone number" on its own: a merely possible +CC number split (+852\n9914 5901) still needs its phone word.
                || match.BaseScore < (without886Plus ? BareLandlineScore : chain.HasPlus ? PossibleInternationalScore : InternationalScore)
            : match.Variant != NationalForm)
            return false;
        // A mobile, or a landline whose area code stands in parentheses ((04)2296，接著，8132), with only speech between
        // its groups stands without a phone word.
        bool mobile = match.BaseScore >= MobileScore || without886Plus && match.Count == 12;
        bool spoken = (mobile || OpensWithParenthesis(text, chain.Start)) && SpokenFillers.AllSpoken(text, chain, match.Count);
        match.BaseScore = spoken ? SpokenMobileScore : Math.Min(match.BaseScore, SplitScore);
        return true;
    }

    // Index of the first character after a filler.
    private static int FirstFiller(in Chain chain)
    {
        int i = 1;
        while (i < chain.Length && chain.GapChars[i] != Chain.FillerGap) i++;
        return i;
    }

    private static bool TryTaiwanOrInternational(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus)
        {
            if (!TryInternational(chain, offset: 0, out match)) return false;
            NamePossibleInternational(text, ref match);
            // (+886) 912-345-678: the parentheses around the country code belong to the number.
            if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
            return true;
        }
        // 006 62 812…: Taiwan's prefix 006 and a number, or 00 62 (Indonesia) with a gap in the wrong place.
        if (IsDialPrefix(chain) && TryInternational(chain, offset: DialPrefixLength, out match)) return true;
        if (chain.Length > 5 && chain.AllDigits(0, 5) && chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] == '8'
            && chain.Chars[3] == '8' && chain.Chars[4] == '6')
            return TryInternational(chain, offset: 2, out match); // 00886 9…: Taiwan dialled from abroad
        if (IsInternationalPrefix(chain)) // 0081 80…, 00852 5…
        {
            if (!TryInternational(chain, offset: 2, out match)) return false;
            if (!IsUngrouped(chain, match.Count)) NamePossibleInternational(text, ref match); // ungrouped, an order number as often
            return true;
        }
        if (chain.Chars[0] == '8' && TryTaiwanWithoutPlus(chain, out match)) return true;
        if (chain.Chars[0] is >= '2' and <= '9') return TryLabelledLocal(text, chain, out match);
        // Letters that pass for digits (O912-345-678, 09l2…) are read as digits in the national form.
        Span<char> digits = stackalloc char[Chain.Capacity];
        for (int i = 0; i < chain.Length; i++) digits[i] = i == 0 ? DigitLookalikes.AsDigit(chain.Chars[i]) : DigitLookalikes.AsDigitInside(chain.Chars[i]);
        if (digits[0] != '0') return false;
        var national = digits.Slice(0, chain.Length);
        if (!TaiwanNumberingPlan.TryLookup(national, out int length, out int localStart, out var kind)
            || kind == TaiwanNumberingPlan.Kind.Excluded
            || !AllDigits(national, length)
            || !chain.EndsCleanlyAfter(length))
            return false;
        // Counted in the number only: "…壹壹捌. She lost" reads the word after it into the chain (S for 5).
        int lookalikes = 0;
        for (int i = 0; i < length; i++) if (digits[i] != chain.Chars[i]) lookalikes++;
        // A third or fourth one only right after a phone label or filling a cell under one (聯絡電話O9774O2l48, TEL：O9I2O4O678).
        if (lookalikes > MaxLabelledLookalikes || lookalikes >= 3 && !IsPhoneLabelled(text, chain.Start, chain.EndOf(length))) return false;

        double score;
        if (kind == TaiwanNumberingPlan.Kind.Mobile) score = MobileScore;
        else if (kind == TaiwanNumberingPlan.Kind.Voip) score = chain.GapCount(length) > 0 ? GroupedLandlineScore : BareLandlineScore;
        else
        {
            char firstLocal = national[localStart];
            if (firstLocal < '2') return false; // local numbers never start with 0 or 1
            if (chain.GapCount(length) > 0 || OpensWithParenthesis(text, chain.Start)) score = GroupedLandlineScore;
            else if (lookalikes == 0 && TaiwanNumberingPlan.IsAssigned(national.Slice(0, length))) score = BareLandlineScore;
            else return false; // bare digits outside the ranges actually assigned are some other number
        }
        // 0930083451號函 is a document number; 09 12 15 28 33 is a row of lottery numbers. Both need phone context.
        if (IsDocumentNumber(text, chain.EndOf(length))) return false;
        // …unless a label written the way OCR writes a form (手 機 09 72 26 40 04) names it right before.
        if (OnlyPairs(chain, length) && !SpacedLabel.EndsRightBefore(text, chain.Start, PhoneWords.Any)) score = DocumentLikeScore;
        match = MatchOf(chain, length, score, chain.HasUnusualGrouping(length, maxGroups: 4, maxSingles: 0), NationalForm);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    /// <summary>The shortest local number read after a phone word (Miaoli, Kinmen, Taitung: six digits).</summary>
    private const int ShortLocalDigits = 6;

    // Six digits, joined or 3+3, named a phone by a phone word right before them or by the column they fill.
    private static bool IsShortLocal(ReadOnlySpan<char> text, in Chain chain)
    {
        int gaps = chain.GapCount(ShortLocalDigits);
        // "(650) 253-0000": six digits that another group continues are the head of a longer number.
        if (chain.Length > ShortLocalDigits && (uint)(chain.Chars[ShortLocalDigits] - '0') <= 9) return false;
        if (gaps > 1 || gaps == 1 && chain.Gaps[3] == 0 || chain.Chars[0] < '2') return false;
        if (ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.Any)) return true;
        var header = TableCell.Header(text, chain.Start, chain.EndOf(ShortLocalDigits), out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(PhoneWords.Any, header) && StandsAloneInClause(text, chain.Start);
    }

    /// <summary>How far back a six-digit number's clause is searched for other digits.</summary>
    private const int ClauseReach = 24;

    // Under a phone column, six digits are the tail of a number as often as a number: "0942⏎786-714" (a mobile wrapped onto
    // the next line), "0909，後六碼502516" (its last six digits). They stand alone only with no digit or numeral earlier in
    // their clause and no digit or hyphen closing the line before.
    private static bool StandsAloneInClause(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0 && start - i <= ClauseReach; i--)
        {
            char c = text[i];
            if (c == '\n')
            {
                int j = i - 1;
                while (j >= 0 && text[j] is ' ' or '\r' or '\u3000') j--;
                return j < 0 || text[j] != '-' && CharFolding.KindOf(text[j]) != CharKind.Digit;
            }
            if (c is '，' or '。' or '；' or ';' or ',' or '\t' or '|' or '｜') return true;
            if (CharFolding.KindOf(c) == CharKind.Digit) return false;
        }
        return true;
    }

    /// <summary>How many letters typed for digits a national number may hold where a phone label names it.</summary>
    private const int MaxLabelledLookalikes = 4;

    // A phone label right before the number, or over its column when the number fills its cell.
    private static bool IsPhoneLabelled(ReadOnlySpan<char> text, int start, int end)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, LocalLabels) || ContextScorer.IsLabelledImmediately(text, start, PhoneWords.Any)) return true;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(PhoneWords.Any, header);
    }

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        var digits = chain.Chars.Slice(0, match.Count);
        return match.Variant switch
        {
            NationalForm => Prefixed("+886", digits.Slice(1), lookalikesAsDigits: true),
            PlusFormWithTrunkZero => Prefixed("+886", digits.Slice(4), lookalikesAsDigits: true),
            LocalForm => digits.ToString(), // the area code is unknown
            DialPrefixForm => Prefixed("+", digits.Slice(DialPrefixLength)),
            >= ForeignNationalForm => ForeignE164(digits, match.Variant),
            AbroadForm => Prefixed("+", digits.Slice(2), lookalikesAsDigits: true),
            _ => Prefixed("+", digits, lookalikesAsDigits: true), // +886…, foreign, and 886… written without its plus
        };
    }

    /// <summary>Taiwan's international call prefixes (002, 005, 006, 007, 009, 019: libphonenumber TW `0(?:0[25-79]|19)`).</summary>
    private const int DialPrefixLength = 3;

    private static bool IsDialPrefix(in Chain chain) =>
        chain.Length > DialPrefixLength + 8 && chain.AllDigits(0, DialPrefixLength) && chain.Gaps[DialPrefixLength] > 0
        && ((chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is '2' or '5' or '6' or '7' or '9')
            || (chain.Chars[0] == '0' && chain.Chars[1] == '1' && chain.Chars[2] == '9'));

    /// <summary>How many letters typed for digits a +886 number may hold after its country code (+886-931l47325).</summary>
    private const int MaxInternationalLookalikes = 2;

    // +886 9xx…, +886 2 xxxx…, and the common mistake +886 (0)9xx… with the trunk 0 kept; after the country code, letters
    // that pass for digits are read as digits as in the national form (the plus already says "phone").
    private static bool TryTaiwanInternational(in Chain chain, int offset, out ChainMatch match)
    {
        match = default;
        bool trunkZero = chain.Chars[offset + 3] == '0';
        int skip = offset + (trunkZero ? 4 : 3);
        int run = Math.Min(chain.Length, CellLength(chain));
        if (run - offset < 8) return false;
        Span<char> national = stackalloc char[Chain.Capacity];
        national[0] = '0';
        int digits = skip;
        for (; digits < run; digits++)
        {
            char d = digits == skip ? DigitLookalikes.AsDigit(chain.Chars[digits]) : DigitLookalikes.AsDigitInside(chain.Chars[digits]);
            if ((uint)(d - '0') > 9) break;
            national[digits - skip + 1] = d;
        }
        if (!chain.AllDigits(0, skip) || digits - offset < 8
            || !TaiwanNumberingPlan.TryLookup(national.Slice(0, digits - skip + 1), out int length, out int localStart, out var kind)
            || kind == TaiwanNumberingPlan.Kind.Excluded)
            return false;
        int count = length - 1 + skip;
        if (count > digits || !chain.EndsCleanlyAfter(count)) return false;
        if (kind == TaiwanNumberingPlan.Kind.Landline && national[localStart] < '2') return false;
        int lookalikes = 0;
        for (int i = skip; i < count; i++) if (national[i - skip + 1] != chain.Chars[i]) lookalikes++;
        if (lookalikes > MaxInternationalLookalikes) return false; // no English word follows a plus: "2ll3" is disguise
        double score = kind == TaiwanNumberingPlan.Kind.Mobile ? MobileScore : GroupedLandlineScore;
        match = MatchOf(chain, count, score, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 1),
            offset > 0 ? AbroadForm : trunkZero ? PlusFormWithTrunkZero : PlusForm);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    // International form after a plus (offset 0) or after a dialled prefix such as 009 (offset 3, foreign numbers only).
    private static bool TryInternational(in Chain chain, int offset, out ChainMatch match)
    {
        match = default;
        if (offset != DialPrefixLength && chain.Length > offset + 3 && chain.Chars[offset] == '8' && chain.Chars[offset + 1] == '8' && chain.Chars[offset + 2] == '6')
            return TryTaiwanInternational(chain, offset, out match);
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = Math.Min(digits, CellLength(chain));
        if (digits - offset < 8) return false;

        // Foreign numbers: the longest prefix that ends at a group boundary and that libphonenumber calls valid, else the
        // longest it calls possible (scored to need a phone word).
        if (offset > 0 && chain.Chars[offset] == '8' && chain.Chars[offset + 1] == '8' && chain.Chars[offset + 2] == '6') return false;
        int possible = -1;
        for (int count = Math.Min(digits, offset + 15); count >= offset + 8; count--)
        {
            // "+84 97 324 8214兩個號碼": where ASCII digits meet a numeral the number may end (兩個 "two of them").
            if (!chain.EndsCleanlyAfter(count) && count != chain.ScriptBreak) continue;
            var fit = InternationalNumbers.Check(chain.Chars.Slice(offset, count - offset));
            if (fit == InternationalNumbers.Fit.Possible && possible < 0) possible = count;
            if (fit != InternationalNumbers.Fit.Valid) continue;
            match = MatchOf(chain, count, InternationalScore, chain.HasUnusualGrouping(count, maxGroups: 7, maxSingles: 1),
                offset == 0 ? PlusForm : offset == 2 ? AbroadForm : DialPrefixForm);
            if (offset == 2 && IsUngrouped(chain, count)) match.BaseScore -= UngroupedAbroadPenalty;
            return true;
        }
        if (possible < 0) return false;
        match = MatchOf(chain, possible, PossibleInternationalScore, chain.HasUnusualGrouping(possible, maxGroups: 7, maxSingles: 1),
            offset == 0 ? PlusForm : offset == 2 ? AbroadForm : DialPrefixForm);
        return true;
    }

    // A merely possible +CC or 00CC number named a phone by the words around it: a calling verb right before it
    // (打+852 5887 0315), a plain 號碼/number right before it ("Macau number 00853 6612-3456") or later in its clause
    // ("+852 5004 0922及+84 97 324 8214兩個號碼").
    private static void NamePossibleInternational(ReadOnlySpan<char> text, ref ChainMatch match)
    {
        if (match.BaseScore > PossibleInternationalScore) return;
        if (ContextScorer.IsLabelledImmediately(text, match.Start, LocalLabels)) match.BaseScore = ForeignNationalScore;
        else if (ContextScorer.IsLabelledImmediately(text, match.Start, PhoneWords.PlusNumber) || ForeignNumberContext.NamedLaterInClause(text, match.End, PhoneWords.PlusNumber))
            match.BaseScore += PlainPhoneWordBoost;
    }

    // A tab between groups ends a table cell: the next cell's digits are not the number's ("+6281281909205⇥6萬5千元").
    private static int CellLength(in Chain chain)
    {
        for (int k = 1; k < chain.Length; k++) if (chain.Gaps[k] > 0 && chain.GapChars[k] == '\t') return k;
        return chain.Length;
    }

    // 00 + country code, the international prefix of most countries (0081 80 1234 5678): not Taiwan's own 002/005/006/
    // 007/009 followed by a gap, which IsDialPrefix reads first.
    private static bool IsInternationalPrefix(in Chain chain) =>
        chain.Length > 10 && chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is >= '1' and <= '9' && chain.AllDigits(0, 4);

    /// <summary>00CC written without any grouping could as well be an order or serial number: it needs a phone word.</summary>
    private const double UngroupedAbroadPenalty = 0.3;

    // No separator and no invisible character (a soft hyphen between groups is grouping, hidden) in the first count.
    private static bool IsUngrouped(in Chain chain, int count) =>
        chain.GapCount(count) == 0 && (chain.EvasionsOf(count) & Evasions.ZeroWidth) == 0;

    /// <summary>
    /// A number in a foreign country's national form right after that country is named (日本手機 090-1234-5678, 香港電話
    /// 9123 4567, 美國電話 (212) 555-0123, 大陸手機 138 1234 5678): parsed with that region's plan.
    /// </summary>
    private static bool TryForeignNational(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 7 || (uint)(chain.Chars[0] - '0') > 9 || ContinuesDigits(text, chain.Start)) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = Math.Min(digits, chain.ClauseLength(text, 0));
        if (digits < 7 || IsSlashDate(chain, digits)) return false;
        if (!ForeignNumberContext.TryName(text, chain.Start, chain.EndOf(digits), out var naming)) return false;
        int country = naming.Country;
        bool namedPhone = naming.NamedPhone, plainOnly = naming.PlainOnly;
        var region = CountryWords.Region(country);
        // 韓國旅客 010-2345-6789, 香港居民 9123 4567: with no phone word, only a grouped, valid mobile of the country named
        // just before it, or one the country's name labels with a colon (家人在越南：0861234567).
        // Chinese numerals (香港：六八九〇六一八〇) are not how an order number is written: grouping is not needed there.
        bool grouped = !IsUngrouped(chain, digits) || (chain.EvasionsOf(digits) & Evasions.ChineseNumerals) != 0;
        if (plainOnly && (!grouped || !CountryWords.MobileMayStartWith(country, chain.Chars[0]))) return false;
        if (!namedPhone && (!(grouped || CountryWords.LabelsAt(text, chain.Start)) || !chain.EndsCleanlyAfter(digits) || !CountryWords.MobileMayStartWith(country, chain.Chars[0])
                            || !InternationalNumbers.IsMobile(chain.Chars.Slice(0, digits), region)))
            return false;
        // The longest valid reading; a merely possible one only when it takes every digit of the run.
        int found = -1;
        var fit = InternationalNumbers.CheckNational(chain.Chars.Slice(0, digits), region);
        if (fit != InternationalNumbers.Fit.None && chain.EndsCleanlyAfter(digits)) found = digits;
        for (int count = Math.Min(digits, 15); found < 0 && count >= 7; count--)
        {
            if (!chain.EndsCleanlyAfter(count)) continue;
            if (InternationalNumbers.CheckNational(chain.Chars.Slice(0, count), region) == InternationalNumbers.Fit.Valid)
            {
                found = count;
                fit = InternationalNumbers.Fit.Valid;
            }
        }
        if (found < 0) return false;
        match = MatchOf(chain, found, fit == InternationalNumbers.Fit.Valid ? ForeignNationalScore : PossibleForeignNationalScore,
            chain.HasUnusualGrouping(found, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        if (fit != InternationalNumbers.Fit.Valid && ForeignNumberContext.NamedNear(text, match.Start, match.End, PhoneWords.ForeignPlain)) match.BaseScore += PlainPhoneWordBoost;
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    // "失聯日期 110/03/05，家鄉電話 +63…", "派出所 2024-03-15 值勤表": year, month and day between slashes, hyphens or dots
    // are a date, whatever country or desk is named before it.
    private static bool IsSlashDate(in Chain chain, int count)
    {
        Span<int> values = stackalloc int[3];
        int group = 0, start = 0;
        for (int i = 1; i <= count; i++)
        {
            if (i < count && chain.Gaps[i] == 0) continue;
            if (group == 3 || (i < count && chain.GapChars[i] is not ('/' or '-' or '.')) || i - start > (group == 0 ? 4 : 2)) return false;
            int value = 0;
            for (int k = start; k < i; k++) value = value * 10 + chain.DigitAt(k);
            values[group++] = value;
            start = i;
        }
        return group == 3 && values[1] is >= 1 and <= 12 && values[2] is >= 1 and <= 31;
    }

    // "+1 (635) 555 0188": the digits before the gap make this the tail of a longer number, not a national number of its own.
    private static bool ContinuesDigits(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0 && start - i <= 3; i--)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind == CharKind.Digit) return !ChainReader.IsInWord(text, i); // 大陸 153…: 陸 is the word's
            // A list ("…肆伍零、132-4167-6593") or the next cell of a row ("K900000000⇥01012345678") starts a new number.
            if (text[i] is '、' or '，' or ',' or '；' or ';' or '\t' or '|') return false;
            if (kind is not (CharKind.Separator or CharKind.Invisible)) return false;
        }
        return false;
    }

    private static string ForeignE164(ReadOnlySpan<char> digits, int variant)
    {
        InternationalNumbers.CheckNational(digits, CountryWords.Region(variant - ForeignNationalForm), out var e164);
        return e164;
    }


    // 市話2345-6789, 住家電話 2345 6789, 電話28825252: seven or eight local digits right after a phone label, however
    // they are grouped; six (the local length of Miaoli, Kinmen and Taitung: 市話：345-678) only in their 3+3 grouping or
    // joined, right after a phone word or under a phone column.
    private static bool TryLabelledLocal(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (StartsWith886(chain) && chain.Gaps[3] > 0 && chain.Length >= 10) return false; // 886 2 2345…: the country code, not a local number
        for (int count = 8; count >= ShortLocalDigits; count--)
        {
            if (!chain.AllDigits(0, count) || !(chain.EndsCleanlyAfter(count) || LocalNumberCues.GluedExtensionAt(text, chain.EndOf(count)))) continue;
            if (count == ShortLocalDigits && !IsShortLocal(text, chain)) continue;
            if (IsSlashDate(chain, count)) return false;
            if (text.Slice(chain.Start, chain.EndOf(count) - chain.Start).IndexOfAny('\t', '|', '｜') >= 0) continue; // the next cell's
            bool usual = chain.GapCount(count) == 0 || (chain.GapCount(count) == 1 && chain.Gaps[count - 4] > 0);
            if (!IsLocalLabelled(text, chain.Start, chain.EndOf(count), chain.Chars.Slice(0, count), grouped: usual && chain.GapCount(count) == 1)) return false;
            match = MatchOf(chain, count, LabelledLocalScore, unusualSeparators: !usual, LocalForm);
            return true;
        }
        return false;
    }

    // A phone label right before the number, a word naming it right after it (（住家）, 來電, 是他家的電話), its column
    // header (市話, 聯絡電話, a contact column) when the number fills its cell, or a directory it is an entry of (王淑芬 2345 6789
    // under 聯絡窗口).
    private static bool IsLocalLabelled(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits, bool grouped)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, LocalLabelsByLastChar) || IsQualifiedLocalLabel(text, start)) return true;
        // "訂單 23456789 來電查詢": a number labelled as something else is not named a phone by what follows it.
        if (ContinuesDigits(text, start) || ContextScorer.IsLabelled(text, start, LookAlikeLabels, reach: 16)) return false;
        int to = end;
        while (to < text.Length && to - end < LocalLabelAfterReach && text[to] is not ('，' or '。' or '；' or ';' or ',' or '\n' or '\r' or '\t' or '|')
               && CharFolding.KindOf(text[to]) != CharKind.Digit)
            to++;
        if (ContextWord.AnyIn(LocalLabelsAfter, text.Slice(end, to - end)) || LocalNumberCues.NameIt(text, start, end, grouped)) return true;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return (wholeCell && (ContextWord.AnyIn(LocalLabels, header) || LocalNumberCues.IsContactHeader(header)))
               || DirectoryLine.Names(text, start, end, digits, LocalLabels);
    }

    // A phone label, then the line it is or a comma, right before the number (see LineQualifiers).
    private static bool IsQualifiedLocalLabel(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && start - end < 5 && text[end - 1] is ' ' or '\u3000' or ':' or '：' or '是' or '為' or '"' or '\'' or '「' or '(' or '（' or '[' or '{' or '<' or '`') end--;
        if (end == 0 || QualifierEnds.IndexOf(text[end - 1]) < 0) return false; // most numbers: no qualifier to compare
        foreach (var qualifier in LineQualifiers)
        {
            int from = end - qualifier.Length;
            if (from > 0 && text.Slice(from, qualifier.Length).SequenceEqual(qualifier.AsSpan())
                && ContextScorer.IsLabelledImmediately(text, from, QualifiedLocalLabels)) return true;
        }
        return false;
    }

    private static bool StartsWith886(in Chain chain) =>
        chain.Length > 3 && chain.Chars[0] == '8' && chain.Chars[1] == '8' && chain.Chars[2] == '6';

    // 886 912 345 678: a mobile in international form with the plus left out; 886 836-26-628, 886 2 2345 6789 and 886四
    // 二三二五…: a landline so, when the country code stands apart from the rest (a gap, or a change of script).
    private static bool TryTaiwanWithoutPlus(in Chain chain, out ChainMatch match)
    {
        match = default;
        const int mobile = 12;
        if (chain.Length >= mobile && chain.Chars[1] == '8' && chain.Chars[2] == '6' && chain.Chars[3] == '9'
            && chain.Chars[4] <= '8' && chain.AllDigits(0, mobile) && chain.EndsCleanlyAfter(mobile))
        {
            match = MatchOf(chain, mobile, BareLandlineScore, chain.HasUnusualGrouping(mobile, maxGroups: 5, maxSingles: 1), PlusForm);
            return true;
        }
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        if (!StartsWith886(chain) || digits < 8 || chain.Chars[3] is < '2' or '9') return false;
        bool apart = chain.Gaps[3] > 0 || ((chain.Flags[3] ^ chain.Flags[2]) & (byte)Evasions.ChineseNumerals) != 0;
        if (!apart) return false;
        Span<char> national = stackalloc char[Chain.Capacity];
        national[0] = '0';
        chain.Chars.Slice(3, digits - 3).CopyTo(national.Slice(1));
        if (!TaiwanNumberingPlan.TryLookup(national.Slice(0, digits - 2), out int length, out int localStart, out var kind)
            || kind != TaiwanNumberingPlan.Kind.Landline || national[localStart] < '2')
            return false;
        int count = length + 2;
        if (count > digits || !chain.EndsCleanlyAfter(count) || chain.GapCount(count) < 2) return false;
        match = MatchOf(chain, count, BareLandlineScore, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 1), PlusForm);
        return true;
    }

    // The prefix and the digits as one string, built once (a concatenation would build the digits' string first).
    private static string Prefixed(string prefix, ReadOnlySpan<char> chars, bool lookalikesAsDigits = false)
    {
        Span<char> value = stackalloc char[prefix.Length + chars.Length];
        prefix.AsSpan().CopyTo(value);
        for (int i = 0; i < chars.Length; i++) value[prefix.Length + i] = lookalikesAsDigits ? DigitLookalikes.AsDigitInside(chars[i]) : chars[i];
        return value.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> chars, int count)
    {
        if (count > chars.Length) return false;
        for (int i = 0; i < count; i++) if ((uint)(chars[i] - '0') > 9) return false;
        return true;
    }

    // "…號" right after the digits (but not 號碼) ends a document or case number: 警署刑偵字第0950001234號函.
    private static bool IsDocumentNumber(ReadOnlySpan<char> text, int end) =>
        end < text.Length && text[end] == '號' && (end + 1 == text.Length || text[end + 1] != '碼');

    // Five or more groups of two digits each.
    private static bool OnlyPairs(in Chain chain, int count)
    {
        if (chain.GapCount(count) < 4) return false;
        int run = 1;
        for (int i = 1; i < count; i++)
        {
            if (chain.Gaps[i] > 0)
            {
                if (run != 2) return false;
                run = 1;
            }
            else run++;
        }
        return run == 2;
    }

    private static bool OpensWithParenthesis(ReadOnlySpan<char> text, int start) =>
        start > 0 && (text[start - 1] == '(' || text[start - 1] == '\uFF08');

    private static bool ClosesParenthesis(ReadOnlySpan<char> text, int start, int end) =>
        text.Slice(start, end - start).IndexOfAny(')', '\uFF09') >= 0;
}
