namespace DataGuard.Detection.Normalization;

/// <summary>
/// The place words of a number read out in groups (零九三十一，四百零七，八百五十六 for 0931 407 856; 四十二六十三 for
/// 4263): 十 (ten, financial 拾) and 百 (hundred, 佰) stand for the digits they imply between the numerals around them.
/// Greedy, as the groups are read: a numeral before 十 is its tens unless it closed a group (八十七十 is 87 10), a 十
/// with no tens before it is 1 (十二 is 12), and a place with nothing after it fills its zeros (九十 is 90, 二百 is 200).
/// </summary>
internal static class PlaceNumerals
{
    /// <summary>Whether <paramref name="c"/> is a place word this reading knows.</summary>
    public static bool Is(char c) => c is '十' or '拾' or '百' or '佰';

    /// <summary>
    /// The digits the place word at <paramref name="i"/> stands for after a Chinese numeral of the chain ("" where it
    /// only joins its numerals: 九十一, 三百零五), or null where it reads as no number (百 after no digit it multiplies).
    /// </summary>
    public static string? DigitsAt(ReadOnlySpan<char> text, int i)
    {
        bool multiplies = MultipliesAt(text, i - 1);
        bool unitsAfter = NumeralAt(text, i + 1) is >= '1' and <= '9';
        if (text[i] is '十' or '拾') return multiplies ? (unitsAfter ? "" : "0") : (unitsAfter ? "1" : "10");
        if (!multiplies) return null;
        return unitsAfter || NumeralAt(text, i + 1) == '0' ? "" : "00";
    }

    // Whether the numeral at i (1–9) multiplies the place after it: it is not the units a 十 before it closed.
    private static bool MultipliesAt(ReadOnlySpan<char> text, int i) =>
        i >= 0 && NumeralAt(text, i) is >= '1' and <= '9' && !(i > 0 && text[i - 1] is '十' or '拾');

    // The digit of the Chinese numeral at i, or '\0'.
    private static char NumeralAt(ReadOnlySpan<char> text, int i)
    {
        if (i < 0 || i >= text.Length) return '\0';
        var folded = CharFolding.Fold(text[i]);
        return folded.Kind == CharKind.Digit && (folded.Evasions & Evasions.ChineseNumerals) != 0 ? folded.Value : '\0';
    }
}
