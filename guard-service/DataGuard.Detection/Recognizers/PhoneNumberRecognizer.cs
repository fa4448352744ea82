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

    /// <summary>A local number without its area code (2345-6789) is a phone only right after a phone label.</summary>
    private const double LabelledLocalScore = 0.6;

    private static readonly ContextWord[] LocalLabels = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "聯絡電話", "連絡電話", "家裡電話", "Tel", "Phone",
    });

    public override string Type => EntityTypes.PhoneNumber;

    public override int MinLength => 7;

    public override ContextProfile Context { get; } = new(
        strong: new[]
        {
            "電話", "手機", "行動電話", "聯絡電話", "連絡電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "手機號碼",
            "門號", "來電", "致電", "撥打", "回撥", "傳真", "分機", "Tel", "Phone", "Mobile", "Cell", "Fax", "call", "TEL.",
            "聯絡方式", "聯繫方式", "WhatsApp", "手機號",
        },
        weak: new[] { "聯絡", "連絡", "聯繫", "LINE", "簡訊", "通話", "contact", "SMS" },
        negative: new[]
        {
            "訂單", "單號", "編號", "發票", "序號", "帳號", "帳戶", "統編", "條碼", "批號", "案號", "order", "invoice",
            "serial", "tracking", "account",
        },
        negativePenalty: 0.4);

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus)
        {
            if (!TryInternational(chain, offset: 0, out match)) return false;
            // (+886) 912-345-678: the parentheses around the country code belong to the number.
            if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
            return true;
        }
        if (IsDialPrefix(chain)) return TryInternational(chain, offset: DialPrefixLength, out match);
        if (chain.Chars[0] == '8' && TryMobileWithoutPlus(chain, out match)) return true;
        if (chain.Chars[0] is >= '2' and <= '9') return TryLabelledLocal(text, chain, out match);
        // Letters that pass for digits (O912-345-678, 09l2…) are read as digits in the national form.
        Span<char> digits = stackalloc char[Chain.Capacity];
        int lookalikes = 0;
        for (int i = 0; i < chain.Length; i++)
        {
            digits[i] = AsDigit(chain.Chars[i]);
            if (digits[i] != chain.Chars[i] && digits[i] <= '9') lookalikes++;
        }
        if (digits[0] != '0' || lookalikes > 2) return false;
        var national = digits.Slice(0, chain.Length);
        if (!TaiwanNumberingPlan.TryLookup(national, out int length, out int localStart, out var kind)
            || kind == TaiwanNumberingPlan.Kind.Excluded
            || !AllDigits(national, length)
            || !chain.EndsCleanlyAfter(length))
            return false;

        double score;
        if (kind == TaiwanNumberingPlan.Kind.Mobile) score = MobileScore;
        else
        {
            char firstLocal = national[localStart];
            if (firstLocal < '2') return false; // local numbers never start with 0 or 1
            if (chain.GapCount(length) > 0 || OpensWithParenthesis(text, chain.Start)) score = GroupedLandlineScore;
            else if (lookalikes == 0 && InternationalNumbers.IsValidTaiwanNational(national.Slice(0, length))) score = BareLandlineScore;
            else return false; // bare digits outside the ranges actually assigned are some other number
        }
        match = MatchOf(chain, length, score, chain.HasUnusualGrouping(length, maxGroups: 4, maxSingles: 0), NationalForm);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        var digits = chain.Chars.Slice(0, match.Count);
        return match.Variant switch
        {
            NationalForm => "+886" + AsDigits(digits.Slice(1)),
            PlusFormWithTrunkZero => "+886" + digits.Slice(4).ToString(),
            LocalForm => digits.ToString(), // the area code is unknown
            DialPrefixForm => "+" + digits.Slice(DialPrefixLength).ToString(),
            _ => "+" + digits.ToString(), // +886…, foreign, and 886… written without its plus
        };
    }

    /// <summary>Taiwan's international call prefixes (002, 005, 006, 007, 009, 019: libphonenumber TW `0(?:0[25-79]|19)`).</summary>
    private const int DialPrefixLength = 3;

    private static bool IsDialPrefix(in Chain chain) =>
        chain.Length > DialPrefixLength + 8 && chain.AllDigits(0, DialPrefixLength) && chain.Gaps[DialPrefixLength] > 0
        && ((chain.Chars[0] == '0' && chain.Chars[1] == '0' && chain.Chars[2] is '2' or '5' or '6' or '7' or '9')
            || (chain.Chars[0] == '0' && chain.Chars[1] == '1' && chain.Chars[2] == '9'));

    // International form after a plus (offset 0) or after a dialled prefix such as 009 (offset 3, foreign numbers only).
    private static bool TryInternational(in Chain chain, int offset, out ChainMatch match)
    {
        match = default;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        if (digits - offset < 8) return false;

        if (offset == 0 && chain.Chars[0] == '8' && chain.Chars[1] == '8' && chain.Chars[2] == '6')
        {
            // +886 9xx…, +886 2 xxxx…, and the common mistake +886 (0)9xx… with the trunk 0 kept.
            bool trunkZero = chain.Chars[3] == '0';
            int skip = trunkZero ? 4 : 3;
            Span<char> national = stackalloc char[Chain.Capacity];
            national[0] = '0';
            chain.Chars.Slice(skip, digits - skip).CopyTo(national.Slice(1));
            if (!TaiwanNumberingPlan.TryLookup(national.Slice(0, digits - skip + 1), out int length, out int localStart, out var kind)
                || kind == TaiwanNumberingPlan.Kind.Excluded)
                return false;
            int count = length - 1 + skip;
            if (count > digits || !chain.EndsCleanlyAfter(count)) return false;
            if (kind == TaiwanNumberingPlan.Kind.Landline && national[localStart] < '2') return false;
            double score = kind == TaiwanNumberingPlan.Kind.Mobile ? MobileScore : GroupedLandlineScore;
            match = MatchOf(chain, count, score, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 1),
                trunkZero ? PlusFormWithTrunkZero : PlusForm);
            return true;
        }

        // Foreign numbers: the longest prefix that ends at a group boundary and that libphonenumber calls valid.
        if (offset > 0 && chain.Chars[offset] == '8' && chain.Chars[offset + 1] == '8' && chain.Chars[offset + 2] == '6') return false;
        for (int count = Math.Min(digits, offset + 15); count >= offset + 8; count--)
        {
            if (!chain.EndsCleanlyAfter(count)) continue;
            if (!InternationalNumbers.IsValid(chain.Chars.Slice(offset, count - offset))) continue;
            match = MatchOf(chain, count, InternationalScore, chain.HasUnusualGrouping(count, maxGroups: 7, maxSingles: 1),
                offset == 0 ? PlusForm : DialPrefixForm);
            return true;
        }
        return false;
    }

    // 市話2345-6789: seven or eight local digits split once by a hyphen, right after a phone label.
    private static bool TryLabelledLocal(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        for (int count = 8; count >= 7; count--)
        {
            if (!chain.AllDigits(0, count) || !chain.EndsCleanlyAfter(count) || chain.GapCount(count) != 1) continue;
            int split = count - 4;
            if (chain.Gaps[split] == 0 || chain.GapChars[split] != '-') continue;
            if (!ContextScorer.IsLabelledImmediately(text, chain.Start, LocalLabels)) return false;
            match = MatchOf(chain, count, LabelledLocalScore, unusualSeparators: false, LocalForm);
            return true;
        }
        return false;
    }

    // 886 912 345 678: a mobile in international form with the plus left out.
    private static bool TryMobileWithoutPlus(in Chain chain, out ChainMatch match)
    {
        match = default;
        const int count = 12;
        if (chain.Length < count || chain.Chars[1] != '8' || chain.Chars[2] != '6' || chain.Chars[3] != '9'
            || chain.Chars[4] > '8' || !chain.AllDigits(0, count) || !chain.EndsCleanlyAfter(count))
            return false;
        match = MatchOf(chain, count, BareLandlineScore, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 1), PlusForm);
        return true;
    }

    /// <summary>Letter O reads as 0; I and l (folded to L) read as 1.</summary>
    private static char AsDigit(char c) => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };

    private static string AsDigits(ReadOnlySpan<char> chars)
    {
        Span<char> digits = stackalloc char[chars.Length];
        for (int i = 0; i < chars.Length; i++) digits[i] = AsDigit(chars[i]);
        return digits.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> chars, int count)
    {
        if (count > chars.Length) return false;
        for (int i = 0; i < count; i++) if ((uint)(chars[i] - '0') > 9) return false;
        return true;
    }

    private static bool OpensWithParenthesis(ReadOnlySpan<char> text, int start) =>
        start > 0 && (text[start - 1] == '(' || text[start - 1] == '\uFF08');

    private static bool ClosesParenthesis(ReadOnlySpan<char> text, int start, int end) =>
        text.Slice(start, end - start).IndexOfAny(')', '\uFF09') >= 0;
}
