using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// How a chain reads as a plate: its letter and digit groups, where a plate may end, separators and invisible characters
/// that stand for the hyphen or disguise it, and letter groups that are English words, units or acronyms rather than a
/// plate series.
/// </summary>
internal static class PlateShape
{
    // Where a plate may end: before a gap, or where its letters meet a Chinese numeral that starts the next word
    // ("騎洞六勾-VBS一直按喇叭", "9A兩台": 一 and 兩 glue to a letter only in a disguised ID).
    internal static bool EndsAt(in Chain chain, int count) =>
        chain.EndsCleanlyAfter(count)
        || (count < chain.Length && chain.Gaps[count] == 0 && IsLetter(chain.Chars[count - 1])
            && (chain.Flags[count - 1] & (byte)Evasions.ChineseNumerals) == 0 && (chain.Flags[count] & (byte)Evasions.ChineseNumerals) != 0);

    // Whether the gap before index holds a bracket or is a slash: what follows is a remark or another field, not more of the value.
    internal static bool EndsField(in Chain chain, int index) =>
        chain.Gaps[index] > 0 && chain.GapChars[index] is '(' or '[' or '（' or '【' or '「' or '/' or ')' or ']' or '）' or '】' or '」';

    // "1. bxv-3598 2. EBD-2168": a space, then one or two digits closed by a dot or bracket and a space, numbers the next item.
    internal static bool StartsListNumber(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.Gaps[index] == 0 || chain.GapChars[index] is not (' ' or '\u3000')) return false;
        int end = chain.Positions[index];
        int digits = 0;
        while (end < text.Length && (uint)(text[end] - '0') <= 9) { end++; digits++; }
        return digits is 1 or 2 && end + 1 < text.Length && text[end] is '.' or ')' or '）' && text[end + 1] is ' ' or '\u3000';
    }

    // "機車 NE 五洞兩三八 一併查詢": a lone numeral after a gap, glued to the Han word it begins (一併, 一起, 兩車), ends the plate.
    internal static bool StartsNumeralWord(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (index != chain.Length - 1 || chain.Gaps[index] == 0 || (chain.Flags[index] & (byte)Evasions.ChineseNumerals) == 0) return false;
        int after = chain.EndOf(index + 1);
        return after < text.Length && CharFolding.IsHan(text[after]) && CharFolding.KindOf(text[after]) != CharKind.Digit;
    }

    // Whether the character at index is written in Chinese numerals and the one before it is not, or the reverse.
    internal static bool ChangesScript(in Chain chain, int index) =>
        ((chain.Flags[index] ^ chain.Flags[index - 1]) & (byte)Evasions.ChineseNumerals) != 0;

    // "RX-8一輛": a Chinese numeral glued to an ASCII digit is a count with its measure word, not part of the plate.
    internal static bool HasScriptBreak(in Chain chain, int count) => chain.ScriptBreak > 0 && chain.ScriptBreak < count;

    // "XC\u200C-123", "AB-1\u200B23": an invisible character typed into a plate beside its hyphen or inside a group is a
    // disguise, as look-alike letters are; one that stands alone where the hyphen was (ABC\u00AD1235) is only its separator.
    internal static bool HidesInvisible(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if ((chain.Flags[i] & (byte)Evasions.ZeroWidth) != 0 && (i != boundary || chain.Gaps[i] > 0)) return true;
        }
        return false;
    }

    // A hyphen anywhere but between the letter and digit groups: the value is grouped some other way than a plate.
    // Each letter apart from the next by one hyphen (K-W-D, R-T), and no hyphen inside the digit group after them.
    internal static bool LettersSpeltWithHyphens(in Chain chain, int letters, int count)
    {
        if (letters < 2) return false;
        for (int i = 1; i < letters; i++) if (chain.Gaps[i] != 1 || !IsHyphenLike(chain.GapChars[i])) return false;
        for (int i = letters + 1; i < count; i++) if (chain.Gaps[i] > 0 && IsHyphenLike(chain.GapChars[i])) return false;
        return true;
    }

    // Whether every character from..count is written in Chinese or radio numerals.
    internal static bool AllNumerals(in Chain chain, int from, int count)
    {
        for (int i = from; i < count; i++) if ((chain.Flags[i] & (byte)Evasions.ChineseNumerals) == 0) return false;
        return true;
    }

    // "BRK⏎-6329", "BRK-⏎6329": the gap before index is a line wrap that holds the hyphen, before or after the break.
    internal static bool WrapsAtHyphen(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (!ChainReader.WrapsBefore(text, chain, index)) return false;
        int from = chain.EndOf(index), to = chain.Positions[index];
        foreach (char c in text.Slice(from, to - from)) if (CharFolding.Fold(c) is { Kind: CharKind.Separator, Value: '-' }) return true;
        return false;
    }

    // "（藍色，SYM） 6218-SN": a bracket closing between two groups ends a remark there; the groups are no one plate.
    internal static bool ClosesBracketBetween(ReadOnlySpan<char> text, in Chain chain, int index) =>
        chain.Gaps[index] > 0 && text.Slice(chain.EndOf(index), chain.Positions[index] - chain.EndOf(index)).IndexOfAny(")）]】」".AsSpan()) >= 0;

    // "exp 09/28", "EUR 3/4": a slash inside a group writes a date or a fraction; a plate's groups are never cut by one.
    internal static bool SlashInsideGroup(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++) if (i != boundary && chain.Gaps[i] > 0 && chain.GapChars[i] is '/' or '／') return true;
        return false;
    }

    internal static bool HyphenInsideGroup(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++) if (i != boundary && chain.Gaps[i] > 0 && IsHyphenLike(chain.GapChars[i])) return true;
        return false;
    }

    // A middle dot or a bullet (NME•8285), or the katakana prolonged sound mark typed for a hyphen (ABCー1235), stands where the hyphen was.
    internal static bool IsHyphenLike(char gap) => gap is '-' or '\u00B7' or '\u2027' or '\u30FB' or '\uFF65' or '\u30FC' or '\uFF70' or '\u2022' or '\u2219';

    internal static bool IsLetter(char c) => (uint)(c - 'A') <= 25;

    internal static int RunLength(in Chain chain, int from, bool letters)
    {
        int i = from;
        while (i < chain.Length && IsLetter(chain.Chars[i]) == letters) i++;
        return i - from;
    }

    internal static bool ContainsIOrO(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] is 'I' or 'O') return true;
        return false;
    }

    internal static bool ContainsDigitFour(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] == '4') return true;
        return false;
    }

    internal static bool IsEnglishWord(in Chain chain, int from, int count) => IsOneOf(chain, from, count, PlateLayouts.EnglishWords);

    // Whether the letter group is one of the words (English words, units, acronyms). Every 2012 plate is checked against
    // the acronyms: a word is compared only when its length and first letter agree.
    internal static bool IsOneOf(in Chain chain, int from, int count, string[] words)
    {
        var letters = chain.Chars.Slice(from, count);
        foreach (var word in words)
        {
            if (word.Length != count || count > 0 && word[0] != letters[0]) continue;
            if (letters.SequenceEqual(word.AsSpan())) return true;
        }
        return false;
    }

    // One character per group, each gap one or two spaces (A B C 1 2 3 5, A B C  1 2 3 5).
    internal static bool IsSpelledOut(in Chain chain, int count)
    {
        for (int i = 1; i < count; i++) if (chain.Gaps[i] is 0 or > 2 || chain.GapChars[i] is not (' ' or '\u3000')) return false;
        return true;
    }

    internal static bool IsCapitalised(in Chain chain, int from, int count)
    {
        if ((chain.Flags[from] & (byte)Evasions.LowerCase) != 0) return false;
        for (int i = from + 1; i < from + count; i++) if ((chain.Flags[i] & (byte)Evasions.LowerCase) != 0) return true;
        return false;
    }

    internal static bool IsAcronym(in Chain chain, int from) => IsOneOf(chain, from, 3, PlateLayouts.Acronyms);
}
