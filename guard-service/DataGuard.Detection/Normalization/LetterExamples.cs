namespace DataGuard.Detection.Normalization;

/// <summary>
/// A letter said with a word that starts with it, as people spell a plate or an ID over the phone (D as in Dog K-738,
/// F(Fox) R-249; round 32, set U24): the letter and its example are read as the letter alone. Only a lone letter, its
/// example an ASCII word of two or more letters whose first letter is that letter, after " as in " or in brackets glued
/// to it (the letter said again after 的 inside them: K（King的K）, round 38); anything else leaves the letter as typed.
/// </summary>
internal static class LetterExamples
{
    /// <summary>Longest example word read (Elephant, November).</summary>
    private const int MaxWordLength = 12;

    private const string AsIn = " as in ";

    /// <summary>A cheap test for the chain reader's loop: a lone ASCII letter at <paramref name="i"/>, then a space or a bracket.</summary>
    /// Round 41: a letter in brackets may follow another letter (EB（Bravo）A: the bracket repeats the B, it is no letter of its own).
    public static bool MayFollow(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && AsciiChars.IsLetter(text[i])
        && (text[i + 1] is '(' or '（' || text[i + 1] == ' ' && i + 3 < text.Length && (i == 0 || !AsciiChars.IsLetter(text[i - 1])));

    /// <summary>Length of the letter at <paramref name="i"/> with its example (C as in Cat, E(Egg)), or 0.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        char letter = (char)(text[i] | 0x20);
        int at = i + 1;
        if (text[at] == ' ')
        {
            if (!text.Slice(at).StartsWith(AsIn.AsSpan(), StringComparison.OrdinalIgnoreCase)) return 0;
            int word = WordLength(text, at + AsIn.Length, letter);
            return word == 0 ? 0 : 1 + AsIn.Length + word;
        }
        int inside = WordLength(text, at + 1, letter);
        if (inside == 0) inside = NameLength(text, at + 1, letter);
        if (inside == 0) return 0;
        int close = LetterRepeatedEnd(text, at + 1 + inside, letter);
        if (close >= text.Length || text[close] != (text[at] == '(' ? ')' : '）')) return 0;
        return close + 1 - i;
    }

    /// <summary>The word for "of" between an example and its letter said again: King的K.</summary>
    private const char Of = '的';

    // Round 38 (categories of sets U33, U34): "K（King的K）", "P (Peter 的 P)": the letter said again after its example and
    // 的, inside the brackets; where that ends, or `at` when it is not there.
    private static int LetterRepeatedEnd(ReadOnlySpan<char> text, int at, char letter)
    {
        int k = at;
        if (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || text[k] != Of) return at;
        k++;
        if (k < text.Length && text[k] == ' ') k++;
        return k + 1 < text.Length && (text[k] | 0x20) == letter && !AsciiChars.IsLetter(text[k + 1]) ? k + 1 : at;
    }

    // Round 41 (set U42): "D(ㄉㄧ)", "W(ㄉㄚˇㄅㄡ)": the letter's English name in 注音 (BopomofoLetters), with its tone marks.
    private static int NameLength(ReadOnlySpan<char> text, int at, char letter)
    {
        int name = BopomofoLetters.NameLengthAt(text, at, out char named);
        return name > 0 && (named | 0x20) == letter ? name : 0;
    }

    // Length of the ASCII word at `at` that starts with `letter` (either case), two to MaxWordLength letters; else 0.
    private static int WordLength(ReadOnlySpan<char> text, int at, char letter)
    {
        if (at >= text.Length || (text[at] | 0x20) != letter) return 0;
        int end = at;
        // Round 41: X(X-ray): the one example word written with a hyphen.
        while (end < text.Length && end - at <= MaxWordLength && (AsciiChars.IsLetter(text[end]) || text[end] == '-' && end + 1 < text.Length && AsciiChars.IsLetter(text[end + 1]))) end++;
        int length = end - at;
        return length is >= 2 and <= MaxWordLength && (end == text.Length || !AsciiChars.IsLetter(text[end])) ? length : 0;
    }
}
