using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 44 (det-turns44, set U48): a mailbox name spelt one character at a time, as a caller reads it out and a voice
/// message or a duty log keeps it — "o l d m a n 點 k a o 八 八 小老鼠 …", "y e h dot c h u n 四 一 at …": single letters
/// and digits (any numeral, a group of up to four digits said together) parted by one blank or hyphen, words for the dot
/// between them. Read only before an at word, and the address still needs its domain as any other.
/// </summary>
internal sealed partial class EmailRecognizer
{
    /// <summary>Fewest characters spelt singly: fewer is a phrase ("a b at …"), not a mailbox read out.</summary>
    private const int MinSpelt = 4;

    /// <summary>Most digits said together as one group of a spelt mailbox (八八, 1986).</summary>
    private const int MaxSpeltDigits = 4;

    /// <summary>
    /// Where a mailbox spelt one character at a time starts, its end (before the blanks in front of the at word at
    /// <paramref name="at"/>) in <paramref name="end"/>; -1 where the text before the at word is spelt no such way.
    /// </summary>
    private static int SpeltMailboxStart(ReadOnlySpan<char> text, int at, out int end)
    {
        end = Spaces.StartBefore(text, at);
        int i = end, singles = 0, letters = 0, start = -1;
        while (i > 0)
        {
            int token = SpeltTokenStart(text, i, out bool letter, out bool mark);
            if (token < 0) break;
            if (!mark) singles++;
            if (letter) letters++;
            start = token;
            // a written-out dot before it ("k a o" after "n 點 "), else one blank or hyphen parting two characters
            int dot = token > 0 ? SpelledDotStart(text, token) : -1;
            if (dot >= 0 && dot < token && singles > 0) i = dot;
            else if (token > 0 && text[token - 1] is ' ' or '\u3000' or '-') i = token - 1;
            else break;
        }
        return singles >= MinSpelt && letters >= 2 ? start : -1;
    }

    // The start of the spelt token that ends at i: one Latin letter, a '.' or '_' (mark), or a group of one to four digits
    // of any numeral — each standing alone (no letter or digit glued before it); -1 where none.
    private static int SpeltTokenStart(ReadOnlySpan<char> text, int i, out bool letter, out bool mark)
    {
        char c = text[i - 1];
        var kind = CharFolding.KindOf(c);
        letter = kind == CharKind.Letter && (AsciiChars.IsLetter(c) || c is >= '\uFF21' and <= '\uFF5A');
        mark = c is '.' or '_';
        int k = i - 1;
        if (kind == CharKind.Digit) while (k > 0 && i - k < MaxSpeltDigits && CharFolding.KindOf(text[k - 1]) == CharKind.Digit) k--;
        else if (!letter && !mark) return -1;
        return k > 0 && CharFolding.KindOf(text[k - 1]) is CharKind.Letter or CharKind.Digit ? -1 : k;
    }

    // Appends the spelt mailbox's characters, folded, dots written out as '.'; returns its end.
    private static int AppendSpelt(System.Text.StringBuilder local, ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int dot = SpelledDotEnd(text, i);
            if (dot > i && text[i] is not ('.' or '_'))
            {
                local.Append('.');
                i = dot - 1;
                continue;
            }
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind is CharKind.Letter or CharKind.Digit) local.Append(char.ToLowerInvariant(folded.Value));
            else if (text[i] is '.' or '_') local.Append(text[i]);
        }
        return end;
    }
}
