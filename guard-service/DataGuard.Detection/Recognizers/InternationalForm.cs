using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Numbers in international form: after a plus (+886…, +852…), after 00 and a country code (00886…, 0081…) or after one
/// of Taiwan's international call prefixes (009 62…). Taiwan's own are checked against <see cref="TaiwanNumberingPlan"/>,
/// foreign ones with libphonenumber.
/// </summary>
internal static class InternationalForm
{
    internal const double InternationalScore = 0.8;

    /// <summary>
    /// A foreign number that libphonenumber finds possible (right length) but not in an allocated range: a phone only when
    /// the text says so (+0.3 for 電話/手機/phone…). Fictitious and newly allocated ranges (US 555-01xx) fall here.
    /// </summary>
    internal const double PossibleInternationalScore = 0.3;

    /// <summary>Taiwan's international call prefixes (002, 005, 006, 007, 009, 019: libphonenumber TW `0(?:0[25-79]|19)`).</summary>
    internal const int DialPrefixLength = 3;

    internal static bool IsDialPrefix(in Chain chain) =>
        chain.Length > DialPrefixLength + 8 && chain.AllDigits(0, DialPrefixLength) && chain.IsGroupBoundary(DialPrefixLength)
        && ((chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is '2' or '5' or '6' or '7' or '9')
            || (chain.Chars[0] == '0' && chain.Chars[1] == '1' && chain.Chars[2] == '9'));

    /// <summary>
    /// Taiwan's prefix glued to the country code (00284 91…, 006852 6…, 〇〇九八一 九〇…): <see cref="TryAbroad"/> weighs it
    /// against 00 and a code (0065 8xxx stays Singapore dialled with 00).
    /// </summary>
    internal static bool IsGluedDialPrefix(in Chain chain) =>
        chain.Length > DialPrefixLength + 8 && chain.AllDigits(0, DialPrefixLength + 1) && !chain.IsGroupBoundary(DialPrefixLength)
        && chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is '2' or '5' or '6' or '7' or '9';

    // 00 and a country code, or Taiwan's 002 glued to one (00681 80…: 006 and Japan's 81, or 00 and 681 with digits left
    // over): the prefix read is the one that takes every digit of the run, else whose number is valid, else the longer.
    // The offset of the country code read, -1 for neither.
    internal static int TryAbroad(in Chain chain, out ChainMatch match)
    {
        bool abroad = TryInternational(chain, offset: 2, out match);
        if (!IsGluedDialPrefix(chain)) return abroad ? 2 : -1;
        var viaZeroZero = match;
        if (TryInternational(chain, offset: DialPrefixLength, out match)
            && (!abroad || Rank(chain, match) > Rank(chain, viaZeroZero))) return DialPrefixLength;
        match = viaZeroZero;
        return abroad ? 2 : -1;
    }

    // Whole before leaving digits, valid before merely possible or ungrouped (scores 0.8, 0.5, 0.3), then the longer.
    private static int Rank(in Chain chain, in ChainMatch match) =>
        (match.Count >= CellLength(chain) || (uint)(chain.Chars[match.Count] - '0') > 9 || IsCommaAt(chain, match.Count) ? 1000 : 0) + (int)(match.BaseScore * 100) + match.Count;

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
            char d = DigitLookalikes.AsNumberDigit(chain, digits, first: skip);
            if ((uint)(d - '0') > 9) break;
            national[digits - skip + 1] = d;
        }
        if (!chain.AllDigits(offset + 3, skip) || digits - offset < 8 // the caller reads a prefix's zeros (00, or O0 typed for it), and the code
            || !TaiwanNumberingPlan.TryLookup(national.Slice(0, digits - skip + 1), out int length, out int localStart, out var kind)
            || kind == TaiwanNumberingPlan.Kind.Excluded)
            return false;
        int count = length - 1 + skip;
        if (count > digits || !chain.EndsCleanlyAfter(count)) return false;
        if (kind == TaiwanNumberingPlan.Kind.Landline && national[localStart] < '2') return false;
        int lookalikes = 0;
        for (int i = skip; i < count; i++) if (national[i - skip + 1] != chain.Chars[i]) lookalikes++;
        if (lookalikes > MaxInternationalLookalikes) return false; // no English word follows a plus: "2ll3" is disguise
        // 99x after +886: below the threshold until the caller finds it named a phone (PersonalRange.Name).
        double score = kind switch
        {
            TaiwanNumberingPlan.Kind.Mobile => MobileScore,
            TaiwanNumberingPlan.Kind.PersonalRange => PersonalRange.UnnamedScore,
            _ => GroupedLandlineScore,
        };
        match = MatchOf(chain, count, score, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 1),
            offset > 0 ? AbroadForm : trunkZero ? PlusFormWithTrunkZero : PlusForm);
        if (lookalikes > 0 || !chain.AllDigits(offset, offset + 3)) match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    // "+B86 912…", "+BB6-912…": Taiwan's country code after a plus with B typed for an 8, its first digit too (round 32,
    // set U24): after the plus a number's code is read, so B stands for 8 there as it does inside a number. Its look-alikes
    // count against no cap: the plus and the 6 already say 886, and the cap guards the national number after it.
    private static bool TypesTaiwanCodeInLookalikes(in Chain chain) =>
        chain.Chars[0] is '8' or 'B' && chain.Chars[1] is '8' or 'B' && chain.Chars[2] == '6' && (chain.Chars[0] == 'B' || chain.Chars[1] == 'B');

    // International form after a plus (offset 0) or after a dialled prefix such as 009 (offset 3, foreign numbers only).
    internal static bool TryInternational(in Chain chain, int offset, out ChainMatch match)
    {
        match = default;
        if (offset != DialPrefixLength && chain.Length > offset + 3 && chain.Chars[offset] == '8' && chain.Chars[offset + 1] == '8' && chain.Chars[offset + 2] == '6'
            || offset == 0 && chain.HasPlus && chain.Length > 3 && TypesTaiwanCodeInLookalikes(chain))
            return TryTaiwanInternational(chain, offset, out match);
        // After a plus, letters typed for digits are read as digits (+8536287o413, +853 6O1Z 48S7), as in Taiwan's own numbers.
        Span<char> view = stackalloc char[Chain.Capacity];
        bool plus = chain.HasPlus && offset == 0;
        int digits = 0;
        for (; digits < chain.Length; digits++)
        {
            char c = chain.Chars[digits], d = plus ? DigitLookalikes.AsNumberDigit(chain, digits, first: 0) : c;
            if ((uint)(d - '0') > 9) break;
            view[digits] = d;
        }
        digits = Math.Min(digits, CellLength(chain));
        if (digits - offset < 8) return false;

        // Foreign numbers: the longest prefix that ends at a group boundary and that libphonenumber calls valid, else the
        // longest it calls possible (scored to need a phone word).
        if (offset > 0 && chain.Chars[offset] == '8' && chain.Chars[offset + 1] == '8' && chain.Chars[offset + 2] == '6') return false;
        // "+65 9976 9732，111年…": a reading that ends at a comma is taken before one as good that reads on across it.
        int longest = Math.Min(digits, offset + 15), comma = CommaAfter(chain, offset + 8, longest);
        int possibleBefore = -1, possible = -1;
        int valid = comma > 0 ? LongestValid(chain, view, offset, comma, out possibleBefore) : -1;
        if (valid < 0) valid = LongestValid(chain, view, offset, longest, out possible);
        if (possibleBefore > 0) possible = possibleBefore;
        if (valid < 0 && possible < 0) return false;
        int found = valid >= 0 ? valid : possible;
        // Counted in the number only: "+1 (212) 555 0134. Sorry" reads the word after it into the chain (S for 5, O for 0).
        int lookalikes = 0;
        for (int i = 0; i < found; i++) if (view[i] != chain.Chars[i]) lookalikes++;
        if (lookalikes > MaxInternationalLookalikes) return false;
        match = MatchOf(chain, found, valid >= 0 ? InternationalScore : PossibleInternationalScore, chain.HasUnusualGrouping(found, maxGroups: 7, maxSingles: 1),
            offset == 0 ? PlusForm : offset == 2 ? AbroadForm : DialPrefixForm);
        if (valid >= 0 && offset is 2 or DialPrefixLength && IsUngrouped(chain, found)) match.BaseScore -= UngroupedAbroadPenalty;
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    // The longest prefix up to `longest` that ends at a group boundary and that libphonenumber calls valid (-1 for none),
    // and the longest it calls possible.
    private static int LongestValid(in Chain chain, ReadOnlySpan<char> view, int offset, int longest, out int possible)
    {
        possible = -1;
        for (int count = longest; count >= offset + 8; count--)
        {
            // "+84 97 324 8214兩個號碼": where ASCII digits meet a numeral the number may end (兩個 "two of them").
            if (!chain.EndsCleanlyAfter(count) && count != chain.ScriptBreak) continue;
            var fit = InternationalNumbers.Check(view.Slice(offset, count - offset));
            if (fit == InternationalNumbers.Fit.Possible && possible < 0) possible = count;
            if (fit == InternationalNumbers.Fit.Valid) return count;
        }
        return -1;
    }

    // The first comma between groups after `from` and before `to` (0 for none): where a list or a clause may go on.
    private static int CommaAfter(in Chain chain, int from, int to)
    {
        for (int i = from; i < to; i++) if (IsCommaAt(chain, i)) return i;
        return 0;
    }

    private static bool IsCommaAt(in Chain chain, int i) => i < chain.Length && chain.Gaps[i] > 0 && chain.GapChars[i] is ',' or '，';

    // "(853)6612 3456", "(852) 5123-4567": a country code in brackets with its plus left out, read as the plus form (a
    // merely possible number then needs a phone word, as after a plus). Taiwan's area codes start with 0, so no Taiwan
    // number is read so; a list's （三）114.05.18 is no country code: typed digits only, grouped without dots.
    internal static bool TryBracketedCode(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (!OpensWithParenthesis(text, chain.Start)) return false;
        int code = 1;
        while (code < chain.Length && code <= 3 && chain.Gaps[code] == 0) code++;
        if (code > 3 || code >= chain.Length || text[chain.EndOf(code)] is not (')' or '）')) return false;
        int calling = 0;
        for (int i = 0; i < code; i++) calling = calling * 10 + chain.DigitAt(i);
        if (!InternationalNumbers.IsCountryCode(calling)) return false; // (650) 253-0000: an area code, read as +65 otherwise
        // (212) 555-0123: three digits and a seven-digit local number is how North America writes its area code (212 is
        // also Morocco's country code), and digits before the bracket (+1 (212)…) make it the tail of a number.
        if (code == 3 && IsNorthAmericanLocal(chain) || ContinuesDigits(text, chain.Start - 1)) return false;
        if (!TryInternational(chain, offset: 0, out match) || (chain.EvasionsOf(match.Count) & Evasions.ChineseNumerals) != 0) return false;
        for (int i = 1; i < match.Count; i++) if (chain.Gaps[i] > 0 && chain.GapChars[i] == '.') return false;
        NamePossible(text, chain, offset: 0, ref match);
        match.Start--;
        return true;
    }

    private static bool IsNorthAmericanLocal(in Chain chain) =>
        chain.Length >= 10 && chain.AllDigits(0, 10) && chain.Gaps[3] > 0 && chain.Gaps[6] > 0 && chain.EndsCleanlyAfter(10);

    // A merely possible +CC or 00CC number named a phone by the words around it: a calling verb right before it
    // (打+852 5887 0315), a plain 號碼/number right before it ("Macau number 00853 6612-3456") or later in its clause
    // ("+852 5004 0922及+84 97 324 8214兩個號碼"), or the country it dials named right before it (他朋友在香港 00852 7xxx-xxxx).
    internal static void NamePossible(ReadOnlySpan<char> text, in Chain chain, int offset, ref ChainMatch match)
    {
        if (match.BaseScore > PossibleInternationalScore) return;
        // (round 34: or it fills its cell in a column of phones, by header or by the other rows; round 38: or follows a
        // nationality cell of a foreign person's row, whatever country the cell names: the code says the number's own)
        if (ContextScorer.IsLabelledImmediately(text, match.Start, PhoneWords.LocalLabels) || PhoneColumn.Holds(text, match.Start, match.End)
            || NationalityCell.Before(text, match.Start) >= 0) match.BaseScore = ForeignNationalNumbers.Score;
        else if (ContextScorer.IsLabelledImmediately(text, match.Start, PhoneWords.PlusNumber) || ForeignNumberContext.NamedLaterInClause(text, match.End, PhoneWords.PlusNumber)
                 || DialsCountryNamedBefore(text, chain, offset, match.Start))
            match.BaseScore += ForeignNationalNumbers.PlainPhoneWordBoost;
    }

    // 00CC written whole is an order number as often, unless a plain number word or the country it dials is named right
    // before it (Hong Kong number 0085291234567, 香港 00985291234567): a valid number so named loses its penalty, a
    // merely possible one is named as a grouped one is.
    internal static void NameUngrouped(ReadOnlySpan<char> text, in Chain chain, int offset, ref ChainMatch match)
    {
        if (!ContextScorer.IsLabelledImmediately(text, match.Start, PhoneWords.PlusNumber) && !DialsCountryNamedBefore(text, chain, offset, match.Start)) return;
        if (match.BaseScore > PossibleInternationalScore) match.BaseScore += UngroupedAbroadPenalty;
        else NamePossible(text, chain, offset, ref match);
    }

    /// <summary>How far before a +CC/00CC number the country it dials may be named (朋友在香港 00852…).</summary>
    private const int NamedCountryReach = 12;

    // The country named just before the number is the one its country code dials: the code says "a phone of that
    // country" as the country's name does.
    private static bool DialsCountryNamedBefore(ReadOnlySpan<char> text, in Chain chain, int offset, int start)
    {
        int country = CountryWords.NamedBefore(text, start, NamedCountryReach);
        if (country < 0) return false;
        int code = InternationalNumbers.CallingCode(CountryWords.Region(country));
        int dialled = 0;
        for (int i = offset; i < offset + 3 && i < chain.Length && (uint)(chain.Chars[i] - '0') <= 9; i++)
        {
            dialled = dialled * 10 + chain.DigitAt(i);
            if (dialled == code) return true;
        }
        return false;
    }

    // A tab between groups ends a table cell: the next cell's digits are not the number's ("+6281281909205⇥6萬5千元").
    private static int CellLength(in Chain chain)
    {
        for (int k = 1; k < chain.Length; k++) if (chain.Gaps[k] > 0 && chain.GapChars[k] == '\t') return k;
        return chain.Length;
    }

    // 00 + country code, the international prefix of most countries (0081 80 1234 5678): not Taiwan's own 002/005/006/
    // 007/009 followed by a gap, which IsDialPrefix reads first.
    internal static bool IsInternationalPrefix(in Chain chain) =>
        chain.Length > 10 && chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is >= '1' and <= '9' && chain.AllDigits(0, 4);

    /// <summary>00CC written without any grouping could as well be an order or serial number: it needs a phone word.</summary>
    private const double UngroupedAbroadPenalty = 0.3;
}
