using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-spoken44 (set U48): a plate's digits read aloud as words joined by hyphens (`BUH gōo-la̍k-sann-sann`,
/// `KLL five-six-nine-nine`, `BUH 오-오-육-칠`): Tâi-lô writes the syllables of one spoken number with hyphens, and English
/// speakers' transcripts join digits said in one breath so. Such hyphens are no plate's hyphen inside its digit group (the
/// model code `SM-S9180` the group test turns down): every digit of the group is a number word.
/// </summary>
internal static class HyphenedDigitWords
{
    /// <summary>Whether each of the <paramref name="count"/> characters from <paramref name="from"/> was read from a number word.</summary>
    public static bool AllWords(in Chain chain, int from, int count)
    {
        if (count < 2) return false;
        for (int k = from; k < from + count; k++)
        {
            if ((chain.Flags[k] & (byte)Evasions.NumberWords) == 0) return false;
        }
        return true;
    }
}
