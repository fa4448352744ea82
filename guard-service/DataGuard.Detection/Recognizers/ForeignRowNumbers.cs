using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Recognizers.ChainRecognizer;
using static DataGuard.Detection.Recognizers.PhoneForms;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 38 (categories of sets U33, U34): the number in a foreign person's roster row whose nationality cell names a
/// country whose plan it does not fit (<c>… / 菲律賓 / 07xxx xxxxxx</c>: a British mobile; <c>… / 日本 / (4xx) 5xx-xxxx</c>). A
/// nationality is not the number's country: the number is read in the named country's plan first, then in the plans of
/// the countries whose numbers such rows hold, each only in the grouping that country writes its numbers in at home.
/// </summary>
internal static class ForeignRowNumbers
{
    /// <summary>
    /// How each country writes a number at home: its first digits and its groups (Ofcom's plan for UK mobiles 07xxx xxxxxx;
    /// Japan's 0X0-XXXX-XXXX mobiles and Tokyo's and Osaka's 0X-XXXX-XXXX lines; Korea's 010-XXXX-XXXX; North America's (NXX) NXX-XXXX; Hong Kong, Singapore and Macau's
    /// eight digits in two fours, by their mobile ranges).
    /// </summary>
    private static readonly (string Region, string[] Starts, int[] Groups)[] HomeShapes =
    {
        ("GB", new[] { "07" }, new[] { 5, 6 }),
        ("JP", new[] { "070", "080", "090" }, new[] { 3, 4, 4 }),
        ("JP", new[] { "03", "06" }, new[] { 2, 4, 4 }), // Tokyo and Osaka's fixed lines: 03-xxxx-xxxx
        ("KR", new[] { "010" }, new[] { 3, 4, 4 }),
        ("US", new[] { "2", "3", "4", "5", "6", "7", "8", "9" }, new[] { 3, 3, 4 }),
        ("HK", new[] { "5", "6", "9" }, new[] { 4, 4 }),
        ("SG", new[] { "8", "9" }, new[] { 4, 4 }),
        ("MO", new[] { "6" }, new[] { 4, 4 }),
    };

    /// <summary>
    /// Reads the first <paramref name="digits"/> of <paramref name="chain"/> as a foreign person's number when a
    /// nationality cell of its row stands before it and the number fills its own cell.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, int digits, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || !chain.EndsCleanlyAfter(digits) || !ShapedAsAny(chain, digits)) return false;
        int end = chain.EndOf(digits);
        int country = NationalityCell.Before(text, chain.Start);
        if (country < 0 || !EndsCell(text, end)) return false;
        int shape = ShapeOf(CountryWords.Region(country), chain, digits);
        for (int s = 0; shape < 0 && s < HomeShapes.Length; s++)
            if (Fits(HomeShapes[s], chain, digits)) shape = s;
        if (shape < 0) return false;
        string region = HomeShapes[shape].Region;
        if (InternationalNumbers.CheckNational(chain.Chars.Slice(0, digits), region) == InternationalNumbers.Fit.None) return false;
        int variant = CountryWords.OfRegion(region.AsSpan());
        if (variant < 0) return false;
        match = MatchOf(chain, digits, ForeignNationalNumbers.Score, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 1), ForeignNationalForm + variant);
        if (OpensWithParenthesis(text, match.Start) && ClosesParenthesis(text, match.Start, match.End)) match.Start--;
        return true;
    }

    // (a cheap test before the row is read: most chains take no shape of the table)
    private static bool ShapedAsAny(in Chain chain, int digits)
    {
        foreach (var shape in HomeShapes) if (Fits(shape, chain, digits)) return true;
        return false;
    }

    // The shape of the named country's own plan, when the number is written in it; -1 otherwise.
    private static int ShapeOf(string region, in Chain chain, int digits)
    {
        for (int s = 0; s < HomeShapes.Length; s++)
            if (HomeShapes[s].Region == region && Fits(HomeShapes[s], chain, digits)) return s;
        return -1;
    }

    // The digits start as the country's numbers do and are grouped exactly as it groups them (gaps between groups only).
    private static bool Fits((string Region, string[] Starts, int[] Groups) shape, in Chain chain, int digits)
    {
        int at = 0;
        foreach (int group in shape.Groups)
        {
            if (at > 0 && chain.Gaps[at] == 0) return false;
            for (int i = at + 1; i < at + group && i < digits; i++) if (chain.Gaps[i] > 0) return false;
            at += group;
        }
        if (at != digits || !chain.AllDigits(0, digits)) return false;
        foreach (var start in shape.Starts)
            if (chain.Chars.Slice(0, start.Length).SequenceEqual(start.AsSpan())) return true;
        return false;
    }

    // The number fills its cell: the line ends after it, or the next cell starts (past spaces).
    private static bool EndsCell(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i < text.Length && NationalityCell.Enclosing.IndexOf(text[i]) >= 0) i++;
        return i == text.Length || text[i] is '\n' or '\r' || NationalityCell.IsDelimiter(text[i]);
    }
}
