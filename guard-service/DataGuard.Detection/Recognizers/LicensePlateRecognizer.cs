using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.LegacyPlateCodes;
using static DataGuard.Detection.Recognizers.PlateContext;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Taiwan licence plates in every layout of <see cref="PlateLayouts"/>: a letter group and a digit group, in either
/// order, scored by layout, hyphen, the 2012 scheme's letter and digit rules, and context. The legacy mixed codes are
/// read by <see cref="LegacyPlateCodes"/>, the words around a plate weighed by <see cref="PlateContext"/>, and the
/// chain's groups and look-alikes told apart by <see cref="PlateShape"/>.
/// </summary>
internal sealed class LicensePlateRecognizer : ChainRecognizer
{
    /// <summary>
    /// The 2012 scheme does not issue the digit 4, so such a plate scores lower than a valid one; but people write
    /// ABC-1234 as the very example of a plate, so it still stands (0.5) rather than vanishing.
    /// </summary>
    internal const double DigitFourPenalty = 0.1;
    private const double AcronymPenalty = 0.3;
    /// <summary>Lower case is how plates are typed on phones (abc-1235); it costs a little, not the whole finding.</summary>
    internal const double LowerCasePenalty = 0.05;

    /// <summary>A space or dot between the groups (ABC 1235, ABC.1235) is a plate written plainly, just short of the hyphen.</summary>
    internal const double PlainSeparatorPenalty = 0.05;

    /// <summary>
    /// Look-alike letters in one value (LSМ\u200D-8\u200C55, ΧΒ-123, Н6-123: Cyrillic or Greek letters among Latin ones and
    /// digits) are written to slip a plate past a filter; no product code is typed that way.
    /// </summary>
    internal const double DisguiseBoost = 0.2;

    /// <summary>
    /// What a well-known model's code (<see cref="VehicleModelCodes"/>) loses: more than a vehicle word right before it and
    /// one in its window can add to an older layout's score, so only a plate label or a plate column brings it back.
    /// </summary>
    private const double KnownModelPenalty = 0.6;

    private const Evasions Disguises = Evasions.Homoglyph | Evasions.ChineseNumerals | Evasions.ZeroWidth | Evasions.NumberWords;

    public override string Type => EntityTypes.LicensePlate;

    public override int MinLength => 4;

    /// <summary>A plate read out with a hesitation between its groups (車牌是BWV…嗯…5087); see <see cref="TrySpoken"/>.</summary>
    public override bool ReadsAcrossFillers => true;

    /// <summary>
    /// A 2012 plate typed in full-width letters and digits without its hyphen (ＣＶＢ１９５９): a Chinese input method's way
    /// of typing a plate into a form; product codes are copied in ASCII.
    /// </summary>
    private const double FullWidthJoinedBonus = 0.2;

    public override ContextProfile Context { get; } = PlateContext.NewProfile();

    // Every layout, mixed code and spoken form has a letter group or a letter in its code; a chain of digits alone (amounts,
    // case and phone numbers, most of a dense record's chains) is never a plate. Each has digits too, never read from
    // look-alike letters: the English words of a text (chains of letters alone) are never plates either.
    public override bool Accepts(in ChainShape shape) => !shape.HasPlus && shape.HasLetter && shape.HasDigit;

    // ("8302-QHD←倒序": a plate typed backwards with a note saying so is read turned round first, as the note asks.)
    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match) =>
        (ReversedPlates.TryRead(text, chain, out match) || TryRead(text, chain, out match)) && !NamesSomethingElse(text, match.Start, match.End, IsCurrentScheme(chain, match))
        && !LookalikeInOtherColumn(text, match) && !PlateFieldName.KeyNamesOther(text, match.Start) && !IsFieldKey(text, match);

    // det-ocr45 (set U49, T: "card=… amt=3557", "conf=0.82 ts=…"): a log field's key is no plate's letters, unless a key names the value a plate.
    private static bool IsFieldKey(ReadOnlySpan<char> text, in ChainMatch match) =>
        MachineLogFields.KeyWithin(text, match.Start, match.End) && !PlateFieldName.NamedByField(text, match.Start);

    // "tp82507" in a query log's 使用者 column beside its 車牌 column (round 44): a code that needs look-alikes (8 for B) to take
    // the 2012 layout is the other column's value, as any older layout there is.
    private static bool LookalikeInOtherColumn(ReadOnlySpan<char> text, in ChainMatch match) =>
        (match.Evasions & Evasions.Homoglyph) != 0 && FillsOtherColumnOfPlateTable(text, match.Start, match.End);

    // Three letters, then four digits: the 2012 scheme's layout, the one that stands alone.
    private static bool IsCurrentScheme(in Chain chain, in ChainMatch match) => match.Variant == 3 && match.Count == 7 && IsLetter(chain.Chars[0]);

    private static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || ContinuesNumber(text, chain.Start) || ClockTimeAfterCode.StartsChain(text, chain) || ClockTimeAfterCode.MinutesAt(text, chain.Start) || UrlPath.Continues(text, chain.Start)
            || StartsWithListNumber(text, chain) || ContinuesCode(text, chain.Start)) return false;
        // A plate wrapped inside a group is read as written on one line; any other gap read across is speech or a wrap
        // between the groups.
        int wrap = WrapInsideGroup(text, chain, out int pieceEnd);
        if (wrap == 0 && chain.HasFiller(chain.Length)) return TrySpoken(text, chain, out match);
        bool lettersFirst = IsLetter(chain.Chars[0]);
        int first = RunLength(chain, 0, lettersFirst);
        // ("9D53-KW", "3O25-JG": a look-alike among a digits-first plate's digits ends the first run early.)
        // ("I234-RA", "O57-KT": a digits-first plate whose first digit is typed as a letter is read as such before as a mixed code;
        // "KAQ-OI5": the letters' run goes on into look-alikes typed for the digits after the hyphen.)
        if (first < 2 || first > 4) return PlateDigitLookalikes.StartsWithLookalikeDigit(chain) && PlateDigitLookalikes.TryRead(text, chain, TryLayout, out match)
            || TryMixedCode(text, chain, out match) || TryMixedCodeLast(text, chain, out match) || TryLettersDigitCode(text, chain, out match)
            || PlateDigitLookalikes.TryRead(text, chain, TryLayout, out match)
            || PlateLetterLookalikes.TryRead(text, chain, TryLayout, out match) || PlateOcrReading.TryRead(text, chain, TryLayout, out match);
        int run = RunLength(chain, first, !lettersFirst);
        // ("R★K★T★2★0★5★8": a plate spelt out with one mark between every character reads on across the mark, which
        // ends the clause anywhere else)
        // ("EKH✅-72😅15": so does one with emoji or symbols between and inside its groups)
        int clause = IsSpelledWithMark(text, chain, first + run) || IsMarkedWithSymbols(text, chain, first + run) ? run : chain.ClauseLength(text, first);
        int longest = Math.Min(Math.Min(run, clause), chain.LengthBeforeBracket(text, first));
        if (wrap > 0) longest = Math.Min(longest, pieceEnd - first);
        // "796-UXLê Quốc Bảo0912…": a capitalised name glued onto a digits-first plate's letters starts inside their run.
        for (int k = first + 2; !lettersFirst && k < first + longest; k++)
        {
            if (NextCellGluedAfter(text, chain, k)) longest = k - first;
        }
        // ("FZ-6 一輛": the numeral after the space counts the vehicles, and the code keeps a single digit)
        if (longest > 1 && StartsNumeralWord(text, chain, first + longest - 1)) longest--;
        if (longest > 3 && CountsVehiclesAt(text, chain, first + longest - 1)) longest--;
        // The second group ends with its clause ("駕ABC-1235，111年3月": the reader reads on over CJK punctuation). A trailing
        // letter group may run on into the next word ("8362-LK was…"): also try it cut where a separator falls. Digit
        // groups are not cut: "0950 548 216" is one number, not a plate ending in 0950.
        for (int k = first + 1; k < first + longest; k++)
        {
            // "1. GAV-627 2. …": the 2 numbers the next item (not "A B C 1 2 3 5. She", a plate spelt out to its end)
            if (StartsListNumber(text, chain, k) && chain.Gaps[k - 1] == 0) longest = k - first;
            // "TH-2815 5次": a count after the plate is no part of its digits (round 37)
            if (StartsCount(text, chain, k)) longest = k - first;
            // "JET SL 125 1 台": a count apart by a space before its measure word (det-ocr45)
            if (CountAfter.CountsSpacedAt(text, chain, k, PlateContext.VehicleMeasureWords)) longest = k - first;
            // "KDW-2815 1,200元": an amount's leading digits before its thousands comma start the next cell (det-lists46)
            if (AmountAfterCode.StartsAt(text, chain, k)) longest = k - first;
        }
        int shortest = 2;
        for (int second = longest; second >= shortest; second--)
        {
            // ("ZF-41340912345678": a plate cell glued to the mobile cell after it ends where the mobile starts; round 39)
            bool gluedCell = second < longest && NextCellGluedAfter(text, chain, first + second);
            if (second < longest && chain.Gaps[first + second] == 0 && !gluedCell) continue;
            // "ABC-1234 兩車擦撞": a digit group is cut only where a gap changes script (a count in Chinese numerals follows).
            // "BJZ-1696（112.04.04）", ".../DD-795/0988-…": and where a bracket opens or a record's field ends.
            // "ABC-1235　23:08:51": and where the hour of a clock time starts (a plate listed with when a camera saw it).
            if (lettersFirst && second < longest && !ChangesScript(chain, first + second) && !EndsField(text, chain, first + second)
                && !StartsListNumber(text, chain, first + second) && !ClockTimeAfterCode.StartsAt(text, chain, first + second)
                && !StartsNextValue(chain, first, first + second) && !gluedCell) continue;
            if (TryLayout(text, chain, lettersFirst, first, second, out match)) return true;
        }
        return TryMixedCode(text, chain, out match) || TryMixedCodeLast(text, chain, out match) || TryLettersDigitCode(text, chain, out match)
            || PlateDigitLookalikes.TryRead(text, chain, TryLayout, out match)
            || PlateLetterLookalikes.TryRead(text, chain, TryLayout, out match) || PlateOcrReading.TryRead(text, chain, TryLayout, out match);
    }

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
        if (letters is < 2 or > 3) return false;
        // "KRT-23…95", "KR-六，呃，拐三洞": the hyphen written and the pause inside the digit group.
        bool hyphenKept = chain.GapChars[letters] != Chain.FillerGap && chain.Gaps[letters] > 0 && IsHyphenLike(chain.GapChars[letters]);
        if (chain.GapChars[letters] != Chain.FillerGap && !hyphenKept) return false;
        int digits = RunLength(chain, letters, letters: false), pauses = 0, joins = 0;
        for (int k = letters + 1; k < letters + digits; k++)
        {
            if (chain.GapChars[k] != Chain.FillerGap) continue;
            // "TKW / then -61 / the rest 47", "TKW-⏎接著 61⏎剩下的 47": words telling the reader to join the digits' pieces.
            if (JoiningWords.InGap(text, chain.EndOf(k), chain.Positions[k]))
            {
                joins++;
                continue;
            }
            // (a bare line wrap inside the digits is WrapInsideGroup's to read: KRT-10⏎23:49:30 is a partial plate and a time)
            if (hyphenKept && !ChainReader.WrapsBefore(text, chain, k) && ++pauses == 1) continue;
            digits = k - letters; // "DJR 然後是，2779，111年…": the next number is not the plate's
            break;
        }
        // ("KRT（停頓）-八拐八五 一起帶回": the numeral after the space starts the next word, as on one line)
        if (digits > 3 && StartsNumeralWord(text, chain, letters + digits - 1)) digits--;
        int count = letters + digits;
        if (hyphenKept && pauses == 0 && joins == 0) return false;
        // One gap between the groups, and the pause and the joins read inside the digits.
        if (chain.GapCount(count) != 1 + pauses + joins || !chain.EndsCleanlyAfter(count)
            || !SpokenFillers.AllSpoken(text, chain, count) && !JoinedByPlus(text, chain, letters)) return false;
        if (!PlateLayouts.TryFind(lettersFirst: true, letters, digits, out var layout) || layout.IsCurrent && ContainsIOrO(chain, 0, letters)) return false;
        bool named = ContextScorer.IsLabelledImmediately(text, chain.Start, PlateLabelsImmediateByLastChar)
            || ContextScorer.IsLabelledImmediately(text, chain.Start, DrivingVerbsByLastChar) || FollowsVehicleNoun(text, chain.Start)
            || VehicleInRemarkAfter(text, chain.EndOf(count)); // "JT-⏎4036（普輕機）"
        // "BRK⏎-6329", "路邊GH-⏎2851": a plate wrapped onto the next line at its hyphen is written with its hyphen, and the
        // words around it decide as they do on one line; so is one whose hyphen is kept beside the pause (KRT…-2395,
        // KRT-，呃，2395, KRT-23…95); split any other way, only a word right before it joins the pieces.
        bool wrappedAtHyphen = hyphenKept || GapHoldsHyphen(text, chain, letters);
        if (!named && !layout.IsCurrent && !wrappedAtHyphen) return false;
        // "ok 然後 1234", "hmm 呃 5678": an English word or a hesitation; lower case only where a word names the plate.
        bool lowerCase = (chain.EvasionsOf(letters) & Evasions.LowerCase) != 0;
        if (IsEnglishWord(chain, 0, letters) || lowerCase && (!named || IsOneOf(chain, 0, letters, PlateLayouts.Hesitations))) return false;
        double score = wrappedAtHyphen && !(letters == 3 && IsAcronym(chain, 0)) ? layout.HyphenScore : layout.PlainScore;
        match = MatchOf(chain, count, score + (named ? DrivingVerbBoost : 0), unusualSeparators: true, variant: letters);
        return true;
    }

    // "KDW ＋ 3185", "MBT + -2769" (round 37, categories of sets U31, U32): the letters and digits joined by a plus between
    // blanks, the hyphen kept beside it; the layout and the words around still decide, as for a spoken pause.
    private static bool JoinedByPlus(ReadOnlySpan<char> text, in Chain chain, int letters)
    {
        int pluses = 0;
        foreach (char c in text.Slice(chain.EndOf(letters), chain.Positions[letters] - chain.EndOf(letters)))
        {
            if (c is '+' or '＋') pluses++;
            else if (c is not (' ' or '\u3000') && !IsHyphenLike(c)) return false;
        }
        return pluses == 1;
    }

    private static bool TryLayout(ReadOnlySpan<char> text, in Chain chain, bool lettersFirst, int first, int second, out ChainMatch match)
    {
        match = default;
        int count = first + second;
        // "八四洞五KT": radio numerals giving way to the letters of a digits-first plate change script where the groups meet.
        int letters = lettersFirst ? first : second;
        int digits = lettersFirst ? second : first;
        bool mixedNumerals = MixesNumeralsInGroup(text, chain, lettersFirst ? first : 0, digits);
        if (!EndsAt(chain, count) && !CountsVehiclesAt(text, chain, count) && !NextCellGluedAfter(text, chain, count)
            || HasScriptBreak(chain, count) && (lettersFirst || chain.ScriptBreak != first) && !mixedNumerals || ClosesBracketBetween(text, chain, first)) return false;

        for (int l = 0; l < PlateLayouts.All.Length; l++)
        {
            var layout = PlateLayouts.All[l];
            if (layout.LettersFirst != lettersFirst || layout.Letters != letters || layout.Digits != digits) continue;
            int letterStart = lettersFirst ? 0 : first;
            if (layout.IsCurrent && ContainsIOrO(chain, letterStart, letters)) return false;

            bool spelledWithMark = IsSpelledWithMark(text, chain, count) || IsMarkedWithSymbols(text, chain, count);
            if (HyphenInsideGroup(chain, first, count) && !spelledWithMark && !SpellsLettersApart(text, chain, lettersFirst, first, count)
                && !MovesHyphenNamed(text, chain, count) && !HyphenedDigitWords.AllWords(chain, lettersFirst ? first : 0, digits)) return false; // "SM-S9180": the hyphen splits a model's letters
            if (SlashInsideGroup(chain, first, count) && !spelledWithMark) return false;
            // ("0 8 6 3 - R K", "ABC - 1235": a hyphen with a space on each side is the hyphen.)
            char boundary = chain.Gaps[first] == 0 ? '\0' : IsSpacedHyphen(text, chain, first) ? '-' : chain.GapChars[first];
            // A soft hyphen or other invisible character between the groups stands where the hyphen was (ABC\u00AD1235), and
            // so does a middle dot (ABC·1235, ABC‧1235).
            if (boundary == '\0' && (chain.Flags[first] & (byte)Evasions.ZeroWidth) != 0) boundary = '-';
            if (IsHyphenLike(boundary)) boundary = '-';
            // "KRT|5083", "HW｜2617": a bar typed for the hyphen (PlateBars, round 36) is a plain separator, as a space or a dot is.
            if (PlateBars.IsHyphenMark(boundary)) boundary = ' '; // round 38: KXR=3815, KXR\3815, KXR*3815 too
            // "K T W 槓 二九五七", "6183 dash G K": letters dictated one by one around the hyphen are spaces of speech, not other gaps.
            bool otherGaps = (chain.GapCount(count) - WrapsIn(text, chain, count) > (boundary == '\0' ? 0 : 1)
                || (boundary != '\0' && !Chain.IsConventionalSeparator(boundary))) && !(boundary == '-' && OnlySpacesBeside(chain, first, count));
            // "QRX 300", "ZT 350", "FKR 125": an older letters-first layout typed plainly with one space, its three digits an engine
            // size, is a model's name wherever no plate word or plate column names it (a table's model cell, a row whose header is
            // lost); not a plate spelt, dictated or read in numerals (H R  575, K-W 575).
            if (lettersFirst && !layout.IsCurrent && digits == 3 && IsModelNameShape(text, chain, first, count) && ReadsAsEngineSize(chain, first)
                && !IsNamedImmediately(text, chain.Start) && !FillsPlateColumn(text, chain.Start, chain.EndOf(count))) return false;
            double score = otherGaps || boundary == '\0' ? layout.PlainScore
                : boundary == '-' ? layout.HyphenScore
                : layout.HyphenScore - PlainSeparatorPenalty;
            // "B M N 1 1 1 9": a current plate spelt out character by character is written to slip past a filter, not a code.
            if (otherGaps && layout.IsCurrent && (IsSpelledOut(chain, count) || spelledWithMark)) score = layout.HyphenScore - PlainSeparatorPenalty;
            // "D E Q  6 1 2": an older layout spelt out scores as if hyphenated; it still needs context to stand.
            else if (otherGaps && count >= 5 && (IsSpelledOut(chain, count) || spelledWithMark)) score = layout.HyphenScore;
            if (layout.IsCurrent && ContainsDigitFour(chain, lettersFirst ? first : 0, digits)) score -= DigitFourPenalty;
            bool disguised = (chain.EvasionsOf(count) & Evasions.Homoglyph) != 0; // СSS-1235 is no style sheet
            // "ND 幺五八三", "IT 洞拐勾五", "勾洞拐三 RT": letters and digits read in radio numerals are a plate called over the radio.
            bool radioRead = ReadInRadioNumerals(text, chain, lettersFirst ? first : 0, digits);
            // ("is 四三幺-SW": an English word in lower case before a plate read out is still a word.)
            bool radioLetters = radioRead && (chain.EvasionsOf(count) & Evasions.LowerCase) == 0;
            if (letters == 3 && !disguised && IsAcronym(chain, letterStart) && !IsLabelledAsPlate(text, chain.Start)
                && !PlateFieldName.NamesPlate(text, chain.Start, chain.EndOf(count))) score -= AcronymPenalty; // (round 44: a 車牌 column's REF2181)
            // "of 1886", "ext. 2211" (but 車號PM7-205, 車牌號碼：AM205: after a plate label capitals spelling a word are its letters)
            // (round 44: 駕駛393AM, a 車牌 column's 0313-AM, "vehicle": "500HP": capitals a word, a column or a field names a plate are its letters)
            if (boundary != '-' && !radioLetters && IsEnglishWord(chain, letterStart, letters) && !(lettersFirst && LabelledWordLetters(text, chain, letters))
                && !NamedInCapitals(text, chain, count)) return false;
            // "0917 hmm 567 er 333", "biển số xe 9636-KV": a word typed in lower case before or between numbers, not a plate's letters.
            if (boundary != '-' && IsOneOf(chain, letterStart, letters, PlateLayouts.LowerCaseWords) && (chain.EvasionsOf(count) & Evasions.LowerCase) != 0)
                return false;
            // "1998cc", "45,210 km": a number and its unit, typed in lower case; 1234 KM in capitals stays a plate.
            // "3072KB", "512MB": a size typed onto its number, in either case; a digits-first plate is written with its hyphen.
            // (round 38: "機車3715tb": a size of data measures no vehicle, so after a plate label, a driving verb or a vehicle
            // noun right before it such letters are the plate's; a vehicle's own measures stay measures there: 機車1998cc)
            if (!lettersFirst && (boundary is '\0' or ' ' && IsOneOf(chain, letterStart, letters, PlateLayouts.Units) && (chain.EvasionsOf(count) & Evasions.LowerCase) != 0
                    || boundary == '\0' && IsOneOf(chain, letterStart, letters, PlateLayouts.DataSizes))
                && !(IsOneOf(chain, letterStart, letters, PlateLayouts.DataSizes) && PlateFieldName.NamesPlate(text, chain.Start, chain.EndOf(count)))) return false;
            // "263.5 MB", "38.5 KG": a decimal point inside the digits makes a measurement; no plate has one (round 38).
            if (!lettersFirst && boundary != '-' && HasDecimalPoint(chain, 0, first) && IsOneOf(chain, letterStart, letters, PlateLayouts.Units)) return false;
            // "len=47 ok": a log line's status word after its number, typed in lower case (round 38).
            if (!lettersFirst && boundary != '-' && IsOneOf(chain, letterStart, letters, PlateLayouts.StatusWords) && (chain.EvasionsOf(count) & Evasions.LowerCase) != 0)
                return false;
            // "1130-PM 集合", "2024-SS 新品": a time before its meridiem, a year before a season (round 39), unless named a plate.
            if (!lettersFirst && letters == 2 && ReadsAsTimeOrSeason(chain, first) && !PlateFieldName.NamesPlate(text, chain.Start, chain.EndOf(count))) return false;
            // "Feb 2026", "Win 2000": a capitalised word is English; plates are written in one case.
            if (boundary != '-' && IsCapitalised(chain, letterStart, letters)) return false;
            // "Car park level B2, bay 118": a lower-case word and its number in English prose; an older plate typed so is named
            // right before it (round 26).
            if (lettersFirst && boundary == ' ' && !layout.IsCurrent && IsLowerCase(chain, 0, letters) && FollowsEnglishWord(text, chain.Start)
                && !IsNamedImmediately(text, chain.Start)) return false;
            var evasions = chain.EvasionsOf(count);
            if ((evasions & Evasions.LowerCase) != 0) score -= LowerCasePenalty;
            // (spelt out with a mark, an older layout still needs the words around it: a word and a number in a chat are spelt so too)
            if (disguised || radioRead || mixedNumerals || spelledWithMark && layout.IsCurrent || HidesInvisible(chain, first, count)) score += DisguiseBoost;
            if (boundary == '\0' && layout.IsCurrent && (evasions & Evasions.FullWidth) != 0 && chain.GapCount(count) == 0) score += FullWidthJoinedBonus;
            match = MatchOf(chain, count, score, otherGaps, variant: first);
            // The 2012 layout and the digits-first ones, with their hyphen, are a plate's shape that model codes do not take; so
            // is the 2012 layout written plainly (HONDA FIT ABC 1235 緩慢倒車) unless its digits read as a year or an engine size (HEV 2023,
            // GLX 1800: a trim and its model year or size).
            bool plateShaped = boundary == '-' && (layout.IsCurrent || !lettersFirst)
                || layout.IsCurrent && !otherGaps && !ReadsAsYearOrSize(chain, first, digits);
            match.BaseScore += NeighbourhoodAdjustment(text, match.Start, match.End, match.BaseScore, plateShaped);
            // "NC-750", "QX-50": a well-known model's series and number is the model's name wherever no plate word or plate
            // column names the value (a deny list: it lowers the score, below what the words around it can lift); not when
            // disguised or read out in numerals, as no model's name is written.
            if (lettersFirst && !layout.IsCurrent && (evasions & Disguises) == 0
                && VehicleModelCodes.IsKnownModel(chain.Chars.Slice(0, first), chain.Chars.Slice(first, digits))
                && !IsNamedAsPlate(text, match.Start, match.End)) match.BaseScore -= KnownModelPenalty;
            if (FollowsMake(text, match.Start, match.End, plateShaped)) return false;
            return true;
        }
        return false;
    }

    // "HNT-215Maria Santos0912…": a capitalised name glued onto the digits ends the plate where a row's lost cell separator
    // stood, only where the row reads as a person's (the value at the line's start, the name, then a mobile).
    internal static bool NameGluedAfter(ReadOnlySpan<char> text, in Chain chain, int count) =>
        count < chain.Length && chain.Gaps[count] == 0 && GluedNames.StartsAt(text, chain.Positions[count])
        && PersonRecord.OpensGluedRow(text, chain.Start, chain.Positions[count]);

    // "HNT-215Maria Santos0912…", "UW-3985chen.hua10@…", "ZF-41340912345678", "6132-NA0912345678": the next cell of a row whose
    // separators were lost starts right after the value (a name as above; a mobile or a mailbox name, round 39).
    internal static bool NextCellGluedAfter(ReadOnlySpan<char> text, in Chain chain, int count) =>
        NameGluedAfter(text, chain, count) || GluedCells.NextFieldAt(text, chain, count);

    // Capitals that a word, a plate column or an export's field right before them name a plate's (round 44).
    private static bool NamedInCapitals(ReadOnlySpan<char> text, in Chain chain, int count) =>
        (chain.EvasionsOf(count) & Evasions.LowerCase) == 0 && PlateFieldName.NamesPlate(text, chain.Start, chain.EndOf(count));

    // A line wrap inside a group of the first count characters is no gap of the plate's (TRP-8⏎521).
    private static int WrapsIn(ReadOnlySpan<char> text, in Chain chain, int count) =>
        chain.HasFiller(count) && WrapInsideGroup(text, chain) is int wrap and > 0 && wrap < count ? 1 : 0;

    // Letters that spell an English word (PM, AM, NO, MAR) typed in capitals right after a plate label, a driving verb or
    // a vehicle noun (檢舉APR 6213) are the plate's letters.
    internal static bool LabelledWordLetters(ReadOnlySpan<char> text, in Chain chain, int letters) =>
        (chain.EvasionsOf(letters) & Evasions.LowerCase) == 0 && (IsLabelledAsPlate(text, chain.Start) || IsNamedImmediately(text, chain.Start));

    // "K-W-D 三八幺五", "R-T，六兩洞四": the letters spelt apart by hyphens as a radio call reads them out, unlike a model's
    // letters split by one (SM-S9180); only with the digits in numerals or a plate word right before the value.
    private static bool SpellsLettersApart(ReadOnlySpan<char> text, in Chain chain, bool lettersFirst, int first, int count) =>
        lettersFirst && LettersSpeltWithHyphens(chain, first, count)
        && (AllNumerals(chain, first, count) || IsNamedImmediately(text, chain.Start));

    // "機車PK-T3816", "車號 TR681-5", "騎乘KDW7-205": a plate's hyphen typed at another place, to slip past a filter (round 35,
    // set U28); a model's code is split so too (SM-S9180), so only a plate label, a driving verb or a vehicle noun right before
    // it, or a plate column, names it a plate; round 36 (set U30): or a vehicle's verb right after it (發現 HDK615-2 違規停車).
    private static bool MovesHyphenNamed(ReadOnlySpan<char> text, in Chain chain, int count) =>
        HasOnlyHyphenGaps(text, chain, count) && (IsNamedImmediately(text, chain.Start) || IsNamedAsPlate(text, chain.Start, chain.EndOf(count))
            || VehicleVerbAfter(text, chain.EndOf(count)));

    public override string Normalize(in Chain chain, in ChainMatch match) => ReversedPlates.IsReversed(match) ? ReversedPlates.Normalize(chain, match) :
        chain.Chars.Slice(0, match.Variant).ToString() + "-" + chain.Chars.Slice(match.Variant, match.Count - match.Variant).ToString();
}
