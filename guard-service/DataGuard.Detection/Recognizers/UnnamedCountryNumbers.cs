using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-foreign42 (issue 9, sets U43 and U44): a number grouped as phones are (0998 841 8959, 086-461-5211, 177 6422 6163,
/// 0878-4487-4199) that the text calls a phone — a call verb before or after it (對方用 … 打給我, 家人打 …, 加我 …), a word
/// ending in 號碼 (娘家號碼), a phone word in its clause, a phone column or a person's record row — whose country nobody
/// names. Taiwan's plan has turned it down; it is read in the plan of the first country the guard supports that calls it
/// valid, else merely possible (libphonenumber's lengths), in <see cref="CountryWords"/>' order. A number labelled as an
/// account, order or invoice, a Taiwan area code followed by its local number, a date or a masked value's tail is never read.
/// </summary>
internal static class UnnamedCountryNumbers
{
    /// <summary>Fewest and most digits of a foreign number in national form (Hong Kong's eight to Indonesia's thirteen).</summary>
    private const int MinDigits = 8, MaxDigits = 13;

    /// <summary>Most groups of a phone's grouping (3-4-4, 4-3-4, 4-4-4, 3-3-4, 4-4); a card's or an account's have more or longer.</summary>
    private const int MaxGroups = 3;

    /// <summary>Shortest and longest group of a phone's grouping (an account's six-digit tail is longer).</summary>
    private const int MinGroup = 3, MaxGroup = 5;

    /// <summary>A mainland mobile written whole (13x–19x and eight digits): the one ungrouped shape a call verb reads.</summary>
    private const int MainlandLength = 11;

    /// <summary>How far after the number a call verb may stand in its clause (對方用 086-461-5211 打給我).</summary>
    private const int VerbAfterReach = 3;

    /// <summary>
    /// Words right before a number that call it one to ring (家人打 …, 加我 …, 她用的是娘家號碼 …): the phone labels, the
    /// plain words that name a foreign number, and the chat's "add me".
    /// </summary>
    private static readonly ContextWord[] CallLabels = ContextWord.All(PhoneWords.Concat(
        PhoneWords.Concat(PhoneWords.Strong, new[] { "打", "撥", "號碼", "那支", "這支", "另一支", "加我", "加", "請打", "打到", "撥到" }),
        new[] { "number", "call me", "text me" }));

    /// <summary>Call verbs right after a number (… 打給我, … 打來, … 來電, … 聯絡我): the number is the line that rang.</summary>
    private static readonly ContextWord[] CallVerbsAfter = ContextWord.All(new[]
    {
        "打給", "打來", "打過來", "打電話", "撥給", "撥打", "來電", "聯絡", "聯繫", "連絡", "回電", "找不到", "打不通", "called", "calls",
    });

    /// <summary>
    /// The number at the chain's start, when its grouping is a phone's and the text calls it a phone; false otherwise. Asked
    /// after every other phone reading has turned the chain down.
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < MinDigits) return false;
        int digits = 0;
        while (digits < chain.Length && digits <= MaxDigits && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        // 境外電話:…、080-8192-4539、0063-…: past the longest number, one item of the list (0參午山、兩期拐、參壹依 stays whole)
        if (digits > MaxDigits || !chain.EndsCleanlyAfter(digits) || !OneSeparator(chain, digits)) digits = Math.Min(digits, chain.ClauseLength(text, 0));
        if (digits > MaxDigits || !chain.EndsCleanlyAfter(digits)) digits = DigitsOfHeaderCell(text, chain, digits);
        digits = CallRecordRows.DigitsBeforeDuration(text, chain, digits, MinDigits, MaxDigits); // det-calls46: … 0918 580 9850 26秒
        if (digits is < MinDigits or > MaxDigits || !chain.EndsCleanlyAfter(digits)) return false;
        // ＡＱ－０５0937733503: full-width digits glued to ASCII ones are two values a paste ran together (a plate's tail, a mobile)
        if (WidthChangesInside(text, chain, digits)) return false;
        int end = chain.EndOf(digits);
        if (!IsPhoneShaped(chain, digits) && !IsLocalInPhoneColumn(text, chain, digits, end)) return false;
        if (ContinuesNumber(text, chain.Start) || ContinuesDigits(text, chain.Start) || IsDocumentNumber(text, end)
            || IsSlashDate(chain, digits) || IsHoursRange(chain, digits) || IsTaiwanLandlineOrFreephone(chain, digits))
            return false;
        if (!IsCalledAPhone(text, chain.Start, end)) return false;
        // (eight grouped digits with no trunk 0 are as often a Taiwan number's local part read in pieces: left to those readers)
        if (digits == ColumnLocalDigits && chain.Chars[0] != '0' && !IsUngrouped(chain, digits)) return false;
        int country = CountryFitting(chain.Chars.Slice(0, digits), out var fit);
        if (country < 0) return false;
        match = MatchOf(chain, digits, fit == InternationalNumbers.Fit.Valid ? ValidScore : PossibleScore,
            chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        return true;
    }

    // det-foreign45: "8 王○○ N147221387 010-2345-6789 4042-SY" under "No Name ID Tel Plate": the row's cells are parted by
    // one space, so the next cell's digits run on in the chain; the number ends at the space where a phone header's cell ends.
    private static int DigitsOfHeaderCell(ReadOnlySpan<char> text, in Chain chain, int digits)
    {
        for (int count = Math.Min(digits - 1, MaxDigits); count >= MinDigits; count--)
        {
            if (chain.Gaps[count] > 0 && chain.GapChars[count] == ' ' && chain.AllDigits(0, count)
                && HeaderWordColumns.Names(text, chain.Start, chain.EndOf(count), HeaderWordColumns.Phones))
                return count;
        }
        return digits;
    }

    /// <summary>Full-width digits glued to ASCII ones (or the other way round) with nothing between them.</summary>
    private static bool WidthChangesInside(ReadOnlySpan<char> text, in Chain chain, int digits)
    {
        for (int i = 1; i < digits; i++)
        {
            if (chain.Gaps[i] == 0 && IsFullWidthDigit(text[chain.Positions[i - 1]]) != IsFullWidthDigit(text[chain.Positions[i]])) return true;
        }

        return false;
    }

    private static bool IsFullWidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';

    /// <summary>A valid number of a supported country that the text calls a phone.</summary>
    private const double ValidScore = ForeignNationalNumbers.Score;

    /// <summary>A merely possible one (right length, range not listed): the text calling it a phone is what makes it one.</summary>
    private const double PossibleScore = ForeignNationalNumbers.Score;

    // Two or three groups of three to five digits (0998 841 8959, 016-668 2889, 6274 9127), or a mainland mobile or a trunk-0
    // number of ten digits or more written whole: not a date's, a card's or an account's grouping.
    private static bool IsPhoneShaped(in Chain chain, int digits)
    {
        int gaps = chain.GapCount(digits);
        if (gaps == 0)
            return IsUngrouped(chain, digits) && (digits == MainlandLength && chain.Chars[0] == '1' || chain.Chars[0] == '0' && digits >= 10);
        if (gaps + 1 > MaxGroups) return false;
        int run = 1;
        for (int i = 1; i <= digits; i++)
        {
            if (i < digits && chain.Gaps[i] == 0)
            {
                run++;
                continue;
            }
            if (run is < MinGroup or > MaxGroup) return false;
            run = 1;
        }
        return true;
    }

    /// <summary>Digits of a number written whole that its column alone names a phone (a local number's or Hong Kong's eight).</summary>
    private const int ColumnLocalDigits = 8;

    // "…|W172393135|81532277|無車|…": eight digits written whole, no trunk 0, filling their cell in a column whose header
    // or other rows hold phones; a record row alone does not name them (a UBN or an order number sits in rows too).
    private static bool IsLocalInPhoneColumn(ReadOnlySpan<char> text, in Chain chain, int digits, int end) =>
        digits == ColumnLocalDigits && chain.Chars[0] != '0' && IsUngrouped(chain, digits) && PhoneColumn.Holds(text, chain.Start, end);

    // "(03)700-4288" read elsewhere; "02-2345 6789" with an area code and a local number, and 0800/0809 (a business's free
    // line), are Taiwan's, not a foreign number's.
    private static bool IsTaiwanLandlineOrFreephone(in Chain chain, int digits) =>
        chain.Chars[0] == '0' && TaiwanNumberingPlan.TryLookup(chain.Chars.Slice(0, digits), out int length, out int localStart, out var kind)
        && (kind == TaiwanNumberingPlan.Kind.Excluded
            || kind == TaiwanNumberingPlan.Kind.Landline && length == digits && localStart < digits && chain.Gaps[localStart] > 0);

    // A call label right before it, a call verb right after it, a phone word labelling it (or the list it is in) in its
    // clause, a phone column or a person's record row; and no account, order or invoice label in its clause.
    private static bool IsCalledAPhone(ReadOnlySpan<char> text, int start, int end)
    {
        if (ContextScorer.IsLabelled(text, start, PhoneWords.LookAlikeLabels, LookAlikeReach) || DigitsJustBefore(text, start)
            // (電話訂單編號：…、…、2345 6789: the heading's look-alike word labels every item of its list)
            || ContextScorer.IsLabelled(text, start, PhoneWords.LookAlikeWords, ListReach, acrossValues: true)
            || ContextScorer.IsLabelledImmediately(text, start, PhoneWords.NotDialling) // 郵局劃撥 2345-6789
            || ContextScorer.IsLabelled(text, start, NotCallWords, LookAlikeReach))
            return false;
        return ContextScorer.IsLabelledImmediately(text, start, CallLabels) || IsCallVerbAfter(text, end)
               || ForeignNumberContext.IsPhoneLabelled(text, start)
               || ForeignNumberContext.NamesAPhone(text, start, end, PhoneWords.Any)
               || PhoneColumn.Holds(text, start, end) || PersonRecord.Holds(text, start, end)
               || CallingCues.Call(text, start, end); // det-foreign45: 再轉接 …, send sms to=…, 09… / …
    }

    // "服務時間 0900-1800": two times of day, hours and minutes, are office hours.
    private static bool IsHoursRange(in Chain chain, int digits) =>
        digits == 8 && chain.GapCount(digits) == 1 && chain.Gaps[4] > 0 && IsClockTime(chain, 0) && IsClockTime(chain, 4);

    private static bool IsClockTime(in Chain chain, int at) =>
        chain.DigitAt(at) * 10 + chain.DigitAt(at + 1) <= 24 && chain.DigitAt(at + 2) <= 5;

    // Every gap of the number holds the same mark (0參午山、兩期拐、參壹依): a list mark between groups of different marks
    // (281-6008，111) ends the number instead.
    private static bool OneSeparator(in Chain chain, int digits)
    {
        char mark = '\0';
        for (int i = 1; i < digits; i++)
        {
            if (chain.Gaps[i] == 0) continue;
            if (mark == '\0') mark = chain.GapChars[i];
            else if (chain.GapChars[i] != mark) return false;
        }
        return true;
    }

    /// <summary>Words of numbers that are no phone, though their label ends in 號碼 (追蹤號碼, 包裹號碼, 會員號碼).</summary>
    private static readonly ContextWord[] NotCallWords = ContextWord.All(new[] { "追蹤", "物流", "貨運", "包裹", "會員", "訂單", "交易", "票券", "保單" });

    /// <summary>How far back a look-alike word heading a list of numbers reaches its items.</summary>
    private const int ListReach = 60;

    // "3528 …… 1234 5678 9012", "1234，5678 9012 3456": digits right before, past marks and blanks other than a list's 、,
    // make the number a piece of a longer value (a card given in pieces).
    private static bool DigitsJustBefore(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0 && start - i <= 4; i--)
        {
            char c = text[i];
            if (c == '、' || CharFolding.IsHan(c) || CharFolding.KindOf(c) == CharKind.Letter) return false;
            // (det-foreign45: 09… / 0842 …, a list of phones; ZA49674937,010-…, an ID's digits in the cell before)
            if (CharFolding.KindOf(c) == CharKind.Digit)
                return !LocalNumberCues.ListedAfterPhone(text, start) && !EndsLetteredCode(text, i) && !CallRecordRows.EndsRowTime(text, i, start); // det-calls46
        }
        return false;
    }

    /// <summary>How far back in its clause an account, order or invoice label keeps a number from being read.</summary>
    private const int LookAlikeReach = 16;

    // A call verb after the number, past spaces and a closing bracket (… 打給我, …）來電).
    private static bool IsCallVerbAfter(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && i - end < VerbAfterReach && text[i] is ' ' or '\u3000' or ')' or '）' or '」') i++;
        int to = Math.Min(text.Length, i + 3);
        return ContextWord.AnyIn(CallVerbsAfter, text.Slice(i, to - i)) && StartsWithVerb(text, i);
    }

    // The verb must start right there, not later in the window (… 找 … 打來).
    private static bool StartsWithVerb(ReadOnlySpan<char> text, int at) =>
        at < text.Length && text[at] is '打' or '撥' or '來' or '聯' or '連' or '回' or '找' or 'c' or 'C';

    // The first supported country whose plan calls the number valid, else the first that calls it possible, asking the
    // countries whose numbers turn up most first (ForeignLanguages.Fallback: 0998… is a Philippine mobile before it is a
    // Xinjiang landline); -1 when none.
    private static int CountryFitting(ReadOnlySpan<char> number, out InternationalNumbers.Fit fit)
    {
        int possible = -1;
        for (int i = 0; i < ForeignLanguages.Fallback.Length + CountryWords.Count; i++)
        {
            int country = i < ForeignLanguages.Fallback.Length ? CountryWords.OfRegion(ForeignLanguages.Fallback[i].AsSpan()) : i - ForeignLanguages.Fallback.Length;
            if (country < 0 || !MayBeNationalOf(country, number[0])) continue;
            var found = InternationalNumbers.CheckNational(number, CountryWords.Region(country));
            if (found == InternationalNumbers.Fit.Valid)
            {
                fit = found;
                return country;
            }
            if (found == InternationalNumbers.Fit.Possible && possible < 0) possible = country;
        }
        fit = possible < 0 ? InternationalNumbers.Fit.None : InternationalNumbers.Fit.Possible;
        return possible;
    }

    /// <summary>Regions whose national numbers start with no trunk 0 (the mainland's mobiles 1xx; Hong Kong, Macau, Singapore, North America).</summary>
    private static readonly string[] WithoutTrunkZero = { "CN", "HK", "MO", "SG", "US", "CA" };

    // A number starting 0 is asked of the countries dialling a trunk 0 at home; any other of those that do not (and the
    // mainland, whose mobiles have none).
    private static bool MayBeNationalOf(int country, char first)
    {
        bool withoutTrunk = Array.IndexOf(WithoutTrunkZero, CountryWords.Region(country)) >= 0;
        return first == '0' ? !withoutTrunk || CountryWords.Region(country) == "CN" : withoutTrunk;
    }
}
