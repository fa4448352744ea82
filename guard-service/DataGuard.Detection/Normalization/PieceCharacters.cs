namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40): one piece of a value given in pieces, folded to the ASCII letters and digits it stands for —
/// every numeral form the engine reads in a whole value (full width, styled and circled digits, Chinese, financial and radio
/// numerals through <see cref="CharFolding"/>, sound-alike digits through <see cref="SoundAlikeTable"/>), spaces and
/// emoji dropped, a hyphen kept (a plate's). A piece holding any other character (a word: 先這樣, 繼續) is no piece.
/// </summary>
internal static class PieceCharacters
{
    /// <summary>
    /// Appends what <paramref name="piece"/> stands for to <paramref name="into"/>; returns how many letters and digits it
    /// held, 0 when it held none and -1 when it held a character that is neither (nothing is appended then).
    /// </summary>
    public static int Append(ReadOnlySpan<char> piece, System.Text.StringBuilder into)
    {
        int mark = into.Length, count = 0;
        for (int k = 0; k < piece.Length; k++)
        {
            char c = piece[k];
            char folded = FoldOne(c);
            if (folded == '\0')
            {
                if (IsDropped(c)) continue;
                // A bracketed sum (round 42: 第三段「6(12-3)」) stands for the digits it works out to.
                if (ArithmeticTerms.LengthAt(piece, k, out long value) is int term and > 0)
                {
                    string digits = ArithmeticTerms.DigitsOf(value);
                    into.Append(digits);
                    count += digits.Length;
                    k += term - 1;
                    continue;
                }
                into.Length = mark;
                return -1;
            }
            into.Append(folded);
            if (folded != '-') count++;
        }
        return count;
    }

    /// <summary>Whether <paramref name="c"/> stands for a letter, a digit or a hyphen in a piece.</summary>
    public static bool IsPieceCharacter(char c) => FoldOne(c) != '\0';

    // A letter or digit as the fold reads it, a sound-alike digit, a hyphen; '\0' for anything else.
    private static char FoldOne(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind is CharKind.Digit or CharKind.Letter) return folded.Value;
        if (SoundAlikeTable.DigitOf(c) is char digit) return digit;
        return c is '-' or '－' or '‐' ? '-' : '\0';
    }

    // Spaces, and the emoji and symbol marks typed between pieces or as a message of their own; round 42 (det-pieces42,
    // U44): a bar typed inside or after a piece sent in chat (3477 | 17, 8745 | ) and invisible characters.
    private static bool IsDropped(char c) => c is ' ' or '\t' or '\u3000' or '|' or '｜' || char.IsSurrogate(c) || CharFolding.IsSymbolMark(c)
        || c is '\uFE0F' or '\u200D' || CharFolding.KindOf(c) == CharKind.Invisible;
}
