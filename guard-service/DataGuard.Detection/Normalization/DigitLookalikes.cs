namespace DataGuard.Detection.Normalization;

/// <summary>
/// Letters typed in place of digits (O for 0, I and l for 1, inside a number B for 8 and S for 5: A242O6423O, Hl4l643O27,
/// O912-345-678, O94B B77642). Read as digits only
/// where a recognizer expects a digit, and recorded as a homoglyph evasion.
/// </summary>
internal static class DigitLookalikes
{
    /// <summary>The digit a folded letter passes for, or the character itself.</summary>
    public static char AsDigit(char c) => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };

    /// <summary>
    /// <see cref="AsDigit"/>, and B for 8 and S for 5 (S2S795117S, O94B B77642): only inside a number, never as its first
    /// digit, where a letter is as often a code's (AB12345678 is an e-invoice number, not the certificate A812345678).
    /// </summary>
    public static char AsDigitInside(char c) => c switch { 'B' => '8', 'S' => '5', _ => AsDigit(c) };

    /// <summary>
    /// Copies the first <paramref name="count"/> chain characters into <paramref name="view"/>, reading look-alike letters
    /// as digits from <paramref name="digitsFrom"/> on; returns how many were read that way.
    /// </summary>
    public static int Read(in Chain chain, int count, int digitsFrom, Span<char> view)
    {
        int swapped = 0;
        for (int i = 0; i < count; i++)
        {
            char c = chain.Chars[i];
            view[i] = i > digitsFrom ? AsDigitInside(c) : i == digitsFrom ? AsDigit(c) : c;
            if (view[i] != c) swapped++;
        }
        return swapped;
    }

    /// <summary>
    /// Whether a look-alike read as a digit in the first <paramref name="count"/> characters is a lower-case letter glued
    /// to another lower-case letter before it ("Call (206) 831…": the l of an English word, not a 1 in disguise; a
    /// disguised value mixes them with capitals and digits: Hl4l643O27).
    /// </summary>
    public static bool InWord(in Chain chain, int count, int digitsFrom)
    {
        for (int i = Math.Max(1, digitsFrom); i < count; i++)
        {
            if (AsDigitInside(chain.Chars[i]) == chain.Chars[i] || chain.Gaps[i] > 0) continue;
            if ((chain.Flags[i] & chain.Flags[i - 1] & (byte)Evasions.LowerCase) != 0) return true;
        }
        return false;
    }

    /// <summary>True when every character in [from, to) of <paramref name="view"/> is a digit.</summary>
    public static bool AllDigits(ReadOnlySpan<char> view, int from, int to)
    {
        if (to > view.Length) return false;
        for (int i = from; i < to; i++) if ((uint)(view[i] - '0') > 9) return false;
        return true;
    }
}
