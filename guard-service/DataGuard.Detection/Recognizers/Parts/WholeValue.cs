using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// What the pieces of a value given apart make once put together: a national ID, a resident certificate of either era
/// (checksum) or a payment card (issuer length and Luhn). The recognizers of values given in parts ask this one test, so
/// a join is kept only where the whole validates.
/// </summary>
internal static class WholeValue
{
    /// <summary>The most characters a joined value holds (a 19-digit card).</summary>
    public const int MaxLength = 19;

    /// <summary>
    /// Appends the letters and digits of <paramref name="piece"/> to <paramref name="value"/> (ASCII or full-width, letters
    /// upper-cased), skipping spaces and hyphens; false when anything else is in the piece or the value grows too long.
    /// </summary>
    public static bool Append(ReadOnlySpan<char> piece, Span<char> value, ref int length)
    {
        foreach (char c in piece)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Separator && folded.Value is ' ' or '-') continue;
            if (CharFolding.IsHan(c) || folded.Kind is not (CharKind.Digit or CharKind.Letter) || length == value.Length) return false;
            value[length++] = folded.Value;
        }
        return true;
    }

    /// <summary>A digit written as such, ASCII or full-width (not a Chinese numeral).</summary>
    public static bool IsWrittenDigit(char c) => !CharFolding.IsHan(c) && CharFolding.KindOf(c) == CharKind.Digit;

    /// <summary>
    /// The end of the run of written digits at <paramref name="start"/>, a space or hyphen between its groups included
    /// (one that leads the run or ends it is not); <paramref name="start"/> itself when no digit stands there.
    /// </summary>
    public static int DigitRunEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && (IsWrittenDigit(text[i]) || text[i] is ' ' or '-' && i > start && i + 1 < text.Length && IsWrittenDigit(text[i + 1]))) i++;
        return i;
    }

    /// <summary>How many written digits text[<paramref name="start"/>, <paramref name="end"/>) holds.</summary>
    public static int WrittenDigits(ReadOnlySpan<char> text, int start, int end)
    {
        int digits = 0;
        for (int i = start; i < end; i++) if (IsWrittenDigit(text[i])) digits++;
        return digits;
    }

    /// <summary>The entity type <paramref name="value"/> validates as, or null.</summary>
    public static string? TypeOf(ReadOnlySpan<char> value)
    {
        if (value.Length == 10 && TaiwanIdChecksum.LetterCode(value[0]) > 0 && DigitLookalikes.AllDigits(value, 2, 10))
        {
            char second = value[1];
            if (second is '1' or '2' && TaiwanIdChecksum.IsValidNumeric(value)) return EntityTypes.NationalId;
            if (second is '8' or '9' && TaiwanIdChecksum.IsValidNumeric(value)) return EntityTypes.ResidentCertificate;
            if (second is >= 'A' and <= 'D' && TaiwanIdChecksum.IsValidOldResident(value)) return EntityTypes.ResidentCertificate;
            return null;
        }
        return IsCard(value) ? EntityTypes.CreditCard : null;
    }

    private static bool IsCard(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 13 || !DigitLookalikes.AllDigits(digits, 0, digits.Length)) return false;
        Span<int> lengths = stackalloc int[4];
        int count = CardIssuers.LengthsFor(digits, lengths);
        for (int i = 0; i < count; i++) if (lengths[i] == digits.Length) return CardIssuers.PassesLuhn(digits);
        return false;
    }
}
