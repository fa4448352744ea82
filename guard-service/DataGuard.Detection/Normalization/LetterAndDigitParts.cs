namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 42 (det-pieces42, U44's "split" tag): a value whose letters are listed, then its digits named as a part of their own
/// (車牌三個英文是 A、K、R，數字是 6 2 0 9; 兩個英文 H、S，後面四個數字是 7、5、4、1; C 開頭，然後 P、W，數字 3 8 1 7; pKJ，數字 5810).
/// The word for the digits (數字) is the frame: the letters before it, listed with pauses, blanks and the words that order them
/// (開頭, 然後), and the digits after it, listed the same way, are folded and joined, and the whole engine reads the join after
/// the value word before them (<see cref="AskedValues"/>), so the type's own validator and context decide. No value word, no
/// reading (型號 ABC，數字 5810 is a model's).
/// </summary>
internal static class LetterAndDigitParts
{
    /// <summary>The word for the digit part, the frame's search.</summary>
    public const string DigitWord = "數字";

    /// <summary>How far before the letters the value word may stand (車牌是 舊式的 兩個英文 …).</summary>
    private const int LabelReach = 30;

    /// <summary>Most letters and digits a part holds (an ID's nine digits; a plate's three letters).</summary>
    private const int MaxLetters = 3, MaxDigits = 9;

    /// <summary>Most characters the letter part spans, its words and pauses included (C 開頭，然後 P、W).</summary>
    private const int MaxLetterSpan = 16;

    /// <summary>Words before 數字 that say it comes next (後面四個數字是, 然後數字).</summary>
    private static readonly string[] NextWords = { "後面", "然後", "再來", "接著", "剩下" };

    /// <summary>Words between listed letters that order them (C 開頭，然後 P、W).</summary>
    private static readonly string[] OrderWords = { "開頭", "然後", "再來", "接著" };

    /// <summary>Words after 數字 before its digits: the part named (數字的部分), then 是, 為 or a colon.</summary>
    private static readonly string[] PartNouns = { "的部分", "部分" };

    private const string CountNumerals = "一二三四五六七八九兩123456789";

    /// <summary>The letters and digits named apart around the 數字 at <paramref name="at"/>, or null where they are not.</summary>
    public static GivenPieces? Read(string text, int at)
    {
        var span = text.AsSpan();
        int lettersEnd = LettersEnd(span, PhraseStart(span, at));
        int lettersStart = LettersStart(span, lettersEnd, out int letters);
        if (letters is 0 or > MaxLetters) return null;
        int digitsStart = DigitsStart(span, at + DigitWord.Length);
        int digitsEnd = DigitsEnd(span, digitsStart, out int digits);
        if (digits is < 2 or > MaxDigits) return null;
        int from = Math.Max(0, lettersStart - LabelReach);
        if (!AskedValues.TryFindLast(span.Slice(from, lettersStart - from), out string label, out string? asked)) return null;
        var joined = new System.Text.StringBuilder();
        if (AppendLetters(span.Slice(lettersStart, lettersEnd - lettersStart), joined) != letters) return null;
        if (AppendDigits(span.Slice(digitsStart, digitsEnd - digitsStart), joined) != digits) return null;
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), count: 2, lettersStart, digitsEnd);
    }

    // Back from 數字 over "後面四個", "四個", "然後": where the phrase naming the digit part starts.
    private static int PhraseStart(ReadOnlySpan<char> text, int at)
    {
        int k = at;
        if (k >= 2 && text[k - 1] == '個' && CountNumerals.IndexOf(text[k - 2]) >= 0) k -= 2;
        foreach (var word in NextWords)
        {
            if (k >= word.Length && text.Slice(k - word.Length, word.Length).SequenceEqual(word.AsSpan())) return k - word.Length;
        }
        return k;
    }

    // Back from the phrase over blanks and one pause: just past the last letter.
    private static int LettersEnd(ReadOnlySpan<char> text, int phrase)
    {
        int k = phrase, pauses = 0;
        while (k > 0 && (Blanks.IsOrNoBreak(text[k - 1]) || IsPause(text[k - 1]) && ++pauses <= 1)) k--;
        return k;
    }

    // Back over the listed letters, their pauses, blanks and ordering words: where the first letter stands, and how many.
    private static int LettersStart(ReadOnlySpan<char> text, int end, out int letters)
    {
        letters = 0;
        int k = end, first = end;
        while (k > 0 && end - k < MaxLetterSpan)
        {
            char c = text[k - 1];
            if (IsLetter(c))
            {
                // A letter glued to a word before it is that word's (ABCD, model codes): the list holds letters alone or in a run of its own.
                letters++;
                first = --k;
            }
            else if (Blanks.IsOrNoBreak(c) || IsPause(c)) k--;
            else if (OrderWordEndingAt(text, k) is int word and > 0) k -= word;
            else break;
        }
        if (first > 0 && (CharFolding.KindOf(text[first - 1]) == CharKind.Digit && !CharFolding.IsHan(text[first - 1]))) letters = 0; // 12AB：a code
        return first;
    }

    private static int OrderWordEndingAt(ReadOnlySpan<char> text, int end)
    {
        foreach (var word in OrderWords)
        {
            if (end >= word.Length && text.Slice(end - word.Length, word.Length).SequenceEqual(word.AsSpan())) return word.Length;
        }
        return 0;
    }

    // Past 的部分, then 是 / 為 / a colon, then blanks: where the digits start.
    private static int DigitsStart(ReadOnlySpan<char> text, int i)
    {
        foreach (var noun in PartNouns)
        {
            if (text.Slice(i).StartsWith(noun.AsSpan(), StringComparison.Ordinal))
            {
                i += noun.Length;
                break;
            }
        }
        if (i < text.Length && text[i] is '是' or '為' or '：' or ':') i++;
        while (i < text.Length && Blanks.IsOrNoBreak(text[i])) i++;
        return i;
    }

    // Over digits listed with blanks or the enumeration comma between them (6 2 0 9, 7、5、4、1): just past the last, and how many.
    private static int DigitsEnd(ReadOnlySpan<char> text, int i, out int digits)
    {
        digits = 0;
        int end = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                digits++;
                end = ++i;
            }
            else if (digits > 0 && (Blanks.IsOrNoBreak(c) || c is '、') && i + 1 < text.Length && (IsDigit(text[i + 1]) || Blanks.IsOrNoBreak(text[i + 1]))) i++;
            else break;
        }
        return end;
    }

    // The letters of the list, in order, folded; returns how many.
    private static int AppendLetters(ReadOnlySpan<char> part, System.Text.StringBuilder into)
    {
        int count = 0;
        foreach (char c in part)
        {
            if (!IsLetter(c)) continue;
            into.Append(char.ToUpperInvariant(CharFolding.Fold(c).Value));
            count++;
        }
        return count;
    }

    // The digits of the list, in order, each folded as a piece's (a numeral of any form, a sound-alike); returns how many.
    private static int AppendDigits(ReadOnlySpan<char> part, System.Text.StringBuilder into)
    {
        int count = 0;
        for (int k = 0; k < part.Length; k++)
        {
            if (IsDigit(part[k]) && PieceCharacters.Append(part.Slice(k, 1), into) == 1) count++;
        }
        return count;
    }

    private static bool IsLetter(char c) => !CharFolding.IsHan(c) && CharFolding.KindOf(c) == CharKind.Letter;

    private static bool IsDigit(char c) => CharFolding.KindOf(c) == CharKind.Digit || SoundAlikeTable.DigitOf(c) is not null;

    private static bool IsPause(char c) => c is '，' or ',' or '、' or '；' or ';';
}
