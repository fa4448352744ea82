namespace DataGuard.Detection.Normalization;

/// <summary>
/// Digits spelled out as words (K one five two six…, zero nine one two…, oh nine double five…; nol sembilan satu dua…,
/// không chín một hai…): written to slip an ID or a number past a filter that looks for digits, or typed by
/// speech-to-text. The chain reader reads each word as its digit, "double" and "triple" as the digit after them said
/// again. An English word counts only beside another digit, spelled or not, so "one of them" or "five people" stay words;
/// a word of another language only in a run of three of its language, so "hai ba người", "Lima Lima" or "satu dua" of a
/// sentence stay words. Pinyin syllables (ling jiu liu…, líng jiǔ…) and Roman numerals per digit (0 IX VII V…) are read
/// only in a run of seven, and so are 注音 syllables (ㄌㄧㄥˊ ㄐㄧㄡˇ…) (det-email41). Japanese and Korean digits are left out: their one-syllable words (に, し, 이, 사, 오) are particles
/// and words of ordinary prose, and no run of them tells a number from a sentence.
/// </summary>
internal static class NumberWords
{
    [Flags]
    private enum Language : ushort
    {
        English = 1,
        Malay = 2, // Indonesian and Malay share their digit words (kosong and lapan are Malay)
        Vietnamese = 4,
        Tagalog = 8,
        Pinyin = 16, // det-email41 (set U42): Mandarin digits romanised, with or without tone marks
        Roman = 32, // det-email41 (set U42): each digit as a Roman numeral, upper case (0 IX VII V …)
        Zhuyin = 64, // det-email41 (set U42): 注音 (Bopomofo) syllables of the digits, with or without their tone marks
        // det-spoken44 (sets U46, U48): the romanised tongues of RomanisedDigitWords, each read only in a run of LongRun.
        Hokkien = 128,
        Hakka = 256,
        Cantonese = 512,
        ThaiRomanised = 1024,
        Romaji = 2048,
        KoreanRomanised = 4096,
        Spanish = 8192,
        VietnameseBare = 16384,
    }

    // The languages read only in a run of LongRun: pinyin, Roman numerals, 注音 and det-spoken44's romanised tongues.
    private const Language LongRunLanguages = Language.Pinyin | Language.Roman | Language.Zhuyin | Language.Hokkien | Language.Hakka
        | Language.Cantonese | Language.ThaiRomanised | Language.Romaji | Language.KoreanRomanised | Language.Spanish | Language.VietnameseBare;

    // The Language a tongue of RomanisedDigitWords is filed under (Tagalog's "wala" joins the Tagalog words).
    private static Language LanguageOf(SpokenTongue tongue) => tongue switch
    {
        SpokenTongue.Hokkien => Language.Hokkien,
        SpokenTongue.Hakka => Language.Hakka,
        SpokenTongue.Cantonese => Language.Cantonese,
        SpokenTongue.ThaiRomanised => Language.ThaiRomanised,
        SpokenTongue.Romaji => Language.Romaji,
        SpokenTongue.KoreanRomanised => Language.KoreanRomanised,
        SpokenTongue.Spanish => Language.Spanish,
        SpokenTongue.VietnameseBare => Language.VietnameseBare,
        _ => Language.Tagalog,
    };

    /// <summary>Shortest run of a foreign language's digit words that is read as digits.</summary>
    private const int ForeignRun = 3;

    /// <summary>
    /// Shortest run of pinyin digit syllables or Roman numerals read as digits (det-email41). Both are words of ordinary
    /// text — pinyin prose is full of yi, ba, si, wu, and the surnames Liu, Wu, Qi; lists and chapters are numbered I II III —
    /// so only a run as long as a value's digits (a local number's seven, more for an ID or a phone) is a value read out,
    /// never a sentence or a list.
    /// </summary>
    private const int LongRun = 7;

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
        // Hanyu Pinyin of 零 一 (幺) 二 (兩) 三 四 五 六 七 八 九, toneless and with the tone marks of their readings (the standard
        // 國語 readings, and the tone sandhi of 一 and 不 that people write as they say it).
        ("ling", '0', Language.Pinyin), ("líng", '0', Language.Pinyin), ("yi", '1', Language.Pinyin), ("yī", '1', Language.Pinyin),
        ("yí", '1', Language.Pinyin), ("yì", '1', Language.Pinyin), ("yao", '1', Language.Pinyin), ("yāo", '1', Language.Pinyin),
        ("er", '2', Language.Pinyin), ("èr", '2', Language.Pinyin), ("liang", '2', Language.Pinyin), ("liǎng", '2', Language.Pinyin),
        ("san", '3', Language.Pinyin), ("sān", '3', Language.Pinyin), ("si", '4', Language.Pinyin), ("sì", '4', Language.Pinyin),
        ("wu", '5', Language.Pinyin), ("wǔ", '5', Language.Pinyin), ("liu", '6', Language.Pinyin), ("liù", '6', Language.Pinyin),
        ("qi", '7', Language.Pinyin), ("qī", '7', Language.Pinyin), ("ba", '8', Language.Pinyin), ("bā", '8', Language.Pinyin),
        ("jiu", '9', Language.Pinyin), ("jiǔ", '9', Language.Pinyin),
        // det-spoken44: the radio numerals 洞 拐 勾 in pinyin (幺 and 兩 are above).
        ("dong", '0', Language.Pinyin), ("dòng", '0', Language.Pinyin), ("guai", '7', Language.Pinyin), ("guǎi", '7', Language.Pinyin),
        ("gou", '9', Language.Pinyin), ("gōu", '9', Language.Pinyin),
        // Roman numerals for one digit each; there is none for 0, which is written as a digit among them. Upper case only.
        ("I", '1', Language.Roman), ("II", '2', Language.Roman), ("III", '3', Language.Roman), ("IV", '4', Language.Roman),
        ("V", '5', Language.Roman), ("VI", '6', Language.Roman), ("VII", '7', Language.Roman), ("VIII", '8', Language.Roman),
        ("IX", '9', Language.Roman),
        // 注音 of the same syllables (the 國語 dictionary's), with the tone mark or without it; 一 is ㄧ, and 幺 ㄧㄠ.
        ("ㄌㄧㄥˊ", '0', Language.Zhuyin), ("ㄌㄧㄥ", '0', Language.Zhuyin), ("ㄧ", '1', Language.Zhuyin), ("ㄧˊ", '1', Language.Zhuyin),
        ("ㄧˋ", '1', Language.Zhuyin), ("ㄧㄠ", '1', Language.Zhuyin), ("ㄦˋ", '2', Language.Zhuyin), ("ㄦ", '2', Language.Zhuyin),
        ("ㄌㄧㄤˇ", '2', Language.Zhuyin), ("ㄌㄧㄤ", '2', Language.Zhuyin), ("ㄙㄢ", '3', Language.Zhuyin), ("ㄙˋ", '4', Language.Zhuyin),
        ("ㄙ", '4', Language.Zhuyin), ("ㄨˇ", '5', Language.Zhuyin), ("ㄨ", '5', Language.Zhuyin), ("ㄌㄧㄡˋ", '6', Language.Zhuyin),
        ("ㄌㄧㄡ", '6', Language.Zhuyin), ("ㄑㄧ", '7', Language.Zhuyin), ("ㄅㄚ", '8', Language.Zhuyin), ("ㄐㄧㄡˇ", '9', Language.Zhuyin),
        ("ㄐㄧㄡ", '9', Language.Zhuyin),
        // det-spoken44: the radio numerals 洞 拐 勾 in 注音 (幺 ㄧㄠ and 兩 ㄌㄧㄤˇ are above).
        ("ㄉㄨㄥˋ", '0', Language.Zhuyin), ("ㄉㄨㄥ", '0', Language.Zhuyin), ("ㄍㄨㄞˇ", '7', Language.Zhuyin), ("ㄍㄨㄞ", '7', Language.Zhuyin),
        ("ㄍㄡ", '9', Language.Zhuyin),
    };

    /// <summary>English words that say the next digit twice or three times ("double five", "triple seven"): the count of digits each stands for itself.</summary>
    private static readonly (string Word, int Copies)[] Repeats = { ("double", 1), ("triple", 2) };

    // The words filed by their first letter ('a' + n): a word is compared only with those it could be, and most letters
    // start none ("the", "and", "people" are turned down by one lookup). Repeat words carry the digit '\0'.
    private static readonly (string Word, char Digit, Language Languages, int Copies)[][] WordsByFirst = FileByFirstLetter();

    // The lengths of the words on each shelf, one bit a length, and the longest word: the pre-check of WordAt.
    private static readonly int[] LengthsByFirst = Array.ConvertAll(WordsByFirst, LengthBits);

    private static readonly int LongestWord = Longest();

    private static int LengthBits((string Word, char Digit, Language Languages, int Copies)[] shelf)
    {
        int bits = 0;
        foreach (var entry in shelf) bits |= 1 << entry.Word.Length;
        return bits;
    }

    private static int Longest()
    {
        int longest = 0;
        foreach (var shelf in WordsByFirst)
        {
            foreach (var entry in shelf) longest = Math.Max(longest, entry.Word.Length);
        }
        return longest;
    }

    private static (string, char, Language, int)[][] FileByFirstLetter()
    {
        var filed = new List<(string, char, Language, int)>[Shelves];
        for (int letter = 0; letter < Shelves; letter++) filed[letter] = new List<(string, char, Language, int)>();
        foreach (var (word, digit, languages) in Words) filed[ShelfOf(word[0])].Add((word, digit, languages, 1));
        foreach (var (word, digit, tongue) in RomanisedDigitWords.Words) filed[ShelfOf(word[0])].Add((word, digit, LanguageOf(tongue), 1));
        foreach (var (word, copies) in Repeats) filed[word[0] - 'a'].Add((word, '\0', Language.English, copies));
        // Longest first within a letter, so VIII is tried before VII and "liang" before "li…" readings. Among spellings of one
        // length, a language read only in a run of seven comes first (det-words42): "ba" stands in a run of seven pinyin
        // syllables (`san qi ba ba／ba wu liu…`) as well as in three Vietnamese words (ba ba ba), and the longer run is the
        // stronger evidence; a Vietnamese run (một hai ba bốn) holds no pinyin run and is read as before.
        foreach (var list in filed)
        {
            var ordered = list.Select((entry, index) => (entry, index))
                .OrderByDescending(static e => e.entry.Item1.Length).ThenBy(static e => IsLongRunLanguage(e.entry.Item3) ? 0 : 1).ThenBy(static e => e.index)
                .Select(static e => e.entry).ToList();
            list.Clear();
            list.AddRange(ordered);
        }
        return Array.ConvertAll(filed, list => list.ToArray());
    }

    // Pinyin, Roman numerals, 注音 and the romanised tongues: the languages whose words are read only in a run of LongRun.
    private static bool IsLongRunLanguage(Language languages) => (languages & LongRunLanguages) == languages;

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
    public static int LengthAt(ReadOnlySpan<char> text, int i, out char digit, out int copies) => LengthAt(text, i, out digit, out copies, gluedToLetter: false);

    /// <summary>
    /// det-words43 (set U46): as <see cref="LengthAt(ReadOnlySpan{char}, int, out char, out int)"/> for a word glued to the
    /// lone capital before it (`Keight eight…`, `Ηone…` with a look-alike letter, `Ｔone…` full width): an ID's letter typed
    /// onto its first digit word. Read only where a digit follows, as any English word.
    /// </summary>
    public static int LengthAfterLetter(ReadOnlySpan<char> text, int i, out char digit, out int copies) => LengthAt(text, i, out digit, out copies, gluedToLetter: true);

    private static int LengthAt(ReadOnlySpan<char> text, int i, out char digit, out int copies, bool gluedToLetter)
    {
        copies = 1;
        if (ScriptDigitWords.MayStart(text[i])) return ScriptWordLength(text, i, out digit);
        int length = WordAt(text, i, out digit, out var languages, out int repeat, gluedToLetter: gluedToLetter);
        if (length == 0) return 0;
        if (repeat > 0)
        {
            if (!DigitAfter(text, i + length, out digit)) return 0;
            copies = repeat;
            return length;
        }
        // A spelling two languages share for different digits ("ba": three in Vietnamese, eight in pinyin) is read in the
        // language whose run it stands in.
        var first = (Length: length, Digit: digit, Languages: languages);
        for (var tried = languages; ; )
        {
            bool counts = languages == Language.English
                ? DigitFollows(text, i + length) || !gluedToLetter && (DigitPrecedes(text, i) || InCommaGroups(text, i, length, languages))
                : !gluedToLetter && (InForeignRun(text, i, length, languages) || InCommaGroups(text, i, length, languages));
            if (counts) return length;
            length = WordAt(text, i, out digit, out languages, out _, ~tried, gluedToLetter);
            if (length == 0) break;
            tried |= languages;
        }
        // det-words43: in no run of its own language, the word may stand in a run of mixed kinds; a shared spelling is then
        // read in the language of a word beside it (`… không ba …` is Vietnamese), else as first filed.
        if (gluedToLetter || first.Length < 2 || (first.Languages & ~MixedRunLatin) != 0 || IsCapitalCode(text, i, first.Length) || !InMixedRun(text, i, first.Length)) return 0;
        digit = MixedRunDigit(text, i, first.Length, first.Digit, first.Languages);
        return first.Length;
    }

    // The digit of the word at i in the language of a digit word right beside it, else the first filed reading.
    private static char MixedRunDigit(ReadOnlySpan<char> text, int i, int length, char firstDigit, Language firstLanguages)
    {
        for (var (tried, languages, digit) = (firstLanguages, firstLanguages, firstDigit); ; )
        {
            if (WordAfter(text, i + length, languages) > 0 || WordBefore(text, SkipGap(text, i - 1, step: -1), languages) >= 0) return digit;
            if (WordAt(text, i, out digit, out languages, out _, ~tried) == 0) return firstDigit;
            tried |= languages;
        }
    }

    // A number word at i standing alone as a word (no letter or digit glued on either side), or 0.
    private static int WordAt(ReadOnlySpan<char> text, int i, out char digit, out Language languages, out int repeat, Language among = (Language)0xFFFF, bool gluedToLetter = false)
    {
        digit = '\0';
        languages = 0;
        repeat = 0;
        int first = ShelfOf(text[i]);
        if ((uint)first >= Shelves || i > 0 && IsWordChar(text[i - 1]) && !(gluedToLetter && AfterLoneCapital(text, i))) return 0;
        if (gluedToLetter) among &= Language.English;
        // A word matches only the whole word at i, so its length is measured once (no further than the longest word) and
        // the words of other lengths are passed over without a look at the text: most prose words end in one lookup.
        int whole = 0;
        while (whole <= LongestWord && i + whole < text.Length && IsWordChar(text[i + whole])) whole++;
        if (whole > LongestWord || (LengthsByFirst[first] & (1 << whole)) == 0) return 0;
        foreach (var (word, value, wordLanguages, copies) in WordsByFirst[first])
        {
            if (word.Length != whole || (wordLanguages & among) == 0) continue;
            if (word.Length > 1 && word[1] < 0x80 && (text[i + 1] | 0x20) != (word[1] | 0x20)) continue; // most prose words differ by their second letter
            // Roman numerals only in upper case: "vi" and "i" are words.
            var comparison = wordLanguages == Language.Roman ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!text.Slice(i, word.Length).Equals(word.AsSpan(), comparison)) continue;
            digit = value;
            languages = wordLanguages;
            repeat = value == '\0' ? copies : 0;
            return word.Length;
        }
        return 0;
    }

    // A lower-case word glued to one capital that starts its token (K|eight, Η|one, Ｔ|one): the capital is a value's letter.
    private static bool AfterLoneCapital(ReadOnlySpan<char> text, int i)
    {
        char letter = text[i - 1];
        bool capital = letter < '\u0080' ? (uint)(letter - 'A') <= 'Z' - 'A' : CharFolding.KindOf(letter) == CharKind.Letter && char.IsUpper(letter);
        return capital && (uint)(text[i] - 'a') <= 'z' - 'a' && (i < 2 || !IsWordChar(text[i - 2]) && CharFolding.KindOf(text[i - 2]) != CharKind.Letter);
    }

    // Where a word is filed: its ASCII letter in either case (the e of pinyin's èr too), or after the 26 letters a 注音
    // symbol's place in the Bopomofo block; any other character falls outside (≥ Shelves).
    private const int Shelves = 26 + BopomofoCount;

    private const char FirstBopomofo = BopomofoLetters.First;

    private const int BopomofoCount = BopomofoLetters.Last - FirstBopomofo + 1;

    private static int ShelfOf(char c) =>
        c is 'è' or 'È' ? 'e' - 'a' : c is 'ń' or 'ǹ' or 'Ń' ? 'n' - 'a' : (uint)(c - FirstBopomofo) < BopomofoCount ? 26 + (c - FirstBopomofo) : (c | 0x20) - 'a';

    /// <summary>
    /// Whether <paramref name="c"/> may start a digit word that the folder reads as no letter: pinyin's èr, or a 注音 symbol
    /// (ㄌㄧㄥˊ ㄐㄧㄡˇ…). The chain reader asks this where it asks a letter for a number word.
    /// </summary>
    public static bool StartsOffLetters(char c) => c is 'è' or 'È' or 'ń' or 'ǹ' || BopomofoLetters.IsSymbol(c) || ScriptDigitWords.MayStart(c);

    /// <summary>
    /// det-a47 (sets U55, U56, training): length of the 注音 digit syllable that starts at <paramref name="i"/> (ㄌㄧㄥˊ, ㄙˋ, ㄧ),
    /// longest first, with its <paramref name="digit"/>; 0 where none does or the syllable runs on into more 注音 (ㄙ in ㄙㄢ).
    /// Unlike <see cref="LengthAt(ReadOnlySpan{char}, int, out char)"/> it asks no word edge: in a run of sound-alikes the
    /// syllable is glued to Han characters and digits (ㄌㄧㄥˊ九吧1ㄙˋ3…), and the run's shape decides (HomophoneDigits).
    /// </summary>
    public static int ZhuyinDigitAt(ReadOnlySpan<char> text, int i, out char digit)
    {
        digit = '\0';
        if ((uint)i >= (uint)text.Length || !BopomofoLetters.IsSymbol(text[i]) || i > 0 && BopomofoLetters.IsSymbol(text[i - 1])) return 0;
        foreach (var (word, value, _) in ZhuyinWords)
        {
            int end = i + word.Length;
            if (end > text.Length || !text.Slice(i, word.Length).SequenceEqual(word.AsSpan())) continue;
            if (end < text.Length && (BopomofoLetters.IsSymbol(text[end]) || BopomofoLetters.IsToneMark(text[end]))) continue;
            digit = value;
            return word.Length;
        }
        return 0;
    }

    // The 注音 digit syllables of Words, longest first (ㄌㄧㄥˊ before ㄌㄧㄥ).
    private static readonly (string Word, char Digit, Language Languages)[] ZhuyinWords =
        Words.Where(entry => entry.Languages == Language.Zhuyin).OrderByDescending(entry => entry.Word.Length).ToArray();

    /// <summary>The first symbols of the 注音 digit syllables: a chain may start at one, so they are trigger characters.</summary>
    public static string ZhuyinFirstSymbols() => "ㄌㄧㄦㄙㄨㄑㄅㄐㄉㄍ";

    // A letter or digit of a word: ASCII, or a Latin letter with a diacritic (Vietnamese: "bà" is no "ba", "haiđ" no "hai").
    // Han characters are not: "…eight一早" ends before 一 as it would after an ASCII digit.
    // 注音 symbols and their tone marks are word characters too: ㄌㄧㄥˊ is one word, ㄙ inside ㄙㄢ none.
    // ASCII first, in a call the JIT inlines: prose asks this of every character of a word it looks at.
    private static bool IsWordChar(char c) => c < '\u0080' ? AsciiChars.IsLetterOrDigit(c) : IsOtherWordChar(c);

    // det-spoken44: combining marks (la̍k, gō͘: Tâi-lô's and POJ's tone and vowel marks have no precomposed form) and the
    // superscript ⁿ of POJ's nasal vowel (saⁿ) are part of their word.
    private static bool IsOtherWordChar(char c) => AsciiChars.IsLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF'
        or >= '\u0300' and <= '\u036F' or 'ⁿ' || BopomofoLetters.IsSymbol(c) || BopomofoLetters.IsToneMark(c);

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
        return WordAt(text, next, out digit, out var languages, out int repeat, Language.English) > 0 && repeat == 0 && languages == Language.English;
    }

    private static bool DigitFollows(ReadOnlySpan<char> text, int from)
    {
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return false;
        return CharFolding.KindOf(text[next]) == CharKind.Digit || WordAt(text, next, out _, out var languages, out _, Language.English) > 0 && languages == Language.English;
    }

    private static bool DigitPrecedes(ReadOnlySpan<char> text, int start)
    {
        int last = SkipGap(text, start - 1, step: -1);
        if (last < 0 || last == start - 1) return false;
        if (CharFolding.KindOf(text[last]) == CharKind.Digit) return true;
        return WordBefore(text, last, Language.English) >= 0;
    }

    /// <summary>
    /// det-words43 (set U46): the fewest number words in a run of digits mixed from several kinds (`P-chín 5 2 8 bảy bảy 1
    /// sáu 5`, `⁴²⁷⁶-2629-一五六七-Ⅱ.Ⅰ.Ⅷ.Ⅶ`, `공-구-사-일…`): with <see cref="LongRun"/> digits in all, a value's length, three
    /// words make it a value written on purpose rather than a sentence with a number in it (`0912345678 이 번호로`: one).
    /// </summary>
    private const int MixedRunWords = 3;

    /// <summary>
    /// det-words43: a plate's four digits said as words right after its letters (`JNG_육, 육, 칠, 일`, `PYK 오-오-오-오`) make a
    /// run as well: the letters standing alone before them are the value's other half.
    /// </summary>
    private const int WordsAfterLetters = 4;

    // A digit word of a script that glues its words (kana, Hangul, Thai) or a Roman numeral character: read in a mixed run only.
    private static int ScriptWordLength(ReadOnlySpan<char> text, int i, out char digit)
    {
        int length = ScriptDigitWords.LengthAt(text, i, out digit);
        return length > 0 && InMixedRun(text, i, length) ? length : 0;
    }

    // Whether the word at i (of the given length) stands in a run of digits of any kind — number words of every language
    // and script, numerals and digits of every script, gaps of a value's marks between — LongRun long with MixedRunWords
    // words among them, or WordsAfterLetters words right after a value's letters.
    private static bool InMixedRun(ReadOnlySpan<char> text, int i, int length)
    {
        int tokens = 1, words = 1, start = i;
        for (int end = i + length; tokens < MaxRun && TokenAfter(text, end, out bool word) is int next and > 0; end = next)
        {
            tokens++;
            if (word) words++;
        }
        for (; tokens < MaxRun && TokenBefore(text, start, out bool word) is int previous and >= 0; start = previous)
        {
            tokens++;
            if (word) words++;
        }
        return words >= MixedRunWords && tokens >= LongRun || words >= WordsAfterLetters && words == tokens && AfterValueLetters(text, start);
    }

    // The Latin-script languages whose words a mixed run reads: not English (read beside any digit already) nor ASCII Roman
    // numerals (V, X, I are a value's letters: `V yao er…` is an ID's letter and its digits).
    private const Language MixedRunLatin = Language.Malay | Language.Vietnamese | Language.Tagalog | Language.Pinyin | Language.Zhuyin
        | (LongRunLanguages & ~Language.Roman);

    // A card's nineteen digits: a walk never needs more.
    private const int MaxRun = 19;

    // The end of the digit or number word after the gap at from, or -1.
    private static int TokenAfter(ReadOnlySpan<char> text, int from, out bool word)
    {
        int next = SkipGap(text, from, step: 1);
        if (next < text.Length && text[next] == ',' && next == from && CommaParts(text, next)) next = SkipGap(text, next + 1, step: 1);
        return TokenAt(text, next, out word);
    }

    // The end of the digit or number word at i, or -1.
    private static int TokenAt(ReadOnlySpan<char> text, int i, out bool word)
    {
        word = false;
        if (i >= text.Length) return -1;
        if (CharFolding.KindOf(text[i]) == CharKind.Digit) return i + 1;
        if (i + 1 < text.Length && CharFolding.TryFoldSupplementary(text[i], text[i + 1], out var styled) && styled.Kind == CharKind.Digit) return i + 2;
        word = true;
        if (ScriptDigitWords.LengthAt(text, i, out _) is int script and > 0) return i + script;
        return WordAt(text, i, out _, out _, out int repeat, MixedRunLatin | Language.English) is int latin and > 1 && repeat == 0 && !IsCapitalCode(text, i, latin) ? i + latin : -1;
    }

    // The start of the digit or number word before the gap that ends at start, or -1.
    private static int TokenBefore(ReadOnlySpan<char> text, int start, out bool word)
    {
        word = false;
        int last = SkipGap(text, start - 1, step: -1);
        if (last > 0 && text[last] == ',' && CommaParts(text, last)) last--;
        if (last < 0) return -1;
        if (CharFolding.KindOf(text[last]) == CharKind.Digit) return last;
        if (last > 0 && CharFolding.TryFoldSupplementary(text[last - 1], text[last], out var styled) && styled.Kind == CharKind.Digit) return last - 1;
        word = true;
        if (ScriptDigitWords.EndingAt(text, last + 1) is int script and > 0) return last + 1 - script;
        int latin = WordBefore(text, last, MixedRunLatin | Language.English);
        return latin >= 0 && last > latin && !IsCapitalCode(text, latin, last + 1 - latin) ? latin : -1;
    }

    // A word of three capitals or fewer (BA, HAI, YI): in a run of mixed kinds, a value's letters (BA eight zero…, an old
    // certificate's), not a word said for a digit; a run of one language reads them as before (SATU SEMBILAN…).
    private static bool IsCapitalCode(ReadOnlySpan<char> text, int i, int length)
    {
        if (length > 3) return false;
        for (int k = i; k < i + length; k++)
        {
            if ((uint)(text[k] - 'A') > 'Z' - 'A') return false;
        }
        return true;
    }

    /// <summary>
    /// det-words43 (set U46): whether the ASCII comma at <paramref name="comma"/>, glued to the digit or word before it, parts
    /// two digits of a value where a kana, Hangul, Thai or Roman-numeral digit word stands on one side of it (`なな, ゼロ, に`,
    /// `육, 육, 칠`, `1, いち, 2`): those words are listed with commas as Chinese ones with 、. A comma between other words or
    /// digits alone parts a list (one, two, three; 1, 2, 3) and stays a break.
    /// </summary>
    public static bool CommaParts(ReadOnlySpan<char> text, int comma)
    {
        if (comma == 0) return false;
        int next = SkipGap(text, comma + 1, step: 1);
        if (next - comma > 3 || next >= text.Length) return false;
        bool scriptBefore = ScriptDigitWords.EndingAt(text, comma) > 0;
        bool scriptAfter = ScriptDigitWords.LengthAt(text, next, out _) > 0;
        if (!scriptBefore && !scriptAfter) return GroupComma(text, comma, next);
        bool digitBefore = scriptBefore || IsDigitOrWordEnd(text, comma);
        return digitBefore && (scriptAfter || TokenAt(text, next, out _) > 0);
    }

    /// <summary>
    /// det-spoken44 (sets U46, U48): a value read aloud in its groups, an ASCII comma after each (`oh nine eight seven, eight
    /// two eight, eight three one`, `líng jiǔ sān sān, líng líng jiǔ, …`, `wala siyam anim siyam, lima tatlo walo, …`,
    /// `plus one, five one four, …`). The run is counted across a comma glued to its group's last word: LongRun words of
    /// one language in all, two or more a group on average — a list of counts (one, two, three, four…) has one a group.
    /// </summary>
    private static bool InCommaGroups(ReadOnlySpan<char> text, int i, int length, Language languages)
    {
        int words = 1, groups = 1;
        for (int end = i + length; words < MaxRun; words++)
        {
            int next = WordAfter(text, end, languages);
            if (next < 0 && end < text.Length && text[end] == ',' && (next = WordAfter(text, end + 1, languages)) > 0) groups++;
            if (next < 0) break;
            end = next;
        }
        for (int start = i; words < MaxRun; words++)
        {
            int last = SkipGap(text, start - 1, step: -1);
            if (last == start - 1) break;
            int previous = WordBefore(text, last, languages);
            if (previous < 0 && last > 0 && text[last] == ',' && (previous = WordBefore(text, last - 1, languages)) >= 0) groups++;
            if (previous < 0) break;
            start = previous;
        }
        return groups > 1 && words >= LongRun && words >= 2 * groups;
    }

    // The chain reader's question for an ASCII comma between two Latin number words (det-spoken44): whether the word after
    // it, at next, stands with the word before it in comma-parted groups of one language.
    private static bool GroupComma(ReadOnlySpan<char> text, int comma, int next)
    {
        if (next == comma + 1 || !IsWordChar(text[comma - 1])) return false;
        for (Language tried = 0; ; )
        {
            int length = WordAt(text, next, out _, out var languages, out int repeat, ~tried);
            if (length == 0) return false;
            tried |= languages;
            if (repeat == 0 && WordBefore(text, comma - 1, languages) >= 0 && InCommaGroups(text, next, length, languages)) return true;
        }
    }

    // Whether a digit (any script) or a number word ends right before end.
    private static bool IsDigitOrWordEnd(ReadOnlySpan<char> text, int end)
    {
        int last = end - 1;
        if (CharFolding.KindOf(text[last]) == CharKind.Digit) return true;
        if (last > 0 && CharFolding.TryFoldSupplementary(text[last - 1], text[last], out var styled) && styled.Kind == CharKind.Digit) return true;
        return ScriptDigitWords.EndingAt(text, end) > 0 || WordBefore(text, last, MixedRunLatin | Language.English) >= 0;
    }

    // One to three letters standing alone right before start, a gap between (JNG_, P Y K ): a plate's or an ID's letters.
    private static bool AfterValueLetters(ReadOnlySpan<char> text, int start)
    {
        int last = SkipGap(text, start - 1, step: -1), letters = 0;
        while (last >= 0 && letters <= 3 && CharFolding.KindOf(text[last]) == CharKind.Letter)
        {
            letters++;
            last--;
        }
        return letters is >= 1 and <= 3 && (last < 0 || !IsWordChar(text[last]) && CharFolding.KindOf(text[last]) != CharKind.Letter);
    }

    // Whether the word at i (of the given length) stands in a run of ForeignRun digit words sharing one of its languages.
    private static bool InForeignRun(ReadOnlySpan<char> text, int i, int length, Language languages)
    {
        int needed = IsLongRunLanguage(languages) ? LongRun : ForeignRun;
        int run = 1;
        for (int end = i + length; run < needed && (WordAfter(text, end, languages) is int next and > 0 || (next = ZeroAfter(text, end, languages)) > 0); run++) end = next;
        for (int start = i; run < needed && (WordBefore(text, SkipGap(text, start - 1, step: -1), languages) is int previous and >= 0
                 || (previous = ZeroBefore(text, start, languages)) >= 0); run++)
            start = previous;
        return run >= needed;
    }

    // Roman numerals have no zero: "0 IX 0 II I IV…" writes it as a digit, which counts in their run. The end of such a 0
    // after the gap at from, or -1.
    private static int ZeroAfter(ReadOnlySpan<char> text, int from, Language languages)
    {
        int next = SkipGap(text, from, step: 1);
        return languages == Language.Roman && next > from && next < text.Length && text[next] == '0'
            && (next + 1 == text.Length || !IsWordChar(text[next + 1])) ? next + 1 : -1;
    }

    // The start of such a 0 before the gap that ends at start, or -1.
    private static int ZeroBefore(ReadOnlySpan<char> text, int start, Language languages)
    {
        int last = SkipGap(text, start - 1, step: -1);
        return languages == Language.Roman && last >= 0 && last < start - 1 && text[last] == '0' && (last == 0 || !IsWordChar(text[last - 1])) ? last : -1;
    }

    // The end of the digit word of one of the languages after the gap at from, or -1.
    private static int WordAfter(ReadOnlySpan<char> text, int from, Language languages)
    {
        int next = SkipGap(text, from, step: 1);
        if (next >= text.Length || next == from) return -1;
        int length = WordAt(text, next, out _, out var wordLanguages, out int repeat, languages);
        return length > 0 && repeat == 0 && (wordLanguages & languages) != 0 ? next + length : -1;
    }

    // The start of the digit word of one of the languages that ends at last (inclusive), or -1.
    private static int WordBefore(ReadOnlySpan<char> text, int last, Language languages)
    {
        if (last < 0 || !IsWordChar(text[last])) return -1;
        int wordStart = last;
        while (wordStart > 0 && last - wordStart < 8 && IsWordChar(text[wordStart - 1])) wordStart--;
        return WordAt(text, wordStart, out _, out var wordLanguages, out _, languages) == last + 1 - wordStart && (wordLanguages & languages) != 0 ? wordStart : -1;
    }

    // The first index from i, walking by step, past the gap between two words: at most three characters the folder reads
    // as a separator (space, hyphen, dash, dot, bullet, slash, underscore, tilde, 、, a symbol or an emoji — its two code
    // units one character) or as invisible (zero-width, soft hyphen, word joiner), which count for nothing. det-words42
    // (set U44): `er liu liu qi🙈jiu si liu ba`, `two one nine•five six six eight`, `…four／five…` part their groups so,
    // and the chain reader reads those marks between the groups already; the run of words must read across them too.
    private static int SkipGap(ReadOnlySpan<char> text, int i, int step)
    {
        int skipped = 0;
        // A bar, which the folder keeps out of its separators (a table's cell break), parts groups of words as well
        // (`yi qi ba ling | ba ling yi yi qi`); whether the value reads across it is the chain reader's (DisguisedGroupBars).
        while (i >= 0 && i < text.Length && CharFolding.KindOf(text[i]) is var kind && (kind is CharKind.Separator or CharKind.Invisible || text[i] is '|' or '｜'))
        {
            if (IsStyledPairAt(text, i, step)) break; // 𝟕, 🅐: its halves fall in the surrogate range, but it is a digit or letter
            if (kind != CharKind.Invisible && ++skipped > 3) break;
            // An emoji's surrogate pair is one character of the gap: its second half is passed with the first.
            if (IsPairAt(text, i, step)) i += step;
            i += step;
        }
        return i;
    }

    // Whether text[i] is half of a styled digit or letter outside the BMP (𝟕 𝟘 🅐), walking by step.
    private static bool IsStyledPairAt(ReadOnlySpan<char> text, int i, int step) =>
        IsPairAt(text, i, step) && (step > 0 ? CharFolding.TryFoldSupplementary(text[i], text[i + 1], out _) : CharFolding.TryFoldSupplementary(text[i - 1], text[i], out _));

    // Whether text[i] and text[i + step] are the two halves of one surrogate pair, in the order of the walk.
    private static bool IsPairAt(ReadOnlySpan<char> text, int i, int step)
    {
        int other = i + step;
        if (other < 0 || other >= text.Length) return false;
        return step > 0 ? char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[other]) : char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[other]);
    }
}
