using System.Globalization;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Folds every UTF-16 code unit to what recognizers see: its canonical ASCII form, its <see cref="CharKind"/> and the
/// <see cref="Evasions"/> undone by folding it. One 64K lookup table, built once from the declarations below, so the hot
/// path is a single array read per character.
/// </summary>
internal static class CharFolding
{

    /// <summary>
    /// Chinese numerals read as digits: 零〇一…九 (everyday), 壹貳參…玖 (financial, and the simplified 贰 叁 陆), the police radio reading
    /// 洞(0) 幺(1) 兩(2) 拐(7) 勾(9) — the radio's 幺 is U+5E7A, often typed as the look-alike 么 U+4E48; both fold — and the
    /// white circle ○ typed for 〇. Two ○ in a row are a mask (陳○○, 0912-○○○-678); see <c>PersonalDataScanner</c>.
    /// A lone numeral is never a value: chains need at least four characters, and words such as 兩輛 or 拐騙 hold one.
    /// </summary>
    private const string ChineseDigits =
        "0零" + "0〇" + "0洞" + "0○" +
        "1一" + "1壹" + "1么" + "1幺" +
        "2二" + "2貳" + "2贰" + "2兩" + "2两" +
        "3三" + "3參" + "3叁" + "3叄" +
        "4四" + "4肆" +
        "5五" + "5伍" +
        "6六" + "6陸" + "6陆" +
        "7七" + "7柒" + "7拐" +
        "8八" + "8捌" +
        "9九" + "9玖" + "9勾";

    /// <summary>
    /// Dashes that stand for a hyphen between groups (Unicode hyphen, non-breaking hyphen, figure dash, en and em dash,
    /// horizontal bar, minus sign, small hyphen-minus): folded onto '-', so ABC‐1234 reads as ABC-1234.
    /// </summary>
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\u2043";

    /// <summary>
    /// det-plates43 (set U46): marks that draw a dash or a slash or a wave without being one, typed between a value's groups
    /// (GT─0179, 8125〜SB, 55⁄35): the box-drawing horizontals fold onto '-', the wave dash onto '~', the fraction and division
    /// slashes onto '/'. Pairs of (folded, original).
    /// </summary>
    private const string DrawnSeparators = "-\u2500" + "-\u2501" + "~\u301C" + "/\u2044" + "/\u2215";

    /// <summary>Cyrillic and Greek letters that render like Latin capitals (Unicode confusables, upper and lower case).</summary>
    private const string Homoglyphs =
        // Cyrillic capitals
        "AА" + "BВ" + "EЕ" + "KК" + "MМ" + "HН" + "OО" + "PР" + "CС" + "TТ" + "XХ" + "YҮ" + "YУ" + "SЅ" + "IІ" + "JЈ" + "QԚ" + "WԜ" +
        // Cyrillic small letters that look like Latin small letters, or like small capitals (н, в, к, м, т)
        "Aа" + "Eе" + "Oо" + "Pр" + "Cс" + "Xх" + "Yу" + "Iі" + "Jј" + "Sѕ" + "Hн" + "Bв" + "Kк" + "Mм" + "Tт" + "Hһ" + "Dԁ" +
        // Greek capitals
        "AΑ" + "BΒ" + "EΕ" + "ZΖ" + "HΗ" + "IΙ" + "KΚ" + "MΜ" + "NΝ" + "OΟ" + "PΡ" + "TΤ" + "YΥ" + "XΧ" +
        // Greek small letters that look like Latin ones
        "Oο" + "Kκ" + "Aα" + "Iι" + "Tτ" + "Xχ" + "Pρ" + "Eε" + "Uυ" + "Nη" + "Vν" + "Bβ" + "Zζ";

    /// <summary>Characters people put between digit or letter groups (full-width forms fold onto the ASCII ones).</summary>
    private const string SeparatorChars =
        " -./_()~\t" + "\u00A0\u00B7\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2027\u30FB\uFF65\u30FC\uFF70"
        + "\u2022\u2219" // bullets typed for a middle dot (NME•8285)
        + "*" // 0982*468861, +62*965*0921*861; a mask (0912***678, ****) is longer than a gap or leaves too few digits
        + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000"
        // CJK punctuation used to break a value up (0912、345、678; A123。456。789). Values stay whole only where their
        // validator accepts them, so lists such as 0912345678、0923456789 still come apart at the gap.
        + "\u3001\u3002\uFF0C\uFF64\uFF61";

    /// <summary>
    /// Symbol blocks whose characters are used as separators in disguised values (🙂, 🔒 are surrogate pairs; ★, ✓, →
    /// are in the BMP). Surrogates count as separators: an emoji between digit groups is a two-unit gap.
    /// </summary>
    private static readonly (int First, int Last)[] SymbolSeparators =
    {
        (0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x25CA), (0x25CC, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF),
        (0x2B00, 0x2BFF), (0xD800, 0xDFFF),
    };

    /// <summary>
    /// Zero-width and other invisible format characters (soft hyphen, ZW space/joiners, bidi marks, word joiner, BOM,
    /// variation selectors, and the combining keycap of 0️⃣-style digits).
    /// </summary>
    private const string InvisibleChars =
        "\u00AD\u034F\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
        + "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF\u20E3"
        + "\uFE00\uFE01\uFE02\uFE03\uFE04\uFE05\uFE06\uFE07\uFE08\uFE09\uFE0A\uFE0B\uFE0C\uFE0D\uFE0E\uFE0F";

    /// <summary>
    /// Combining marks typed over each digit or letter to get a value past a filter (0̈9̈1̈2̈, Q̲2̲6̲, A̶1̶2̶, 0̣9̣): diacritics,
    /// their extensions and supplement, and the marks for symbols (strike-through, underline, dot below, acute, diaeresis).
    /// They change no character's reading, so they are skipped like the invisible characters.
    /// </summary>
    private static readonly (int First, int Last)[] CombiningMarks = { (0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF) };

    /// <summary>Whether <paramref name="c"/> is a combining mark (see <see cref="CombiningMarks"/>).</summary>
    public static bool IsCombiningMark(char c)
    {
        foreach (var (first, last) in CombiningMarks)
        {
            if (c >= first && c <= last) return true;
        }
        return false;
    }

    /// <summary>Enclosed and styled digits that read as digits (①, ⑴, ⒈, ❶, ➀, ⓪, superscripts and subscripts): first code point of each run of 1–9.</summary>
    private static readonly (char First, int FirstDigit, int Count)[] StyledDigits =
    {
        ('\u2460', 1, 9), ('\u2474', 1, 9), ('\u2488', 1, 9), ('\u2776', 1, 9), ('\u2780', 1, 9), ('\u278A', 1, 9),
        ('\u24F5', 1, 9), ('\u2080', 0, 10), ('\u2070', 0, 1), ('\u2074', 4, 6), ('\u24EA', 0, 1), ('\u24FF', 0, 1),
        ('\u00B9', 1, 1), ('\u00B2', 2, 2),
    };

    // Packed entry: bits 0–15 folded char, 16–23 kind, 24–31 evasions. Declared after the tables it is built from.
    private static readonly uint[] Table = Build();

    /// <summary>Folds one character.</summary>
    public static FoldedChar Fold(char c)
    {
        uint entry = Table[c];
        return new FoldedChar((char)(entry & 0xFFFF), (CharKind)((entry >> 16) & 0xFF), (Evasions)(entry >> 24));
    }

    /// <summary>The kind of one character.</summary>
    public static CharKind KindOf(char c) => (CharKind)((Table[c] >> 16) & 0xFF);

    /// <summary>
    /// Whether c lies in one of the symbol blocks folded as separators (an emoji's surrogate, ★, ✅, ❤, →): a mark typed to
    /// disguise a value, which no format groups its characters with.
    /// </summary>
    public static bool IsSymbolMark(char c)
    {
        foreach (var (first, last) in SymbolSeparators) if (c >= first && c <= last) return true;
        return false;
    }

    /// <summary>Whether c folds to the hyphen: any dash or minus the table reads as a value's '-' (‐ ‑ – ─ －, the full-width one).</summary>
    public static bool IsHyphen(char c) => Fold(c) is { Kind: CharKind.Separator, Value: '-' };

    /// <summary>A CJK unified ideograph (U+4E00–U+9FFF): the Han characters of zh-TW words, names and numerals.</summary>
    public static bool IsHan(char c) => c is >= FirstHan and <= LastHan;

    /// <summary>The CJK Unified Ideographs block that <see cref="IsHan"/> takes.</summary>
    public const char FirstHan = '\u4E00', LastHan = '\u9FFF';

    /// <summary>True for characters that can be part of an identifier (digit or letter after folding).</summary>
    public static bool IsAlphanumeric(char c)
    {
        var kind = KindOf(c);
        return kind == CharKind.Digit || kind == CharKind.Letter;
    }

    /// <summary>
    /// Round 29 (categories of sets U17, U18): letters of the mathematical alphabets that Unicode keeps in the Letterlike
    /// Symbols block (the holes of 𝔸…𝕫, 𝒜…𝓏, 𝔄…𝔷: ℂ ℍ ℕ ℙ ℚ ℝ ℤ, ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ, ℭ ℌ ℑ ℜ ℨ, ℊ ℎ ℯ ℴ), so a value typed in
    /// double-struck, script or Fraktur letters reads whole.
    /// </summary>
    private const string LetterlikeLetters =
        "C\u2102" + "H\u210D" + "N\u2115" + "P\u2119" + "Q\u211A" + "R\u211D" + "Z\u2124"
        + "B\u212C" + "E\u2130" + "F\u2131" + "H\u210B" + "I\u2110" + "L\u2112" + "M\u2133" + "R\u211B"
        + "C\u212D" + "H\u210C" + "I\u2111" + "R\u211C" + "Z\u2128"
        + "G\u210A" + "H\u210E" + "E\u212F" + "O\u2134";

    /// <summary>
    /// Runs of styled letters and digits outside the BMP (a surrogate pair each), read as the Latin letter or digit they
    /// are styled from: the mathematical alphabets and digits (𝐀 𝑨 𝔸 𝖠 𝙰, 𝟎 𝟘 𝟢 𝟶, U+1D400–1D7FF), the enclosed
    /// alphanumerics supplement (🄀 0. and 🄁 0, digits; 🄐 parenthesised, 🄰 squared, 🅐 negative circled, 🅰 negative
    /// squared capitals) and the segmented digits 🯰. Every other decimal digit block of the supplementary planes is added
    /// from the Unicode data when the table is built (<see cref="SupplementaryRuns"/>).
    /// </summary>
    private static readonly (int First, int Last, char FirstValue, int Period)[] StyledSupplementary =
    {
        (0x1D400, 0x1D6A3, 'A', 26), (0x1D7CE, 0x1D7FF, '0', 10),
        (0x1F100, 0x1F100, '0', 10), (0x1F101, 0x1F10A, '0', 10), (0x1F10B, 0x1F10C, '0', 1),
        (0x1F110, 0x1F129, 'A', 26), (0x1F130, 0x1F149, 'A', 26), (0x1F150, 0x1F169, 'A', 26), (0x1F170, 0x1F189, 'A', 26),
        (0x1FBF0, 0x1FBF9, '0', 10),
    };

    private static readonly (int First, int Last, char FirstValue, int Period)[] SupplementaryRuns = BuildSupplementaryRuns();

    // One flag per high surrogate (D800–DBFF) whose block holds a run, so other pairs (most emoji) fail in one array read.
    private static readonly bool[] HighSurrogatesWithRuns = BuildHighSurrogates();

    /// <summary>Whether <paramref name="high"/> may start a styled letter or digit outside the BMP (𝟎, 🅐, 𑁦).</summary>
    public static bool MayStartSupplementary(char high) => high is >= '\uD800' and <= '\uDBFF' && HighSurrogatesWithRuns[high - 0xD800];

    /// <summary>
    /// A styled letter or digit outside the BMP (𝐀𝟐𝟒, 🅐, 🄂, 𑁩 of the supplementary digit blocks), as the Latin letter or
    /// digit it reads as.
    /// </summary>
    public static bool TryFoldSupplementary(char high, char low, out FoldedChar folded)
    {
        folded = default;
        if (!MayStartSupplementary(high) || !char.IsLowSurrogate(low)) return false;
        int codePoint = char.ConvertToUtf32(high, low);
        foreach (var (first, last, firstValue, period) in SupplementaryRuns)
        {
            if (codePoint < first || codePoint > last) continue;
            char value = (char)(firstValue + (codePoint - first) % period);
            folded = new FoldedChar(value, firstValue == 'A' ? CharKind.Letter : CharKind.Digit, Evasions.Homoglyph);
            return true;
        }
        return false;
    }

    /// <summary>Every character that can start a candidate (digit, letter or plus after folding), for the trigger search.</summary>
    public static string TriggerCharacters()
    {
        var chars = new System.Text.StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            var kind = KindOf((char)c);
            if (kind == CharKind.Digit || kind == CharKind.Letter || kind == CharKind.Plus) chars.Append((char)c);
        }
        for (int k = 0; k < HighSurrogatesWithRuns.Length; k++)
        {
            if (HighSurrogatesWithRuns[k]) chars.Append((char)(0xD800 + k)); // first half of 𝟎, 🅐 and the other styled pairs
        }
        chars.Append(MarkedLetters.All()); // Ẹ9̣7̣…: a precomposed letter starts a value whose characters all carry a mark
        chars.Append(NumberWords.ZhuyinFirstSymbols()); // ㄌㄧㄥˊ ㄐㄧㄡˇ…: digits said in 注音 (det-email41)
        chars.Append(ScriptDigitWords.FirstCharacters()); // ゼロ きゅう…, 공 구…, Ⅸ Ⅲ…: digits said in other scripts (det-words43)
        return chars.ToString();
    }

    // The styled runs, then each block of ten decimal digits of the supplementary planes that they do not cover (Brahmi
    // 𑁦, Adlam 𞥐, …), as the Unicode data of the runtime knows them.
    private static (int First, int Last, char FirstValue, int Period)[] BuildSupplementaryRuns()
    {
        var runs = new List<(int, int, char, int)>(StyledSupplementary);
        for (int codePoint = 0x10000; codePoint <= 0x1FFFF; codePoint++)
        {
            if (DecimalDigitAt(codePoint) != 0 || IsStyled(codePoint)) continue;
            int nine = codePoint + 9;
            if (DecimalDigitAt(nine) == 9) runs.Add((codePoint, nine, '0', 10));
            codePoint = nine;
        }
        return runs.ToArray();
    }

    private static int DecimalDigitAt(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);
        return CharUnicodeInfo.GetUnicodeCategory(text, 0) == UnicodeCategory.DecimalDigitNumber ? CharUnicodeInfo.GetDecimalDigitValue(text, 0) : -1;
    }

    private static bool IsStyled(int codePoint)
    {
        foreach (var (first, last, _, _) in StyledSupplementary)
        {
            if (codePoint >= first && codePoint <= last) return true;
        }
        return false;
    }

    private static bool[] BuildHighSurrogates()
    {
        var highs = new bool[0x400];
        foreach (var (first, last, _, _) in SupplementaryRuns)
        {
            for (int codePoint = first; codePoint <= last; codePoint++) highs[char.ConvertFromUtf32(codePoint)[0] - 0xD800] = true;
        }
        return highs;
    }

    private static uint[] Build()
    {
        var table = new uint[0x10000];
        for (int c = 0; c <= 0xFFFF; c++) table[c] = Pack((char)c, CharKind.Other, Evasions.None);
        for (char c = '0'; c <= '9'; c++) table[c] = Pack(c, CharKind.Digit, Evasions.None);
        for (char c = 'A'; c <= 'Z'; c++) table[c] = Pack(c, CharKind.Letter, Evasions.None);
        for (char c = 'a'; c <= 'z'; c++) table[c] = Pack((char)(c - 32), CharKind.Letter, Evasions.LowerCase);
        table['+'] = Pack('+', CharKind.Plus, Evasions.None);
        foreach (var (first, last) in SymbolSeparators)
        {
            for (int c = first; c <= last; c++) table[c] = Pack((char)c, CharKind.Separator, Evasions.None);
        }
        foreach (char c in SeparatorChars) table[c] = Pack(c, CharKind.Separator, Evasions.None);
        foreach (char c in Dashes) table[c] = Pack('-', CharKind.Separator, Evasions.None);
        for (int i = 0; i < DrawnSeparators.Length; i += 2) table[DrawnSeparators[i + 1]] = Pack(DrawnSeparators[i], CharKind.Separator, Evasions.None);
        foreach (char c in InvisibleChars) table[c] = Pack(c, CharKind.Invisible, Evasions.ZeroWidth);
        foreach (var (first, last) in CombiningMarks)
        {
            for (int c = first; c <= last; c++) table[c] = Pack((char)c, CharKind.Invisible, Evasions.ZeroWidth);
        }

        for (int i = 0; i < ChineseDigits.Length; i += 2)
            table[ChineseDigits[i + 1]] = Pack(ChineseDigits[i], CharKind.Digit, Evasions.ChineseNumerals);
        for (int i = 0; i < Homoglyphs.Length; i += 2)
            table[Homoglyphs[i + 1]] = Pack(Homoglyphs[i], CharKind.Letter, Evasions.Homoglyph);
        foreach (var (first, firstDigit, count) in StyledDigits)
        {
            for (int k = 0; k < count; k++) table[first + k] = Pack((char)('0' + firstDigit + k), CharKind.Digit, Evasions.Homoglyph);
        }
        // Circled letters Ⓐ–Ⓩ and ⓐ–ⓩ, parenthesised ⒜–⒵.
        for (int k = 0; k < 26; k++)
        {
            table[0x24B6 + k] = Pack((char)('A' + k), CharKind.Letter, Evasions.Homoglyph);
            table[0x24D0 + k] = Pack((char)('A' + k), CharKind.Letter, Evasions.Homoglyph);
            table[0x249C + k] = Pack((char)('A' + k), CharKind.Letter, Evasions.Homoglyph);
        }
        for (int i = 0; i < LetterlikeLetters.Length; i += 2)
            table[LetterlikeLetters[i + 1]] = Pack(LetterlikeLetters[i], CharKind.Letter, Evasions.Homoglyph);
        // Round 29: the decimal digits of every other script (Arabic-Indic ٠١٢, Extended Arabic-Indic ۰۱۲, Devanagari ०१२,
        // Thai ๐๑๒, Bengali, Tamil, Khmer, Myanmar…): any character Unicode files as a decimal digit reads as its value.
        for (int c = 0x80; c < 0xFF00; c++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.DecimalDigitNumber)
                table[c] = Pack((char)('0' + CharUnicodeInfo.GetDecimalDigitValue((char)c)), CharKind.Digit, Evasions.Homoglyph);
        }

        // Full-width forms U+FF01–FF5E mirror ASCII U+0021–007E; the ideographic space mirrors the space.
        for (int c = 0xFF01; c <= 0xFF5E; c++)
        {
            uint ascii = table[c - 0xFEE0];
            var kind = (CharKind)((ascii >> 16) & 0xFF);
            if (kind != CharKind.Other) table[c] = ascii | ((uint)Evasions.FullWidth << 24);
        }
        return table;
    }

    private static uint Pack(char value, CharKind kind, Evasions evasions) =>
        value | ((uint)kind << 16) | ((uint)evasions << 24);
}

/// <summary>A character after folding.</summary>
internal readonly struct FoldedChar
{
    public FoldedChar(char value, CharKind kind, Evasions evasions)
    {
        Value = value;
        Kind = kind;
        Evasions = evasions;
    }

    /// <summary>The canonical character (upper-case ASCII letter or ASCII digit for identifiers).</summary>
    public char Value { get; }

    /// <summary>What the character means to recognizers.</summary>
    public CharKind Kind { get; }

    /// <summary>The disguises undone by folding this character.</summary>
    public Evasions Evasions { get; }
}
