using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 36 (categories of sets U29, U30): a plate typed backwards with a note saying so (8302-QHD←倒序 for DHQ-2038,
/// 5718-KRT（反著寫的，請倒過來看）, 5172-WPE(reversed order)). Written so, a letters-first plate reads digits first, a layout no plate
/// has (four digits and three letters); turned round it is the plate. Only beside a note of <see cref="ReversalNotes"/>, and
/// only as two groups — digits, then letters — with nothing between them but a hyphen, a space, a dot or a bar.
/// </summary>
internal static class ReversedPlates
{
    /// <summary>The <see cref="ChainMatch.Variant"/> of a reversed plate: minus its letter count.</summary>
    public static bool IsReversed(in ChainMatch match) => match.Variant < 0;

    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < 4 || IsLetter(chain.Chars[0]) || chain.HasPlus) return false;
        int digits = RunLength(chain, 0, letters: false);
        int letters = LettersBeforeGap(chain, digits);
        int count = digits + letters;
        if (letters is < 2 or > 3 || digits is < 2 or > 5 || !chain.EndsCleanlyAfter(count) || !OneGroupEach(chain, digits, count)) return false;
        char boundary = chain.Gaps[digits] == 0 ? '\0' : chain.GapChars[digits];
        bool hyphen = IsHyphenLike(boundary);
        if (boundary != '\0' && !hyphen && boundary is not (' ' or '.') && !PlateBars.IsBar(boundary)) return false;
        if (!PlateLayouts.TryFind(lettersFirst: true, letters, digits, out var layout)) return false;
        if (!ReversalNotes.Beside(text, chain.Start, chain.EndOf(count)) && !NamedWithoutNote(text, chain, letters, digits, count)) return false;
        if (layout.IsCurrent && ContainsIOrO(chain, digits, letters)) return false;
        double score = (hyphen ? layout.HyphenScore : layout.HyphenScore - LicensePlateRecognizer.PlainSeparatorPenalty) + LicensePlateRecognizer.DisguiseBoost;
        if (layout.IsCurrent && ContainsDigitFour(chain, 0, digits)) score -= LicensePlateRecognizer.DigitFourPenalty;
        if ((chain.EvasionsOf(count) & Evasions.LowerCase) != 0) score -= LicensePlateRecognizer.LowerCasePenalty;
        match = ChainRecognizer.MatchOf(chain, count, score, unusualSeparators: true, variant: -letters);
        match.BaseScore += PlateContext.NeighbourhoodAdjustment(text, match.Start, match.End, match.BaseScore, plateShaped: true);
        return true;
    }

    /// <summary>
    /// Round 41 (categories of set U42): with no note, a plate typed backwards (車號 3618-PLL, 攔下機車 0772-CLL) is read only in a
    /// layout no plate has forwards (four digits and three letters; 1234-AB and 123-ABC are plates as written) and only where
    /// a plate label, a driving verb or a vehicle noun names it right before it or a plate column holds it.
    /// </summary>
    private static bool NamedWithoutNote(ReadOnlySpan<char> text, in Chain chain, int letters, int digits, int count) =>
        !PlateLayouts.TryFind(lettersFirst: false, letters, digits, out _)
        && (PlateContext.IsNamedAsPlate(text, chain.Start, chain.EndOf(count)) || PlateContext.IsNamedImmediately(text, chain.Start));

    /// <summary>The plate turned round, as normalisation writes it: its letters, a hyphen, its digits.</summary>
    public static string Normalize(in Chain chain, in ChainMatch match)
    {
        int letters = -match.Variant;
        Span<char> plate = stackalloc char[match.Count + 1];
        int at = 0;
        for (int k = match.Count - 1; k >= 0; k--)
        {
            if (at == letters) plate[at++] = '-';
            plate[at++] = chain.Chars[k];
        }
        return plate.ToString();
    }

    // The letters from the boundary up to the next gap ("5172-WPE(reversed order)": the note's letters are read on after a bracket).
    private static int LettersBeforeGap(in Chain chain, int from)
    {
        int k = from;
        while (k < chain.Length && IsLetter(chain.Chars[k]) && (k == from || chain.Gaps[k] == 0)) k++;
        return k - from;
    }

    // No gap inside either group: a value read out in pieces is not turned round.
    private static bool OneGroupEach(in Chain chain, int boundary, int count)
    {
        for (int k = 1; k < count; k++)
        {
            if (k != boundary && chain.Gaps[k] > 0) return false;
        }
        return true;
    }
}
