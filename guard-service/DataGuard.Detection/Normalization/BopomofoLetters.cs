namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 41: English letters written in 注音 (Bopomofo) — the sounds of a letter's English name (ㄟ for A, ㄅㄧ for B,
/// ㄉㄚˇㄅㄡ for W), with or without tone marks, and the radio habit of calling a plate's letter by the one 注音 initial
/// that sounds like it (ㄅ for B, ㄇ for M). The one table of both; the readers that use it decide where a reading is a
/// letter (<see cref="LetterDescriptions"/>, <see cref="LetterExamples"/>).
/// </summary>
internal static class BopomofoLetters
{
    /// <summary>
    /// Each letter's English name as Taiwan writers spell it in 注音 (tone marks left out; they are skipped when read),
    /// the spellings set U42 writes and the common variants (ㄧㄡ or ㄩ for U, ㄗㄟ or ㄖㄟ for Z).
    /// </summary>
    private static readonly (string Name, char Letter)[] Names =
    {
        ("ㄟ", 'A'), ("ㄅㄧ", 'B'), ("ㄙㄧ", 'C'), ("ㄉㄧ", 'D'), ("ㄧ", 'E'), ("ㄝㄈ", 'F'), ("ㄐㄧ", 'G'), ("ㄟㄑ", 'H'),
        ("ㄟㄔ", 'H'), ("ㄞ", 'I'), ("ㄐㄟ", 'J'), ("ㄎㄟ", 'K'), ("ㄝㄌ", 'L'), ("ㄝㄇ", 'M'), ("ㄣ", 'N'), ("ㄝㄣ", 'N'),
        ("ㄡ", 'O'), ("ㄆㄧ", 'P'), ("ㄎㄧㄡ", 'Q'), ("ㄚ", 'R'), ("ㄚㄦ", 'R'), ("ㄝㄙ", 'S'), ("ㄊㄧ", 'T'), ("ㄧㄡ", 'U'),
        ("ㄩ", 'U'), ("ㄈㄧ", 'V'), ("ㄉㄚㄅㄡ", 'W'), ("ㄉㄚㄅㄛㄌㄧㄡ", 'W'), ("ㄝㄎㄙ", 'X'), ("ㄨㄞ", 'Y'), ("ㄗㄟ", 'Z'), ("ㄖㄟ", 'Z'),
    };

    /// <summary>
    /// The initials a radio call gives a plate's letter by (ㄅ-ㄇ-ㄒ 兩拐山八): the consonant each letter's name starts
    /// with in Mandarin ears ('A' + n, '\0' for none). Read only before a value's digits, with the value named.
    /// </summary>
    private static readonly (char Initial, char Letter)[] Initials =
    {
        ('ㄅ', 'B'), ('ㄆ', 'P'), ('ㄇ', 'M'), ('ㄈ', 'F'), ('ㄉ', 'D'), ('ㄊ', 'T'), ('ㄋ', 'N'), ('ㄌ', 'L'), ('ㄍ', 'G'),
        ('ㄎ', 'K'), ('ㄏ', 'H'), ('ㄐ', 'J'), ('ㄑ', 'Q'), ('ㄒ', 'X'), ('ㄗ', 'Z'), ('ㄘ', 'C'), ('ㄙ', 'S'),
    };

    /// <summary>Whether <paramref name="c"/> is a 注音 symbol (U+3105–U+312F).</summary>
    public static bool IsSymbol(char c) => c is >= First and <= Last;

    /// <summary>The first 注音 symbol at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfSymbol(ReadOnlySpan<char> text, int from) => Pipeline.CharSearch.IndexOfInRange(text, from, First, Last);

    /// <summary>The 注音 block's first and last symbols.</summary>
    public const char First = '\u3105', Last = '\u312F';

    /// <summary>The tone marks written after a 注音 syllable (ˊ ˇ ˋ ˙ ˉ).</summary>
    public static bool IsToneMark(char c) => c is 'ˊ' or 'ˇ' or 'ˋ' or '˙' or 'ˉ';

    /// <summary>
    /// Length of the longest letter name at <paramref name="i"/> (its tone marks included), with its letter; 0 where none
    /// is written there or the name runs on into more 注音 (ㄅㄧㄢ is a syllable of a word, not B).
    /// </summary>
    /// Names may follow one another glued (ㄙㄧㄉㄧ: C and D).
    public static int NameLengthAt(ReadOnlySpan<char> text, int i, out char letter) => NameLengthAt(text, i, out letter, nextMayFollow: true);

    private static int NameLengthAt(ReadOnlySpan<char> text, int i, out char letter, bool nextMayFollow)
    {
        letter = '\0';
        int best = 0;
        foreach (var (name, named) in Names)
        {
            int end = MatchEnd(text, i, name);
            if (end <= i + best || end < text.Length && IsSymbol(text[end]) && !(nextMayFollow && NameLengthAt(text, end, out _, nextMayFollow: false) > 1)) continue;
            (best, letter) = (end - i, named);
        }
        return best;
    }

    /// <summary>The letter the lone initial at <paramref name="i"/> is called by (its tone marks after it skipped), or '\0'.</summary>
    public static char InitialAt(ReadOnlySpan<char> text, int i, out int length)
    {
        length = 0;
        if (i >= text.Length) return '\0';
        foreach (var (initial, letter) in Initials)
        {
            if (text[i] != initial) continue;
            int end = i + 1;
            while (end < text.Length && IsToneMark(text[end])) end++;
            if (end < text.Length && IsSymbol(text[end])) return '\0'; // ㄅㄆㄇ: a lesson's row of symbols, a syllable
            length = end - i;
            return letter;
        }
        return '\0';
    }

    // Where the name ends when it is written at i, tone marks allowed after each symbol; or -1.
    private static int MatchEnd(ReadOnlySpan<char> text, int i, string name)
    {
        int k = i;
        foreach (char symbol in name)
        {
            if (k >= text.Length || text[k] != symbol) return -1;
            k++;
            while (k < text.Length && IsToneMark(text[k])) k++;
        }
        return k;
    }
}
