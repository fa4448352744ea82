using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// How a value is written on the page: separators and their Unicode variants, full-width forms, Chinese, financial and
/// police-radio numerals, invisible characters, look-alike letters, case and spacing. A variant that does not apply to a
/// value (no letters to disguise, no groups to separate) returns null and the cell is not generated.
/// </summary>
internal sealed record SurfaceVariant(string Name, Func<PlantedValue, Random, string?> Write);

internal static class SurfaceVariants
{
    internal const string ChineseDigits = "〇一二三四五六七八九";
    internal const string FinancialDigits = "零壹貳參肆伍陸柒捌玖";

    /// <summary>Police radio reading: 洞(0) 幺(1, U+5E7A) 兩(2) 三 四 五 六 拐(7) 八 勾(9).</summary>
    internal const string RadioDigits = "洞幺兩三四五六拐八勾";

    /// <summary>Everyday numerals with 零 for zero, the financial ones in simplified script (贰 叁 陆), radio with 么 typed for 幺.</summary>
    private const string LingDigits = "零一二三四五六七八九";
    private const string SimplifiedFinancialDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string RadioYaoDigits = "洞么两三四五六拐八勾";

    /// <summary>Cyrillic small letters that render like Latin small letters (а в с е н к м о р т х у).</summary>
    private static readonly Dictionary<char, char> LowerLookAlikes = new()
    {
        ['a'] = 'а', ['c'] = 'с', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['x'] = 'х', ['y'] = 'у', ['k'] = 'к', ['h'] = 'һ',
        ['i'] = 'і', ['j'] = 'ј', ['s'] = 'ѕ',
    };

    private static readonly char[] Invisibles = { '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u2061' };

    /// <summary>Cyrillic and Greek letters that render like Latin capitals.</summary>
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['A'] = 'А', ['B'] = 'В', ['C'] = 'С', ['E'] = 'Ε', ['H'] = 'Н', ['K'] = 'Κ', ['M'] = 'М', ['O'] = 'О',
        ['P'] = 'Р', ['T'] = 'Т', ['X'] = 'Χ', ['Y'] = 'У', ['Z'] = 'Ζ', ['N'] = 'Ν',
    };

    /// <summary>What people say between the groups of a value they read out (as speech-to-text writes them down).</summary>
    private static readonly string[] Fillers = { "然後", "再來", "後面是", "接著", "接著是", "那個", "就是", "對", "嗯", "喔", "欸", "呃", "後面" };

    /// <summary>
    /// Fillers as speech-to-text writes a hesitant reading down: English hesitations and joining words, glued or spaced,
    /// pauses (… ……), commas and invisible characters mixed with the Han fillers (0941 … 呃 656then671, 0932，uh452uh509).
    /// </summary>
    private static readonly string[] SpokenFillers =
    {
        " uh ", "uh", "，uh", " um ", " er ", "erm", " hmm ", " hm ", " like ", "then", " then ", " … then ", " next ", " … 呃 ", "，呃",
        "，那個", " … 對 ", "對", " 後面是 ", "…… 嗯 ", "\u200D… 嗯 ", " \u00AD… 那個 ", "，就是", " … 接著 ", "，再來", "欸",
    };

    /// <summary>
    /// Pauses as speech-to-text and hurried typing write them (held-out set G): an ellipsis typed as dots, full-width commas
    /// around a word, a full stop before one, hesitations glued to the digits (0950... 再來是 748, XC，接著，0086... uh 3624,
    /// 6281um3713, 0969。然後 933166).
    /// </summary>
    private static readonly string[] Pauses =
    {
        "... ", "... 再來是 ", "... 呃… ", "，接著，", "... uh ", " 嗯，", "，um，", "um", "uh", "呃", "... 然後是 ", " 然後是，",
        "… 喔，", "。然後", "... 後面是 ", "，呃…，", "…ㄜ…", " ㄟ ",
    };

    /// <summary>
    /// What a transcript writes between the groups beside filler words (set J): a stage direction in brackets and the
    /// phrases of a speaker who checks before going on (K123（停頓）456, 3528，等一下…0000, 16，我看一下喔…123).
    /// </summary>
    private static readonly string[] Asides =
    {
        "（停頓）", "(停頓)", " （停頓） ", "，（停頓）", "（停頓），那個，", "[雜音]", "（咳嗽）", "，等一下…", "，我看一下喔…", " 等一下 ", "，我查一下，", " 稍等 ", " 呃我看看 ",
    };

    /// <summary>Greek small letters that render like Latin letters (β ν ζ ο κ α τ χ ρ ε υ η), typed into plates (βlζ-1235, fν-123).</summary>
    private static readonly Dictionary<char, char> GreekSmallLookAlikes = new()
    {
        ['B'] = 'β', ['V'] = 'ν', ['Z'] = 'ζ', ['O'] = 'ο', ['K'] = 'κ', ['A'] = 'α', ['T'] = 'τ', ['X'] = 'χ', ['P'] = 'ρ',
        ['E'] = 'ε', ['U'] = 'υ', ['N'] = 'η',
    };

    /// <summary>The rest of a number given by its count of digits (0958，後六碼438398, 35505469。後八碼47640348).</summary>
    private static readonly string[] TailCounts = { "，後{0}碼", "。後{0}碼", "，後面{0}碼是", "。然後後段", "，後{0}碼是 " };

    /// <summary>
    /// Round 28: marks a plate is spelt out with, one repeated between every two characters (not an asterisk, which masks a
    /// value's characters rather than parting them, nor ❤ U+2764, outside the symbol blocks the shared folding reads as
    /// separators).
    /// </summary>
    private static readonly string[] OneMarks = { "★", "☆", "✔", "✨", "⭐", "🚗", "😀", "🔥", "👮\u200D♂\uFE0F", "~", "--", "..", "__", "··", "•", "→" };

    public static IReadOnlyList<SurfaceVariant> All { get; } = new SurfaceVariant[]
    {
        new("canonical", (v, _) => v.Canonical),
        new("joined", (v, _) => IsMail(v) || v.Groups.Length < 2 ? null : string.Concat(v.Groups)),
        new("sep.space", (v, _) => Rejoin(v, " ")),
        new("sep.dot", (v, _) => Rejoin(v, ".")),
        new("sep.unicode-hyphen", (v, _) => Rejoin(v, "\u2010")),
        new("sep.minus", (v, _) => Rejoin(v, "\u2212")),
        new("sep.en-dash", (v, _) => Rejoin(v, "\u2013")),
        new("sep.full-width-hyphen", (v, _) => Rejoin(v, "\uFF0D")),
        new("sep.soft-hyphen", (v, _) => Rejoin(v, "\u00AD")),
        new("zero-width", (v, r) => InsertZeroWidth(v.Canonical, r, inFirstWord: v.IsMail)),
        new("full-width", (v, _) => FullWidth(v.Canonical)),
        // Typed with a Chinese input method into a form field: full-width and without separators (ＣＶＢ１９５９).
        new("full-width.joined", (v, _) => IsMail(v) || v.Groups.Length < 2 ? null : FullWidth(string.Concat(v.Groups).Replace(" ", ""))),
        new("numerals.chinese", (v, _) => Numerals(v, ChineseDigits)),
        new("numerals.financial", (v, _) => Numerals(v, FinancialDigits)),
        new("numerals.radio", (v, _) => Numerals(v, RadioDigits)),
        new("numerals.radio-grouped", (v, _) => v.Groups.Length < 2 ? null : Numerals(v with { Separator = " " }, RadioDigits)),
        new("numerals.ling", (v, _) => Numerals(v, LingDigits)),
        new("numerals.financial-simplified", (v, _) => Numerals(v, SimplifiedFinancialDigits)),
        new("numerals.radio-yao", (v, _) => Numerals(v, RadioYaoDigits)),
        new("numerals.chinese-grouped", (v, _) => v.Groups.Length < 2 ? null : Numerals(v with { Separator = " " }, ChineseDigits)),
        new("numerals.financial-grouped", (v, _) => v.Groups.Length < 2 ? null : Numerals(v with { Separator = " " }, FinancialDigits)),
        new("numerals.mixed", (v, r) => MixedNumerals(v, r)),
        new("numerals.mixed-groups", (v, _) => MixedGroups(v)),
        new("zero-width.many", (v, r) => InsertInvisibles(v, r, 2 + r.Next(2))),
        new("soft-hyphen.inside", (v, r) => IsMail(v) ? null : InsertInside(v.Canonical, r, '\u00AD')),
        new("sep.ideographic-space", (v, _) => Rejoin(v, "\u3000")),
        new("sep.middle-dot", (v, _) => Rejoin(v, "\u00B7")),
        // Read over the radio: letters in the spelling alphabet, digits as radio numerals (Oscar 兩兩幺六四三四洞幺, November
        // Sierra Delta 幺 洞 五 幺; set L).
        new("radio.spelling-alphabet", (v, _) => SpellingAlphabet(v)),
        // A plate's letters spelt, its hyphen and digits typed (November Bravo Lima-2232; set N).
        new("spelling-alphabet.hyphen", (v, _) => SpelledLettersHyphen(v)),
        // An ID's or certificate's first letter spelt and typed onto the rest (Mike2…, November-2…, Kilo A7…; set N).
        new("spelling-alphabet.first-letter", (v, r) => SpelledFirstLetter(v, r)),
        // A digits-first plate read out in numerals, its letters typed right after them (車號「二零三零LQ」; set N).
        new("numerals.joined-plate", (v, _) => v.Groups.Length == 2 && v.Groups[0].All(char.IsAsciiDigit) && v.Groups[1].All(char.IsAsciiLetterUpper)
            ? Numerals(v with { Separator = "" }, ChineseDigits, minimum: 1) : null),
        // Letters typed for digits inside an ID or a Taiwan phone: O for 0, l for 1, S for 5, B for 8 (O9774O2l48, S2S795117S,
        // O94B B77642; set L).
        new("look-alike.digits", (v, r) => DigitLetters(v, r)),
        // Every 0 and 1 of a mobile typed as O and I or l, its first digit too, up to four (TEL：O9I2O4O678; set M): in scope
        // right after a phone label or under a phone column (see CellFloors).
        new("look-alike.digits.many", (v, r) => ManyDigitLetters(v, r)),
        // Round 13 (set U4): one 0 or 1 of a phone in its national or plus form typed as a lower-case o or l, the leading 0
        // too (o37284150, 0537l28164, +8536287o413): landlines in scope right after a phone label (see CellFloors).
        new("look-alike.digits.lower", (v, r) => LowerDigitLetter(v, r)),
        // Round 13 (sets U1 and U2): every 0 and 1 of an ID's or certificate's digits typed as a letter, its sex digit too,
        // l and o in runs as well as O and I (PlllO68351, ElO36lOl74): up to five, the most the engine promises (four real digits
        // stay). Then the same mixed with a second disguise: Cyrillic or Greek capitals for its letters, full width, an
        // invisible character inside, the digits in spaced groups, the other digits in Chinese, radio or financial numerals.
        new("look-alike.digits.every", (v, r) => IdDigitLetters(v, r)),
        new("look-alike.digits.letters", (v, r) => IdDigitLetters(v, r) is string typed ? LookAlikePrefix(typed) : null),
        new("look-alike.digits.full-width", (v, r) => IdDigitLetters(v, r) is string typed ? FullWidth(typed) : null),
        new("look-alike.digits.zero-width", (v, r) => IdDigitLetters(v, r) is string typed ? InsertInside(typed, r, Invisibles[r.Next(Invisibles.Length)]) : null),
        new("look-alike.digits.grouped", (v, r) => IdDigitLetters(v, r) is string typed ? SpacedGroups(typed) : null),
        new("look-alike.digits.numerals", (v, r) => IdDigitLetters(v, r) is string typed ? InDigits(typed, Pick(r, ChineseDigits, RadioDigits, FinancialDigits)) : null),
        // A letter typed for one digit of a plate (KWY-93B6, DK 3S9S, 0B3o-NK; set P): in scope right after a plate label or
        // under a plate column (see CellFloors).
        new("look-alike.plate-digits", (v, r) => PlateDigitLetters(v, r)),
        // An address wrapped inside its domain (eric.tien_tw@gmail.c⏎om, jason.lai88@outlook⏎.com, lin_yuting60@g⏎  mail.com; set L).
        new("wrapped.domain", (v, r) => WrappedDomain(v, r)),
        // Round 18: a plate wrapped inside its digit group, a table cell folded by a PDF paste or a narrow chat bubble
        // (TRP-8⏎521, 車號：KEV-15⏎82，); sets P and Q.
        new("wrapped.inside-group", (v, r) => WrappedInsideDigits(v, r, Pick(r, "\n", " \n", "\r\n"))),
        // Round 26 (sets U11, U12): a plate wrapped inside its letter group, blanks, a quoted reply's "> " or an indent
        // around the break (KX⏎D-4821, PL ⏎W-306, KX⏎> D-4821).
        new("wrapped.inside-letters", (v, r) => WrappedInsideLetters(v, r, Pick(r, "\n", " \n", "\r\n", "\n> ", "\n  ", " \n> "))),
        // An asterisk between the groups (0982*468861, +62*965*0921*861; set L).
        new("sep.asterisk", (v, _) => Rejoin(v, "*")),
        // A bullet typed for the middle dot (NME•8285, set L).
        new("sep.bullet", (v, _) => Rejoin(v, "\u2022")),
        new("spaced.irregular", (v, r) => IsMail(v) ? null : IrregularSpaces(v, r)),
        new("look-alike", (v, _) => IsMail(v) ? null : LookAlike(v.Canonical)),
        new("look-alike.lower", (v, _) => IsMail(v) ? LookAlikeMailbox(v.Canonical) : LookAlike(v.Canonical.ToLowerInvariant(), LowerLookAlikes)),
        new("look-alike.zero-width", (v, r) => IsMail(v) || LookAlike(v.Canonical) is not string disguised ? null : InsertInside(disguised, r, Invisibles[r.Next(Invisibles.Length)])),
        new("case", (v, _) => ChangeCase(v)),
        new("spaced", (v, _) => IsMail(v) ? null : Spaced(v)),
        new("split.words", (v, r) => Split(v, r, g => " " + Pick(r, Fillers) + " ")),
        new("split.glued", (v, r) => Split(v, r, g => Pick(r, Fillers))),
        new("split.head", (v, r) => Split(v, r, g => " " + Pick(r, Fillers) + " ", splitHead: true)),
        new("split.marks", (v, r) => Split(v, r, g => g == 0 ? Pick(r, " …… ", "……", " ， ", "，", "、") : " ")),
        new("split.english", (v, r) => Split(v, r, g => Pick(r, " then ", " and ", " and then "))),
        new("split.spoken", (v, r) => Split(v, r, g => Pick(r, SpokenFillers))),
        new("split.letter", (v, r) => Split(v, r, g => Pick(r, SpokenFillers.Concat(Fillers.Select(f => " " + f + " ")).ToArray()), splitLetters: true)),
        new("split.pauses", (v, r) => Split(v, r, g => Pick(r, Pauses))),
        new("split.pauses.letter", (v, r) => Split(v, r, g => Pick(r, Pauses), splitLetters: true)),
        // Read over the radio in pieces (洞勾五勾... 嗯 六兩四六洞勾, P兩... 喔 兩三洞幺再來是拐六幺五).
        new("split.pauses.radio", (v, r) => Split(v, r, g => Pick(r, Pauses)) is string split ? InDigits(split, RadioDigits) : null),
        new("split.tail-count", (v, r) => TailCount(v, r)),
        new("split.aside", (v, r) => Split(v, r, g => Pick(r, Asides))),
        // The katakana prolonged sound mark a Japanese input method types for a hyphen (010ー1234ー5678).
        new("sep.prolonged-mark", (v, _) => v.Separator == "-" && v.Groups.Length >= 2 ? string.Join("ー", v.Groups) : null),
        new("look-alike.greek-small", (v, _) => IsMail(v) ? null : LookAlike(v.Canonical, GreekSmallLookAlikes)),
        // A plate's digits read over the radio, the digit of a mixed code glued to its letter too (車號拐L六八三四, 〇Y-二八二七).
        new("numerals.radio-plate", (v, _) => v.Groups.Length == 2 && v.Groups.Any(g => g.Any(char.IsAsciiLetter)) && !v.Spoken ? Numerals(v, RadioDigits, minimum: 1) : null),
        // Wrapped onto the next line where it was typed or pasted (D245⏎759855, CBJ⏎3038, +852⏎9914 5901, 4563 5096 2542⏎0584).
        new("wrapped.line", (v, r) => Wrapped(v, r, Pick(r, "\n", " \n", "\r\n"))),
        // Wrapped right after its hyphen (0989-⏎976013, RSM-⏎2896, 0957-542-⏎002).
        new("wrapped.hyphen", (v, r) => v.Separator == "-" ? Wrapped(v, r, "-\n") : null),
        // Continued on the speaker's next chat line (卡號 4563 0376 ⏎[14:33] 小美: 2640 8101): only chat contexts hold it.
        new("wrapped.chat-line", (v, r) => Wrapped(v, r, Pick(r, "\n[14:33] 小美: ", " \n[14:33] 小美: ", "\n[14:34] 小美: "))),
        // The hyphen opens the next line instead of closing this one (0912⏎-345-678, 小美：00886⏎小美：-912-345678).
        new("wrapped.hyphen-next", (v, r) => v.Separator == "-" ? Wrapped(v, r, "\n-") : null),
        // Digits spelled out as English words, to get past a filter that looks for digits (K one five two six…; set M):
        // IDs, certificates and Taiwan mobiles.
        new("numbers.english-words", (v, r) => EnglishWords(v, r)),
        // A plate called over the radio: its letters spelt apart by hyphens, its digits in radio numerals (K-W-D 三八幺五,
        // R-T，六兩洞四; set M).
        new("radio.letters-hyphenated", (v, r) => LettersHyphenated(v, r)),
        // A card with O or l typed for a 0 or 1 after its first four digits (3982 597l, 19O2; set L).
        new("look-alike.card-digits", (v, r) => CardDigitLetters(v, r)),
        // Round 15 (set U6): the plus of an international number said aloud, 加號 or 加, the digits in radio, Chinese or ASCII
        // numerals, the groups apart by spaces or hyphens (加號八五二 六幺兩三 四五六七, 加六三-九幺七-兩三四-五六七八).
        new("spoken-plus", (v, r) => SpokenPlus(v, r)),
        new("wrapped.chat-line.hyphen-next", (v, r) => v.Separator == "-" ? Wrapped(v, r, Pick(r, "\n[14:33] 小美: -", "\n[14:34] 小美: -")) : null),
        // Sets U1 and U2: the writer interrupts the value once, anywhere between two of its characters, with a short aside in
        // brackets, framed by dashes, a filler between pauses, or a line break and a mark that the value goes on (A1234
        // (斷訊) 56789, 0912——再來是——345 678, 4556-3018…嗯…2297-6410, PE318，呃，52047, 0958⏎（續）217 406).
        new("split.aside.bracketed", (v, r) => Interrupted(v, r, Pick(r, Interruptions.Bracketed))),
        new("split.aside.dashes", (v, r) => Interrupted(v, r, Pick(r, Interruptions.DashFramed))),
        new("split.aside.pauses", (v, r) => Interrupted(v, r, Pick(r, Interruptions.PauseFramed))),
        new("wrapped.continued", (v, r) => Interrupted(v, r, Pick(r, Interruptions.Continued))),
        // Round 21 (set U4): a plate dictated to speech-to-text, its hyphen said as a word, with or without spaces around it,
        // its letters spaced one by one or not, its digits in Arabic, Chinese or radio numerals (K T W 槓 二九五七, B R E dash
        // 3075, 六一八三 dash GK, 7K槓兩八洞六); the digits in numerals are a variant of their own, as numerals.* are.
        new("sep.spoken", (v, r) => SpokenHyphen(v, r, "0123456789")),
        new("sep.spoken.numerals", (v, r) => SpokenHyphen(v, r, Pick(r, ChineseDigits, RadioDigits, LingDigits, RadioYaoDigits))),
        // Round 22 (set U4): the numeral 一 typed for a plate's hyphen, glued or spaced (LKW一5826, 5U一382, 6218 一 KW).
        new("sep.yi", (v, r) => v.Groups.Length == 2 && v.Separator == "-" && !v.Spoken && v.Groups.Any(g => g.Any(char.IsAsciiLetterUpper))
            ? string.Join(Pick(r, "一", "一", " 一 "), v.Groups) : null),
        // Round 22 (sets U1, U4): an underscore typed for a plate's hyphen (6218_K5, KWB_3825).
        // Round 22 (set U4): a mixed code's two characters dictated one by one, then its digits after a pause, a spoken hyphen
        // or glued, in digits or numerals (車號是 M 5 一六二九, 對方車牌 K 3 5816, 那台車 6 R 槓 三拐八五, 8 K359).
        new("spaced.code", (v, r) => v.Groups.Length == 2 && v.Groups[0].Length == 2 && !v.Spoken
            && v.Groups[0].Any(char.IsAsciiLetterUpper) && v.Groups[0].Any(char.IsAsciiDigit)
            ? $"{v.Groups[0][0]} {v.Groups[0][1]}" + Pick(r, " ", " 槓 ", "-", "", " dash ") + (r.Next(2) == 0 ? v.Groups[1] : InDigits(v.Groups[1], Pick(r, ChineseDigits, RadioDigits)))
            : null),
        new("sep.underscore", (v, _) => v.Groups.Length == 2 && v.Separator == "-" && !v.Spoken && v.Groups.Any(g => g.Any(char.IsAsciiLetterUpper))
            ? string.Join("_", v.Groups) : null),
        // Round 22: OCR and typing look-alikes beyond O, l, S and B, each digit by any letter it passes for, in either case
        // where the case matters (D Q o for 0, i I l for 1, Z z for 2, S s for 5, G b for 6, T for 7, B for 8, g q for 9): one
        // to three of an ID's or certificate's serial digits (its first digit stays as typed), one or two of a card's after its
        // issuer digits, one of a plate's digit group; alone or full width.
        new("look-alike.digits.ocr", (v, r) => OcrIdLetters(v, r)),
        new("look-alike.digits.ocr.full-width", (v, r) => OcrIdLetters(v, r) is string typed ? FullWidth(typed) : null),
        new("look-alike.card-digits.ocr", (v, r) => OcrCardLetters(v, r)),
        new("look-alike.plate-digits.ocr", (v, r) => OcrPlateLetters(v, r)),
        // Round 23 (sets U5, U6): a scanned or hurriedly typed phone number, one or two of its digits after the first typed as
        // any letter OCR or a typist puts for them (0Z-2D61-4478, 09Z7-3B1-64O, +852 6T1Z 3309, 市話 3Z81-6O47): Taiwan's
        // national, plus and local forms, and a foreign number after its plus; then the same grouped with dots, or full width.
        new("look-alike.phone-digits.ocr", (v, r) => OcrPhoneLetters(v, r)),
        new("look-alike.phone-digits.ocr.dots", (v, r) => OcrPhoneLetters(v with { Separator = "." }, r)),
        new("look-alike.phone-digits.ocr.full-width", (v, r) => OcrPhoneLetters(v, r) is string typed ? FullWidth(typed) : null),
        // Round 25 (sets U8, U9): Taiwan's code without its plus or after 00, one or two of the mobile's digits typed as OCR
        // letters (886-912-345-o78, 886953Z7g418), or the zeros of 00 typed as O (o0886 912…, OO886…).
        new("look-alike.country-code.ocr", (v, r) => CountryCodeLetters(v, r)),
        // Round 25 (set U9): a mobile read out two digits at a time (09 72 31 86 54): no lottery draw, whose pairs rise.
        new("sep.pairs", (v, _) => MobilePairs(v)),
        // Round 24 (sets U7, U8): a plate read out with its hyphen written and a pause beside it (KRT，呃，-2395,
        // KRT-（停頓）三六洞勾) or inside its digit group (KRT-23…95), the digits typed or read in radio numerals.
        new("split.plate-hyphen", (v, r) => PauseInPlate(v, r, insideDigits: false)),
        new("split.plate-digits", (v, r) => PauseInPlate(v, r, insideDigits: true)),
        // Round 24 (sets U7, U8): a scanned form's first digit typed as an OCR letter too — an ID's sex digit (1 as l, i, I;
        // 2 as Z, z), a 2021 certificate's 9 (g, q), an old certificate's first digit — with one more letter in the serial
        // where it is a capital (a capital alone there is how invoice and part codes start, which needs a label); and a bar
        // typed or scanned for a 1, glued inside an ID, a certificate or a mobile (L2|4567890, E|23456|78, 09|2 345 678).
        new("look-alike.digits.first-ocr", (v, r) => OcrFirstDigit(v, r)),
        new("look-alike.digits.bar", (v, r) => BarForOne(v, r)),
        // Round 24 (set U7): O or l typed for a 0 or 1 among a card's issuer digits, never its first two (36O4 …, 55OO …, 493l …).
        new("look-alike.card-digits.issuer", (v, r) => IssuerDigitLetters(v, r)),
        // Round 25 (sets U9, U10): a 2012 plate as a plate-recognition camera or an OCR pass reads it, one letter of its series
        // read as the digit it looks like (8 for B, 2 for Z, 5 for S, 6 for G, 0 for D, 7 for T) in any of its three places;
        // then with one OCR letter among its digits as well.
        new("look-alike.plate-letters.ocr", (v, r) => OcrPlateSeries(v, r, digitsToo: false)),
        // Round 27 (sets U13, U14): a value given in two parts to get it past a filter, the second named by its place — the
        // latter half, the next line or segment, the second part, the last digits, what is left — after a pause mark, with a
        // copula or colon and a space or line break before it, or not (K2746，後半段是39581, 0918；第二部分：273645,
        // R3816，下一行是⏎50274, MRT-，後半段是4417, lin.m77，後半段是@gmail.com); and a read-out started over between two
        // groups, the digits typed or in radio numerals (N 兩五拐洞，我再念一次後面，三八四幺九).
        new("split.parts", (v, r) => GivenInParts(v, r)),
        new("split.parts.read-again", (v, r) => Interrupted(v, r, Pick(r, "，", " ", "") + Pick(r, ReadAgain) + Pick(r, "，", " ", "")) is string read
            ? (r.Next(2) == 0 ? read : InDigits(read, RadioDigits)) : null),
        new("look-alike.plate-letters.ocr.digits", (v, r) => OcrPlateSeries(v, r, digitsToo: true)),
        // Round 26 (sets U11, U12): a three-digit group set apart by the hyphen with two of its digits typed as O, o, I or l
        // and one left (KW-7OI, 5OO-KW, RT-I0l), and a digits-first group whose first digit is typed as one (I38-KW, O25-KM, l846-RT).
        new("look-alike.plate-digits.two", (v, r) => TwoPlateDigitLetters(v, r)),
        new("look-alike.plate-digits.first", (v, r) => FirstPlateDigitLetter(v, r)),
        // Round 27 (sets U13, U14): a plate's digit group typed partly in digits and partly read in radio numerals, the
        // script changing inside the group in either direction (KR-洞3726, RTW-兩六3兩, KDF-3七勾勾, 幺六兩7-KP).
        new("numerals.radio-mixed-plate", (v, r) => RadioMixedPlate(v, r)),
        // Round 27 (sets U13, U14): three or four of a card's 0, 1 and 5 after its issuer's digits typed as look-alike letters
        // (O, o, Cyrillic О, I, l, S), in any group after the first (4716-2699-lO23-74Ol, 5412 0l9I 6l46 S00o).
        new("look-alike.card-digits.many", (v, r) => ManyCardLetters(v, r)),
        // Round 27 (sets U13, U14): an ID or certificate given in two pieces with words announcing the rest between them — its
        // next or other part, its last digits by a count the writer gets right or wrong, or the reading said again — after a
        // pause or none, the rest on the same line or the next; typed, or read in radio numerals with its letters apart.
        new("split.next-part", (v, r) => NextPart(v, r, radio: false)),
        new("split.next-part.radio", (v, r) => NextPart(v, r, radio: true)),
        // Round 28 (sets U15, U16): a combining mark typed over every character by a text-decoration tool — diaeresis,
        // underline, dot below, acute, strike-through — the letters composed where Unicode has them (Ä, Ẹ, Ṇ) or not.
        new("marks.combining", (v, r) => CombiningMarks(v, r)),
        // Round 28 (sets U15, U16): one symbol run typed between every two characters (emoji, dots, dashes, tildes, stars).
        new("sep.interleaved", (v, r) => Interleaved(v, r)),
        // Round 28 (sets U15, U16): digits read out in groups of two or three with their place words 十 and 百
        // (零九三十一，四百零七，八百五十六; 四十二六十三), the groups glued where the reading stays one, else apart by a pause.
        new("numerals.place", (v, r) => PlaceReading(v, r)),
        // Round 28 (sets U15, U16): a plate spelt out with one mark repeated between every two of its characters — a symbol, an
        // emoji (alone or a sequence joined by invisible characters), a tilde, or a dot, dash or underscore doubled (R★K★T★2★0★5★8,
        // K~T~W~3~1~6, 5__K__2__7__3__8): written to get it past a filter.
        new("spelled.one-mark", (v, r) => SpelledWithOneMark(v, Pick(r, OneMarks))),
        // Round 31 (categories of set U22): a plate spelt out with the enumeration comma between every two characters
        // (R、P、X、5、1、9、7): a list's mark, so a plate only right after a plate word or a driving verb.
        new("spelled.list-mark", (v, _) => SpelledWithOneMark(v, "、")),
        // Round 32 (categories of sets U23, U24): a plate disguised within one line — an emoji or symbol beside its hyphen or in
        // its place and another inside a group (EKH✅-72😅15, BRV💥51⭐83); spelt out with a spaced hyphen between every two
        // characters (F - C - Q - 7 - 2 - 8); spelt out a character at a time, the spaced hyphen kept between its groups
        // (5 K - 3 7 2 9, K M - 5 0 6).
        new("marks.plate-symbols", (v, r) => PlateMarkedWithSymbols(v, r)),
        new("spelled.spaced-hyphens", (v, _) => SpelledWithOneMark(v, " - ")),
        new("spelled.around-hyphen", (v, _) => SpelledAroundHyphen(v)),
        // Round 32 (categories of set U24): a plate's letters said with a word that starts with each, as over the phone
        // (D as in Dog K-738, F(Fox) R-249): the first letter, or every one.
        new("spelled.letter-examples", (v, r) => WithLetterExamples(v, r)),
        // Round 35 (categories of sets U27, U28): a plate's hyphen typed at another place than between its letters and digits
        // (PK-T3816, TR681-5, 72-15KT), one or two characters off, to slip past a filter that looks for it there.
        new("sep.moved-hyphen", (v, r) => MovedHyphen(v, r)),
        // Round 32 (categories of set U24): Taiwan's country code after the plus typed with B for an 8 (+B86 912…, +BB6-912…).
        new("look-alike.country-code", (v, r) => v.Canonical.StartsWith("+886", StringComparison.Ordinal)
            ? "+" + Pick(r, "B86", "8B6", "BB6") + v.Canonical[4..] : null),
        // Round 29 (categories of sets U17, U18): digits dictated as words — English as people say them (oh, double, triple,
        // hyphens, capitals, a group left in digits), English groups apart by commas, Indonesian, Malay, Vietnamese or Tagalog
        // words — and values given in chunks with words announcing each one, or built from string literals (DictatedForms).
        new("numbers.words.english-dictated", DictatedForms.EnglishDictated),
        new("numbers.words.foreign", DictatedForms.ForeignWords),
        new("split.words.english", DictatedForms.EnglishGroups),
        new("split.dictated", DictatedForms.Dictated),
        new("split.concatenated", DictatedForms.Concatenated),
        // Round 29 (sets U19, U20): digits written as sound-alike characters (諧音), every one (零 → 靈, 九 → 酒, 一 → 醫…)
        // or some among real digits: values of nine digits or more.
        new("homophones", (v, r) => SoundAlikeDigits.Every(v.Canonical, r)),
        new("homophones.mixed", (v, r) => SoundAlikeDigits.Some(v.Canonical, r)),
        // Round 35 (categories of sets U27, U28): sound-alikes (菱 for 0 among them) mixed with everyday and financial numerals
        // and digits, digit by digit; and a bar typed for a 1 beside a hyphen or a look-alike letter (O, Z, S, B), an ID's
        // letter in Cyrillic or Greek (O912-|4S678, Е|2Z…).
        new("homophones.staff-typed", (v, r) => SoundAlikeDigits.StaffTyped(v.Canonical, r)),
        new("look-alike.bars.mixed", (v, r) => LookAlikeBars.Typed(v, r)),
        // Round 29 (sets U19, U20): the whole value spelled one character per line, blank lines between or not, or one per
        // cell of a CSV, Markdown or tab-separated row.
        new("spelled.per-line", (v, r) => SpelledDown(v, Pick(r, "\n", "\n\n", "\r\n"))),
        new("spelled.per-cell", (v, r) => SpelledDown(v, Pick(r, ",", " | ", "\t"))),
    };

    // Round 29: the value's letters and digits one per line or per cell, nothing else (no plus, no hyphen).
    private static string? SpelledDown(PlantedValue v, string separator) =>
        IsMail(v) || v.Canonical.Contains('+') ? null : string.Join(separator, v.Canonical.Where(char.IsAsciiLetterOrDigit));

    /// <summary>Round 28: combining marks a text-decoration tool puts over each character (diaeresis, underline, dot below, acute, strike-through, macron below).</summary>
    private static readonly char[] Marks = { '\u0308', '\u0332', '\u0323', '\u0301', '\u0336', '\u0331' };

    private static string? CombiningMarks(PlantedValue v, Random r)
    {
        if (IsMail(v) || v.Spoken) return null;
        char mark = Marks[r.Next(Marks.Length)];
        var builder = new StringBuilder();
        foreach (char c in v.Canonical) builder.Append(c).Append(char.IsAsciiLetterOrDigit(c) ? mark.ToString() : "");
        var marked = builder.ToString();
        return r.Next(2) == 0 ? marked.Normalize(NormalizationForm.FormC) : marked;
    }

    /// <summary>Round 28: runs typed between every two characters of a value.</summary>
    private static readonly string[] InterleavingRuns = { "👮", "🙂", "❤️", "✅", "⭐", "🚓", "··", "--", "~", "·", "*", "•", "♥" };

    private static string? Interleaved(PlantedValue v, Random r)
    {
        if (IsMail(v) || v.Spoken) return null;
        var value = v.Canonical;
        var plus = value.StartsWith('+') ? "+" : "";
        var characters = value.Where(char.IsAsciiLetterOrDigit).Select(c => c.ToString());
        return plus + string.Join(Pick(r, InterleavingRuns), characters);
    }

    private static string? PlaceReading(PlantedValue v, Random r)
    {
        if (IsMail(v) || v.Spoken) return null;
        var value = v.Canonical;
        int first = value.IndexOfAny("0123456789".ToCharArray());
        if (first < 0) return null;
        var head = value[..first].Replace(" ", "").Replace("-", "");
        var digits = new string(value[first..].Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 7 || head.Any(c => !(char.IsAsciiLetterUpper(c) || c == '+'))) return null;
        var chunks = new List<string>();
        for (int at = 0; at < digits.Length;)
        {
            int left = digits.Length - at;
            int size = left <= 3 ? left : left == 4 ? 2 : 2 + r.Next(2); // no group of one digit
            chunks.Add(digits.Substring(at, size));
            at += size;
        }
        var builder = new StringBuilder(head);
        for (int k = 0; k < chunks.Count; k++)
        {
            var read = ReadChunk(chunks[k]);
            if (k > 0) builder.Append(GluesSafely(chunks[k - 1], chunks[k]) ? Pick(r, "", "，", "、", " ") : Pick(r, "，", "、", " "));
            builder.Append(read);
        }
        return builder.ToString();
    }

    // A group read as a number: 42 四十二, 10 十 or 一十, 07 零七, 407 四百零七, 300 三百; a group starting with 0 digit by digit.
    private static string ReadChunk(string chunk)
    {
        const string numerals = "零一二三四五六七八九";
        if (chunk[0] == '0') return string.Concat(chunk.Select(c => numerals[c - '0']));
        if (chunk.Length == 2) return Tens(chunk[0], chunk[1], numerals, leadingOne: true);
        var hundreds = numerals[chunk[0] - '0'] + "百";
        if (chunk[1] == '0') return chunk[2] == '0' ? hundreds : hundreds + "零" + numerals[chunk[2] - '0'];
        return hundreds + Tens(chunk[1], chunk[2], numerals, leadingOne: true);
    }

    private static string Tens(char tens, char units, string numerals, bool leadingOne) =>
        (tens == '1' && leadingOne ? "一十" : numerals[tens - '0'] + "十") + (units == '0' ? "" : numerals[units - '0'].ToString());

    // Two groups read glued stay apart in the reading only when the first ends on a digit numeral and the second does not
    // open with a place word's zero fill: "零九" + "四十二" reads 0942, "四十" + "十五" would not.
    private static bool GluesSafely(string before, string next) => before[^1] != '0' && next[0] != '0';



    // The plate's characters one by one, the mark between every two; null for values that are no plate (no letter or no digit).
    private static string? SpelledWithOneMark(PlantedValue v, string mark)
    {
        if (v.IsMail || v.Spoken || v.Groups.Length != 2) return null;
        var chars = string.Concat(v.Groups);
        if (!chars.Any(char.IsAsciiLetterUpper) || !chars.Any(char.IsAsciiDigit) || !chars.All(char.IsAsciiLetterOrDigit)) return null;
        return string.Join(mark, chars.ToCharArray());
    }

    /// <summary>Round 32: emoji and symbols typed into a plate (one of them a sequence with its variation selector).</summary>
    private static readonly string[] PlateSymbols = { "✅", "😅", "⭐", "🔥", "❤\uFE0F", "🙏", "🐱", "👉", "✨", "💥", "☆" };

    // Round 32: a symbol beside the plate's hyphen or in its place, and another inside its longer group; null for values
    // that are no plate (no letter or no digit, or not two groups).
    private static string? PlateMarkedWithSymbols(PlantedValue v, Random r)
    {
        if (SpelledWithOneMark(v, "") is null) return null;
        int inside = v.Groups[0].Length >= v.Groups[1].Length ? 0 : 1;
        var group = v.Groups[inside];
        int at = 1 + r.Next(group.Length - 1);
        var marked = group[..at] + Pick(r, PlateSymbols) + group[at..];
        var (first, second) = inside == 0 ? (marked, v.Groups[1]) : (v.Groups[0], marked);
        return first + Pick(r, PlateSymbols) + Pick(r, "-", "") + second;
    }

    /// <summary>Round 32: a word for each letter, as people give one over the phone.</summary>
    private static readonly string[] ExampleWords =
    {
        "Apple", "Boy", "Cat", "Dog", "Egg", "Fox", "Girl", "Home", "Ice", "Jack", "King", "Lion", "Mary", "Nancy", "Orange", "Peter",
        "Queen", "Rose", "Sam", "Tom", "Uncle", "Victor", "Water", "Xmas", "Yellow", "Zebra",
    };

    // Round 32: the first letter of a plate's letter group, or every one, with its word after " as in " or in brackets;
    // null for values that are no plate or whose first group is no letter group.
    private static string? WithLetterExamples(PlantedValue v, Random r)
    {
        if (SpelledWithOneMark(v, "") is null || !char.IsAsciiLetterUpper(v.Groups[0][0])) return null;
        bool every = r.Next(2) == 0, bracket = r.Next(2) == 0;
        var letters = new List<string>();
        for (int i = 0; i < v.Groups[0].Length; i++)
        {
            char c = v.Groups[0][i];
            bool said = char.IsAsciiLetterUpper(c) && (every || i == 0);
            letters.Add(!said ? c.ToString() : bracket ? $"{c}({ExampleWords[c - 'A']})" : $"{c} as in {ExampleWords[c - 'A']}");
        }
        return string.Join(" ", letters) + v.Separator + v.Groups[1];
    }

    // Round 32: the plate's characters one by one apart by a space, a spaced hyphen between its groups (5 K - 3 7 2 9).
    private static string? SpelledAroundHyphen(PlantedValue v) => SpelledWithOneMark(v, "") is null ? null
        : string.Join(" ", v.Groups[0].ToCharArray()) + " - " + string.Join(" ", v.Groups[1].ToCharArray());

    // Each digit of the plate's digit group typed or read in radio numerals at random, at least one of each.
    private static string? RadioMixedPlate(PlantedValue v, Random r)
    {
        int group = PlainDigitGroup(v);
        if (group < 0 || v.Groups[group].Length < 3) return null;
        var digits = v.Groups[group];
        var chars = new char[digits.Length];
        int numerals;
        do
        {
            numerals = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                bool numeral = r.Next(2) == 0;
                chars[i] = numeral ? RadioDigits[digits[i] - '0'] : digits[i];
                if (numeral) numerals++;
            }
        } while (numerals == 0 || numerals == digits.Length);
        var groups = (string[])v.Groups.Clone();
        groups[group] = new string(chars);
        return string.Join(v.Separator, groups);
    }

    /// <summary>Letters typed for a card's 0, 1 and 5 (the Cyrillic О among them).</summary>
    private static readonly Dictionary<char, string[]> CardDigitLookAlikes = new()
    {
        ['0'] = new[] { "O", "o", "\u041E" }, ['1'] = new[] { "l", "I" }, ['5'] = new[] { "S" },
    };

    private static string? ManyCardLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (CardDigitLetters(v, r) is null) return null;
        var places = new List<int>();
        for (int i = 4; i < value.Length; i++) if (CardDigitLookAlikes.ContainsKey(value[i])) places.Add(i);
        if (places.Count < 3) return null;
        int count = Math.Min(places.Count, 3 + r.Next(2));
        var chars = value.ToCharArray();
        for (int k = 0; k < count; k++)
        {
            int at = r.Next(places.Count);
            int i = places[at];
            places.RemoveAt(at);
            var letters = CardDigitLookAlikes[value[i]];
            chars[i] = letters[r.Next(letters.Length)][0];
        }
        return new string(chars);
    }

    /// <summary>
    /// Round 27: words that announce the rest of a value, composed from their parts: a head (next, second, other, latter,
    /// last) and a part noun, a head with a count of digits (right or wrong) and what it counts, or a reading said again.
    /// </summary>
    private static string NextPartWords(Random r) => r.Next(3) switch
    {
        0 => Pick(r, "下一", "第二", "另一", "後", "下", "剩下的", "接下來的", "最後一") + Pick(r, "段", "部分", "半", "截", "行", "組", "半部", "串", "節")
            + Pick(r, "", "是", "為", "：", ": ", "就是"),
        1 => Pick(r, "後", "末", "最後", "後面", "尾") + (r.Next(2) == 0 ? ChineseDigits[1 + r.Next(9)].ToString() : (1 + r.Next(9)).ToString())
            + Pick(r, "碼", "位", "個數字", "位數") + Pick(r, "", "是", "：", "為"),
        _ => Pick(r, "我", "") + Pick(r, "再", "重新") + Pick(r, "念", "唸", "讀", "說", "報") + Pick(r, "一次", "一遍") + Pick(r, "", "後面", "後段", "剩下的", "後半部"),
    };

    // An ID or certificate cut once after its letters and one to seven digits, the words above between the pieces.
    private static string? NextPart(PlantedValue v, Random r, bool radio)
    {
        var value = string.Concat(v.Groups);
        if (!v.Spoken || value.Length != 10 || !char.IsAsciiLetter(value[0]) || !value[2..].All(char.IsAsciiDigit)) return null;
        int letters = char.IsAsciiLetter(value[1]) ? 2 : 1;
        int cut = letters + 1 + r.Next(8 - letters);
        string head = value[..cut], rest = value[cut..];
        if (radio)
        {
            head = head[..letters] + Pick(r, " ", "", " ") + InDigits(head[letters..], RadioDigits);
            rest = InDigits(rest, RadioDigits);
        }
        return head + Pick(r, "，", "、", "；", " ", "", "。", "，") + NextPartWords(r) + Pick(r, "", "", " ", "，", "\n") + rest;
    }

    /// <summary>Letters typed for a 0 or a 1, in either case.</summary>
    private static readonly string[] ZeroOneLetters = { "O", "o", "I", "l" };

    // Round 35: the hyphen of a plate of letters and digits moved one or two characters off the place between its groups.
    private static string? MovedHyphen(PlantedValue v, Random r)
    {
        if (PlainDigitGroup(v) < 0) return null;
        string joined = v.Groups[0] + v.Groups[1];
        int boundary = v.Groups[0].Length;
        int at = boundary + (r.Next(2) == 0 ? -1 : 1) * (1 + r.Next(2));
        if (at < 1 || at > joined.Length - 1) at = boundary + (at < 1 ? 1 : -1);
        return joined[..at] + "-" + joined[at..];
    }

    // The digit group of a hyphenated plate of letters and digits (no mixed code), or -1.
    private static int PlainDigitGroup(PlantedValue v)
    {
        if (v.Spoken || v.IsMail || v.Groups.Length != 2 || v.Separator != "-") return -1;
        int d = v.Groups[0].All(char.IsAsciiDigit) ? 0 : v.Groups[1].All(char.IsAsciiDigit) ? 1 : -1;
        return d >= 0 && v.Groups[1 - d].All(char.IsAsciiLetterUpper) ? d : -1;
    }

    // Two look-alikes beside one real digit in a group of three; a digits-first group keeps a real digit in its first two places.
    private static string? TwoPlateDigitLetters(PlantedValue v, Random r)
    {
        int d = PlainDigitGroup(v);
        if (d < 0 || v.Groups[d].Length != 3) return null;
        var digits = v.Groups[d].ToCharArray();
        int keep = r.Next(d == 0 ? 2 : 3);
        for (int i = 0; i < 3; i++) if (i != keep) digits[i] = Pick(r, ZeroOneLetters)[0];
        var groups = (string[])v.Groups.Clone();
        groups[d] = new string(digits);
        return string.Join(v.Separator, groups);
    }

    private static string? FirstPlateDigitLetter(PlantedValue v, Random r)
    {
        if (PlainDigitGroup(v) != 0) return null;
        var groups = (string[])v.Groups.Clone();
        groups[0] = Pick(r, ZeroOneLetters) + groups[0][1..];
        return string.Join(v.Separator, groups);
    }

    /// <summary>Pauses a reader or a transcript writes into a plate read out (the generator's own words and marks).</summary>
    private static readonly string[] PlatePauses = { "，呃，", "…", "……", "（停頓）", "，那個，", "… 嗯 …", "，嗯，", " 呃 ", "(停頓)", "，我看一下喔…", "...", "，欸，" };

    // A letters-first plate with its hyphen, a pause before or after the hyphen, or between two of its digits (at least two
    // digits after it: a lone digit after a pause is never read as part of a value).
    private static string? PauseInPlate(PlantedValue v, Random r, bool insideDigits)
    {
        if (v.Groups.Length != 2 || v.Separator != "-" || v.Spoken || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit)
            || insideDigits && v.Groups[1].Length < 3)
            return null;
        string pause = Pick(r, PlatePauses);
        string digits = r.Next(2) == 0 ? v.Groups[1] : InDigits(v.Groups[1], RadioDigits);
        if (!insideDigits) return r.Next(2) == 0 ? v.Groups[0] + pause + "-" + digits : v.Groups[0] + "-" + pause + digits;
        int cut = 1 + r.Next(digits.Length - 2);
        return v.Groups[0] + "-" + digits[..cut] + pause + digits[cut..];

    }

    private static string? IssuerDigitLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (!v.Spoken || value.Count(char.IsAsciiDigit) is < 13 or > 19 || value[0] is < '2' or > '6' || !value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')) return null;
        var places = Enumerable.Range(2, 2).Where(i => value[i] is '0' or '1').ToList();
        if (places.Count == 0) return null;
        var chars = value.ToCharArray();
        foreach (int at in places) chars[at] = chars[at] == '0' ? Pick(r, "O", "O", "o")[0] : Pick(r, "l", "I")[0];
        return new string(chars);
    }

    // The first digit of an ID or certificate as an OCR letter; a capital there takes one more letter in the serial.
    private static string? OcrFirstDigit(PlantedValue v, Random r)
    {
        if (!v.Spoken || v.Groups.Length != 1 || v.Groups[0].Length != 10 || !char.IsAsciiLetterUpper(v.Groups[0][0])) return null;
        var value = v.Groups[0];
        int first = char.IsAsciiDigit(value[1]) ? 1 : 2;
        // A 2021 certificate's 8 typed as B reads as an old certificate's second letter: no such case.
        var options = OcrLetters[value[first] - '0'].Where(c => first == 2 || c != 'B').ToArray();
        if (options.Length == 0 || value.StartsWith("O9", StringComparison.Ordinal)) return null;
        char letter = options[r.Next(options.Length)];
        var typed = value[..first] + letter + value[(first + 1)..];
        if (!char.IsAsciiLetterUpper(letter) || letter == 'O') return typed;
        return OcrLettersAt(typed, Enumerable.Range(first + 1, value.Length - first - 1).ToList(), 1, r);
    }

    // One or two 1s of a value as a bar glued between two of its characters (never beside a separator, never more than two).
    private static string? BarForOne(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        bool id = v.Spoken && v.Groups.Length == 1 && value.Length == 10 && char.IsAsciiLetterUpper(value[0]);
        bool mobile = !v.IsMail && value.StartsWith("09", StringComparison.Ordinal) && value.All(c => char.IsAsciiDigit(c) || c is '-' or ' ');
        if (!id && !mobile) return null;
        var places = Enumerable.Range(1, value.Length - 2)
            .Where(i => value[i] == '1' && char.IsAsciiLetterOrDigit(value[i - 1]) && char.IsAsciiLetterOrDigit(value[i + 1])).ToList();
        if (places.Count == 0) return null;
        var chars = value.ToCharArray();
        int bars = Math.Min(places.Count, 1 + r.Next(2));
        for (int k = 0; k < bars; k++)
        {
            int pick = r.Next(places.Count);
            chars[places[pick]] = '|';
            places.RemoveAt(pick);
        }
        return new string(chars);
    }

    // One or two digits of a phone number typed as OCR letters: never its leading 0, a country code, or the first digit
    // after one (the digit the national number starts with).
    private static string? OcrPhoneLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        bool plus = value[0] == '+';
        // A local number without its area code (2345 6789, at most eight digits: not a card) too; Taiwan's code without its
        // plus (886 2…) is read otherwise.
        bool local = value[0] is >= '2' and <= '9' && !value.StartsWith("886", StringComparison.Ordinal) && value.Count(char.IsAsciiDigit) <= 8;
        if (v.IsMail || !(plus || local || value.Length > 1 && value[0] == '0' && value[1] != '0')
            || !value.Skip(1).All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '.' or '(' or ')')) return null;
        int from = plus ? value.IndexOfAny("0123456789".ToCharArray(), v.Groups[0].Length) + 1 : 1;
        if (from <= 0) return null;
        return OcrLettersAt(value, Enumerable.Range(from, value.Length - from).Where(i => char.IsAsciiDigit(value[i])).ToList(), 1 + r.Next(2), r);
    }

    // 886 or 00886 before a mobile: letters for one or two of the digits after 8869, or O for the zeros of 00.
    private static string? CountryCodeLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail || !(value.StartsWith("8869", StringComparison.Ordinal) || value.StartsWith("00886 9", StringComparison.Ordinal))) return null;
        if (value[0] == '0') return Pick(r, "O0", "OO", "o0", "0O") + value[2..];
        return OcrLettersAt(value, Enumerable.Range(5, value.Length - 5).Where(i => char.IsAsciiDigit(value[i])).ToList(), 1 + r.Next(2), r);
    }

    // A Taiwan mobile (09 and eight digits) written as five pairs.
    private static string? MobilePairs(PlantedValue v)
    {
        if (v.IsMail) return null;
        var digits = string.Concat(v.Groups).Replace("-", "").Replace(" ", "");
        if (digits.Length != 10 || !digits.StartsWith("09", StringComparison.Ordinal) || !digits.All(char.IsAsciiDigit)) return null;
        return string.Join(" ", Enumerable.Range(0, 5).Select(i => digits.Substring(2 * i, 2)));
    }

    /// <summary>Letters an OCR pass or a hurried typist puts for each digit (none for 3 and 4).</summary>
    private static readonly string[] OcrLetters = { "DQoO", "iIl", "Zz", "", "", "Ss", "Gb", "T", "B", "gq" };

    // Letters for `count` of the digits of `value` at `places`, never two lower-case letters side by side (they read as
    // a word's: "bg", "sq").
    private static string? OcrLettersAt(string value, List<int> places, int count, Random r)
    {
        places = places.Where(i => OcrLetters[value[i] - '0'].Length > 0).ToList();
        if (places.Count == 0) return null;
        var chars = value.ToCharArray();
        for (int k = 0; k < count && places.Count > 0; k++)
        {
            int pick = r.Next(places.Count);
            int at = places[pick];
            places.RemoveAt(pick);
            var options = OcrLetters[value[at] - '0'];
            bool besideLower = at > 0 && char.IsAsciiLetterLower(chars[at - 1]) || at + 1 < chars.Length && char.IsAsciiLetterLower(chars[at + 1]);
            if (besideLower) options = new string(options.Where(c => !char.IsAsciiLetterLower(c)).ToArray());
            if (options.Length > 0) chars[at] = options[r.Next(options.Length)];
        }
        var typed = new string(chars);
        return typed == value ? null : typed;
    }

    private static string? OcrIdLetters(PlantedValue v, Random r)
    {
        if (!v.Spoken || v.Groups.Length != 1 || v.Groups[0].Length != 10 || !char.IsAsciiLetterUpper(v.Groups[0][0])) return null;
        var value = v.Groups[0];
        // O, 9 and letters typed for digits are a 09 mobile typed with O for 0, as the engine reads them (see IdDigitLetters).
        if (value.StartsWith("O9", StringComparison.Ordinal)) return null;
        int firstDigit = char.IsAsciiDigit(value[1]) ? 1 : 2;
        return OcrLettersAt(value, Enumerable.Range(firstDigit + 1, value.Length - firstDigit - 1).ToList(), 1 + r.Next(3), r);
    }

    private static string? OcrCardLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        int digits = value.Count(char.IsAsciiDigit);
        if (!v.Spoken || digits is < 13 or > 19 || value[0] is < '2' or > '6' || !value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')) return null;
        return OcrLettersAt(value, Enumerable.Range(4, value.Length - 4).Where(i => char.IsAsciiDigit(value[i])).ToList(), 1 + r.Next(2), r);
    }

    private static string? OcrPlateLetters(PlantedValue v, Random r)
    {
        if (v.Spoken || v.IsMail || v.Groups.Length != 2 || !v.Groups.Any(g => g.Any(char.IsAsciiLetterUpper))) return null;
        int d = v.Groups[0].All(char.IsAsciiDigit) ? 0 : 1;
        var group = v.Groups[d];
        if (group.Length < 3 || !group.All(char.IsAsciiDigit)) return null;
        // The group's first digit takes only the letters read as a first digit (O, o, I, l); the others any.
        var places = Enumerable.Range(1, group.Length - 1).ToList();
        var typed = OcrLettersAt(group, places, 1, r);
        if (typed is null) return null;
        var groups = (string[])v.Groups.Clone();
        groups[d] = typed;
        return string.Join(v.Separator, groups);
    }

    /// <summary>Digits an OCR pass reads for a plate series' letters (B, Z, S, G, D, T).</summary>
    private const string SeriesOcrDigits = "825607";

    // A 2012 plate (three letters, a hyphen, four digits) with one letter of its series typed as a digit, and optionally one
    // of its digits after the first as an OCR letter.
    private static string? OcrPlateSeries(PlantedValue v, Random r, bool digitsToo)
    {
        if (v.Spoken || v.IsMail || v.Groups.Length != 2 || v.Separator != "-" || v.Groups[0].Length != 3 || !v.Groups[0].All(char.IsAsciiLetterUpper)
            || v.Groups[1].Length != 4 || !v.Groups[1].All(char.IsAsciiDigit)) return null;
        var series = v.Groups[0].ToCharArray();
        series[r.Next(3)] = SeriesOcrDigits[r.Next(SeriesOcrDigits.Length)];
        string digits = digitsToo ? OcrLettersAt(v.Groups[1], new List<int> { 1, 2, 3 }, 1, r) ?? v.Groups[1] : v.Groups[1];
        return new string(series) + v.Separator + digits;
    }

    /// <summary>The hyphen said aloud; the English words always stand apart from the letters.</summary>
    private static readonly string[] SpokenHyphenWords = { "槓", "杠", "橫槓", "減", "dash", "hyphen", "Dash" };

    // A plate's two groups, one of them with a letter, joined by a spoken hyphen.
    private static string? SpokenHyphen(PlantedValue v, Random r, string digits)
    {
        if (IsMail(v) || v.Spoken || v.Groups.Length != 2 || !v.Groups.Any(g => g.Any(char.IsAsciiLetterUpper))) return null;
        string word = Pick(r, SpokenHyphenWords);
        string separator = word[0] < 0x80 || r.Next(2) == 0 ? " " + word + " " : word;
        bool spaceLetters = r.Next(2) == 0;
        var groups = v.Groups.Select(g => g.All(char.IsAsciiLetterUpper)
            ? (spaceLetters ? string.Join(" ", g.ToCharArray()) : g)
            : g.All(char.IsAsciiDigit) ? InDigits(g, digits) : g);
        return string.Join(separator, groups);
    }

    // The value as written, cut once by the aside: between two of its groups (the others keep their separator), or inside a
    // value written whole where a digit follows (the reader joins a next group that starts with a digit), two or more
    // characters on each side.
    private static string? Interrupted(PlantedValue v, Random r, string aside)
    {
        if (!v.Spoken) return null;
        if (v.Groups.Length >= 2)
        {
            var cuts = Enumerable.Range(1, v.Groups.Length - 1).Where(g => char.IsAsciiDigit(v.Groups[g][0])).ToList();
            if (cuts.Count == 0) return null;
            int at = cuts[r.Next(cuts.Count)];
            return string.Join(v.Separator, v.Groups[..at]) + aside + string.Join(v.Separator, v.Groups[at..]);
        }
        var value = v.Groups[0];
        var places = Enumerable.Range(2, Math.Max(0, value.Length - 3)).Where(i => char.IsAsciiDigit(value[i])).ToList();
        if (places.Count == 0) return null;
        int cut = places[r.Next(places.Count)];
        return value[..cut] + aside + value[cut..];
    }

    /// <summary>Round 27: the place of the second part of a value given apart (the generator's own words).</summary>
    private static readonly string[] PartPlaces =
        { "後半段", "後半部分", "下半段", "下一段", "下一行", "第二部分", "第二段", "後段", "剩下的", "另一半", "末碼", "尾碼", "後面接", "其餘", "後半截" };

    /// <summary>Round 27: a read-out started over from where it broke off.</summary>
    private static readonly string[] ReadAgain = { "我再念一次後面", "再念一次", "我再唸一遍後面", "我再說一次後面", "再讀一次", "我再念一次" };

    // The second part of a value named by its place: a pause mark or none, the place, a copula or colon or none, then a
    // space or line break or none. A plate's digits follow its letters with or without the hyphen kept before the words;
    // an address's domain follows its mailbox.
    private static string? GivenInParts(PlantedValue v, Random r)
    {
        string gap = Pick(r, "，", "、", "；", " ", "。", "") + Pick(r, PartPlaces) + Pick(r, "", "是", "：", "為") + Pick(r, "", " ", "\n");
        if (v.IsMail)
        {
            var address = v.Canonical;
            int at = address.IndexOf('@');
            bool plain = at > 0 && address.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '@');
            return plain ? address[..at] + gap.TrimEnd('\n') + address[at..] : null; // a written-out address has words of its own
        }
        if (v.Spoken) return Interrupted(v, r, gap);
        if (v.Groups.Length != 2 || v.Separator != "-" || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit)) return null;
        return v.Groups[0] + Pick(r, "-", "") + gap + v.Groups[1];
    }

    // Every digit of an ID, a certificate or a 09 mobile as its English word, a space between all of them; now and then in
    // capitals (K ONE FIVE…), as a shouting or a speech-to-text line writes them.
    private static string? EnglishWords(PlantedValue v, Random r)
    {
        var value = string.Concat(v.Groups).Replace(" ", "");
        bool id = value.Length == 10 && char.IsAsciiLetter(value[0]) && value.Skip(2).All(char.IsAsciiDigit);
        bool mobile = value.Length == 10 && value.StartsWith("09", StringComparison.Ordinal) && value.All(char.IsAsciiDigit);
        if (!v.Spoken || !id && !mobile) return null;
        var words = value.Select(c => char.IsAsciiDigit(c) ? DictatedForms.English[c - '0'] : c.ToString());
        var written = string.Join(" ", words);
        return r.Next(4) == 0 ? written.ToUpperInvariant() : written;
    }

    private static string? CardDigitLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        int digits = value.Count(char.IsAsciiDigit);
        if (!v.Spoken || digits is < 13 or > 19 || value[0] is < '2' or > '6' || !value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-')) return null;
        var places = new List<int>();
        for (int i = 4; i < value.Length; i++) if (value[i] is '0' or '1') places.Add(i);
        if (places.Count == 0) return null;
        var chars = value.ToCharArray();
        int at = places[r.Next(places.Count)];
        chars[at] = chars[at] == '0' ? 'O' : 'l';
        return new string(chars);
    }

    private static string? LettersHyphenated(PlantedValue v, Random r)
    {
        if (v.Spoken || v.Groups.Length != 2 || v.Groups[0].Length < 2 || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit))
            return null;
        return string.Join("-", v.Groups[0].ToCharArray()) + Pick(r, " ", "，") + InDigits(v.Groups[1], RadioDigits);
    }

    /// <summary>The ICAO spelling alphabet, by letter.</summary>
    private static readonly string[] SpellingWords =
    {
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima", "Mike",
        "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "X-ray", "Yankee", "Zulu",
    };

    // Every letter as its spelling-alphabet word and a space, the digits as radio numerals. The digits are glued: spaced one
    // by one, a last numeral glued to the next word (…幺 五的車主) does not say where the value ends.
    private static string? SpellingAlphabet(PlantedValue v)
    {
        var value = string.Concat(v.Groups);
        if (IsMail(v) || !value.Any(char.IsAsciiLetter) || v.Spoken && v.Groups.Length > 1) return null;
        var builder = new StringBuilder();
        foreach (char c in value)
        {
            if (char.IsAsciiLetter(c)) builder.Append(SpellingWords[char.ToUpperInvariant(c) - 'A']).Append(' ');
            else if (char.IsAsciiDigit(c)) builder.Append(RadioDigits[c - '0']);
        }
        return builder.ToString().TrimEnd();
    }

    // A value written whole that starts with a letter and ends in digits (IDs, certificates): its first letter as a word.
    private static string? SpelledFirstLetter(PlantedValue v, Random r)
    {
        if (v.Groups.Length != 1 || IsMail(v) || !char.IsAsciiLetterUpper(v.Groups[0][0]) || !char.IsAsciiDigit(v.Groups[0][^1])) return null;
        // A word glued to a letter makes another word (KiloA…): an old certificate's second letter stands after a space.
        var join = char.IsAsciiLetter(v.Groups[0][1]) ? " " : Pick(r, "", "-", " ");
        return SpellingWords[v.Groups[0][0] - 'A'] + join + v.Groups[0][1..];
    }

    // Letters first, then a hyphen and digits: the letters as spelling-alphabet words, the rest as typed.
    private static string? SpelledLettersHyphen(PlantedValue v)
    {
        if (v.Groups.Length != 2 || v.Separator != "-" || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit)) return null;
        return string.Join(" ", v.Groups[0].Select(c => SpellingWords[c - 'A'])) + "-" + v.Groups[1];
    }

    // A line break (and an indent) somewhere inside the domain of a plain address, after its first character.
    private static string? WrappedDomain(PlantedValue v, Random r)
    {
        var mail = v.Canonical;
        int at = mail.IndexOf('@');
        // Written-out and spoken forms are read by another path, which does not join lines: only plain ASCII addresses.
        if (!v.IsMail || at <= 0 || mail.Length - at < 4 || !mail.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@')) return null;
        int cut = at + 2 + r.Next(mail.Length - at - 2);
        return mail[..cut] + Pick(r, "\n", "\n  ", "\r\n") + mail[cut..];
    }

    // Up to two digits after the first one written as the letters they look like; IDs and Taiwan phones only (a card's
    // reader takes digits only; cards start with 2-6, IDs with a letter, Taiwan phones with 0 or +886, whose letters come
    // after the country code: +886-931l47325, set L).
    private static string? DigitLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        bool plus886 = value.StartsWith("+886", StringComparison.Ordinal);
        if (!plus886 && (!v.Spoken || !(char.IsAsciiLetter(value[0]) || value[0] == '0'))) return null;
        int first = value.IndexOfAny("0123456789".ToCharArray(), plus886 ? 4 : 0);
        var places = new List<int>();
        for (int i = first + 1; i < value.Length; i++) if ("0158".Contains(value[i])) places.Add(i);
        if (places.Count == 0) return null;
        var chars = value.ToCharArray();
        for (int k = 0; k < 2 && places.Count > 0; k++)
        {
            int pick = r.Next(places.Count);
            int at = places[pick];
            places.RemoveAt(pick);
            chars[at] = chars[at] switch { '0' => 'O', '1' => 'l', '5' => 'S', _ => 'B' };
        }
        return new string(chars);
    }

    /// <summary>The most digits of an ID or certificate the look-alike variants type as letters.</summary>
    private const int MostDigitLetters = 5;

    // Every 0 and 1 of an ID's or certificate's digits (from the sex digit or the first digit on) written as O or o and l or
    // I, up to MostDigitLetters of them; the first digit as a lower-case l (a capital I or L there, the only letter typed
    // for a digit, is how e-invoice and serial numbers start: AL12345678, BL1234567). Null when no digit is a 0 or a 1.
    private static string? IdDigitLetters(PlantedValue v, Random r)
    {
        if (!v.Spoken || v.Groups.Length != 1 || v.Groups[0].Length != 10 || !char.IsAsciiLetterUpper(v.Groups[0][0])) return null;
        // O, 9 and letters typed for digits are a 09 mobile typed with O for 0 (O9l2345678), as the engine reads them.
        if (v.Groups[0].StartsWith("O9", StringComparison.Ordinal)) return null;
        var chars = v.Groups[0].ToCharArray();
        int from = char.IsAsciiDigit(chars[1]) ? 1 : 2;
        var places = Enumerable.Range(from, chars.Length - from).Where(i => chars[i] is '0' or '1').ToList();
        while (places.Count > MostDigitLetters) places.RemoveAt(r.Next(places.Count));
        if (places.Count == 0) return null;
        foreach (int at in places)
            chars[at] = chars[at] == '0' ? Pick(r, "O", "O", "o")[0] : at == from ? 'l' : Pick(r, "l", "l", "I")[0];
        return new string(chars);
    }

    // The letters before the digits (an ID's one, an old certificate's two) as the Cyrillic or Greek capitals they look like,
    // where one exists.
    private static string LookAlikePrefix(string value)
    {
        int letters = char.IsAsciiLetterUpper(value[1]) ? 2 : 1;
        return (LookAlike(value[..letters]) ?? value[..letters]) + value[letters..];
    }

    // An ID's letter apart and its nine characters in threes (H l53 O6O l72); an old certificate's two letters, then its
    // eight characters in fours (TC 28OO O65O).
    private static string SpacedGroups(string value) =>
        char.IsAsciiLetterUpper(value[1])
            ? $"{value[..2]} {value[2..6]} {value[6..]}"
            : $"{value[..1]} {value[1..4]} {value[4..7]} {value[7..]}";

    private static string? PlateDigitLetters(PlantedValue v, Random r)
    {
        if (v.Spoken || v.IsMail || v.Groups.Length != 2 || !v.Groups.Any(g => g.Any(char.IsAsciiLetterUpper))) return null;
        int d = v.Groups[0].All(char.IsAsciiDigit) ? 0 : 1;
        var digits = v.Groups[d].ToCharArray();
        if (digits.Length < 3 || !digits.All(char.IsAsciiDigit)) return null;
        var places = Enumerable.Range(0, digits.Length).Where(i => i > 0 ? "0158".Contains(digits[i]) : "01".Contains(digits[i])).ToList();
        if (places.Count == 0) return null;
        int at = places[r.Next(places.Count)];
        digits[at] = digits[at] switch { '0' => 'O', '1' => 'I', '5' => 'S', _ => 'B' };
        var groups = (string[])v.Groups.Clone();
        groups[d] = new string(digits);
        return string.Join(v.Separator, groups);
    }

    private static string? ManyDigitLetters(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (!value.StartsWith("09", StringComparison.Ordinal) || value.Count(char.IsAsciiDigit) != 10 || value.Any(char.IsAsciiLetter)) return null; // a mobile's ten digits
        var chars = value.ToCharArray();
        for (int i = 0, typed = 0; i < chars.Length && typed < 4; i++)
        {
            if (chars[i] is not ('0' or '1')) continue;
            chars[i] = chars[i] == '0' ? 'O' : "Il"[r.Next(2)];
            typed++;
        }
        return new string(chars);
    }

    private static string? LowerDigitLetter(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (value[0] is not ('0' or '+') || value.StartsWith("00", StringComparison.Ordinal) || !value.Skip(1).All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '(' or ')')) return null;
        var places = Enumerable.Range(0, value.Length).Where(i => value[i] is '0' or '1').ToList();
        if (places.Count == 0) return null;
        int at = places[r.Next(places.Count)];
        var chars = value.ToCharArray();
        chars[at] = chars[at] == '0' ? 'o' : 'l';
        return new string(chars);
    }

    /// <summary>The calling codes the international families dial (ForeignCountries) and Taiwan's own.</summary>
    private static readonly string[] CallingCodes = { "886", "852", "853", "81", "82", "84", "86", "60", "62", "63", "65", "66", "1" };

    // An international value (+CC, 00CC, a Taiwan call prefix and CC) with its prefix said as 加號 or 加; not a US number of
    // the fictitious 555-01xx range (possible, not valid: after a bare 加 it is no number).
    private static string? SpokenPlus(PlantedValue v, Random r)
    {
        if (v.Spoken || v.IsMail || v.Groups.Length < 2 || CallingCodeOf(v.Groups[0]) is not string code || v.Groups.Contains("555")) return null;
        var digits = Pick(r, RadioDigits, ChineseDigits, LingDigits, "0123456789");
        var separator = Pick(r, v.Separator, " ", "-");
        var rest = string.Join(separator, v.Groups[1..].Select(g => InDigits(g.Trim('(', ')'), digits)));
        return Pick(r, "加號", "加", "加號 ", "加 ") + InDigits(code, digits) + Pick(r, " ", separator) + rest;
    }

    // The calling code after a plus, after 00, or after one of Taiwan's call prefixes glued to it or apart (+852, 0081, 00281, 002 852).
    private static string? CallingCodeOf(string head)
    {
        if (head.StartsWith('+')) return CallingCodes.Contains(head[1..]) ? head[1..] : null;
        if (!head.StartsWith("00", StringComparison.Ordinal)) return null;
        if (head.Contains(' ')) return head[(head.IndexOf(' ') + 1)..];
        if (CallingCodes.Contains(head[2..])) return head[2..];
        return head.Length > 3 && "25679".Contains(head[2]) && CallingCodes.Contains(head[3..]) ? head[3..] : null;
    }

    // One line break between two groups of the value, or inside a value written whole.
    private static string? Wrapped(PlantedValue v, Random r, string lineBreak)
    {
        if (IsMail(v))
        {
            // An address wraps after its at sign (cheng.tsai@⏎outlook.com); written-out forms (dots too) are not wrapped.
            var mail = v.Canonical;
            int at = mail.IndexOf('@');
            return at <= 0 || mail.Contains(' ') || mail.IndexOfAny(new[] { '[', '(', '（' }) >= 0 || lineBreak.Contains('-') ? null : mail[..(at + 1)] + lineBreak + mail[(at + 1)..];
        }
        if (v.Groups.Length >= 2)
        {
            int at = 1 + r.Next(v.Groups.Length - 1);
            return string.Join(v.Separator, v.Groups[..at]) + lineBreak + string.Join(v.Separator, v.Groups[at..]);
        }
        // A reader joins the next line only where it starts with a digit (the letters of an old ARC stay together).
        var value = v.Groups[0];
        var cuts = new List<int>();
        for (int i = 1; i < value.Length - 1; i++) if (char.IsAsciiDigit(value[i])) cuts.Add(i);
        int cut = cuts[r.Next(cuts.Count)];
        return value[..cut] + lineBreak + value[cut..];
    }

    // A letters-first plate broken inside its digit group, two or more digits on the next line (ABC-12⏎35, AB-1⏎234).
    private static string? WrappedInsideDigits(PlantedValue v, Random r, string lineBreak)
    {
        if (v.Spoken || v.IsMail || v.Separator != "-" || v.Groups.Length != 2 || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit)
            || v.Groups[1].Length < 3) return null;
        int at = 1 + r.Next(v.Groups[1].Length - 2);
        return v.Groups[0] + v.Separator + v.Groups[1][..at] + lineBreak + v.Groups[1][at..];
    }

    // A letters-first plate of two or three capitals broken inside its letters (KX⏎D-4821, P⏎LW-306).
    private static string? WrappedInsideLetters(PlantedValue v, Random r, string lineBreak)
    {
        if (v.Spoken || v.IsMail || v.Separator != "-" || v.Groups.Length != 2 || v.Groups[0].Length is < 2 or > 3
            || !v.Groups[0].All(char.IsAsciiLetterUpper) || !v.Groups[1].All(char.IsAsciiDigit)) return null;
        int at = 1 + r.Next(v.Groups[0].Length - 1);
        return v.Groups[0][..at] + lineBreak + v.Groups[0][at..] + v.Separator + v.Groups[1];
    }

    // A mobile or a 16-digit card given as its first digits and then "the last N digits" (0958，後六碼438398).
    private static string? TailCount(PlantedValue v, Random r)
    {
        var digits = string.Concat(v.Groups).Replace(" ", "");
        if (!v.Spoken || !(digits.Length == 10 && digits.StartsWith("09", StringComparison.Ordinal) || digits.Length == 16)) return null;
        int head = digits.Length == 10 ? 4 : 8;
        var words = string.Format(Pick(r, TailCounts), ChineseDigits[digits.Length - head]);
        return digits[..head] + words + digits[head..];
    }

    // Every ASCII digit of an already written value replaced by a numeral (its filler words stay as they are).
    internal static string InDigits(string value, string digits)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value) builder.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        return builder.ToString();
    }

    private static string Pick(Random r, params string[] options) => options[r.Next(options.Length)];

    // The groups of a value read out in pieces (0912 然後 345 再來 678, A164 後面是 669 嗯 282) with the filler before group
    // g+1 from filler(g); an ID is read 4-3-3, a group of one digit goes with the next, splitHead reads the first group in
    // two (09 喔 12 然後 345…), splitLetters reads the letters of an ID or certificate on their own and its digits in
    // threes or fours (M … 呃 190 後面是 677 … 欸 938, WB … 那個 7730 … 接著 3408).
    private static string? Split(PlantedValue v, Random r, Func<int, string> filler, bool splitHead = false, bool splitLetters = false)
    {
        if (!v.Spoken) return null;
        if (splitLetters)
        {
            if (v.Groups.Length != 1 || !char.IsAsciiLetter(v.Groups[0][0])) return null;
            var value = v.Groups[0];
            int letters = char.IsAsciiLetter(value[1]) ? 2 : 1;
            var pieces = letters == 1 ? new[] { value[..1], value[1..4], value[4..7], value[7..] } : new[] { value[..2], value[2..6], value[6..] };
            var spoken = new StringBuilder(pieces[0]);
            for (int g = 1; g < pieces.Length; g++)
            {
                // An English word is heard apart from the letter before it: "M uh 190", not "Muh190".
                var word = filler(g - 1);
                spoken.Append(g == 1 && char.IsAsciiLetter(word[0]) ? " " + word : word).Append(pieces[g]);
            }
            return spoken.ToString();
        }
        var groups = new List<string>();
        if (v.Groups.Length == 1)
        {
            var whole = v.Groups[0];
            groups.AddRange(new[] { whole[..4], whole[4..7], whole[7..] });
        }
        else
        {
            string carry = "";
            foreach (var group in v.Groups)
            {
                carry += group;
                if (carry.Length < 2) continue;
                groups.Add(carry);
                carry = "";
            }
            if (carry.Length > 0) groups[^1] += carry;
        }
        if (splitHead)
        {
            if (groups[0].Length < 4) return null;
            groups.Insert(1, groups[0][2..]);
            groups[0] = groups[0][..2];
        }
        var builder = new StringBuilder(groups[0]);
        for (int g = 1; g < groups.Count; g++) builder.Append(filler(g - 1)).Append(groups[g]);
        return builder.ToString();
    }

    private static bool IsMail(PlantedValue v) => v.IsMail;

    private static string? Rejoin(PlantedValue v, string separator) =>
        v.Groups.Length < 2 || v.Separator == separator ? null : string.Join(separator, v.Groups);

    // In an e-mail address the invisible character goes into the mailbox name: one inside "a\u200Bt" or "d\u200Bot" hides
    // the at sign itself, which no reader can anchor on.
    private static string? InsertZeroWidth(string value, Random r, bool inFirstWord)
    {
        if (value.Length < 4) return null;
        var invisible = new[] { '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' };
        int at = inFirstWord ? 1 : 1 + r.Next(value.Length - 2);
        while (at < value.Length - 1 && !char.IsLetterOrDigit(value[at])) at++;
        return value.Insert(at, invisible[r.Next(invisible.Length)].ToString());
    }

    // Several invisible characters at random places between letters and digits (an e-mail keeps them in its mailbox name).
    private static string? InsertInvisibles(PlantedValue v, Random r, int count)
    {
        var value = v.Canonical;
        if (value.Length < 4) return null;
        int limit = v.IsMail ? Math.Max(2, value.IndexOfAny(new[] { '@', ' ', '#', '(', '[', '{', '<', '小', '＠', '（', '【', '，', '艾', '老', '［', '圈' })) : value.Length;
        for (int k = 0; k < count; k++)
        {
            int at = 1 + r.Next(Math.Max(1, limit - 1));
            value = value.Insert(at, Invisibles[r.Next(Invisibles.Length)].ToString());
            limit++;
        }
        return value;
    }

    // One character inside a group, between two letters or digits (not where a separator would go).
    private static string? InsertInside(string value, Random r, char inserted)
    {
        var places = new List<int>();
        for (int i = 1; i < value.Length; i++) if (char.IsLetterOrDigit(value[i - 1]) && char.IsLetterOrDigit(value[i])) places.Add(i);
        return places.Count == 0 ? null : value.Insert(places[r.Next(places.Count)], inserted.ToString());
    }

    // Some groups in Arabic digits, others in Chinese numerals (09一二 345 六七八), or digit by digit at random.
    private static string? MixedNumerals(PlantedValue v, Random r)
    {
        if (IsMail(v)) return null;
        var value = v.Canonical;
        var builder = new StringBuilder(value.Length);
        int digits = 0;
        bool chinese = r.Next(2) == 0;
        foreach (char c in value)
        {
            if (c is >= '0' and <= '9')
            {
                if (r.Next(3) == 0) chinese = !chinese;
                builder.Append(chinese ? ChineseDigits[c - '0'] : c);
                digits++;
            }
            else builder.Append(c);
        }
        var mixed = builder.ToString();
        return digits < 7 || mixed == value ? null : mixed;
    }

    // Every other group in Chinese numerals, groups apart by a space (0912 三四五 678).
    private static string? MixedGroups(PlantedValue v)
    {
        if (IsMail(v) || v.Groups.Length < 2) return null;
        var groups = new string[v.Groups.Length];
        for (int g = 0; g < groups.Length; g++)
            groups[g] = g % 2 == 0 ? v.Groups[g] : Numerals(new PlantedValue(new[] { v.Groups[g] }, ""), ChineseDigits, minimum: 1) ?? v.Groups[g];
        var mixed = string.Join(" ", groups);
        return mixed == string.Join(" ", v.Groups) ? null : mixed;
    }

    // Spaces between characters where the format has no group boundary (0 912 34 5678), at most three.
    private static string? IrregularSpaces(PlantedValue v, Random r)
    {
        var value = string.Concat(v.Groups);
        if (value.Length < 6) return null;
        var builder = new StringBuilder(value);
        int count = 1 + r.Next(3);
        var used = new HashSet<int>();
        for (int k = 0; k < count; k++) used.Add(2 + r.Next(value.Length - 3));
        var places = new List<int>(used);
        places.Sort();
        for (int k = places.Count - 1; k >= 0; k--) builder.Insert(places[k], ' ');
        return builder.ToString();
    }

    // Cyrillic letters in the mailbox name of an address (wаng.ming@…, the а is U+0430); the domain stays as it is.
    private static string? LookAlikeMailbox(string value)
    {
        int end = 0;
        while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] is '.' or '_' or '-')) end++;
        var disguised = LookAlike(value.Substring(0, end), LowerLookAlikes);
        return disguised is null ? null : disguised + value.Substring(end);
    }

    internal static string FullWidth(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value) builder.Append(c > ' ' && c < 127 ? (char)(c + 0xFEE0) : c);
        return builder.ToString();
    }

    // Digits become numerals; e-mail addresses and values with few digits are left out.
    private static string? Numerals(PlantedValue v, string digits, int minimum = 7)
    {
        if (IsMail(v)) return null;
        var value = v.Canonical;
        var builder = new StringBuilder(value.Length);
        int count = 0;
        foreach (char c in value)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(digits[c - '0']);
                count++;
            }
            else builder.Append(c);
        }
        return count < minimum ? null : builder.ToString();
    }

    internal static string? LookAlike(string value, Dictionary<char, char>? map = null)
    {
        var builder = new StringBuilder(value.Length);
        bool changed = false;
        foreach (char c in value)
        {
            if ((map ?? LookAlikes).TryGetValue(c, out var other))
            {
                builder.Append(other);
                changed = true;
            }
            else builder.Append(c);
        }
        return changed ? builder.ToString() : null;
    }

    // Upper-case letters are written in lower case; an e-mail address is shouted instead.
    private static string? ChangeCase(PlantedValue v)
    {
        var value = v.Canonical;
        if (IsMail(v)) return value.Contains('@') ? value.ToUpperInvariant() : null;
        var lower = value.ToLowerInvariant();
        return lower == value ? null : lower;
    }

    // A space between every character of a group, groups apart by two spaces (how values are read into a form field).
    private static string Spaced(PlantedValue v)
    {
        var groups = new string[v.Groups.Length];
        for (int g = 0; g < groups.Length; g++) groups[g] = string.Join(" ", v.Groups[g].ToCharArray());
        return string.Join("  ", groups);
    }
}
