namespace DataGuard.Detection.Normalization;

/// <summary>
/// ASCII character classes, in one place: the engine also builds for netstandard2.0, which has no <c>char.IsAscii*</c>, and
/// a digit or letter that is full width or from another script is a look-alike the recognizers weigh on their own.
/// The one exception is the full-width digit (０–９), which a Chinese input method types where a keyboard types the ASCII
/// one: tables, forms and lists hold both, and the shape tests that read them ask for either.
/// </summary>
internal static class AsciiChars
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    /// <summary>The first ASCII capital at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfUpper(ReadOnlySpan<char> text, int from) => Pipeline.CharSearch.IndexOfInRange(text, from, 'A', 'Z');

    public static bool IsLetterOrDigit(char c) => IsDigit(c) || IsLetter(c);

    /// <summary>An ASCII digit or its full-width form (０–９).</summary>
    public static bool IsDigitOrFullWidth(char c) => IsDigit(c) || (uint)(c - '０') <= 9;

    /// <summary>Whether the span holds an ASCII or a full-width digit.</summary>
    /// <summary>Whether every character of <paramref name="span"/> is an ASCII digit (true for an empty span).</summary>
    public static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if (!IsDigit(c)) return false;
        return true;
    }

    public static bool HasDigitOrFullWidth(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if (IsDigitOrFullWidth(c)) return true;
        return false;
    }

    /// <summary>The ASCII digit of a full-width one; any other character as it is.</summary>
    public static char FoldFullWidthDigit(char c) => (uint)(c - '０') <= 9 ? (char)(c - '０' + '0') : c;
}
