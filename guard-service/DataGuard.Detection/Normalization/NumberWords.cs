namespace DataGuard.Detection.Normalization;

/// <summary>
/// Digits spelled out as words (K one five two six…, zero nine one two…, oh nine double five…; nol sembilan satu dua…,
/// không chín một hai…): written to slip an ID or a number past a filter that looks for digits, or typed by
/// speech-to-text. The chain reader reads each word as its digit, "double" and "triple" as the digit after them said
/// again. An English word counts only beside another digit, spelled or not, so "one of them" or "five people" stay words;
/// a word of another language only in a run of three of its language, so "hai ba người", "Lima Lima" or "satu dua" of a
/// sentence stay words. Japanese and Korean digits are left out: their one-syllable words (に, し, 이, 사, 오) are particles
/// and words of ordinary prose, and no run of them tells a number from a sentence.
/// </summary>
internal static class NumberWords
{
    [Flags]
    private enum Language : byte
    {
        English = 1,
        Malay = 2, // Indonesian and Malay share their digit words (kosong and lapan are Malay)
        Vietnamese = 4,
        Tagalog = 8,
    }

    /// <summary>Shortest run of a foreign language's digit words that is read as digits.</summary>
    private const int ForeignRun = 3;

    /// <summary>
    /// Each word with its digit and languages, in the spellings people write. "oh" is how English speakers say a 0 in a
    /// number; "niner" is the radiotelephony nine (ICAO Annex 10 Vol. II). Indonesian/Malay, Vietnamese and Tagalog are the
    /// languages of the migrant workers and residents whose numbers staff take down. A word shared by two languages (lima)
    /// counts in both.
    /// </summary>
    private static readonly (string Word, char Digit, Language Languages)[] Words =
    {
        ("zero", '0', Language.English), ("oh", '0', Language.English), ("one", '1', Language.English), ("two", '2', Language.English),
        ("three", '3', Language.English), ("four", '4', Language.English), ("five", '5', Language.English), ("six", '6', Language.English),
        ("seven", '7', Language.English), ("eight", '8', Language.English), ("nine", '9', Language.English), ("niner", '9', Language.English),
        ("nol", '0', Language.Malay), ("kosong", '0', Language.Malay), ("satu", '1', Language.Malay), ("dua", '2', Language.Malay),
        ("tiga", '3', Language.Malay), ("empat", '4', Language.Malay), ("lima", '5', Language.Malay | Language.Tagalog),
        ("enam", '6', Language.Malay), ("tujuh", '7', Language.Malay), ("delapan", '8', Language.Malay), ("lapan", '8', Language.Malay),
        ("sembilan", '9', Language.Malay),
        ("không", '0', Language.Vietnamese), ("một", '1', Language.Vietnamese), ("hai", '2', Language.Vietnamese), ("ba", '3', Language.Vietnamese),
        ("bốn", '4', Language.Vietnamese), ("năm", '5', Language.Vietnamese), ("sáu", '6', Language.Vietnamese), ("bảy", '7', Language.Vietnamese),
        ("tám", '8', Language.Vietnamese), ("chín", '9', Language.Vietnamese),
        ("sero", '0', Language.Tagalog), ("isa", '1', Language.Tagalog), ("dalawa", '2', Language.Tagalog), ("tatlo", '3', Language.Tagalog),
        ("apat", '4', Language.Tagalog), ("anim", '6', Language.Tagalog), ("pito", '7', Language.Tagalog), ("walo", '8', Language.Tagalog),
        ("siyam", '9', Language.Tagalog),
    };

    /// <summary>English words that say the next digit twice or three times ("double five", "triple seven"): the count of digits each stands for itself.</summary>
    private static readonly (string Word, int Copies)[] Repeats = { ("double", 1), ("triple", 2) };

    // The words filed by their first letter ('a' + n): a word is compared only with those it could be, and most letters
    // start none ("the", "and", "people" are turned down by one lookup). Repeat words carry the digit '\0'.
    private static readonly (string Word, char Digit, Language Languages, int Copies)[][] WordsByFirst = FileByFirstLetter();

    private static (string, char, Language, int)[][] FileByFirstLetter()
    {
        var filed = new List<(string, char, Language, int)>[26];
        for (int letter = 0; letter < 26; letter++) filed[letter] = new List<(string, char, Language, int)>();
        foreach (var (word, digit, languages) in Words) filed[word[0] - 'a'].Add((word, digit, languages, 1));
        foreach (var (word, copies) in Repeats) filed[word[0] - 'a'].Add((word, '\0', Language.English, copies));
        return Array.ConvertAll(filed, list => list.ToArray());
    }

    /// <summary>
    /// Length of the number word at <paramref name="i"/> with its <paramref name="digit"/> ('0'–'9'): a whole word (either
    /// case) beside another digit or number word across spaces or a hyphen (English), or in a run of three of its language;
    /// else 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char digit) => LengthAt(text, i, out digit, out _);

    /// <summary>
    /// As <see cref="LengthAt(ReadOnlySpan{char}, int, out char)"/>, with the number of digits the word stands for in
    /// <paramref name="copies"/>: 1, or for "double"/"triple" the copies of the digit after it that it adds (1 and 2; the
    /// digit's own word is read after it).
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char digit, out int copies)
    {
        copies = 1;
        int length = WordAt(text, i, out digit, out var languages, out int repeat);
        if (length == 0) return 0;
        if (repeat > 0)
        {
            if (!DigitAfter(text, i + length, out digit)) return 0;
            copies = repeat;
            return length;
        }
        bool counts = languages == Language.English
            ? DigitFollows(text, i + length) || DigitPrecedes(text, i)
            : InForeignRun(text, i, length, languages);
        return counts ? length : 0;
    }

    // A number word at i standing alone as a word (no letter or digit glued on either side), or 0.
    private static int WordAt(ReadOnlySpan<char> text, int i, out char digit, out Language languages, out int repeat)
    {
        digit = '\0';
        languages = 0;
        repeat = 0;
        int first = (text[i] | 0x20) - 'a';
        if ((uint)first >= 26 || i > 0 && IsWordChar(text[i - 1])) return 0;
        foreach (var (word, value, wordLanguages, copies) in WordsByFirst[first])
        {
            int end = i + word.Length;
            if (end > text.Length || end < text.Length && IsWordChar(text[end])) continue;
            if (word[1] < 0x80 && (text[i + 1] | 0x20) != word[1]) continue; // most prose words differ by their second letter
            if (!text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            digit = value;
            languages = wordLanguages;
            repeat = value == '\0' ? copies : 0;
            return word.Length;
        }
        return 0;
    }

    // A letter or digit of a word: ASCII, or a Latin letter with a diacritic (Vietnamese: "bà" is no "ba", "haiđ" no "hai").
    // Han characters are not: "…eight一早" ends before 一 as it would after an ASCII digit.
    private static bool IsWordChar(char c) => AsciiChars.IsLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    // The digit a repeat word says again: a digit or an English digit word right after it ("double 5", "triple seven").
    private static bool DigitAfter(ReadOnlySpan<char> text, int from, out char digit)
    {
        digit = '\0';
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return false;
        var folded = CharFolding.Fold(text[next]);
        if (folded.Kind == CharKind.Digit)
        {
            digit = folded.Value;
            return true;
        }
        return WordAt(text, next, out digit, out var languages, out int repeat) > 0 && repeat == 0 && languages == Language.English;
    }

    private static bool DigitFollows(ReadOnlySpan<char> text, int from)
    {
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return false;
        return CharFolding.KindOf(text[next]) == CharKind.Digit || WordAt(text, next, out _, out var languages, out _) > 0 && languages == Language.English;
    }

    private static bool DigitPrecedes(ReadOnlySpan<char> text, int start)
    {
        int last = SkipGap(text, start - 1, step: -1);
        if (last < 0 || last == start - 1) return false;
        if (CharFolding.KindOf(text[last]) == CharKind.Digit) return true;
        return WordBefore(text, last, Language.English) >= 0;
    }

    // Whether the word at i (of the given length) stands in a run of ForeignRun digit words sharing one of its languages.
    private static bool InForeignRun(ReadOnlySpan<char> text, int i, int length, Language languages)
    {
        int run = 1;
        for (int end = i + length; run < ForeignRun && WordAfter(text, end, languages) is int next and > 0; run++) end = next;
        for (int start = i; run < ForeignRun && WordBefore(text, SkipGap(text, start - 1, step: -1), languages) is int previous and >= 0; run++)
            start = previous;
        return run >= ForeignRun;
    }

    // The end of the digit word of one of the languages after the gap at from, or -1.
    private static int WordAfter(ReadOnlySpan<char> text, int from, Language languages)
    {
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return -1;
        int length = WordAt(text, next, out _, out var wordLanguages, out int repeat);
        return length > 0 && repeat == 0 && (wordLanguages & languages) != 0 ? next + length : -1;
    }

    // The start of the digit word of one of the languages that ends at last (inclusive), or -1.
    private static int WordBefore(ReadOnlySpan<char> text, int last, Language languages)
    {
        if (last < 0 || !IsWordChar(text[last])) return -1;
        int wordStart = last;
        while (wordStart > 0 && last - wordStart < 8 && IsWordChar(text[wordStart - 1])) wordStart--;
        return WordAt(text, wordStart, out _, out var wordLanguages, out _) == last + 1 - wordStart && (wordLanguages & languages) != 0 ? wordStart : -1;
    }

    // The first index from i, walking by step, that is not a space or a hyphen (at most three of them).
    private static int SkipGap(ReadOnlySpan<char> text, int i, int step)
    {
        int skipped = 0;
        while (i >= 0 && i < text.Length && skipped < 3 && text[i] is ' ' or '\u3000' or '-') { i += step; skipped++; }
        return i;
    }
}
