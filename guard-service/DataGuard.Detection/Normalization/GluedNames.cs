using System.Runtime.CompilerServices;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// A name typed onto a value with nothing between them, as a row reads once a sheet's separators are lost
/// ("Q198765432Lê Quốc Bảo0912345678"): a word in lower case (or capitalised) ends right before a Taiwan mobile or an
/// ID-shaped value, and a capitalised word starts right after one. Upper-case runs are left alone: "TEL0912…" is a label
/// (<see cref="GluedLabels"/>) and "ABC1234567" a code.
/// </summary>
internal static class GluedNames
{
    /// <summary>Longest name read before a value (a surname or given name in Latin letters).</summary>
    private const int MaxNameLetters = 16;

    /// <summary>
    /// The length of a name glued to a value at <paramref name="start"/>, or 0: an ASCII letter, then small ones to a small one,
    /// then a Taiwan mobile (09 and eight digits), a letter and nine digits whose first is a sex or certificate digit
    /// (1, 2, 8, 9), or an old certificate's two letters (the second A–D) and eight digits, with no further digit. The
    /// value's recognizer still validates it.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        if (!AsciiChars.IsLetter(text[start])) return 0;
        int end = start + 1;
        while (end < text.Length && end - start <= MaxNameLetters && IsSmall(text[end])) end++;
        if (end - start > MaxNameLetters || !IsSmall(text[end - 1])) return 0;
        // An English word ends at a space or a full stop: no value follows, and its buffer is never set up.
        if (end == text.Length || CharFolding.KindOf(text[end]) is not (CharKind.Digit or CharKind.Letter)) return 0;
        return ValueFollows(text, end) ? end - start : 0;
    }

    /// <summary>
    /// Whether a capitalised word starts at <paramref name="index"/>: a capital, then a small letter, accented ones
    /// included ("Nguyễn", "Vũ"), so the value before it ends there.
    /// </summary>
    public static bool StartsAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && (uint)(text[index] - 'A') <= 'Z' - 'A' && IsSmallLatin(text[index + 1]);

    /// <summary>
    /// Whether the first <paramref name="count"/> characters of the chain end cleanly, or where a capitalised name is
    /// glued on ("…0912345678Nguyễn").
    /// </summary>
    public static bool EndsCleanlyAfter(ReadOnlySpan<char> text, in Chain chain, int count) =>
        chain.EndsCleanlyAfter(count) || count < chain.Length && chain.Gaps[count] == 0 && StartsAt(text, chain.Positions[count]);

    /// <summary>Letters and digits of the values read after a name (a mobile, an ID or a certificate), and most separator characters in a row between them.</summary>
    private const int ValueLength = 10, MaxGap = 2;

    // A Taiwan mobile or an ID-shaped value at i, in any digits the reader folds and its usual grouping (0912-345-678),
    // with no digit right after it. Not inlined: its buffer would be set up on every call of LengthAt.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ValueFollows(ReadOnlySpan<char> text, int i)
    {
        Span<char> value = stackalloc char[ValueLength];
        int count = 0, gap = 0;
        for (; i < text.Length && count < ValueLength; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind is CharKind.Digit or CharKind.Letter)
            {
                value[count++] = folded.Value;
                gap = 0;
            }
            else if (count == 0 || folded.Kind is not (CharKind.Separator or CharKind.Invisible) || ++gap > MaxGap) return false;
        }
        // "…Cruz0912345678113/04/19": a date cell glued after the value is no digit of it.
        if (count < ValueLength || i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Digit && !GluedCells.ValueAt(text, i)) return false;
        for (int k = 2; k < ValueLength; k++) if ((uint)(value[k] - '0') > 9) return false;
        return value[0] == '0' && value[1] == '9' // a mobile
               || (uint)(value[0] - 'A') <= 'Z' - 'A' && value[1] is '1' or '2' or '8' or '9' or (>= 'A' and <= 'D'); // an ID, a certificate
    }

    private static bool IsSmall(char c) => (uint)(c - 'a') <= 'z' - 'a';

    // Small letters of the Latin alphabets names are written in: ASCII, Latin-1, Latin Extended-A/B and the Vietnamese block.
    private static bool IsSmallLatin(char c) =>
        IsSmall(c) || (c is >= '\u00DF' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' && char.IsLower(c));
}
