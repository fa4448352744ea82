using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 43 (issue 9, det-phones43; set U45: 印尼籍漁工…於漁港落水，船長電話…，漁工家屬0818-3875-4861): the number of a
/// foreigner's family in the home country, the nationality given earlier in the record (印尼籍, 越南籍配偶, a row's 菲律賓) and
/// the family word right before the number. No phone word names it and the country stands farther back than a label
/// would (other numbers may come between), so the family word and the record's nationality together choose the plan:
/// a trunk-0 number Taiwan's plan turned down, grouped as a phone or eleven digits or more whole, that the named country's
/// plan calls valid or possible. So is a row that names the nationality in a cell, under a header naming a phone column,
/// where the paste lost the table's borders (姓名 國籍 電話⏎PHAM THI LAN 越南 0831907583).
/// </summary>
internal static class KinAbroadNumber
{
    /// <summary>Family and home words that stand for whose number it is (家屬, 娘家, 本國家人, 母親…).</summary>
    private static readonly ContextWord[] KinWords = ContextWord.All(new[]
    {
        "家屬", "家人", "親屬", "娘家", "老家", "本國", "家鄉", "配偶", "母親", "父親", "媽媽", "爸爸", "太太", "丈夫", "妻子", "先生",
        "兒子", "女兒", "哥哥", "姊姊", "姐姐", "弟弟", "妹妹", "家裡", "family",
    });

    /// <summary>How far back in the record the nationality may be named (an earlier sentence of the same paragraph).</summary>
    private const int CountryReach = 160;

    /// <summary>Digits of a national-form mobile read here, trunk 0 included (VN and TH ten, PH eleven, ID up to thirteen).</summary>
    private const int Shortest = 10, Longest = 13;

    /// <summary>Whole (ungrouped) numbers are read only this long: shorter ones are a Taiwan mobile's or a code's length.</summary>
    private const int ShortestWhole = 11;

    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Chars[0] != '0') return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        if (digits is < Shortest or > Longest || !chain.EndsCleanlyAfter(digits)) return false;
        // (a family word, and the nationality anywhere before it in the record; or a row that names the nationality itself,
        // under a header line that names a phone column: a table whose borders the paste lost, 姓名 國籍 電話⏎… 越南 08…)
        int country;
        if (ContextScorer.IsLabelledImmediately(text, chain.Start, KinWords))
        {
            if (IsUngrouped(chain, digits) && digits < ShortestWhole) return false;
            country = CountryWords.NamedBefore(text, chain.Start, CountryReach);
        }
        else
        {
            int lineStart = TableCell.LineStart(text, chain.Start);
            if (lineStart == 0 || !HeadedByPhoneColumn(text, lineStart)) return false;
            country = CountryWords.NamedBefore(text, chain.Start, chain.Start - lineStart);
        }
        if (country < 0 || !CountryWords.MobileMayStartWith(country, chain.Chars[0]) || ContextScorer.IsLabelled(text, chain.Start, PhoneWords.LookAlikeLabels, reach: 16)
            || InternationalNumbers.CheckNational(chain.Chars.Slice(0, digits), CountryWords.Region(country)) == InternationalNumbers.Fit.None)
            return false;
        match = MatchOf(chain, digits, ForeignNationalNumbers.Score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + country);
        return true;
    }

    // A line above the row, up to a blank line, that names a phone and no look-alike column (訂單編號, 帳號).
    private static bool HeadedByPhoneColumn(ReadOnlySpan<char> text, int lineStart)
    {
        var heading = RowHeading.Nearest(text, lineStart, phone: true);
        return !heading.IsEmpty && !PhoneWords.LookAlikeLabels.AnyIn(heading);
    }
}
