using System;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// The ICAO/NATO spelling alphabet officers use on the radio for the letters of a plate or an ID (車號 November Sierra Delta
/// 幺 洞 五 幺, 身分證 Oscar 兩兩幺六四三四洞幺): the chain reader reads each word as its first letter. Source: ICAO Annex 10
/// Vol. II, radiotelephony spelling alphabet (with the common spellings Alfa/Alpha, Juliet/Juliett, Whisky/Whiskey, X-ray).
/// </summary>
internal static class PhoneticAlphabet
{
    // The words by their first letter ('A' + n), each in the spellings people write.
    private static readonly string[][] WordsByLetter =
    {
        new[] { "alpha", "alfa" }, new[] { "bravo" }, new[] { "charlie" }, new[] { "delta" }, new[] { "echo" }, new[] { "foxtrot" },
        new[] { "golf" }, new[] { "hotel" }, new[] { "india" }, new[] { "juliett", "juliet" }, new[] { "kilo" }, new[] { "lima" },
        new[] { "mike" }, new[] { "november" }, new[] { "oscar" }, new[] { "papa" }, new[] { "quebec" }, new[] { "romeo" },
        new[] { "sierra" }, new[] { "tango" }, new[] { "uniform" }, new[] { "victor" }, new[] { "whiskey", "whisky" },
        new[] { "x-ray", "xray" }, new[] { "yankee" }, new[] { "zulu" },
    };

    /// <summary>
    /// Whether a spelling-alphabet word may start at <paramref name="i"/>: the start of an ASCII word of four or more
    /// characters (Golf, Echo, X-ray). A cheap test for the chain reader's loop; <see cref="LengthAt"/> decides.
    /// </summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int i) =>
        i + 3 < text.Length && AsciiChars.IsLetter(text[i]) && AsciiChars.IsLetter(text[i + 2]) && AsciiChars.IsLetter(text[i + 3])
        && SecondLetters[(text[i] | 0x20) - 'a'].IndexOf((char)(text[i + 1] | 0x20)) >= 0 && (i == 0 || !AsciiChars.IsLetter(text[i - 1]));

    // The second character of each letter's words, lower case ('A' + n): most English words fail here ("Hotel" passes, "Have" does not).
    private static readonly string[] SecondLetters = BuildSecondLetters();

    private static string[] BuildSecondLetters()
    {
        var second = new string[26];
        for (int letter = 0; letter < 26; letter++)
        {
            second[letter] = "";
            foreach (var word in WordsByLetter[letter]) if (second[letter].IndexOf(word[1]) < 0) second[letter] += word[1];
        }
        return second;
    }

    /// <summary>
    /// Length of the spelling-alphabet word at <paramref name="i"/>, a whole ASCII word (either case) followed, after
    /// spaces, by another such word or a digit (so "Hotel California" or a name "Mike" alone stay words); else 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        int length = WordAt(text, i);
        if (length == 0) return 0;
        int next = SkipFillers(text, i + length);
        if (next == i + length && HyphenThenDigit(text, next) && FollowsWord(text, i)) return length; // Delta Alpha-5743
        if (StartsIdTail(text, next)) return length;
        if (next < text.Length && (SpokenHyphens.LengthAt(text, next) > 0 || PauseThenValue(text, next))) return length;
        if (next == i + length || next >= text.Length) return 0;
        return CharFolding.KindOf(text[next]) == CharKind.Digit || WordAt(text, next) > 0 || DigitWordAt(text, next) ? length : 0;
    }

    /// <summary>Most filler characters between two words of a spelt value (a blank, an emoji and its variation selector, a blank).</summary>
    private const int MaxFillers = 6;

    // Round 46 (det-spelled46): past the blanks, invisible characters and emoji or symbols typed between the words of a
    // spelt value ("Bravo 🔸 Delta", "Golf ❤️ Zulu", "Uniform \u200B one"); the chain reader already reads across them.
    private static int SkipFillers(ReadOnlySpan<char> text, int at)
    {
        int next = at;
        while (next < text.Length && next - at < MaxFillers && IsFiller(text[next])) next++;
        return next < text.Length && next - at == MaxFillers && IsFiller(text[next]) ? at : next;
    }

    private static bool IsFiller(char c) =>
        c is ' ' or '\u3000' or '\uFE0F' or '·' or '•' or '‧' or '・' || CharFolding.KindOf(c) == CharKind.Invisible || CharFolding.IsSymbolMark(c) || char.IsSurrogate(c) && !CharFolding.MayStartSupplementary(c);

    // Round 46 (det-spelled46): a digit said in English after a spelt letter ("Bravo one eight…", "Hotel eight nine…").
    private static bool DigitWordAt(ReadOnlySpan<char> text, int at) =>
        AsciiChars.IsLetter(text[at]) && NumberWords.LengthAt(text, at, out _) > 0;

    /// <summary>Digits after a spelt first letter that make the rest of an ID (nine) or of a certificate (a letter and eight).</summary>
    private const int MinIdTailDigits = 8;

    // "Mike743004519", "November-703392493", "Kilo A25004463": the word spells an ID's or a certificate's first letter,
    // and the rest of the number follows, glued, after a hyphen or after a space, in any digits the reader folds
    // (radio numerals over the air: "Echo-兩洞幺拐…", full-width, Chinese).
    private static bool StartsIdTail(ReadOnlySpan<char> text, int at)
    {
        if (at < text.Length && text[at] == '-') at++;
        if (at + 1 < text.Length && AsciiChars.IsLetter(text[at]) && CharFolding.KindOf(text[at + 1]) == CharKind.Digit) at++;
        int digits = 0;
        while (at + digits < text.Length && CharFolding.KindOf(text[at + digits]) == CharKind.Digit) digits++;
        return digits >= MinIdTailDigits;
    }

    /// <summary>Pauses between a spelt letter and the next letter or the digits of a radio call (Papa、X-ray、，、0…; Juliett ，六…).</summary>
    private const string Pauses = "，、,";

    private const int MaxPauses = 3;

    // Round 41 (set U42): "Lima Alfa Zulu dash 幺拐六八" is read with the spoken hyphen above; "Alfa Golf Juliett ，六六八六",
    // "Papa、X-ray、，、0、3、3": a pause or three, then the next word of the alphabet or a digit.
    private static bool PauseThenValue(ReadOnlySpan<char> text, int at)
    {
        int k = at;
        while (k < text.Length && k - at < MaxPauses && (Pauses.IndexOf(text[k]) >= 0 || text[k] == ' ')) k++;
        if (k == at || k >= text.Length || Pauses.IndexOf(text[k - 1]) < 0 && Pauses.IndexOf(text[at]) < 0) return false;
        return CharFolding.KindOf(text[k]) == CharKind.Digit || WordAt(text, k) > 0 || DigitWordAt(text, k);
    }

    // "-6230": the spelt letters of a plate end at its hyphen, its digits after it.
    private static bool HyphenThenDigit(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2212' or '\uFF0D' && CharFolding.KindOf(text[at + 1]) == CharKind.Digit;

    // "November Bravo Lima-2232": another word of the alphabet, and spaces, right before; a lone "Mike-2" stays a word.
    private static bool FollowsWord(ReadOnlySpan<char> text, int i)
    {
        int end = Spaces.StartBefore(text, i);
        if (end == i) return false;
        int start = end;
        while (start > 0 && AsciiChars.IsLetter(text[start - 1])) start--;
        return start < end && WordAt(text, start) == end - start;
    }

    /// <summary>Every word of the alphabet in every spelling (lower case): the anchors of a letter spelt apart from its digits.</summary>
    public static IEnumerable<string> Words()
    {
        foreach (var spellings in WordsByLetter)
        foreach (var word in spellings) yield return word;
    }

    /// <summary>
    /// Round 41: the letter a whole word of the alphabet at <paramref name="i"/> spells, and the word's length; '\0' where
    /// none stands there. For a reader that has already found the row of letters the word belongs to.
    /// </summary>
    public static char WordLetterAt(ReadOnlySpan<char> text, int i, out int length)
    {
        length = i < text.Length ? WordAt(text, i) : 0;
        return length == 0 ? '\0' : (char)(text[i] & ~0x20);
    }

    private static int WordAt(ReadOnlySpan<char> text, int i)
    {
        char first = (char)(text[i] | 0x20);
        if (first is < 'a' or > 'z' || i > 0 && AsciiChars.IsLetter(text[i - 1])) return 0;
        foreach (var word in WordsByLetter[first - 'a'])
        {
            int end = i + word.Length;
            if (end > text.Length || end < text.Length && AsciiChars.IsLetter(text[end])) continue;
            if (text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return word.Length;
        }
        return 0;
    }
}
