namespace DataGuard.Detection.Normalization;

/// <summary>
/// Precomposed Latin letters (Ä, Á, Ẹ, Ṇ, Ḳ) in a value whose characters all carry a mark (Ẹ9̣7̣0̣…, Ä8̈2̈…, ËḦẄ-1̈6̈5̈7̈):
/// the letter reads as its ASCII letter, as the letter with a combining mark does. Elsewhere it is a letter of a word
/// (Ánh, Bảo, Nguyễn) and ends a value glued to it, so it is read only when the next character of the value carries a
/// mark too. The base letters come from Unicode's canonical decomposition.
/// </summary>
internal static class MarkedLetters
{
    private const char First = '\u00C0';
    private const char Last = '\u1EFF';

    /// <summary>Most separators between a marked letter and the next marked character (ËḦẄ-1̈: the plate's hyphen).</summary>
    private const int MaxGap = 2;

    // The ASCII capital of each precomposed letter of Latin-1, Extended-A/B and Extended Additional, or '\0'.
    private static readonly char[] Bases = Build();

    /// <summary>Every precomposed letter with an ASCII base, for the trigger search.</summary>
    public static string All()
    {
        var letters = new System.Text.StringBuilder();
        for (int c = First; c <= Last; c++) if (Bases[c - First] != '\0') letters.Append((char)c);
        return letters.ToString();
    }

    /// <summary>Whether the precomposed letter at <paramref name="i"/> is read as its ASCII letter here.</summary>
    public static bool ReadsAsLetter(ReadOnlySpan<char> text, int i)
    {
        for (int letters = 0; letters < 3 && BaseOf(text[i]) != '\0'; letters++)
        {
            int next = i + 1;
            while (next < text.Length && next - i <= MaxGap && CharFolding.KindOf(text[next]) == CharKind.Separator) next++;
            if (next >= text.Length) return false;
            var kind = CharFolding.KindOf(text[next]);
            if (kind is CharKind.Digit or CharKind.Letter) return next + 1 < text.Length && CharFolding.IsCombiningMark(text[next + 1]);
            i = next; // ËḦẄ: the next letter is marked when its own next character is
        }
        return false;
    }

    /// <summary>Whether <paramref name="i"/> holds a precomposed letter that is not read as a letter here (a trigger to pass over).</summary>
    public static bool IsUnmarkedWordLetter(ReadOnlySpan<char> text, int i) =>
        text[i] is >= First and <= Last && BaseOf(text[i]) != '\0' && !ReadsAsLetter(text, i);

    /// <summary>The precomposed letter at <paramref name="c"/> as the chain reads it.</summary>
    public static FoldedChar Fold(char c) => new(BaseOf(c), CharKind.Letter, Evasions.Homoglyph);

    private static char BaseOf(char c) => c is >= First and <= Last ? Bases[c - First] : '\0';

    private static char[] Build()
    {
        var bases = new char[Last - First + 1];
        for (int c = First; c <= Last; c++)
        {
            if (c is > '\u024F' and < '\u1E00') continue;
            var decomposed = ((char)c).ToString().Normalize(System.Text.NormalizationForm.FormD);
            if (decomposed.Length < 2 || decomposed[0] > 'z' || !char.IsLetter(decomposed[0])) continue;
            bool marksOnly = true;
            for (int k = 1; k < decomposed.Length; k++) marksOnly &= decomposed[k] is >= '\u0300' and <= '\u036F';
            if (marksOnly) bases[c - First] = char.ToUpperInvariant(decomposed[0]);
        }
        return bases;
    }
}
