namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 41 (set U42): one letter of a value described instead of written — by its place in the alphabet (英文字母第5個,
/// 第16個英文字母, 字母表排第13的那個, 第四個英文字母), by a case word (大寫的c, 小寫的x), by its name in 注音 (「ㄟㄑ」那個字母(H),
/// ㄅㄧ; <see cref="BopomofoLetters"/>), by a spelling-alphabet word (<see cref="PhoneticAlphabet"/>) or with its example
/// in brackets (K（Kilo）, D(ㄉㄧ); <see cref="LetterExamples"/>). Each reader here reads one description at a position and
/// says which letter it gives; <see cref="DescribedLetterRuns"/> decides where a row of them and the digits beside them
/// make a value. A description alone is never a letter of anything.
/// </summary>
internal static class LetterDescriptions
{
    /// <summary>How a description was read: the kinds a run needs at least one of, and those that need the value named.</summary>
    public enum Kind : byte
    {
        /// <summary>A letter typed as itself (the R of RA（Alfa）).</summary>
        Plain,

        /// <summary>A spelling-alphabet word, or a letter with its example in brackets.</summary>
        Spelt,

        /// <summary>Described in words: its place in the alphabet, its case, its 注音 name of two symbols or more.</summary>
        Described,

        /// <summary>
        /// Round 42: a county or city given for an ID's or certificate's area letter (臺中市的代碼, (金門縣)): described,
        /// and the first letter of an ID or certificate only, never a plate's.
        /// </summary>
        County,

        /// <summary>A lone 注音 initial or a one-symbol name (ㄅ, ㄟ): also a hesitation or a lesson's symbol, so read only with the value named.</summary>
        Guarded,
    }

    /// <summary>The words for an English letter after or before its place: 英文字母, 字母, 英文字.</summary>
    private static readonly string[] LetterNouns = { "英文字母", "字母", "英文字" };

    /// <summary>The alphabet's word, and what may stand between it and the place (字母表排第13…, 字母表中第3…).</summary>
    private const string Alphabet = "字母表";

    private const string AlphabetFillers = "排中的裡里";

    private static readonly string[] CaseWords = { "大寫", "小寫" };

    /// <summary>What names the letter a 注音 name in quotes gives: 「ㄟㄑ」那個字母(H).</summary>
    private const string ThatLetter = "那個字母";

    /// <summary>
    /// The description that starts at <paramref name="i"/>: where it ends (or -1), its letter and its kind. A bare 第N個
    /// counts only after another place in the alphabet (英文字母第1個、第7個、第8個): <paramref name="afterPlace"/>.
    /// </summary>
    public static int At(ReadOnlySpan<char> text, int i, bool afterPlace, out char letter, out Kind kind)
    {
        kind = Kind.Described;
        int end = PlaceAt(text, i, afterPlace, out letter);
        if (end < 0) end = CaseWordAt(text, i, out letter);
        if (end < 0) end = QuotedNameAt(text, i, out letter);
        if (end < 0) end = CaseInBracketsAt(text, i, out letter); // round 42: Z(大寫)
        if (end >= 0) return end;
        end = CountyLetters.At(text, i, out letter); // round 42: 臺中市的英文代碼, (金門縣)
        if (end >= 0)
        {
            kind = Kind.County;
            return end;
        }
        end = BareNameAt(text, i, out letter, out bool guarded);
        if (end >= 0)
        {
            kind = guarded ? Kind.Guarded : Kind.Described;
            return end;
        }
        kind = Kind.Spelt;
        if (LetterExamples.MayFollow(text, i) && LetterExamples.LengthAt(text, i) is int example and > 0)
        {
            letter = char.ToUpperInvariant(text[i]);
            // Round 42 (set U44): "P as in Papa" says in words that a letter is meant, as 大寫的p does: described, not guarded.
            if (text[i + 1] == ' ') kind = Kind.Described;
            return i + example;
        }
        if (PhoneticAlphabet.WordLetterAt(text, i, out int word) is char spelt and not '\0')
        {
            letter = spelt;
            return i + word;
        }
        kind = Kind.Plain;
        return PlainLetterAt(text, i, out letter);
    }

    // "英文字母第5個", "第16個英文字母", "字母表排第13的那個", "字母表第二個", and a bare "第7個" after another place.
    private static int PlaceAt(ReadOnlySpan<char> text, int i, bool afterPlace, out char letter)
    {
        letter = '\0';
        int k = i;
        if (text.Slice(i).StartsWith(Alphabet.AsSpan(), StringComparison.Ordinal))
        {
            k = i + Alphabet.Length;
            if (k < text.Length && AlphabetFillers.IndexOf(text[k]) >= 0) k++;
            return OrdinalAt(text, k, out int place, out int end) && ThatOneEnd(text, end) is int that and >= 0 ? Letter(place, that, out letter) : -1;
        }
        int noun = NounLength(text, i);
        if (noun > 0) return OrdinalAt(text, i + noun, out int place, out int end) && text[end - 1] == Counter ? Letter(place, end, out letter) : -1;
        if (!OrdinalAt(text, i, out int ordinal, out int ordinalEnd) || text[ordinalEnd - 1] != Counter) return -1;
        int after = NounLength(text, ordinalEnd);
        if (after > 0) return Letter(ordinal, ordinalEnd + after, out letter);
        return afterPlace && !StartsNoun(text, ordinalEnd) ? Letter(ordinal, ordinalEnd, out letter) : -1;
    }

    private static int Letter(int place, int end, out char letter)
    {
        letter = (char)('A' + place - 1);
        return end;
    }

    private static int NounLength(ReadOnlySpan<char> text, int i)
    {
        foreach (var noun in LetterNouns)
        {
            if (text.Slice(i).StartsWith(noun.AsSpan(), StringComparison.Ordinal)) return noun.Length;
        }
        return 0;
    }

    // 第7個路口: a bare place followed by another noun is counting, not a letter.
    private static bool StartsNoun(ReadOnlySpan<char> text, int i) => i < text.Length && CharFolding.IsHan(text[i]);

    /// <summary>The measure word after a place (第5個).</summary>
    private const char Counter = '個';

    private const string ThatOne = "的那個";

    // After the alphabet's place: 的那個, or 個 and maybe a letter's noun (字母表第3個字母); where the description ends, or -1.
    private static int ThatOneEnd(ReadOnlySpan<char> text, int end)
    {
        if (text[end - 1] == Counter) return end + NounLength(text, end);
        return text.Slice(end).StartsWith(ThatOne.AsSpan(), StringComparison.Ordinal) ? end + ThatOne.Length : -1;
    }

    // "第5個", "第十六個", "第２３個": the place (1–26) of a letter and where 個 ends; a 第…的那個 of the alphabet ends at 的.
    private static bool OrdinalAt(ReadOnlySpan<char> text, int i, out int place, out int end)
    {
        place = 0;
        end = -1;
        if (i >= text.Length || text[i] != '第') return false;
        int k = PlaceNumber(text, i + 1, out place);
        if (k < 0 || place is < 1 or > 26) return false;
        if (k < text.Length && text[k] == Counter) k++;
        else if (!(k < text.Length && text[k] == '的')) return false;
        end = k;
        return true;
    }

    /// <summary>十 in a place written in Chinese (十六, 二十三).</summary>
    private const char Ten = '十';

    // A number of one or two places in any digits the fold reads, or in Chinese with 十; where it ends, or -1.
    private static int PlaceNumber(ReadOnlySpan<char> text, int i, out int number)
    {
        number = 0;
        int k = i, digits = 0;
        bool ten = false;
        while (k < text.Length && k - i < 3)
        {
            char c = text[k];
            if (c == Ten && !ten)
            {
                number = (digits == 0 ? 1 : number) * 10;
                ten = true;
                digits = 0;
            }
            else if (CharFolding.Fold(c) is { Kind: CharKind.Digit } digit && (digits == 0 || !ten && digits == 1))
            {
                number = ten ? number + (digit.Value - '0') : number * 10 + (digit.Value - '0');
                digits++;
            }
            else break;
            k++;
        }
        return k > i ? k : -1;
    }

    // "大寫的c", "小寫 x": a case word, 的, and one ASCII letter standing alone.
    private static int CaseWordAt(ReadOnlySpan<char> text, int i, out char letter)
    {
        letter = '\0';
        if (!WordLists.StartsWithAny(text.Slice(i), CaseWords)) return -1;
        int k = i + 2;
        if (k < text.Length && text[k] == '的') k++;
        if (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || !AsciiChars.IsLetter(text[k]) || k + 1 < text.Length && AsciiChars.IsLetter(text[k + 1])) return -1;
        letter = (char)(text[k] & ~0x20);
        return k + 1;
    }

    // Round 42 (set U44): "Z(大寫)", "H（大寫）": a lone letter with its case word in brackets after it.
    private static int CaseInBracketsAt(ReadOnlySpan<char> text, int i, out char letter)
    {
        letter = '\0';
        int k = i + 1;
        if (k + 3 >= text.Length || !IsLetter(text[i]) || i > 0 && IsLetter(text[i - 1]) || text[k] is not ('(' or '（')) return -1;
        if (!WordLists.StartsWithAny(text.Slice(k + 1), CaseWords) || text[k + 3] is not (')' or '）')) return -1;
        letter = CharFolding.Fold(text[i]).Value;
        return k + 4;
    }

    private const string OpeningQuotes = "「『\"“";
    private const string ClosingQuotes = "」』\"”";

    // "「ㄟㄑ」那個字母(H)", "「ㄐㄧ」那個字母": a 注音 name in quotes called the letter; a letter given in brackets after it
    // must be the name's.
    private static int QuotedNameAt(ReadOnlySpan<char> text, int i, out char letter)
    {
        letter = '\0';
        if (i + 1 >= text.Length || OpeningQuotes.IndexOf(text[i]) < 0) return -1;
        int name = BopomofoLetters.NameLengthAt(text, i + 1, out letter);
        int k = i + 1 + name;
        if (name == 0 || k >= text.Length || ClosingQuotes.IndexOf(text[k]) < 0) return -1;
        k++;
        if (!text.Slice(k).StartsWith(ThatLetter.AsSpan(), StringComparison.Ordinal)) return -1;
        k += ThatLetter.Length;
        if (k + 2 < text.Length && text[k] is '(' or '（' && AsciiChars.IsLetter(text[k + 1]) && text[k + 2] is ')' or '）')
        {
            if ((text[k + 1] & ~0x20) != letter) return -1;
            k += 3;
        }
        return k;
    }

    // "ㄅㄧ", "ㄈㄧˊ": a letter's 注音 name standing alone; a one-symbol name (ㄟ, ㄧ) or a lone initial (ㄅ ㄇ ㄒ) is guarded.
    private static int BareNameAt(ReadOnlySpan<char> text, int i, out char letter, out bool guarded)
    {
        guarded = false;
        letter = '\0';
        if (i >= text.Length || !BopomofoLetters.IsSymbol(text[i])) return -1;
        int name = BopomofoLetters.NameLengthAt(text, i, out letter);
        // Glued after another symbol only a name of two or more (ㄙㄧㄉㄧ): a lone one there is part of a syllable (ㄌㄧㄥ).
        bool glued = i > 0 && BopomofoLetters.IsSymbol(text[i - 1]);
        if (glued && !(name > 1 && BopomofoLetters.IsSymbol(text[i + 1]))) return -1;
        if (name > 0)
        {
            guarded = !(name > 1 && BopomofoLetters.IsSymbol(text[i + 1]));
            return i + name;
        }
        letter = BopomofoLetters.InitialAt(text, i, out int initial);
        guarded = true;
        return letter == '\0' ? -1 : i + initial;
    }

    /// <summary>The most ASCII letters standing together that are read as letters typed as themselves (RA（Alfa）, Tx…).</summary>
    private const int MaxPlainLetters = 3;

    // One letter (ASCII, full-width or a look-alike the fold reads) of a group of at most three: a word of more is English,
    // not a value's letters.
    private static int PlainLetterAt(ReadOnlySpan<char> text, int i, out char letter)
    {
        letter = '\0';
        if (i >= text.Length || !IsLetter(text[i])) return -1;
        int start = i, end = i + 1;
        while (start > 0 && IsLetter(text[start - 1])) start--;
        while (end < text.Length && IsLetter(text[end])) end++;
        if (end - start > MaxPlainLetters) return -1;
        letter = CharFolding.Fold(text[i]).Value;
        return i + 1;
    }

    /// <summary>A letter the fold reads (ASCII, full-width, a look-alike), no Han character.</summary>
    public static bool IsLetter(char c) => !CharFolding.IsHan(c) && CharFolding.KindOf(c) == CharKind.Letter;
}
