using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A foreign number in international form with its plus (and 00) left out: 81 90 1234 5678 after 日本, 63-917-204-5512
/// under a phone column, msisdn=84-91-234-5567 in a log, ６５ ９１２３ ４５６７ after a number word. Read as if the
/// plus stood before it, only where libphonenumber calls the whole run valid, the country code stands as the first group
/// (or opens it: 6681-234-5678) and the text names it a phone — a column, a phone word, or the country its code dials.
/// Taiwan's own 886 without its plus is read by the phone recognizer (886 912 345 678).
/// </summary>
internal static class CodeWithoutPlus
{
    /// <summary>The score of a national-form foreign number the text names (<see cref="ForeignNationalNumbers.Score"/>).</summary>
    private const double Score = ForeignNationalNumbers.Score;

    /// <summary>Longest country calling code (ITU E.164: one to three digits).</summary>
    private const int LongestCode = 3;

    /// <summary>How many digits of the national number may share the code's group (6681-234-5678: Thailand's 66 and 81).</summary>
    private const int GluedNationalDigits = 2;

    /// <summary>How far before the number the country whose code it dials may be named (我在日本留學時用的是81 90…).</summary>
    private const int CountryReach = 16;

    /// <summary>How far back in its clause a phone or number word names the digits (his number without the plus is …).</summary>
    private const int PhoneWordReach = 32;

    /// <summary>How far back in its clause a look-alike label (訂單, account) keeps the digits from being read so.</summary>
    private const int LookAlikeReach = 16;

    internal static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Chars[0] is < '1' or > '9' || StartsWith886(chain) || chain.Length < 9) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        digits = Math.Min(digits, chain.ClauseLength(text, 0));
        int firstGap = 1;
        while (firstGap < digits && chain.Gaps[firstGap] == 0) firstGap++;
        // Grouped as phones are (three groups at least, the first of one to five digits), and named a phone: both read
        // before libphonenumber is asked, which allocates.
        if (firstGap > LongestCode + GluedNationalDigits || chain.GapCount(digits) < 2 || !chain.EndsCleanlyAfter(digits)
            || ContinuesDigits(text, chain.Start) || ContinuesNumber(text, chain.Start) || IsSlashDate(chain, digits))
            return false;
        // The code alone or opening the first group (6681-234-5678); told by the digits, before the text is read.
        int code = CodeLength(chain);
        if (code == 0 || firstGap < code || firstGap > code + GluedNationalDigits || !NamesAPhone(text, chain, chain.Start, chain.EndOf(digits))) return false;
        if (!InternationalForm.TryInternational(chain, offset: 0, out match) || match.BaseScore < InternationalForm.InternationalScore || match.Count != digits)
            return false;
        match.BaseScore = Score;
        return true;
    }

    // The country calling code the digits open with (codes are prefix-free), 0 for none.
    private static int CodeLength(in Chain chain)
    {
        int value = 0;
        for (int length = 1; length <= LongestCode && length < chain.Length; length++)
        {
            value = value * 10 + chain.DigitAt(length - 1);
            if (InternationalNumbers.IsCountryCode(value)) return length;
        }
        return 0;
    }

    // A phone column the number fills, a phone or number word before it in its clause (Tel, msisdn=, his number as), or the
    // country its code dials named before it; never under a look-alike label or column (訂單, account).
    private static bool NamesAPhone(ReadOnlySpan<char> text, in Chain chain, int start, int end)
    {
        if (ContextScorer.IsLabelled(text, start, PhoneWords.LookAlikeLabels, LookAlikeReach) || ForeignNumberContext.FillsLookAlikeColumn(text, start, end)) return false;
        // (a phone word in the clause before it, no other number between: "分機2301，視訊 512 634 7781" labels the 2301)
        if (ForeignNumberContext.FillsPhoneColumn(text, start, end) || ContextScorer.IsLabelled(text, start, PhoneWords.Foreign, PhoneWordReach)
            || ForeignNumberContext.IsPhoneLabelled(text, start) // WA saya …, hubungi di …
            || ContextScorer.IsLabelledImmediately(text, start, PhoneWords.LocalLabels)) // sms_to=, caller=
            return true;
        int country = CountryWords.NamedBefore(text, start, CountryReach);
        if (country < 0) return false;
        int calling = InternationalNumbers.CallingCode(CountryWords.Region(country)), dialled = 0;
        for (int i = 0; i < LongestCode && i < chain.Length && (uint)(chain.Chars[i] - '0') <= 9; i++)
        {
            dialled = dialled * 10 + chain.DigitAt(i);
            if (dialled == calling) return true;
        }
        return false;
    }
}
