using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Telephone numbers: Taiwan mobiles and landlines checked against <see cref="TaiwanNumberingPlan"/> (national form
/// 09xx-xxx-xxx / (02)xxxx-xxxx and +886 form), and foreign numbers in international form checked with libphonenumber.
/// Toll-free 0800/0809 numbers are businesses' and are not reported.
/// </summary>
internal sealed class PhoneNumberRecognizer : ChainRecognizer
{
    /// <summary>Nine or ten bare digits starting with 0 could be anything; they need context.</summary>
    private const double BareLandlineScore = 0.55;

    /// <summary>Phone-shaped digits written as a row of two-digit numbers (09 12 15 28 33).</summary>
    private const double DocumentLikeScore = 0.25;

    /// <summary>A number in pairs that are no sorted draw (09 72 31 86 54): reported, and a look-alike label takes it below.</summary>
    private const double PairedNumberScore = 0.5;

    /// <summary>The highest number a lottery draws (Lotto 6/49).</summary>
    private const int HighestDrawn = 49;

    /// <summary>A local number without its area code (2345-6789) is a phone only right after a phone label.</summary>
    private const double LabelledLocalScore = 0.6;

    /// <summary>
    /// A local number read by its grouping alone (234-5678, 2345 6789; <see cref="LocalNumberShape"/>): reported without
    /// context, and any look-alike word around it (訂單, 編號…) takes it below the threshold.
    /// </summary>
    private const double ShapedLocalScore = 0.5;

    /// <summary>
    /// Which line a number is, or a comma, between a phone label and a local number (電話（家）2345-6789, 電話(H) 2345 6789,
    /// 聯絡方式：住家 2345 6789, 他留了市話，2345 6789). Alone, 住家 or 公司 before eight digits may be an address or a
    /// business number; after a phone label they name the line.
    /// </summary>
    private static readonly string[] LineQualifiers =
    {
        "（家）", "(家)", "（宅）", "(宅)", "（H）", "(H)", "（O）", "(O)", "（公）", "(公)", "（住家）", "(住家)", "（市話）", "(市話)",
        "住家", "住宅", "家裡", "家用", "公司", "辦公室", "宅", "家", "，", ",",
        // Round 41 (set U42: 拾得人留下電話（沒有區碼）陸柒參壹玖參): a note that the area code is left out says the digits are a local number.
        "（沒有區碼）", "(沒有區碼)", "（沒區碼）", "（無區碼）", "(無區碼)", "（不含區碼）", "（未含區碼）", "（省略區碼）", "（不知區碼）",
    };

    /// <summary>The last characters of <see cref="LineQualifiers"/>.</summary>
    private const string QualifierEnds = "）)家宅司室，,";

    /// <summary>
    /// Words right before a local number of five or six digits that name it a landline (市話, 宅電, 住家電話, 公司電話:…):
    /// only the offshore areas and Miaoli/Taitung dial so few digits, so nothing but a landline label makes them a phone.
    /// </summary>
    private static readonly string[] LandlineLabelWords = { "電話", "市話", "室話", "家電", "宅電", "電話號碼", "市話號碼", "Tel", "Phone", "landline" };

    private static readonly ContextWord[] ShortLocalLabels = ContextWord.All(LandlineLabelWords);

    /// <summary>The landline labels, and the phone or contact labels that a line qualifier (（家）, 住家, 公司…) makes one.</summary>
    private static readonly ContextWord[] QualifiedLocalLabels = ContextWord.All(
        [.. LandlineLabelWords, "住家電話", "公司電話", "聯絡電話", "連絡電話", "家裡電話", "聯絡方式", "聯繫方式", "回電號碼"]);

    /// <summary>Words right after a local number that name it (2345 6789（住家）, 七七九九 三三一八來電, 2345 6789 是他家的電話).</summary>
    private static readonly ContextWord[] LocalLabelsAfter = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家", "住宅", "家裡", "家用", "室內", "來電", "打來", "打過來", "Tel", "Phone", "home", "landline",
        "這支", "那支", "這隻", "那隻", // round 36: 支 counts phones (2345678 這支是她女兒的)
        "機主", // round 38: the subscriber of the line (請通知 2345678 的機主到案)
    });

    /// <summary>How far after a local number the words naming it may reach ("是他家的電話").</summary>
    private const int LocalLabelAfterReach = 8;

    public override string Type => EntityTypes.PhoneNumber;

    /// <summary>A five-digit local number of Matsu or Wuqiu after a landline label (宅電 6-5821) is the shortest read.</summary>
    public override int MinLength => TaiwanNumberingPlan.ShortestLocal;

    public override bool ReadsAcrossFillers => true;

    /// <summary>
    /// A Taiwan mobile read out in pieces where every gap is a word people say between digits (然後, 嗯, 後面是, then…; see
    /// <see cref="SpokenFillers"/>): the 09 prefix, ten digits and speech between them leave little else it could be, so it
    /// stands without a phone word ("他念說 0945 喔 720 那個 626").
    /// </summary>
    private const double SpokenMobileScore = 0.5;

    public override ContextProfile Context { get; } = new(
        strong: PhoneWords.Strong,
        weak: new[] { "聯絡", "連絡", "聯繫", "LINE", "簡訊", "通話", "contact", "SMS" },
        negative: PhoneWords.LookAlikeList,
        negativePenalty: 0.4,
        negativeReleasedBy: PhoneWords.ReleasesLookAlikeLabel);

    // Every form starts with a plus or a digit, or with the O that passes for the 0 of the national form (O912-345-678), or
    // with the D or Q an OCR pass reads for that 0 (TrunkZeroScanned decides those in a phone field): an ID, certificate or
    // plate that starts with another letter is never a phone.
    public override bool Accepts(in ChainShape shape) =>
        shape.HasPlus || shape.LeadingLetters == 0 || DigitLookalikes.AsDigit(shape.First) == '0' || shape.First is 'D' or 'Q';

    // The halves of a card typed in two (拆開給你：4xxx xxxx + xxxx xxxx) are each a landline's shape and are reported as
    // phones: wrong in type, but the prompt is blocked. Dropping them (SplitCardHalf, round 27) let a Luhn-valid card
    // through with no finding at all, since nothing joins the halves into the card yet: the guard fails closed.
    // (det-foreign42: never across a log's line into the next line's time stamp, LogLineDates)
    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        (TryWhole(text, chain, out match) || TryBeforeNextCell(text, chain, out match)) && !LogLineDates.Crossed(text, match.Start, match.End)
        && !((match.Evasions & Evasions.Homoglyph) != 0 && PlateInsidePhone.EndsWithPlate(chain, match.Count)) // (round 44: "0226、QG-3695")
        && !IsMachineField(text, chain, match);

    // det-ocr45 (set U49/U50, T): a log's HTTP status and byte count, a date of any order of its parts, the tail of a number
    // grouped as a card — what a program or a form wrote, read by whichever reading of the chain took it.
    private static bool IsMachineField(ReadOnlySpan<char> text, in Chain chain, in ChainMatch match) =>
        MachineLogFields.StatusAndSizeAt(text, match.Start) || !chain.HasPlus && (IsSlashDate(chain, match.Count) || OpensWithStampedDate(text, chain, match.Count))
        || PhoneInsideCardRun.IsPartOf(text, match.Start, match.End)
        || CallRecordRows.InsideStationId(text, match.Start); // det-calls46: 基地台 46692-0727-32671

    // "自2024-09-07 16:33:59,881起": a date and the clock time after it, read on past the date into the hour.
    private static bool OpensWithStampedDate(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        int groups = 0, k = 1;
        for (; k < count && groups < 2; k++) if (chain.Gaps[k] > 0) groups++;
        while (k < count && chain.Gaps[k] == 0) k++;
        if (groups < 2 || k >= count || !IsSlashDate(chain, k) || chain.GapChars[k] != ' ') return false;
        int hour = chain.Positions[k], colon = hour;
        while (colon < text.Length && colon - hour < 3 && AsciiChars.IsDigit(text[colon])) colon++;
        return colon < text.Length && colon > hour && text[colon] == ':';
    }

    /// <summary>The digits a number may hold before the next cell's value starts (a landline's nine to 00886's fourteen).</summary>
    private const int ShortestBeforeCell = 9, LongestBeforeCell = 14;

    // A row whose separators were lost in the paste (陳美玲0912345678113.05.21, …886912345678112年3月8日, …0912-345-678ABC-1235):
    // the number ends where the next cell's value starts (GluedCells) and is read as if it ended there.
    private static bool TryBeforeNextCell(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < ShortestBeforeCell || chain.HasFiller(chain.Length)) return false;
        for (int count = ShortestBeforeCell; count <= chain.Length && count <= LongestBeforeCell; count++)
        {
            if (!GluedCells.NextValueAt(text, chain, count)) continue;
            scoped Chain head = chain;
            head.Length = count;
            head.EndGlued = false;
            head.ScriptBreak = 0;
            if (TryWhole(text, head, out match)) return true; // "…2841114-07-14": 1114 is no year, 114-07-14 is
        }
        return false;
    }

    private static bool TryWhole(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasFiller(chain.Length)) return TrySplit(text, chain, out match);
        // "10.0.22631.3296", "3.14159 2653": digits after a number and a dot continue a version or a decimal.
        if (ContinuesNumber(text, chain.Start) || NotPhoneCodes.NamesOther(text, chain.Start)) return false;
        if (chain.HasPlus && LetterJoiningPlus.JoinsLetterAt(text, chain.PlusPosition)) return false; // "B + 79807452": an ID's letter, joined
        if (!chain.HasPlus && SpokenPlus.TryRead(text, chain, out match)) return true; // 加號八五二…: the plus said aloud
        // A number after a foreign country's name is read in that country's plan first (香港電話 9123 4567 is not a Taipei
        // local number); a Taiwan reading that fails may still be a foreign national number (日本手機 090-1234-5678).
        // 886 912 345 678 is Taiwan's own code with the plus left out, whatever country was named before it. Taiwan's
        // VoIP 070 is also Japan's mobile prefix: after 日本手機 the Japanese reading comes first. A foreign code with its plus
        // left out (81 90 1234 5678) is read before a local number takes its first groups (tel: 81-90-1234 of it). Under a
        // phone column with no country named, 931234567 is a Taiwan mobile a spreadsheet dropped the 0 of, before any
        // foreign plan a phone word alone would read it in.
        if (!chain.HasPlus && (chain.Chars[0] is >= '2' and <= '9' && !StartsWith886(chain) || StartsWithVoipPrefix(chain)))
            return InternationalForm.TryBracketedCode(text, chain, out match) || ForeignNationalNumbers.TryAfterCountry(text, chain, out match)
                   || CodeWithoutPlus.TryRead(text, chain, out match) || TryTaiwanOrInternational(text, chain, out match)
                   || DroppedTrunkZero.TryRead(text, chain, out match) || ForeignNationalNumbers.TryLabelled(text, chain, out match)
                   || ReversedValues.TryMobileTurned(text, chain, out match) || UnnamedCountryNumbers.TryRead(text, chain, out match);
        return TryTaiwanOrInternational(text, chain, out match) || ForeignNationalNumbers.TryAfterCountry(text, chain, out match)
            || ForeignNationalNumbers.TryLabelled(text, chain, out match) || CodeWithoutPlus.TryRead(text, chain, out match)
            || ReversedValues.TryMobileTurned(text, chain, out match) || KinAbroadNumber.TryRead(text, chain, out match)
            || UnnamedCountryNumbers.TryRead(text, chain, out match);
    }

    private static bool StartsWithVoipPrefix(in Chain chain) =>
        chain.Length > 3 && chain.Chars[0] == '0' && chain.Chars[1] == '7' && chain.Chars[2] == '0';

    // Only complete numbers are read across filler words, and only when the number takes a group after a filler: the
    // national form (mobile, or landline with its area code), and the international form (+886 / 00886 / +CC / 00CC) of a
    // number libphonenumber calls valid, not merely possible ("00886-939 … uh 245-428", "0065 8715 … 後面是 1083").
    private static bool TrySplit(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        TrySplitTaiwanOrInternational(text, chain, out match) || (!chain.HasPlus && (TrySplitLocal(text, chain, out match) || ForeignNationalNumbers.TrySplit(text, chain, out match)));

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
        if (!TryTaiwanOrInternational(text, chain, out match) || !chain.HasFiller(match.Count)) return false;
        // Round 38: one mark glued between every piece (0912=34=567=8, 02|2345|6789) is a separator as an emoji between them is;
        // round 43: so is one mark typed once for a hyphen (0930=664-394).
        bool oneMark = JoiningWords.CutByOneMark(text, chain, match.Count) || TypoMark.OnlyCut(text, chain, match.Count);
        // Letters typed for digits in a number read in pieces only where it is cut by one mark and a phone word or a person's
        // record names it (round 43: 報案人 09o0=662-046, 家屬：0939=597-39Z).
        if ((match.Evasions & Evasions.Homoglyph) != 0
            && !(oneMark && (IsPhoneLabelledOrRecordField(text, chain.Start, match.End) || ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.PartyLabels))))
            return false;
        if (international ? match.Variant is not (PlusForm or PlusFormWithTrunkZero or AbroadForm or DialPrefixForm)
                // A plus says "phone number" on its own: a merely possible +CC number split (+852\n9914 5901) still needs its phone word.
                || match.BaseScore < (without886Plus ? BareLandlineScore : chain.HasPlus ? InternationalForm.PossibleInternationalScore : InternationalForm.InternationalScore)
            : match.Variant != NationalForm)
            return false;
        // A mobile, or a landline whose area code stands in parentheses ((04)2296，接著，8132), with only speech between
        // its groups stands without a phone word.
        if (oneMark) return true;
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
            if (LetterJoiningPlus.JoinsLetterAt(text, chain.PlusPosition) || !InternationalForm.TryInternational(chain, offset: 0, out match)) return false;
            InternationalForm.NamePossible(text, chain, offset: 0, ref match);
            PersonalRange.Name(text, ref match);
            // (+886) 912-345-678: the parentheses around the country code belong to the number.
            if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
            return true;
        }
        // 006 62 812…: Taiwan's prefix 006 and a number, or 00 62 (Indonesia) with a gap in the wrong place.
        if (InternationalForm.IsDialPrefix(chain) && InternationalForm.TryInternational(chain, offset: InternationalForm.DialPrefixLength, out match))
        {
            if (ForeignNumberContext.FillsLookAlikeColumn(text, match.Start, match.End)) return false; // 帳號 column: 006-1234567890…
            InternationalForm.NamePossible(text, chain, InternationalForm.DialPrefixLength, ref match); // 美國 009 1 (783) 555-0150
            return true;
        }
        // 00886 9…: Taiwan dialled from abroad, its zeros typed as O too (O0886 9…, OO886…).
        if (chain.Length > 5 && chain.AllDigits(2, 5) && DigitLookalikes.AsDigit(chain.Chars[0]) == '0' && DigitLookalikes.AsDigit(chain.Chars[1]) == '0'
            && chain.Chars[2] == '8' && chain.Chars[3] == '8' && chain.Chars[4] == '6')
        {
            if (!InternationalForm.TryInternational(chain, offset: 2, out match)) return false;
            if (chain.Chars[0] != '0' || chain.Chars[1] != '0') match.Evasions |= Evasions.Homoglyph;
            PersonalRange.Name(text, ref match);
            return true;
        }
        if (InternationalForm.IsInternationalPrefix(chain)) // 0081 80…, 00852 5…, or 00284 91… (Taiwan's 002 glued to Vietnam's 84)
        {
            int offset = InternationalForm.TryAbroad(chain, out match);
            if (offset < 0 || ForeignNumberContext.FillsLookAlikeColumn(text, match.Start, match.End)) return false;
            if (!IsUngrouped(chain, match.Count)) InternationalForm.NamePossible(text, chain, offset, ref match);
            else InternationalForm.NameUngrouped(text, chain, offset, ref match);
            return true;
        }
        if (chain.Chars[0] == '8' && TryTaiwanWithoutPlus(text, chain, out match)) return true;
        if (chain.Chars[0] is >= '2' and <= '9') return TryLabelledLocal(text, chain, out match) || TryDisguisedLocal(text, chain, out match);
        // Letters that pass for digits (O912-345-678, 09l2…) are read as digits in the national form.
        Span<char> digits = stackalloc char[Chain.Capacity];
        for (int i = 0; i < chain.Length; i++) digits[i] = DigitLookalikes.AsNumberDigit(chain, i, first: 0);
        if (digits[0] != '0' && !TrunkZeroScanned(text, chain)) return false;
        digits[0] = '0';
        var national = digits.Slice(0, chain.Length);
        if (!TaiwanNumberingPlan.TryLookup(national, out int length, out int localStart, out var kind)
            || kind == TaiwanNumberingPlan.Kind.Excluded)
            return false;
        // det-calls46: 電話 04-3075-2413, 保險公司 (04)3019-7508 — the other local length of the area, where the text names a phone
        if (kind == TaiwanNumberingPlan.Kind.Landline) length = LandlineOfAreaLength.Read(text, chain, national, length);
        if (!AllDigits(national, length)
            || !(GluedNames.EndsCleanlyAfter(text, chain, length) || CountAfter.CountsAt(text, chain, length, CountAfter.PhoneMeasureWords))
            || CrossesCell(text, chain, length))
            return false;
        // Counted in the number only: "…壹壹捌. She lost" reads the word after it into the chain (S for 5).
        int lookalikes = 0;
        for (int i = 0; i < length; i++) if (digits[i] != chain.Chars[i]) lookalikes++;
        // A third or fourth one only right after a phone label or filling a cell under one (聯絡電話O9774O2l48, TEL：O9I2O4O678).
        // Round 39 (set U38): or right after a party of a record (甲方 O9l8…, 通知車主 O9…), who is named by the number given.
        if (lookalikes >= 3 && (lookalikes > MaxLabelledLookalikes
            || !IsPhoneLabelledOrRecordField(text, chain.Start, chain.EndOf(length)) && !ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.PartyLabels))) return false;
        // "key O91OO63484DfBq": letters read as a mobile's digits inside a code token are the token's own.
        if (lookalikes > 0 && CodeToken.Holds(text, chain.Start, chain.EndOf(length)) && !IsPhoneLabelled(text, chain.Start, chain.EndOf(length))) return false;
        if (length == IdLength && ReadsAsIdOrCertificate(text, chain) && !IsPhoneLabelled(text, chain.Start, chain.EndOf(length))) return false;

        double score;
        if (kind == TaiwanNumberingPlan.Kind.Mobile) score = MobileScore;
        // 099x in the national form only where the text names it a phone: unnamed, the foreign readings still take it
        // (a Thai 099-xxx-xxxx in a migrant worker's row).
        else if (kind == TaiwanNumberingPlan.Kind.PersonalRange)
        {
            if (!PersonalRange.IsNamed(text, chain.Start, chain.EndOf(length))) return false;
            score = PersonalRange.NamedScore;
        }
        else if (kind == TaiwanNumberingPlan.Kind.Voip) score = chain.GapCount(length) > 0 ? GroupedLandlineScore : BareLandlineScore;
        else
        {
            char firstLocal = national[localStart];
            if (firstLocal < '2') return false; // local numbers never start with 0 or 1
            if (chain.GapCount(length) > 0 || OpensWithParenthesis(text, chain.Start)) score = GroupedLandlineScore;
            // Bare digits outside the ranges actually assigned are some other number; with a letter among them, a code,
            // unless a phone label right before names it (聯絡電話 0537l28164).
            else if ((lookalikes == 0 || IsPhoneLabelledOrRecordField(text, chain.Start, chain.EndOf(length))) && TaiwanNumberingPlan.IsAssigned(national.Slice(0, length))) score = BareLandlineScore;
            else return false;
        }
        // 0930083451號函 is a document number; 09 12 15 28 33 is a row of lottery numbers. Both need phone context.
        if (IsDocumentNumber(text, chain.EndOf(length))) return false;
        // …unless a label written the way OCR writes a form (手 機 09 72 26 40 04) names it right before.
        // A row of pairs out of order or past 49 is no draw: a number read out two digits at a time (09 72 31 86 54), which
        // stands on its own at the score of a number read by its shape — unless a form's spaced label names it something
        // else (訂 單 編 號 09 65 …).
        if (OnlyPairs(chain, length) && !SpacedLabel.EndsRightBefore(text, chain.Start, PhoneWords.Any))
            score = IsSortedDraw(chain, length) || SpacedLabel.EndsRightBefore(text, chain.Start, PhoneWords.LookAlikeWords)
                ? DocumentLikeScore : Math.Min(score, PairedNumberScore);
        match = MatchOf(chain, length, score, chain.HasUnusualGrouping(length, maxGroups: 4, maxSingles: 0), NationalForm);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    /// <summary>The local length of Miaoli, Kinmen and Taitung: the longest of the short local numbers.</summary>
    private const int ShortLocalDigits = 6;

    // Five or six digits (the local lengths of Matsu and Wuqiu, and of Miaoli, Kinmen and Taitung) that one of those areas
    // dials. Right after a landline label, however they are grouped (宅電 6-5821, 市話27 6318, 住家電話 三 六二〇九);
    // six also joined or 3+3 after any phone word, as an item listed after a phone, or filling a phone column's cell.
    private static bool IsShortLocal(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        // Round 41 (set U41): an extension after it (戶政事務所：338108 #156, 督察組：555-544 轉 423, 勤務指揮中心：64669 分機 249):
        // only a switchboard's line takes one. Five digits otherwise stay no phone without a landline label: a postcode's 3+2.
        // The numbering plan first: most digits are no area's local number, and they need no look for an extension.
        if (chain.Chars[0] < '2' || !TaiwanNumberingPlan.IsLocalOfSomeArea(chain.Chars.Slice(0, count))) return false;
        bool extension = LocalNumberCues.HasExtension(text, chain.EndOf(count));
        // "(650) 253-0000": digits that another group continues are the head of a longer number; the next cell's are not, nor
        // an extension's (分機 is read across as a spoken word).
        if (!extension && chain.Length > count && (uint)(chain.Chars[count] - '0') <= 9 && chain.GapChars[count] is not ('\t' or '|' or '｜' or ',' or '，' or ';' or '；')) return false;
        // "市話 648445號", "電話費…家裡電話 23456 元", "市話 28,500": a unit or a thousands comma makes it a quantity.
        // (分機 after it is no 分 of a score or a minute count)
        if (HasThousandsComma(chain, count) || !extension && LocalNumberShape.EndsAsQuantity(text, chain.EndOf(count))) return false;
        int gaps = chain.GapCount(count);
        if (gaps > 1 || LastGroup(chain, count) < 3) return false;
        if (IsLandlineLabelled(text, chain.Start)) return true;
        bool usual = gaps == 0 || chain.Gaps[count - 3] > 0; // 345-678, 345678; 5-8212 and 27 6318 only after a landline label
        if (usual && extension) return true;
        if (count == ShortLocalDigits && usual
            && (ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.Any) || LocalNumberCues.ListedAfterPhone(text, chain.Start))) return true;
        // The cell it fills under a landline column (any short local) or a phone column (six digits 3+3 or whole).
        var header = TableCell.Header(text, chain.Start, chain.EndOf(count), out bool wholeCell);
        if (!wholeCell || !StandsAloneInClause(text, chain.Start)) return false;
        if (ContextWord.AnyIn(ShortLocalLabels, header)) return count == ShortLocalDigits && usual || !DigitEarlierInCell(text, chain.Start);
        return count == ShortLocalDigits && usual && ContextWord.AnyIn(PhoneWords.Any, header);
    }

    // "<td>0836，我查一下，22133</td>": digits earlier in the cell make the short number the tail of the one they start.
    private static bool DigitEarlierInCell(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is '\t' or '|' or '｜' or '>' or '\n' or ',' or ';') return false;
            if (CharFolding.KindOf(c) == CharKind.Digit) return true;
        }
        return false;
    }

    // A landline label right before the number, or a phone label and the line it is (電話（家）6-5821).
    private static bool IsLandlineLabelled(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, ShortLocalLabels) || IsQualifiedLocalLabel(text, start)
        || SpokenParticle.Before(text, start) is >= 0 and var spoken && ContextScorer.IsLabelledImmediately(text, spoken, ShortLocalLabels)
        || LocalNumberCues.AnswersPhoneQuestion(text, start);

    // "市話 28,500": a comma groups an amount's thousands, never a phone's digits.
    private static bool HasThousandsComma(in Chain chain, int count)
    {
        for (int i = 1; i < count; i++) if (chain.Gaps[i] > 0 && chain.GapChars[i] is ',' or '，') return true;
        return false;
    }

    // Digits after the last gap in the first count (all of them when there is none).
    private static int LastGroup(in Chain chain, int count)
    {
        int last = count - 1;
        while (last > 0 && chain.Gaps[last] == 0) last--;
        return count - last;
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
                return j < 0 || text[j] != '-' && CharFolding.KindOf(text[j]) != CharKind.Digit || EndsWithWholeValue(text, j);
            }
            if (c is '，' or '。' or '；' or ';' or ',' or '\t' or '|' or '｜') return true;
            if (CharFolding.KindOf(c) == CharKind.Digit) return false;
        }
        return true;
    }

    /// <summary>Most characters of a mobile's head wrapped onto its own line (0942⏎…, 0942-786⏎…).</summary>
    private const int LongestWrappedHead = 6;

    // Round 38 (categories of sets U33, U34): the line before ends with a value of its own — a token longer than a wrapped
    // mobile's head, or one holding a letter (an ID or certificate closing the row above: …,F123456789⏎47-2815,…).
    private static bool EndsWithWholeValue(ReadOnlySpan<char> text, int last)
    {
        int from = last;
        bool letter = false;
        while (from >= 0 && last - from <= LongestWrappedHead && AsciiChars.IsLetterOrDigit(text[from]))
        {
            letter |= AsciiChars.IsLetter(text[from]);
            from--;
        }
        return letter || last - from > LongestWrappedHead;
    }

    // "0629⇥110/04": a tab and another separator in one number are a cell's end and the next cell's date, not groups
    // (a number typed with tabs alone, 0928⇥691⇥625, is grouped by them). Round 39 (set U37): so are a fixed-width row's
    // column gap (two spaces or more) and a mark in one number ("05/26 0214  L…", "0428  56-1-10": a date and a time, a
    // plate's digits and an article).
    private static bool CrossesCell(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        bool tab = false, other = false, wide = false, mark = false;
        for (int i = 1; i < count; i++)
        {
            if (chain.Gaps[i] == 0) continue;
            char gap = chain.GapChars[i];
            if (gap == '\t') tab = true;
            else other = true;
            if (PlateShape.IsColumnGap(text, chain, i)) wide = true;
            else if (gap is not (' ' or '\t')) mark = true;
        }
        return tab && other || wide && mark;
    }

    /// <summary>The length of a national ID (a letter and nine digits).</summary>
    private const int IdLength = 10;

    // "O 2xxxxxxxx" with a valid checksum: a national ID whose area letter O passes for the 0 of a landline. A phone word
    // somewhere near (手機鑑識…) does not make it a phone; a phone label right before it does (電話 O2…).
    // Round 37 (categories of sets U31, U32): so is a 2021 certificate (O9…, O8…) read as a mobile or a Pingtung landline
    // (id=o9…, 新竹市那個O－玖…), its letter typed in either case — unless its digits are grouped as a phone's (O9xx-xxx-…)
    // or a contact word names it in its clause (請聯繫林大明（O9…）), where the certificate reader takes it for a mobile too.
    private static bool ReadsAsIdOrCertificate(ReadOnlySpan<char> text, in Chain chain)
    {
        char letter = char.ToUpperInvariant(chain.Chars[0]);
        if ((uint)(letter - 'A') > 'Z' - 'A' || chain.Chars[1] is not ('1' or '2' or '8' or '9') || !chain.AllDigits(1, IdLength)) return false;
        if (chain.Chars[1] is '8' or '9'
            && (chain.GapCount(IdLength) > (chain.Gaps[1] > 0 ? 1 : 0)
                || ContextScorer.IsLabelled(text, chain.Start, ResidentCertificateRecognizer.ContactWords, ResidentCertificateRecognizer.CertificateLabelReach)))
            return false;
        Span<char> value = stackalloc char[IdLength];
        chain.Chars.Slice(0, IdLength).CopyTo(value);
        value[0] = letter;
        return TaiwanIdChecksum.IsValidNumeric(value);
    }

    /// <summary>
    /// How many letters typed for digits a national number may hold where a phone label names it: every 0 and 1 of a
    /// mobile (O92O-1OI5l3; Round 34, categories of sets U25, U26), as many as an ID may (<see cref="DigitLookalikes.MostInOneValue"/>).
    /// </summary>
    private const int MaxLabelledLookalikes = DigitLookalikes.MostInOneValue;

    // Round 34 (categories of sets U25, U26): IsPhoneLabelled, or a field of a person's pasted record — a row's field beside
    // a valid ID or mobile ("H1…,胡○芬,O4-72O-46O6,…"), the next field before one in a roll typed with spaces, or a cell under
    // a fixed-width report's phone column: the row names the number as a label would.
    // det-ocr45 (set U49, T: a SQL row's 'D910 030 890', a roster's D96 360 S349): an OCR pass reads the trunk 0 as D or Q. An
    // ID's or certificate's letter stands there as often, so only where a phone label, column or a person's record names the field.
    private static bool TrunkZeroScanned(ReadOnlySpan<char> text, in Chain chain) =>
        chain.Chars[0] is 'D' or 'Q' && (chain.Flags[0] & (byte)Evasions.LowerCase) == 0 && chain.Length > 1 && (uint)(chain.Chars[1] - '0') <= 9
        && IsPhoneLabelledOrRecordField(text, chain.Start, chain.EndOf(chain.Length));

    private static bool IsPhoneLabelledOrRecordField(ReadOnlySpan<char> text, int start, int end) =>
        IsPhoneLabelled(text, start, end) || PersonRecord.Holds(text, start, end) || PersonRecord.BesideIdentifier(text, start, end)
        || ContextWord.AnyIn(PhoneWords.Any, TableCell.SpacedHeader(text, start));

    // A phone label right before the number, or over its column when the number fills its cell.
    private static bool IsPhoneLabelled(ReadOnlySpan<char> text, int start, int end)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, PhoneWords.LocalLabels) || ContextScorer.IsLabelledImmediately(text, start, PhoneWords.Any)) return true;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(PhoneWords.Any, header);
    }

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        var digits = chain.Chars.Slice(0, match.Count);
        // Letters typed for digits are read as the digits they stand for, as the match read them.
        Span<char> read = stackalloc char[match.Count];
        for (int i = 0; i < read.Length; i++) read[i] = DigitLookalikes.AsNumberDigit(chain, i, first: 0);
        // (+B86…: after a plus the country code's first digit reads B for 8 too, as the match read it)
        if (chain.HasPlus && read.Length > 0) read[0] = DigitLookalikes.AsDigitInside(chain.Chars[0]);
        if (match.Variant == ReversedForm) return Prefixed("+886", ReversedValues.Normalize(chain).AsSpan(1));
        return match.Variant switch
        {
            NationalForm => Prefixed("+886", read.Slice(1)),
            TrunkZeroDroppedForm => Prefixed("+886", read),
            PlusFormWithTrunkZero => Prefixed("+886", read.Slice(4)),
            LocalForm => digits.ToString(), // the area code is unknown
            DialPrefixForm => Prefixed("+", digits.Slice(InternationalForm.DialPrefixLength)),
            >= ForeignNationalForm => ForeignNationalNumbers.E164(digits, match.Variant),
            AbroadForm => Prefixed("+", read.Slice(2)),
            _ => Prefixed("+", read), // +886…, foreign, and 886… written without its plus
        };
    }

    // 市話2345-6789, 住家電話 2345 6789, 電話28825252: seven or eight local digits right after a phone label, however
    // they are grouped; six (the local length of Miaoli, Kinmen and Taitung: 市話：345-678) only in their 3+3 grouping or
    // joined, right after a phone word or under a phone column.
    /// <summary>The most digits a local number without its area code has (Taipei's and Taichung's eight).</summary>
    private const int LongestLocalDigits = 8;

    /// <summary>How many letters typed for digits a local number may hold: with no area code, fewer digits vouch for it.</summary>
    private const int MaxLocalLookalikes = 2;

    // 市話 26Z0-9O7B, a 電話 column's 741 5O36: letters typed for a local number's digits (the OCR set of DigitLookalikes)
    // are read as digits only where a phone label or column names the number, as for a landline's bare digits.
    private static bool TryDisguisedLocal(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        Span<char> view = stackalloc char[chain.Length];
        // Only a letter among the digits a local number can take counts (see the count of look-alikes below): with none
        // there, the number is not read again.
        int head = Math.Min(view.Length, LongestLocalDigits);
        bool any = false;
        for (int i = 0; i < head; i++)
        {
            view[i] = DigitLookalikes.AsDigitOcr(chain, i);
            any |= view[i] != chain.Chars[i];
        }
        if (!any) return false;
        for (int i = head; i < view.Length; i++) view[i] = DigitLookalikes.AsDigitOcr(chain, i);
        scoped Chain disguised = chain;
        disguised.Chars = view;
        if (!TryLabelledLocal(text, disguised, out match) || match.BaseScore < LabelledLocalScore) return false;
        // "5380 O865 9897 3442": more digits after it make the first groups the head of a longer number (a card).
        if (match.Count < view.Length && (uint)(view[match.Count] - '0') <= 9) return false;
        int lookalikes = 0;
        for (int i = 0; i < match.Count; i++) if (view[i] != chain.Chars[i]) lookalikes++;
        if (lookalikes is 0 or > MaxLocalLookalikes || DigitLookalikes.InWord(chain, match.Count, 1)) return false;
        match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    private static bool TryLabelledLocal(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (StartsWith886(chain) && chain.Gaps[3] > 0 && chain.Length >= 10) return false; // 886 2 2345…: the country code, not a local number
        for (int count = LongestLocalDigits; count >= TaiwanNumberingPlan.ShortestLocal; count--)
        {
            if (!chain.AllDigits(0, count) || !(chain.EndsCleanlyAfter(count) || LocalNumberCues.GluedExtensionAt(text, chain.EndOf(count)))) continue;
            if (count <= ShortLocalDigits && !IsShortLocal(text, chain, count)) continue;
            if (IsSlashDate(chain, count)) return false;
            // "市話 2345678元", "電話費喔 二三四五六七八元": a currency right after the digits makes them an amount (a shorter
            // reading may still end before the next cell's: 234-5678⇥6萬).
            if (LocalNumberShape.EndsAsAmount(text, chain.EndOf(count))) continue;
            if (text.Slice(chain.Start, chain.EndOf(count) - chain.Start).IndexOfAny(CellBreaks.All) >= 0) continue; // the next cell's
            bool usual = chain.GapCount(count) == 0 || (chain.GapCount(count) == 1 && chain.Gaps[count - 4] > 0);
            if (IsLocalLabelled(text, chain.Start, chain.EndOf(count), chain.Chars.Slice(0, count), grouped: usual && chain.GapCount(count) == 1))
            {
                match = MatchOf(chain, count, LabelledLocalScore, unusualSeparators: !usual, LocalForm);
                return true;
            }
            if (chain.HasFiller(count) || !LocalNumberShape.Reads(text, chain, count)) return false;
            match = MatchOf(chain, count, ShapedLocalScore, unusualSeparators: false, LocalForm);
            return true;
        }
        return false;
    }

    // A phone label right before the number, a word naming it right after it (（住家）, 來電, 是他家的電話), its column
    // header (市話, 聯絡電話, a contact column) when the number fills its cell, or a directory it is an entry of (王淑芬 2345 6789
    // under 聯絡窗口).
    private static bool IsLocalLabelled(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<char> digits, bool grouped)
    {
        // (round 43: 診所：2xxxxxxx, 事務所 2xxxxxxx: eight whole digits that pass the UBN checksum are the organisation's UBN)
        if (ContactWording.IsOrganisationUbn(text, start, digits, whole: end - start == digits.Length)) return false;
        if (IsLabelledRightBefore(text, start) || IsLabelledRightBefore(text, SpokenParticle.Before(text, start))
            || IsLabelledRightBefore(text, CallingDemonstrative.Before(text, start))) return true;
        // (a cell of its own: the digits of the cell before it, two spaces off, are no head of this number)
        if (FillsLocalSpacedColumn(text, start, end) || HeaderWordColumns.Names(text, start, end, HeaderWordColumns.Phones)) return true;
        // "訂單 23456789 來電查詢": a number labelled as something else is not named a phone by what follows it.
        if (ContinuesDigits(text, start) || ContextScorer.IsLabelled(text, start, PhoneWords.LookAlikeLabels, reach: 16)) return false;
        if (LocalNumberCues.NumberWordAlone(text, start) || CallingCues.Call(text, start, end)) return true; // det-foreign45: contact … at 3241-4643
        int to = end;
        while (to < text.Length && to - end < LocalLabelAfterReach && text[to] is not ('，' or '。' or '；' or ';' or ',' or '\n' or '\r' or '\t' or '|')
               && CharFolding.KindOf(text[to]) != CharKind.Digit)
            to++;
        if (ContextWord.AnyIn(LocalLabelsAfter, text.Slice(end, to - end)) || LocalNumberCues.NameIt(text, start, end, grouped)
            || ContactWording.NamesLine(text, start, end, digits)) return true; // round 43: 聯絡：, 保險公司, 用 … 打給我
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return (wholeCell && NamesLocalColumn(header))
               || DirectoryLine.Names(text, start, end, digits, PhoneWords.LocalLabels) || DirectoryLine.EndsRosterLine(text, start, end, digits);
    }

    // A landline column's header (市話, 住家電話, 聯絡電話) or a contact column's (聯絡方式, home, office).
    private static bool NamesLocalColumn(ReadOnlySpan<char> header) =>
        ContextWord.AnyIn(PhoneWords.LocalLabels, header) || LocalNumberCues.IsContactHeader(header);

    // Round 36 (categories of sets U29, U30): "姓名  車號  住家電話  身分證⏎王○○  ABC-1235  2345678  …": the number fills
    // its cell of a fixed-width report (cells apart by two spaces or more) under a landline or contact header, as in a
    // delimited table.
    private static bool FillsLocalSpacedColumn(ReadOnlySpan<char> text, int start, int end)
    {
        var header = TableCell.SpacedHeader(text, start);
        return !header.IsEmpty && TableCell.FillsSpacedCell(text, start, end) && NamesLocalColumn(header);
    }

    // A phone label, or a phone label and the line it is, right before the number; false for the -1 of no position.
    private static bool IsLabelledRightBefore(ReadOnlySpan<char> text, int start) =>
        start >= 0 && (ContextScorer.IsLabelledImmediately(text, start, PhoneWords.LocalLabelsByLastChar) && !ContextScorer.IsLabelledImmediately(text, start, PhoneWords.NotDialling)
                       || IsQualifiedLocalLabel(text, start));

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

    // 886 912 345 678: a mobile in international form with the plus left out; 886 836-26-628, 886 2 2345 6789 and 886四
    // 二三二五…: a landline so, when the country code stands apart from the rest (a gap, or a change of script).
    private static bool TryTaiwanWithoutPlus(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        const int mobile = 12;
        // (round 43: the digit after the 9 may be a look-alike too, 8869B4746l67; LookalikesAfter886 reads it)
        if (chain.Length >= mobile && chain.Chars[1] == '8' && chain.Chars[2] == '6' && chain.Chars[3] == '9'
            && chain.AllDigits(0, 4) && LookalikesAfter886(chain, mobile) is >= 0 and var lookalikes
            && (chain.EndsCleanlyAfter(mobile) || CountAfter.CountsAt(text, chain, mobile, CountAfter.PhoneMeasureWords)))
        {
            // 88699x…: the personal-number range, a phone only where the text names it one.
            double score = chain.Chars[4] == '9' ? PersonalRange.ScoreOf(text, chain.Start, chain.EndOf(mobile)) : BareLandlineScore;
            match = MatchOf(chain, mobile, score, chain.HasUnusualGrouping(mobile, maxGroups: 5, maxSingles: 1), PlusForm);
            if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
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

    /// <summary>How many letters typed for digits a mobile after 886 may hold (886-912-345-o78, 886953Z7g418), as after +886.</summary>
    private const int MaxLookalikesAfter886 = 2;

    // Letters typed for the digits of a mobile after 886 and its 9 (the OCR set, as a national mobile reads them), or -1
    // where a character is no digit or too many are letters.
    private static int LookalikesAfter886(in Chain chain, int count)
    {
        int lookalikes = 0;
        for (int i = 4; i < count; i++)
        {
            char digit = DigitLookalikes.AsDigitOcr(chain, i);
            if ((uint)(digit - '0') > 9) return -1;
            if (digit != chain.Chars[i]) lookalikes++;
        }
        return lookalikes <= MaxLookalikesAfter886 && !DigitLookalikes.InWord(chain, count, 4) ? lookalikes : -1;
    }

    // The prefix and the digits as one string, built once (a concatenation would build the digits' string first).
    private static string Prefixed(string prefix, ReadOnlySpan<char> chars)
    {
        Span<char> value = stackalloc char[prefix.Length + chars.Length];
        prefix.AsSpan().CopyTo(value);
        chars.CopyTo(value.Slice(prefix.Length));
        return value.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> chars, int count)
    {
        if (count > chars.Length) return false;
        for (int i = 0; i < count; i++) if ((uint)(chars[i] - '0') > 9) return false;
        return true;
    }

    // Pairs rising from one to the next, none past 49: numbers drawn and sorted (09 12 15 28 33).
    private static bool IsSortedDraw(in Chain chain, int count)
    {
        int previous = -1;
        for (int i = 0; i + 1 < count; i += 2)
        {
            int pair = (chain.Chars[i] - '0') * 10 + (chain.Chars[i + 1] - '0');
            if (pair <= previous || pair > HighestDrawn) return false;
            previous = pair;
        }
        return true;
    }

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

}
