using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Foreign numbers in their country's national form (日本手機 090-…, 香港電話 9123 4567, WhatsApp adik: 0813-…): read in
/// the plan of the country the text names, or of the language it is written in, where a phone word says it is a phone.
/// </summary>
internal static class ForeignNationalNumbers
{
    /// <summary>A number in a country's national form, parsed with the region named just before it (日本手機 090-…).</summary>
    internal const double Score = 0.5;

    private const double PossibleScore = 0.3;

    /// <summary>
    /// A merely possible foreign national number (right length, range not allocated) that such a plain word names, its
    /// country given earlier: the plain word is not context for Taiwan numbers, so it counts here.
    /// </summary>
    internal const double PlainPhoneWordBoost = 0.2;

    /// <summary>Digits a national-form mobile of <see cref="ForeignLanguages.Fallback"/> takes, trunk 0 included.</summary>
    private const int MinForeignMobile = 10, MaxForeignMobile = 13;

    /// <summary>Digits a foreign number without a trunk 0 must have to be read written whole (a mainland mobile's eleven).</summary>
    private const int MinUngroupedForeign = 11;

    /// <summary>A mainland mobile: 1, then ten digits (13x xxxx xxxx), read in <see cref="MainlandRegion"/>'s plan.</summary>
    private const int MainlandMobileLength = 11;

    private const string MainlandRegion = "CN";

    // "WhatsApp adik: 0813-2468-1357", "hãy gọi chị Lan ở số 0861234567", "回撥給我010-2468-1357": a number a phone word labels that
    // Taiwan's plan turns down is a foreign one where no country is named near it. It is read in the plan of the country
    // named before it (a question on the line above: 問：你在大陸的親戚怎麼聯絡？⏎答：我表哥的手機138 …) or whose language the
    // text is in, else as a mobile of the countries whose numbers turn up most, which start with a trunk 0.
    internal static bool TryLabelled(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 7) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = DigitsInSpacedCell(text, chain, Math.Min(digits, chain.ClauseLength(text, 0)));
        if (digits is < 7 or > MaxForeignMobile || !chain.EndsCleanlyAfter(digits) || IsDocumentNumber(text, chain.EndOf(digits))
            || ContinuesDigits(text, chain.Start) && !StartsSpacedCell(text, chain.Start, chain.EndOf(digits)) || ContinuesNumber(text, chain.Start))
            return false;
        // Without a trunk 0, digits written whole are an amount or a code as often (香港…電話費 23456789 元); an account or an
        // order number is labelled so (nomor rekening 08…, 계좌번호 010…). Both are turned down before libphonenumber is asked.
        bool ungrouped = IsUngrouped(chain, digits);
        if ((ungrouped && chain.Chars[0] != '0' && digits < MinUngroupedForeign) || ContextScorer.IsLabelled(text, chain.Start, PhoneWords.LookAlikeLabels, LookAlikeReach))
            return false;
        if (!ForeignNumberContext.IsLabelledWithoutCountry(text, chain.Start, chain.EndOf(digits), out var hinted, out bool countryNamed))
            return TryRowCountry(text, chain, digits, out match) || TryMainlandInPhoneColumn(text, chain, digits, out match) || TryUnlabelledFallback(text, chain, digits, out match)
                   || ForeignRowNumbers.TryRead(text, chain, digits, out match);
        if (hinted is null && HasTaiwanAreaCode(chain, digits)) return false;
        var number = chain.Chars.Slice(0, digits);
        // In the plan the text names, a merely possible number (right length, range not listed) needs a strong phone word.
        var fit = hinted is null ? InternationalNumbers.Fit.None : InternationalNumbers.CheckNational(number, hinted);
        string? region = fit == InternationalNumbers.Fit.None ? null : hinted;
        if (region is null && !countryNamed) region = FallbackMobileRegion(chain, digits);
        if (region is null && !countryNamed && IsMainlandMobile(chain, digits)) region = MainlandRegion;
        // "calls to 415–555–2671", "tel":"052-318 4460": no country and no fallback's mobile, but a phone word right before
        // a number grouped as phones are (North America's 3-3-4, or a trunk 0 and ten digits or more) calls it a phone of
        // the country whose plan it fits, merely possible as it may be.
        if (region is null && !countryNamed && !ungrouped && IsNamedPhoneRightBefore(text, chain.Start))
        {
            region = PossibleFallbackRegion(text, chain, digits);
            if (region is not null) fit = InternationalNumbers.Fit.Possible;
        }
        int country = region is null ? -1 : CountryWords.OfRegion(region.AsSpan());
        if (country < 0 || (ungrouped && fit == InternationalNumbers.Fit.Possible)) return false;
        double score = fit == InternationalNumbers.Fit.Possible ? PossibleScore : Score;
        match = MatchOf(chain, digits, score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        return true;
    }

    // The first of the fallback regions (ForeignLanguages.Fallback) whose plan calls a trunk-0 number of ten digits or more
    // a mobile; null when none does.
    private static string? FallbackMobileRegion(in Chain chain, int digits)
    {
        if (chain.Chars[0] != '0' || digits < MinForeignMobile) return null;
        var number = chain.Chars.Slice(0, digits);
        foreach (var fallback in ForeignLanguages.Fallback)
        {
            if (InternationalNumbers.IsMobile(number, fallback)) return fallback;
        }
        return null;
    }

    /// <summary>North America's plan: ten digits, the area code and the exchange each starting 2–9 (NANP numbering plan).</summary>
    private const string NorthAmericaRegion = "US";

    private const int NorthAmericaLength = 10;

    // The region whose plan a grouped number no fallback region calls a mobile merely fits: North America for ten digits
    // grouped 3-3-4 with no trunk 0, else the first fallback region for a trunk 0 and ten digits or more; null when none.
    private static string? PossibleFallbackRegion(ReadOnlySpan<char> text, in Chain chain, int digits)
    {
        var number = chain.Chars.Slice(0, digits);
        if (chain.Chars[0] != '0')
            return IsNorthAmericanGrouping(chain, digits) && !FollowsCountryCode(text, chain.Start)
                   && InternationalNumbers.CheckNational(number, NorthAmericaRegion) != InternationalNumbers.Fit.None
                ? NorthAmericaRegion : null;
        // (a possible number is a mobile's length, written in one kind of digit: "打給0 7 0 … 1 0一路" is a Taiwan number
        // and the numeral of the next word)
        if (digits is < MinForeignMobile or > MaxPossibleForeign || ((chain.Flags[0] ^ chain.Flags[digits - 1]) & (byte)Evasions.ChineseNumerals) != 0)
            return null;
        foreach (var fallback in ForeignLanguages.Fallback)
        {
            if (InternationalNumbers.CheckNational(number, fallback) != InternationalNumbers.Fit.None) return fallback;
        }
        return null;
    }

    /// <summary>Most digits a merely possible trunk-0 number is read with (a mobile's eleven: 0917 123 4567).</summary>
    private const int MaxPossibleForeign = 11;

    // "+1 (654) 555 0151", "001 415…": the number's area code is the rest of an international number, read as a whole
    // elsewhere: a digit or a plus before it, past spaces, brackets and invisible characters.
    private static bool FollowsCountryCode(ReadOnlySpan<char> text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '(' or '（' || CharFolding.KindOf(text[i]) == CharKind.Invisible)) i--;
        return i >= 0 && (text[i] is '+' or '＋' || CharFolding.KindOf(text[i]) == CharKind.Digit);
    }

    // (415) 555-2671, 415-555-2671, 415.555.2671: ten digits, gaps after the area code and the exchange only, both 2–9 first.
    private static bool IsNorthAmericanGrouping(in Chain chain, int digits) =>
        digits == NorthAmericaLength && chain.Chars[0] is >= '2' and <= '9' && chain.Chars[3] is >= '2' and <= '9'
        && chain.Gaps[3] > 0 && chain.Gaps[6] > 0 && chain.GapCount(digits) == 2;

    // A phone word (電話, Tel, "mobile":, calls to, nomor HP, in the home country:) right before the number, past its colon,
    // quotes or brackets.
    private static bool IsNamedPhoneRightBefore(ReadOnlySpan<char> text, int start) => ContextScorer.IsLabelledImmediately(text, start, PhoneWords.Any);

    // A foreign mobile in its national form with no phone word in its clause (round 26): a trunk-0 number Taiwan's plan turns
    // down that a fallback region calls a mobile, filling its cell under a phone column (| 電話 | … | 086 083 1234 |, a tel
    // column of a CSV), or the next field of a person's row after an ID or ARC and the person's name (- A123456789 Nguyen
    // 0771 234 567) or the number beside an e-mail address on a signature's contact line (0771 234 567 / name@…), or North
    // America's 3-3-4 under a phone column.
    private static bool TryUnlabelledFallback(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        int end = chain.EndOf(digits);
        // (the text is read before libphonenumber is asked: a code that no column, row or contact line names allocates nothing;
        // and a length or grouping neither reading takes is turned down before the text is read, as most numbers are)
        string? region;
        if (chain.Chars[0] == '0')
        {
            if (digits < MinForeignMobile
                || !(PersonRecord.FollowsIdAndName(text, chain.Start, end) || ForeignNumberContext.SharesLineWithAddress(text, end) || PhoneColumn.Holds(text, chain.Start, end)
                     || ForeignPersonRow.Names(text, chain.Start, end))
                || HasTaiwanAreaCode(chain, digits))
                return false;
            region = FallbackMobileRegion(chain, digits);
            if (region is null) return false;
        }
        else
        {
            // (the column names it a phone: a merely possible number of an unassigned area code is read as a valid one)
            if (!IsNorthAmericanGrouping(chain, digits) || FollowsCountryCode(text, chain.Start) || !PhoneColumn.Holds(text, chain.Start, end)
                || InternationalNumbers.CheckNational(chain.Chars.Slice(0, digits), NorthAmericaRegion) == InternationalNumbers.Fit.None)
                return false;
            region = NorthAmericaRegion;
        }
        match = MatchOf(chain, digits, Score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + CountryWords.OfRegion(region.AsSpan()));
        return true;
    }

    // Round 34 (categories of sets U25, U26): a number in its country's national form filling its cell in a phone column
    // (by its header or its other rows) of a row whose foreign +CC number names the country (+84 78 …⇥NGUYEN VAN AN⇥0716 …,
    // +855 0495 3430 beside 9369 9890): read in that country's plan, valid numbers only.
    private static bool TryRowCountry(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        int end = chain.EndOf(digits);
        if (!chain.EndsCleanlyAfter(digits)) return false;
        int country = CallingCodeInRow.Of(text, chain.Start, end);
        // (Round 37, categories of sets U31, U32: or the counter of phones names it in the same line, 電話+86 1…、另一支 1…)
        if (country < 0 || !CountryWords.MobileMayStartWith(country, chain.Chars[0])
            || !(PhoneColumn.Holds(text, chain.Start, end) || ContextScorer.IsLabelledImmediately(text, chain.Start, NumberLabel))
            || InternationalNumbers.CheckNational(chain.Chars.Slice(0, digits), CountryWords.Region(country)) != InternationalNumbers.Fit.Valid)
            return false;
        match = MatchOf(chain, digits, Score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    // 1 and ten more digits, no trunk 0: the shape of a mainland mobile alone (13x–19x), which no Taiwan number takes.
    private static bool IsMainlandMobile(in Chain chain, int digits) =>
        digits == MainlandMobileLength && chain.Chars[0] == '1' && InternationalNumbers.IsMobile(chain.Chars.Slice(0, digits), MainlandRegion);

    // A mainland mobile filling its cell under a phone column (聯絡電話, mobile, tel) of an export with no country named: a
    // trunk-0 number there stays unread (it may be any country's, or a code), the mainland's shape is its own.
    private static bool TryMainlandInPhoneColumn(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        // (the column first: libphonenumber copies the digits, and most numbers of eleven digits starting with 1 are in no column)
        if (chain.Chars[0] != '1' || digits != MainlandMobileLength || !(PhoneColumn.Holds(text, chain.Start, chain.EndOf(digits)) || ForeignPersonRow.Names(text, chain.Start, chain.EndOf(digits)))
            || !IsMainlandMobile(chain, digits))
            return false;
        match = MatchOf(chain, digits, Score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + CountryWords.OfRegion(MainlandRegion.AsSpan()));
        return true;
    }

    /// <summary>How far back in its clause a look-alike label (訂單, rekening) keeps a number from being read as a foreign phone.</summary>
    private const int LookAlikeReach = 16;

    // "電話 03-51234567": where neither a country nor a language says otherwise, a first group that is a Taiwan area code
    // says a Taiwan number was mistyped, not a foreign one (a Tokyo 03-5xxx or a Thai 089 number needs its language).
    // Taiwan's toll-free 0800/0809 numbers (客服專線 0800-…) are a business's, whatever phone word labels them.
    private static bool HasTaiwanAreaCode(in Chain chain, int digits) =>
        TaiwanNumberingPlan.TryLookup(chain.Chars.Slice(0, digits), out int length, out int localStart, out var kind)
        && (kind == TaiwanNumberingPlan.Kind.Landline && localStart < digits && chain.Gaps[localStart] > 0
            || kind == TaiwanNumberingPlan.Kind.Excluded && length == digits);

    // A foreign national number read out in pieces ("香港,5601嗯2189" under a 電話 column): only spoken words between
    // the groups and a phone word (not a plain 打 or 號碼) around it, as for a Taiwan number.
    internal static bool TrySplit(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (ContinuesNumber(text, chain.Start) || !TryAfterCountry(text, chain, out match) || !chain.HasFiller(match.Count)) return false;
        if (!SpokenFillers.AllSpoken(text, chain, match.Count) || !ForeignNumberContext.NamesAPhone(text, match.Start, match.End, PhoneWords.Any)) return false;
        match.BaseScore = Math.Min(match.BaseScore, SplitScore);
        return true;
    }

    /// <summary>
    /// A number in a foreign country's national form right after that country is named (日本手機 090-1234-5678, 香港電話
    /// 9123 4567, 美國電話 (212) 555-0123, 大陸手機 138 1234 5678): parsed with that region's plan.
    /// </summary>
    internal static bool TryAfterCountry(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 7 || (uint)(chain.Chars[0] - '0') > 9 || ContinuesDigits(text, chain.Start)) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = Math.Min(digits, chain.ClauseLength(text, 0));
        // "…字第1130123456號" in the next cell of a row after a foreign phone: a document number, whatever country is named.
        if (digits < 7 || IsSlashDate(chain, digits) || IsDocumentNumber(text, chain.EndOf(digits))) return false;
        if (!ForeignNumberContext.TryName(text, chain.Start, chain.EndOf(digits), out var naming)) return false;
        int country = naming.Country;
        bool namedPhone = naming.NamedPhone, plainOnly = naming.PlainOnly;
        var region = CountryWords.Region(country);
        // 韓國旅客 010-2345-6789, 香港居民 9123 4567: with no phone word, only a grouped, valid mobile of the country named
        // just before it, or one the country's name labels with a colon (家人在越南：0861234567).
        // Chinese numerals (香港：六八九〇六一八〇) are not how an order number is written: grouping is not needed there.
        // A trunk 0 and eleven digits or more written whole (Keluarga di Indonesia 081234567890) are longer than a Taiwan
        // number and than the dates and codes written beside a nationality; the country's plan must still call it a mobile.
        bool grouped = !IsUngrouped(chain, digits) || (chain.EvasionsOf(digits) & Evasions.ChineseNumerals) != 0
                       || (chain.Chars[0] == '0' && digits >= MinUngroupedForeign && !StartsACell(text, chain.Start));
        if (plainOnly && (!(grouped || IsNumberLabelled(text, chain, digits, region)) || !CountryWords.MobileMayStartWith(country, chain.Chars[0]))) return false;
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
        match = MatchOf(chain, found, fit == InternationalNumbers.Fit.Valid ? Score : PossibleScore,
            chain.HasUnusualGrouping(found, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        if (fit != InternationalNumbers.Fit.Valid && ForeignNumberContext.NamedNear(text, match.Start, match.End, PhoneWords.ForeignPlain)) match.BaseScore += PlainPhoneWordBoost;
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    /// <summary>
    /// A word ending in 號碼, the English "number", or the counter of phones (那支, 這支) right before a number: 印尼親友號碼0812…,
    /// 越南朋友的號碼：097…, HK number（9…）, 澳門那支 6xxxxxxx.
    /// </summary>
    private static readonly ContextWord[] NumberLabel = ContextWord.All(new[] { "號碼", "number", "那支", "這支", "那隻", "這隻", "另一支", "另一隻" });

    // Digits written whole that a …號碼 label names, in the clause of the country named before it, are a phone when that
    // country's plan calls them a mobile and no account, order or document label (帳戶號碼, 訂單號碼) stands in the clause.
    private static bool IsNumberLabelled(ReadOnlySpan<char> text, in Chain chain, int digits, string region) =>
        ContextScorer.IsLabelledImmediately(text, chain.Start, NumberLabel)
        && !ContextScorer.IsLabelled(text, chain.Start, PhoneWords.LookAlikeLabels, LookAlikeReach)
        && chain.EndsCleanlyAfter(digits) && InternationalNumbers.IsMobile(chain.Chars.Slice(0, digits), region);

    // "1,PH,0917…" under 帳號: a cell of a row, its country an ISO code in another cell, is as often an account or an order.
    private static bool StartsACell(ReadOnlySpan<char> text, int start)
    {
        int at = Spaces.StartBefore(text, start) - 1;
        return at >= 0 && (text[at] is ';' or ',' or '，' || CellBreaks.Is(text[at]));
    }

    internal static string E164(ReadOnlySpan<char> digits, int variant)
    {
        InternationalNumbers.CheckNational(digits, CountryWords.Region(variant - ForeignNationalForm), out var e164);
        return e164;
    }
}
