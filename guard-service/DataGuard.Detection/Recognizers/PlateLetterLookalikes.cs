using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 25 (sets U9, U10): a digit typed or scanned for one letter of a 2012 plate's series (8KF-2235, RK2-6153, G5T-8021:
/// 8 for B, 2 for Z, 5 for S, 6 for G, 0 for D, 7 for T), its four digits written plainly or with one letter of
/// <see cref="DigitLookalikes.AsDigitOcr(in Chain, int)"/> among them (8QC-1l05). No layout has a three-character code with
/// one digit before four digits (the mixed motorcycle codes take three: VG3-522), so the letters are read as the series they
/// disguise, scored as the look-alike digits of <see cref="PlateDigitLookalikes"/> are: the words around it decide.
/// </summary>
internal static class PlateLetterLookalikes
{
    private const int Letters = 3;
    private const int Digits = 4;

    /// <summary>Reads a chain of three characters (one an OCR digit for a letter) and four digits through <paramref name="readLayout"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, PlateDigitLookalikes.LayoutReader readLayout, out ChainMatch match)
    {
        match = default;
        const int count = Letters + Digits;
        if (chain.Length < count || chain.Gaps[1] > 0 || chain.Gaps[2] > 0 || chain.Gaps[4] > 0 || chain.Gaps[5] > 0 || chain.Gaps[6] > 0) return false;
        if (chain.Length > count && chain.Gaps[count] == 0) return false; // (a longer code: the four digits are not the group's end)
        Span<char> view = stackalloc char[chain.Length];
        chain.Chars.Slice(0, chain.Length).CopyTo(view);
        if (!ReadSeries(view) || !ReadDigits(chain, view)) return false;
        scoped Chain disguised = chain;
        disguised.Chars = view;
        if (!readLayout(text, disguised, lettersFirst: true, Letters, Digits, out match)) return false;
        PlateDigitLookalikes.Penalise(text, ref match); // as for a letter typed for a digit
        return true;
    }

    // Exactly one of the three characters is a digit that passes for a letter, the other two letters.
    private static bool ReadSeries(Span<char> view)
    {
        int swapped = 0;
        for (int i = 0; i < Letters; i++)
        {
            if (IsLetter(view[i])) continue;
            char letter = AsLetter(view[i]);
            if (letter == view[i] || ++swapped > 1) return false;
            view[i] = letter;
        }
        return swapped == 1;
    }

    // The four digits, with at most one OCR letter among them after the first.
    private static bool ReadDigits(in Chain chain, Span<char> view)
    {
        int swapped = 0;
        for (int i = Letters; i < Letters + Digits; i++)
        {
            if ((uint)(view[i] - '0') <= 9) continue;
            view[i] = i == Letters ? DigitLookalikes.AsDigit(view[i]) : DigitLookalikes.AsDigitOcr(chain, i);
            if ((uint)(view[i] - '0') > 9 || ++swapped > 1) return false;
        }
        return true;
    }

    /// <summary>The letter an OCR pass reads a digit for in a plate's series (the 2012 scheme issues no I or O), or the digit itself.</summary>
    internal static char AsLetter(char digit) => digit switch
    {
        '8' => 'B', '2' => 'Z', '5' => 'S', '6' => 'G', '0' => 'D', '7' => 'T', _ => digit,
    };
}
