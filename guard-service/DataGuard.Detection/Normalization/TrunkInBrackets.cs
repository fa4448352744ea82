namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 38 (categories of sets U33, U34): Taiwan's trunk prefix written in brackets after its country code, as callers
/// abroad are told to leave it out — "886(0)9…", "00886(0)9 …", "+886 (0)9…", a mark glued inside ("+886|(0|)9…"). A
/// reader drops the "(0)" and dials the rest; so does the decoding (<see cref="TransportEscapes"/>), which otherwise took
/// "6(0)" for a digit retyped in brackets (<see cref="Corrections"/>) and read 880… The recognizers then see the number
/// after 886 and judge it by Taiwan's numbering plan as ever.
/// </summary>
internal static class TrunkInBrackets
{
    /// <summary>The fewest digits of the national number after the brackets (a landline's eight, Taipei's first).</summary>
    private const int MinNationalDigits = 8;

    /// <summary>How far after the brackets the national number's digits are counted (a mobile's nine and its separators).</summary>
    private const int Reach = 16;

    /// <summary>
    /// The length of the bracketed trunk prefix starting at <paramref name="i"/> (its brackets, the 0, and a mark glued on
    /// either side of them), or 0. Only right after 886 standing alone or after + or 00, and before eight digits or more.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] is not ('(' or '（' or '|' or '｜')) return 0;
        int k = i;
        if (IsMark(text[k])) k++; // "+886|(0|)9…": the mark glued before the bracket
        int open = k;
        if (k >= text.Length || text[k] is not ('(' or '（') || !FollowsCountryCode(text, i)) return 0;
        k++;
        if (k < text.Length && IsMark(text[k])) k++;
        if (k >= text.Length || CharFolding.Fold(text[k]) is not { Kind: CharKind.Digit, Value: '0' }) return 0;
        k++;
        if (k < text.Length && IsMark(text[k])) k++;
        if (k >= text.Length || text[k] != (text[open] == '(' ? ')' : '）')) return 0;
        k++;
        if (k < text.Length && IsMark(text[k])) k++; // "(0)|9…"
        return NationalDigitsFrom(text, k) >= MinNationalDigits ? k - i : 0;
    }

    // Marks a writer glues around the brackets to get the number past a filter: a bar, as in the sets.
    private static bool IsMark(char c) => c is '|' or '｜';

    // 886 (blanks may stand between it and the bracket), with no digit or letter glued before it: a plus, 00, a blank, a
    // label or the start of the text. "12886(0)…" is another number's digits.
    private static bool FollowsCountryCode(ReadOnlySpan<char> text, int i)
    {
        int k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        if (k < 2 || !IsDigit(text[k], '6') || !IsDigit(text[k - 1], '8') || !IsDigit(text[k - 2], '8')) return false;
        int before = k - 3;
        if (before < 0 || text[before] is '+' or '＋') return true;
        if (IsDigit(text[before], '0')) return before >= 1 && IsDigit(text[before - 1], '0') && (before < 2 || !CharFolding.IsAlphanumeric(text[before - 2]));
        return !CharFolding.IsAlphanumeric(text[before]);
    }

    private static bool IsDigit(char c, char digit) => CharFolding.Fold(c) is { Kind: CharKind.Digit } folded && folded.Value == digit;

    // The digits from i on, across a value's separators, up to Reach characters; the first must be 2–9 (no second trunk 0).
    private static int NationalDigitsFrom(ReadOnlySpan<char> text, int i)
    {
        int digits = 0;
        for (int k = i; k < text.Length && k - i < Reach; k++)
        {
            var folded = CharFolding.Fold(text[k]);
            if (folded.Kind == CharKind.Digit)
            {
                if (digits == 0 && folded.Value is < '2' or > '9') return 0;
                digits++;
            }
            else if (folded.Kind != CharKind.Separator) break;
        }
        return digits;
    }
}
