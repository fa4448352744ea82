namespace DataGuard.Detection.Normalization;

/// <summary>
/// The hyphen of a plate said aloud, as speech-to-text writes it down between the letter group and the digit group
/// (KTW 槓 2957, B R E dash 3075, 6183 dash GK, 7K槓2806): the reader takes the word for a hyphen only where a group with
/// a letter stands on one side of it, so a score (三 槓 二), an ordinal (第二 槓 三) or a date read out is never joined by
/// it, and the plate recognizer still decides whether the joined reading is a plate layout with its cues.
/// </summary>
internal static class SpokenHyphens
{
    /// <summary>The words, longest first (橫槓 before 槓); the ASCII ones in lower case, compared in either case.</summary>
    private static readonly string[] Words = { "hyphen", "dash", "橫槓", "横杠", "槓", "杠", "減", "减" };

    /// <summary>Whether <paramref name="c"/> may start one of the words: the reader asks only then.</summary>
    public static bool MayStartWith(char c) => c is '槓' or '杠' or '減' or '减' or '橫' or '横' or 'd' or 'D' or 'h' or 'H' or TypedHyphen;

    /// <summary>
    /// The numeral one typed for a plate's hyphen (LKW一5826, 5U一382, 6218 一 KW: the input method's 一 sits where the dash
    /// key's character does). Only between ASCII groups, one of two or more characters holding a letter and one of two to
    /// five ASCII digits, so an ID with 一 for its first digit (F一23456789) and numbers read in numerals keep their 一.
    /// </summary>
    private const char TypedHyphen = '一';

    /// <summary>
    /// Length of the spoken hyphen at <paramref name="i"/>, or 0: it stands between a group of letters and one of digits,
    /// or between two groups of which one holds a letter (六洞勾兩 dash 3H, WM7 dash 263: a mixed code's digit beside the
    /// hyphen); spaces allowed around it. An English word must stand apart from letters on both sides (not the "dash" of
    /// "dashboard").
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (!MayStartWith(text[i])) return 0;
        if (text[i] == TypedHyphen) return TypedHyphenJoins(text, i) ? 1 : 0;
        int first = Scoring.TextSignature.Fold(text[i]); // as the ignore-case comparison folds it: d, h or a Han character
        foreach (var word in Words)
        {
            if (word[0] != first) continue;
            if (!text.Slice(i).StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            int end = i + word.Length;
            bool ascii = word[0] < 0x80;
            if (ascii && !WordEdges.Whole(text, i, end)) return 0;
            return JoinsGroups(text, i, end) ? word.Length : 0;
        }
        return 0;
    }

    /// <summary>Whether a value read from <paramref name="value"/> holds a spoken hyphen between its groups.</summary>
    public static bool Occurs(ReadOnlySpan<char> value)
    {
        for (int i = 1; i < value.Length; i++) if (LengthAt(value, i) > 0) return true;
        return false;
    }

    // The groups right before from and right after to: letters on one side and digits on the other, or a letter in either.
    private static bool JoinsGroups(ReadOnlySpan<char> text, int from, int to)
    {
        int before = from;
        while (before > 0 && text[before - 1] is ' ' or '\u3000' && from - before < 2) before--;
        int after = to;
        while (after < text.Length && text[after] is ' ' or '\u3000' && after - to < 2) after++;
        if (before == 0 || after == text.Length) return false;
        var last = KindAt(text, before - 1);
        var next = KindAt(text, after);
        if (last is not (CharKind.Letter or CharKind.Digit) || next is not (CharKind.Letter or CharKind.Digit)) return false;
        return last != next || HasLetter(text, before - 1, -1) || HasLetter(text, after, 1);
    }

    // 一 between an ASCII group with a letter (two to four characters) and a group of two to five ASCII digits, or the
    // reverse, a space allowed on each side.
    private static bool TypedHyphenJoins(ReadOnlySpan<char> text, int i)
    {
        int before = i, after = i + 1;
        if (before > 0 && text[before - 1] == ' ') before--;
        if (after < text.Length && text[after] == ' ') after++;
        AsciiGroup(text, before - 1, -1, out int lettersBefore, out int digitsBefore);
        AsciiGroup(text, after, 1, out int lettersAfter, out int digitsAfter);
        return lettersBefore > 0 && lettersBefore + digitsBefore is >= 2 and <= 4 && lettersAfter == 0 && digitsAfter is >= 2 and <= 5
            || lettersAfter > 0 && lettersAfter + digitsAfter is >= 2 and <= 3 && lettersBefore == 0 && digitsBefore is >= 3 and <= 4;
    }

    // The letters and digits of the run of ASCII letters and digits from i, walking in step; a longer run than six counts as none.
    private static void AsciiGroup(ReadOnlySpan<char> text, int i, int step, out int letters, out int digits)
    {
        letters = digits = 0;
        for (; i >= 0 && i < text.Length; i += step)
        {
            char c = text[i];
            if (c is >= '0' and <= '9') digits++;
            else if (AsciiChars.IsLetter(c)) letters++;
            else break;
            if (letters + digits > 6) break;
        }
    }

    // Whether the run of letters and digits from i, walking in step, holds a letter (at most four characters: a group).
    private static bool HasLetter(ReadOnlySpan<char> text, int i, int step)
    {
        for (int n = 0; n < 4 && i >= 0 && i < text.Length; n++, i += step)
        {
            // "Q 9 dash 888": a mixed code dictated one character at a time holds single spaces
            if (text[i] == ' ' && n > 0 && i + step >= 0 && i + step < text.Length && text[i + step] != ' ') continue;
            var kind = CharFolding.KindOf(text[i]);
            if (kind == CharKind.Letter) return true;
            if (kind != CharKind.Digit) return false;
        }
        return false;
    }

    // A character's kind, a number word (six) counting as a digit.
    private static CharKind KindAt(ReadOnlySpan<char> text, int i)
    {
        var kind = CharFolding.KindOf(text[i]);
        return kind == CharKind.Letter && NumberWords.LengthAt(text, i, out _) > 0 ? CharKind.Digit : kind;
    }
}
