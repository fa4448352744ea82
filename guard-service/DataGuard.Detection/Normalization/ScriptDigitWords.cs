namespace DataGuard.Detection.Normalization;

/// <summary>
/// det-words43 (set U46): digits said as words of the scripts that write no space between words — Japanese kana
/// (いち に さん よん…, イチ ニ…, ゼロ, れい, まる), Korean Hangul (Sino-Korean 공 영 일 이 삼 사 오 육 칠 팔 구, and the native
/// 하나 둘 셋… some writers use for digits), Thai (ศูนย์ หนึ่ง สอง…) — and the Roman numeral characters Ⅰ–Ⅸ (the small
/// ⅰ ⅱ ⅲ label pieces and list items, round 40's negatives: not read). Their words are matched where they start, glued or
/// not: a word glued to a letter of its own script must have another digit word of that script on that side
/// (`ゼロきゅうゼロ` is three words; `しかし` none). Whether a word is read as a digit is <see cref="NumberWords"/>'
/// decision (a run of mixed kinds); this file only knows the words.
/// </summary>
internal static class ScriptDigitWords
{
    /// <summary>
    /// Each word with its digit. Japanese: both readings of 4, 7, 9 (よん/し, なな/しち, きゅう/く), 0 as ゼロ, れい and
    /// まる (a phone number's "maru"), the long vowels of a number read aloud (にー, ごー), hiragana and katakana.
    /// Korean: the Sino-Korean digits with 공 (and the colloquial 빵) for 0 as phone numbers are read; 륙 is 육's other
    /// spelling; the native numbers 하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉. Thai: the ten digit names.
    /// </summary>
    private static readonly (string Word, char Digit)[] Words =
    {
        ("ゼロ", '0'), ("ぜろ", '0'), ("れい", '0'), ("レイ", '0'), ("まる", '0'), ("マル", '0'),
        ("いち", '1'), ("イチ", '1'), ("にー", '2'), ("にい", '2'), ("に", '2'), ("ニー", '2'), ("ニ", '2'),
        ("さん", '3'), ("サン", '3'), ("よん", '4'), ("ヨン", '4'), ("し", '4'), ("シ", '4'),
        ("ごー", '5'), ("ご", '5'), ("ゴー", '5'), ("ゴ", '5'), ("ろく", '6'), ("ロク", '6'),
        ("なな", '7'), ("ナナ", '7'), ("しち", '7'), ("シチ", '7'), ("はち", '8'), ("ハチ", '8'),
        ("きゅう", '9'), ("キュウ", '9'), ("きゅー", '9'), ("キュー", '9'), ("く", '9'), ("ク", '9'),
        ("공", '0'), ("영", '0'), ("빵", '0'), ("일", '1'), ("이", '2'), ("삼", '3'), ("사", '4'), ("오", '5'),
        ("육", '6'), ("륙", '6'), ("칠", '7'), ("팔", '8'), ("구", '9'),
        ("하나", '1'), ("둘", '2'), ("셋", '3'), ("넷", '4'), ("다섯", '5'), ("여섯", '6'), ("일곱", '7'), ("여덟", '8'), ("아홉", '9'),
        ("ศูนย์", '0'), ("หนึ่ง", '1'), ("สอง", '2'), ("สาม", '3'), ("สี่", '4'), ("ห้า", '5'), ("หก", '6'), ("เจ็ด", '7'),
        ("แปด", '8'), ("เก้า", '9'),
        ("Ⅰ", '1'), ("Ⅱ", '2'), ("Ⅲ", '3'), ("Ⅳ", '4'), ("Ⅴ", '5'), ("Ⅵ", '6'), ("Ⅶ", '7'), ("Ⅷ", '8'), ("Ⅸ", '9'),
    };

    // The words longest first, so にー is tried before に and 일곱 before 일.
    private static readonly (string Word, char Digit)[] Longest = Words.OrderByDescending(static w => w.Word.Length).ToArray();

    private static readonly string FirstChars = new(Words.Select(static w => w.Word[0]).Distinct().ToArray());

    private static readonly string LastChars = new(Words.Select(static w => w.Word[w.Word.Length - 1]).Distinct().ToArray());

    /// <summary>The first characters of the words: a chain may start at one, so they are trigger characters.</summary>
    public static string FirstCharacters() => FirstChars;

    /// <summary>Whether a digit word of these scripts may start at <paramref name="c"/> (one range test for most text).</summary>
    public static bool MayStart(char c) => c >= '\u0E00' && InWordBlocks(c) && FirstChars.IndexOf(c) >= 0;

    // Thai, the Roman numerals, kana, Hangul: the blocks the words start in (Han text and Latin letters fail here at once).
    private static bool InWordBlocks(char c) => c <= '\u0E7F' || c is >= '\u2160' and <= '\u2168' or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// Length of the digit word at <paramref name="i"/> with its <paramref name="digit"/>, or 0: the longest word there
    /// whose neighbours of its own script are digit words too.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char digit)
    {
        digit = '\0';
        if (i >= text.Length || !MayStart(text[i])) return 0;
        if (i > 0 && SameScript(text[i - 1], text[i]) && EndingAt(text, i) == 0) return 0;
        foreach (var (word, value) in Longest)
        {
            if (!text.Slice(i).StartsWith(word.AsSpan(), StringComparison.Ordinal)) continue;
            int end = i + word.Length;
            if (end < text.Length && SameScript(text[end - 1], text[end]) && !StartsWordAt(text, end)) continue;
            digit = value;
            return word.Length;
        }
        return 0;
    }

    /// <summary>Length of a digit word of these scripts that ends right before <paramref name="end"/>, or 0.</summary>
    public static int EndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length || LastChars.IndexOf(text[end - 1]) < 0) return 0;
        foreach (var (word, _) in Longest)
        {
            if (word.Length <= end && text.Slice(end - word.Length, word.Length).SequenceEqual(word.AsSpan())) return word.Length;
        }
        return 0;
    }

    // Whether some word starts at i (its own right edge not asked: the caller reads on from there itself).
    private static bool StartsWordAt(ReadOnlySpan<char> text, int i)
    {
        if (!MayStart(text[i])) return false;
        foreach (var (word, _) in Longest)
        {
            if (text.Slice(i).StartsWith(word.AsSpan(), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Two characters of one script that glues its words: kana (and the long-vowel mark), Hangul or Thai. The Roman numeral
    // characters are words of one character each.
    private static bool SameScript(char a, char b) => ScriptOf(a) is int script and > 0 && script == ScriptOf(b);

    private static int ScriptOf(char c) => c switch
    {
        '\u30FB' => 0, // the middle dot parts words (ゼロ・きゅう)
        >= '\u3040' and <= '\u30FF' => 1, // hiragana, katakana, ー
        >= '\uAC00' and <= '\uD7A3' => 2, // Hangul syllables
        >= '\u0E00' and <= '\u0E7F' => 3, // Thai
        _ => 0,
    };
}
