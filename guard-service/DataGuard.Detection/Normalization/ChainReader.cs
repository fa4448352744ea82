namespace DataGuard.Detection.Normalization;

/// <summary>
/// Reads a <see cref="Chain"/> from the original text: folds each character, skips invisible ones, and lets a few
/// separator characters sit between significant ones. Stops at anything else (CJK, punctuation, line breaks).
/// </summary>
internal static class ChainReader
{
    /// <summary>Most separator characters allowed in one gap (e.g. " - ").</summary>
    private const int MaxGap = 3;

    /// <summary>
    /// No value has more than three letters (plates ABC-1234; IDs one, old ARCs two), plus the odd letter standing in for
    /// a digit (Hl4l643O27), so a chain stops at the fifth:
    /// English words then cost a few lookups each instead of a full read. Past it only letters typed for digits are read
    /// (<see cref="ReadsPastLimit"/>).
    /// </summary>
    private const int MaxLetters = 4;

    /// <summary>
    /// Whether what ended <paramref name="chain"/> is the text (a character that is no part of a value, a long gap, its
    /// end) rather than the reader's limits (capacity, letters): a read from a later token of the chain then ends at the
    /// same place.
    /// </summary>
    public static bool StoppedByText(in Chain chain)
    {
        if (chain.Length == Chain.Capacity) return false;
        int letters = 0;
        for (int k = 0; k < chain.Length; k++)
        {
            if ((uint)(chain.Chars[k] - 'A') <= 25) letters++;
        }
        return letters < MaxLetters;
    }

    /// <summary>
    /// Whether <paramref name="index"/> starts a token: the previous visible character is not a letter or digit, or it
    /// is written in another script (see <see cref="Joins"/>).
    /// </summary>
    public static bool IsTokenStart(ReadOnlySpan<char> text, int index)
    {
        if (IsInWord(text, index)) return false;
        for (int i = index - 1; i >= 0; i--)
        {
            var previous = CharFolding.Fold(text[i]);
            if (previous.Kind == CharKind.Invisible) continue;
            return previous.Kind is not (CharKind.Digit or CharKind.Letter) || IsInWord(text, i) || !Joins(previous, CharFolding.Fold(text[index]))
                   || StartsGluedId(text, i, index);
        }
        return true;
    }

    /// <summary>
    /// Round 29: "王小明0912345678A123456789" — a printout's ID column touching the digits before it (a mobile, a date)
    /// starts a value of its own: a capital after a digit, a valid ID or certificate from there (<see cref="GluedCells.IdAt"/>).
    /// det-breaks45: so does a mobile glued to a valid ID or mobile before it (<see cref="GluedCells.MobileAfterValueAt"/>).
    /// </summary>
    public static bool StartsGluedId(ReadOnlySpan<char> text, int index) => index > 0 && StartsGluedId(text, index - 1, index);

    private static bool StartsGluedId(ReadOnlySpan<char> text, int previous, int index) =>
        AsciiChars.IsDigit(text[previous]) && (AsciiChars.IsUpper(text[index]) && GluedCells.IdAt(text, index) || text[index] == '0' && GluedCells.MobileAfterValueAt(text, index));

    /// <summary>
    /// Whether <paramref name="index"/> holds a digit or numeral that the reader would take alone: the character after it
    /// ends every chain (a Han character that is no numeral, punctuation, a line break). A chain of one digit goes no
    /// further: too short for a recognizer, and the filler walk starts only from two (<see cref="ReadAcrossFillers"/>).
    /// </summary>
    public static bool IsLoneDigit(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && CharFolding.KindOf(text[index]) == CharKind.Digit
        && CharFolding.KindOf(text[index + 1]) == CharKind.Other && !CharFolding.MayStartSupplementary(text[index + 1]) // a mathematical digit, 🅐
        && !PlaceNumerals.Is(text[index + 1]) // 九十一: read out with its place word
        && !(SpelledDown.MayBreakAt(text[index + 1]) && SpelledDown.LengthAt(text, index + 1, index, first: true) > 0) // 0⏎9⏎1…
        && !(text[index + 1] == '|' && BarDigits.ReadsAsOne(text, index + 1)) // Round 35: a card's 4|5…, its 1 typed as a bar
        && !StartsMarkedPieces(text, index + 1); // 0：9：12-3：45678

    // Whether a stray mark glued to a value's first piece, and a digit right after it, follow at i: a one-digit piece may
    // open a value cut by such marks (0|2-234|-5|678; Round 35, categories of set U28).
    // Not a comma or semicolon, which a value cut once holds once (for (i = 0; …) is code). Round 38: every other stray
    // mark too (0=9=123=…).
    private static bool StartsMarkedPieces(ReadOnlySpan<char> text, int i) =>
        i < text.Length && JoiningWords.IsStrayMark(text[i]) && text[i] is not (',' or ';') && IsDigitAt(text, i + 1);

    /// <summary>
    /// A numeral that is part of a word here: 陸 (financial 6) in 大陸 "mainland", so 大陸壹參捌… reads from 壹, not from 陸.
    /// </summary>
    public static bool IsInWord(ReadOnlySpan<char> text, int index) =>
        index > 0 && text[index] is '陸' or '陆' && text[index - 1] == '大';

    /// <summary>
    /// Whether two adjacent letters/digits belong to one token. A Chinese numeral next to an ASCII digit or letter does
    /// not (in "共三A123456789" the 三 is a word, not part of the ID), except after a letter: "A一二三…" is one disguised ID.
    /// </summary>
    private static bool Joins(FoldedChar previous, FoldedChar next)
    {
        bool previousNumeral = (previous.Evasions & Evasions.ChineseNumerals) != 0;
        bool nextNumeral = (next.Evasions & Evasions.ChineseNumerals) != 0;
        return previousNumeral == nextNumeral || (previous.Kind == CharKind.Letter && nextNumeral);
    }

    /// <summary>
    /// Fills <paramref name="chain"/> from <paramref name="start"/> and returns the offset where its first run of adjacent
    /// characters ends. With <paramref name="barsAsOne"/>, a bar that may be a 1 typed for it (<see cref="BarDigits"/>) is
    /// read as one instead of ending the chain: the scanner's second reading of a chain that stopped at one.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int start, ref Chain chain, bool barsAsOne = false)
    {
        chain.Length = 0;
        chain.HasPlus = false;
        chain.PlusPosition = -1;
        chain.EndGlued = false;
        chain.ScriptBreak = 0;
        start += GluedLabels.LengthAt(text, start); // "IDK151987967": the ID starts at K
        int firstRunEnd = ReadOn(text, start, ref chain, gap: 0, gapChar: '\0', barsAsOne);
        return Math.Max(firstRunEnd, Interleaving.Collapse(text, ref chain)); // K👮R👮T👮5👮2👮8👮1 is one run
    }

    /// <summary>
    /// Round 30: whether <paramref name="chain"/> read across a bar glued to its characters that may be a 1 typed for one
    /// (A|23|56789): a row's cells joined one group per cell (<see cref="SpelledDown"/>) are also read with the bar as a 1.
    /// </summary>
    public static bool CrossesBarDigit(ReadOnlySpan<char> text, scoped in Chain chain)
    {
        // Every place asked about below lies inside the chain's span: most chains hold no bar, and one search says so.
        if (chain.Length < 2 || text.Slice(chain.Start, chain.EndOf(chain.Length) - chain.Start).IndexOf('|') < 0) return false;
        for (int k = 1; k < chain.Length; k++)
        {
            int end = chain.EndOf(k);
            if (chain.Gaps[k] > 0 && chain.Positions[k] == end + 1 && IsBarDigitAt(text, end)) return true;
            // Round 35: a bar opening a group after its hyphen (0936-|45270), read across as a gap of two; Round 36: or
            // after a card's space between groups (4110 |188 …).
            if (chain.Positions[k] == end + 2 && text[end] is '-' or ' ' && IsBarDigitAt(text, end + 1)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="chain"/> stopped right before a bar that may be a 1 typed for it (L2|4567890).</summary>
    public static bool StopsAtBarDigit(ReadOnlySpan<char> text, scoped in Chain chain)
    {
        if (chain.Length == 0) return false;
        int end = chain.EndOf(chain.Length);
        return IsBarDigitAt(text, end) || end < text.Length && text[end] is '-' or ' ' && IsBarDigitAt(text, end + 1); // Round 35: 0936-|4…; Round 36: 4110 |188…
    }

    // A bar at i that may be a 1 typed for one (see BarDigits).
    // Round 36: or a bar that sets an ID's letter apart (E|222537825), which the second reading takes as a separator.
    private static bool IsBarDigitAt(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] == '|' && (BarDigits.ReadsAsOne(text, i) || BarDigits.SeparatesLetter(text, i));

    // Appends to the chain from i, the first character to be read carrying the given gap; returns where the first run
    // of adjacent characters read here ends. The chain's spans and length are held in locals for the loop (the chain is
    // reached through a reference, so each access would load them again), and so is the fold of the last character
    // appended, which the next one is compared with.
    private static int ReadOn(ReadOnlySpan<char> text, int i, ref Chain chain, int gap, char gapChar, bool barsAsOne = false)
    {
        int start = i;
        int pendingFlags = 0;
        int firstRunEnd = -1;
        int letters = 0, pastLimit = 0;
        var chars = chain.Chars;
        var positions = chain.Positions;
        var gaps = chain.Gaps;
        var gapChars = chain.GapChars;
        var flags = chain.Flags;
        var widths = chain.Widths;
        int length = chain.Length;
        // The fold of the first code unit of the last character appended (what Joins compares the next one with).
        var previous = length > 0 ? CharFolding.Fold(text[positions[length - 1]]) : default;
        for (; i < text.Length; i++)
        {
            int width = 1;
            var folded = CharFolding.Fold(text[i]);
            var unit = folded;
            if (i + 1 < text.Length && CharFolding.TryFoldSupplementary(text[i], text[i + 1], out var mathematical))
            {
                folded = mathematical;
                width = 2;
            }
            // "November Sierra Delta 幺 洞 八 洞": a word of the spelling alphabet is its first letter; "K one five two…": a
            // number word is its digit. Such a word starts the chain or follows a gap; letters inside a run are not looked at.
            // Round 41: a letter glued to the one before is looked at where a bracket follows it (R（Romeo）B（Bravo）G（Golf）);
            // pinyin's èr and a 注音 digit syllable (ㄌㄧㄥˊ ㄐㄧㄡˇ…) start a number word though the folder reads no letter there.
            // det-words42 (set U44): or a word after a number word with only invisible characters between (`eight\u2060three`,
            // `ba\u200Bsan`): the gap counts no character, yet the words are two.
            // det-words43 (set U46): a kana, Hangul or Thai digit word, or a Roman numeral character, starts a word wherever it
            // stands (Bなな, 0Ⅸ: no script glues its words to a Latin letter or digit), and an English word glued to the lone
            // capital that starts the chain is looked at too (Keight eight…).
            bool wordStarts = gap > 0 || length == 0 || previous.Evasions == Evasions.NumberWords || ScriptDigitWords.MayStart(text[i]);
            bool afterLetter = !wordStarts && length == 1 && text[i] is >= 'a' and <= 'z' && !(text[i - 1] is >= 'a' and <= 'z') && previous.Kind == CharKind.Letter;
            bool looked = folded.Kind == CharKind.Letter && (wordStarts || i + 1 < text.Length && text[i + 1] is '(' or '（')
                || wordStarts && NumberWords.StartsOffLetters(text[i]);
            if (looked || afterLetter)
            {
                if ((afterLetter ? NumberWords.LengthAfterLetter(text, i, out char digit, out int copies) : NumberWords.LengthAt(text, i, out digit, out copies)) is int word and > 0)
                {
                    folded = new FoldedChar(digit, CharKind.Digit, Evasions.NumberWords);
                    width = word;
                    // "triple seven": the repeat word stands for copies of the digit said after it; all but one are appended
                    // here, that one below as any digit (off the path every other character takes).
                    for (; copies > 1 && length < Chain.Capacity - 1; copies--)
                        AppendImplied(chain, digit, i, word, Evasions.NumberWords, ref length, ref gap, ref gapChar, ref pendingFlags);
                }
                else if (looked && PhoneticAlphabet.MayStartAt(text, i) && PhoneticAlphabet.LengthAt(text, i) is int spelled and > 0)
                    width = spelled;
                // "D as in Dog K-738", "F(Fox) R-249": a letter and the word that gives it, read as the letter.
                else if (looked && LetterExamples.MayFollow(text, i) && LetterExamples.LengthAt(text, i) is int example and > 0)
                    width = example;
            }
            // "KTW 槓 2957", "BRE dash 3075": a hyphen said aloud between the letters and digits is read as the hyphen.
            if (length > 0 && SpokenHyphens.MayStartWith(text[i]) && SpokenHyphens.LengthAt(text, i) is int spoken and > 0)
            {
                if (firstRunEnd < 0) firstRunEnd = i;
                gapChar = '-';
                if (++gap > MaxGap)
                {
                    chain.Length = length;
                    return firstRunEnd;
                }
                i += spoken - 1;
                continue;
            }
            // "L2|4567890": a bar glued inside a short run may be a 1 typed or scanned as a bar (see BarDigits).
            // Round 35: or opening a group right after its hyphen (0936-|45270).
            // Round 36: or opening a card's group after its space (4539 |997 …).
            if (barsAsOne && text[i] == '|' && length > 0 && (gap == 0 || gap == 1 && text[i - 1] is '-' or ' ') && BarDigits.ReadsAsOne(text, i)) folded = BarDigits.One;
            else if (barsAsOne && text[i] == '|' && length == 1 && gap == 0 && BarDigits.SeparatesLetter(text, i)) folded = BarDigits.Separator;
            if (folded.Kind == CharKind.Other && text[i] >= '\u00C0' && MarkedLetters.ReadsAsLetter(text, i)) folded = MarkedLetters.Fold(text[i]); // Ẹ9̣7̣…
            switch (folded.Kind)
            {
                case CharKind.Digit:
                case CharKind.Letter:
                    if (gap == 0 && length > 0 && chain.ScriptBreak == 0 && !Joins(previous, folded))
                    {
                        // Read on ("09一二三…" mixes scripts to hide a phone) but remember where the script changed, so the
                        // scanner can retry the chain cut there ("A123456789一案") and restart a token at the change.
                        chain.ScriptBreak = length;
                        if (firstRunEnd < 0) firstRunEnd = i;
                    }
                    if ((folded.Kind == CharKind.Letter && ++letters > MaxLetters && !ReadsPastLimit(text, i + width, folded, previous, gap, ref pastLimit))
                        || length == Chain.Capacity)
                    {
                        chain.Length = length;
                        chain.EndGlued = gap == 0;
                        return firstRunEnd < 0 ? i : firstRunEnd;
                    }
                    chars[length] = folded.Value;
                    positions[length] = i;
                    gaps[length] = (byte)Math.Min(gap, byte.MaxValue);
                    gapChars[length] = gapChar;
                    flags[length] = (byte)((int)folded.Evasions | pendingFlags);
                    widths[length] = (byte)width;
                    length++;
                    // A number word joins what follows as an ASCII digit would: "…eight一早" ends before 一.
                    previous = folded.Evasions == Evasions.NumberWords ? folded : unit;
                    i += width - 1;
                    gap = 0;
                    gapChar = '\0';
                    pendingFlags = 0;
                    // Tested here first: most letters and the last digit of a run have no ASCII digit after them, and the call
                    // passes the chain's six spans.
                    if ((previous.Evasions & Evasions.ChineseNumerals) == 0 && i + 1 < text.Length && (uint)(text[i + 1] - '0') <= 9)
                        i = AppendAsciiDigits(text, i, ref length, chars, positions, gaps, gapChars, flags, widths, ref previous);
                    continue;
                case CharKind.Invisible:
                    // ❤️, 👮‍♂️: a variation selector or joiner right after a symbol of a run of separators (beyond the
                    // punctuation blocks) is part of that emoji, shown as typed — not a character hidden between a value's
                    // characters; after a hyphen or a dot it is hidden.
                    if (gap == 0 || !IsEmojiPart(text[i]) || !IsEmojiPart(text[i - 1]) && text[i - 1] < '\u2100') pendingFlags |= (int)Evasions.ZeroWidth;
                    continue;
                case CharKind.Separator:
                    if (length == 0 && !chain.HasPlus) return i;
                    if (firstRunEnd < 0) firstRunEnd = i;
                    // Round 37: "N F X   -   3 0 9 8": a spelt-out plate's hyphen set apart by wide gaps is one gap.
                    if (gap == 0 && length >= 2 && text[i] == ' ' && i + 1 < text.Length && text[i + 1] == ' '
                        && WideSpacedHyphen.LengthAt(text, i) is int wide and > 0)
                    {
                        gapChar = ' ';
                        gap = wide;
                        i += wide - 1;
                        continue;
                    }
                    if (gap == 0) gapChar = folded.Value;
                    if (++gap > MaxGap)
                    {
                        chain.Length = length;
                        return firstRunEnd;
                    }
                    pendingFlags |= (int)(folded.Evasions & Evasions.FullWidth); // "0912－345－678"
                    // "AB🔸C🔸-🔸1235": an emoji is one character of the gap, not the two code units it is stored in (Round 35).
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                    continue;
                case CharKind.Other when text[i] == ',' && length > 0 && gap == 0 && NumberWords.CommaParts(text, i):
                    // det-words43 (set U46): `ゼロ, に, はち`, `육, 육, 칠`, `1, いち`: a comma beside a digit word of those scripts is a gap.
                    if (firstRunEnd < 0) firstRunEnd = i;
                    gapChar = ',';
                    gap++;
                    continue;
                case CharKind.Plus:
                    if (i == start)
                    {
                        chain.HasPlus = true;
                        chain.PlusPosition = i;
                        continue;
                    }
                    // Round 37 (set U31): "RKM ＋ 5276", "WTP + -8153": a plus set apart after a plate's letters joins its groups;
                    // it is not counted as a gap character, and the plate reader scores the gap as an unusual one.
                    if (length is 2 or 3 && letters == length && gap == 1 && gapChar == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                    {
                        gapChar = '+';
                        continue;
                    }
                    break;
                case CharKind.Other when length is >= 2 and <= 4 && PlateBars.IsHyphenMark(text[i]) && (gap == 0 || gap == 1 && gapChar == ' ')
                    && PlateBars.GroupBefore(text, positions, gaps, length, out bool lettersGroup)
                    && PlateBars.LengthAt(text, i, positions[0], length, lettersGroup) is int bar and > 0:
                    // Round 36: "KRT|5083", "DXM | 2958": a bar typed where a plate's hyphen goes is the gap between its groups.
                    // Round 38: an equals sign or a backslash too (KXR=3815, KXR\3815).
                    if (firstRunEnd < 0) firstRunEnd = i;
                    gapChar = '|';
                    gap += bar;
                    i += bar - 1;
                    continue;
                case CharKind.Other when length > 0 && PlaceNumerals.Is(text[i]) && (previous.Evasions & Evasions.ChineseNumerals) != 0
                    && PlaceNumerals.DigitsAt(text, i) is string placed:
                    // "零九三十一，四百零七": a group read out as a number; its place word stands for the digits it implies.
                    if (placed.Length == 0) pendingFlags |= (int)Evasions.ChineseNumerals;
                    foreach (char digit in placed)
                    {
                        if (length == Chain.Capacity) break;
                        AppendImplied(chain, digit, i, 1, Evasions.ChineseNumerals, ref length, ref gap, ref gapChar, ref pendingFlags);
                    }
                    continue;
                case CharKind.Other when length is 1 or 2 && letters == length && (gap == 0 || gapChar == ' ')
                    && LetterWrapLength(text, i, length) is int letterWrap and > 0:
                    // "KR⏎T-5170", "ZB ⏎X-373", "KR⏎> T-5170": the line broke inside a plate's letter group; the letters
                    // are one group, read on as on one line.
                    if (firstRunEnd < 0) firstRunEnd = i;
                    gap = 0;
                    gapChar = '\0';
                    i += letterWrap - 1;
                    continue;
                case CharKind.Other when length > 0 && (gap == 0 || gapChar == '-') && HyphenWrapLength(text, i, previous, hyphenBefore: gap > 0) is int wrap and > 0:
                    // "5182-⏎KX", "KRD⏎-6153": the line broke at the hyphen between a plate's letters and digits; read on as on one line.
                    if (firstRunEnd < 0) firstRunEnd = i;
                    gapChar = '-';
                    if (++gap > MaxGap)
                    {
                        chain.Length = length;
                        return firstRunEnd;
                    }
                    i += wrap - 1;
                    continue;
                case CharKind.Other when length > 0 && (gap == 0 || gapChar == ' ') && SpelledDown.MayBreakAt(text[i])
                    && SpelledDown.LengthAt(text, i, positions[length - 1], first: length == 1, chainStart: positions[0]) is int down and > 0:
                    // "G⏎1⏎6⏎1…", "身分證,M,1,1,6…", "| F | 8 | 9 |": one character per line or cell, read as if spaced; a
                    // plate's hyphen on a line of its own (T⏎K⏎W⏎-⏎5…) as the hyphen.
                    if (firstRunEnd < 0) firstRunEnd = i;
                    gap = 1;
                    gapChar = SpelledDown.CrossesHyphen(text, i, down) ? '-' : ' ';
                    i += down - 1;
                    continue;
                case CharKind.Other when length >= 2 && text[i] is '|' or '｜'
                    && DisguisedGroupBars.LengthAt(text, i, wordsBefore: (flags[length - 1] & flags[length - 2] & (byte)Evasions.NumberWords) != 0) is int groupBar and > 0:
                    // det-words42: "0️⃣9️⃣ | 6️⃣9️⃣2️⃣3️⃣ | …", "zero nine nine three | one seven one | …": a bar between two groups of
                    // keycaps or number words is the gap between them.
                    if (firstRunEnd < 0) firstRunEnd = i;
                    if (gap == 0) gapChar = '|';
                    gap = Math.Min(gap + groupBar, MaxGap);
                    i += groupBar - 1;
                    continue;
            }
            break;
        }
        chain.Length = length;
        // '@' right after the value makes it the local part of an e-mail address, not an identifier of its own.
        if (gap == 0 && i < text.Length && (text[i] is '@' or '\uFF20')) chain.EndGlued = true;
        if (firstRunEnd < 0) firstRunEnd = i;
        return firstRunEnd;
    }

    // Appends a digit that a word or a place word implies (the copies of "triple seven", the zero of 九十) at position,
    // carrying the gap before it. Off the path of ordinary characters, which ReadOn appends inline.
    private static void AppendImplied(scoped in Chain chain, char digit, int position, int width, Evasions evasion,
        ref int length, ref int gap, ref char gapChar, ref int pendingFlags)
    {
        chain.Chars[length] = digit;
        chain.Positions[length] = position;
        chain.Gaps[length] = (byte)Math.Min(gap, byte.MaxValue);
        chain.GapChars[length] = gapChar;
        chain.Flags[length] = (byte)((int)evasion | pendingFlags);
        chain.Widths[length] = (byte)width;
        length++;
        gap = 0;
        gapChar = '\0';
        pendingFlags = 0;
    }

    /// <summary>
    /// Appends the plain ASCII digits right after <paramref name="i"/> (the last character appended, which is no numeral)
    /// and returns the index of the last one: the run of digits most values are made of, read without the checks for the
    /// disguises a digit cannot start (number words, spoken hyphens, mathematical forms, bars) or the change of script it
    /// cannot make after a character that is no numeral. Each is appended exactly as the loop of <see cref="ReadOn"/> would
    /// append it; the loop takes over at the first other character, and at the chain's capacity.
    /// </summary>
    private static int AppendAsciiDigits(ReadOnlySpan<char> text, int i, ref int length, Span<char> chars, Span<int> positions,
        Span<byte> gaps, Span<char> gapChars, Span<byte> flags, Span<byte> widths, ref FoldedChar previous)
    {
        if (!AsciiDigitsFoldPlain) return i;
        int first = i;
        while (i + 1 < text.Length && length < Chain.Capacity && (uint)(text[i + 1] - '0') <= 9)
        {
            i++;
            chars[length] = text[i];
            positions[length] = i;
            gaps[length] = 0;
            gapChars[length] = '\0';
            flags[length] = 0;
            widths[length] = 1;
            length++;
        }
        if (i > first) previous = CharFolding.Fold(text[i]);
        return i;
    }

    // Whether each ASCII digit folds to itself, a digit with no evasion: what AppendAsciiDigits writes for it.
    private static readonly bool AsciiDigitsFoldPlain = FoldPlain("0123456789");

    private static bool FoldPlain(string digits)
    {
        foreach (char c in digits)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Value != c || folded.Kind != CharKind.Digit || folded.Evasions != Evasions.None) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a letter past <see cref="MaxLetters"/> is still read: one typed for a digit (O, L, a capital I; a lower-case
    /// i stands for none) glued to what comes before it or to a digit after it, up to
    /// <see cref="DigitLookalikes.MostInOneValue"/> of them — every 0 and 1 of an ID typed as a letter (PlllO68351,
    /// TC28OOO65O, H l53 O6O l72; sets U1 and U2). A word after a gap (PTL-406I。Please) still ends the chain.
    /// </summary>
    private static bool ReadsPastLimit(ReadOnlySpan<char> text, int next, in FoldedChar letter, in FoldedChar previous, int gap, ref int pastLimit) =>
        ((letter.Value is 'O' or 'L' || letter.Value == 'I' && (letter.Evasions & Evasions.LowerCase) == 0)
            && (gap == 0 || KindAt(text, next) == CharKind.Digit)
            // The rest of the OCR set (TC28Z7G65b, JD15l30g5G) only within a run of digits: glued to a digit before it or
            // after it, and to no letter after it. The digit before may itself be typed as a look-alike (a plate's WPK-7SB,
            // RXW-47BS: round 31); a letter after still ends the chain.
            || gap == 0 && IsOcrDigit(letter)
            && (KindAt(text, next) == CharKind.Digit || (previous.Kind == CharKind.Digit || IsOcrDigit(previous)) && KindAt(text, next) != CharKind.Letter)
            // Round 35 (set U28): or opening a group, between digits (O9I2-3S4-B76: the B after the second hyphen).
            || gap > 0 && IsOcrDigit(letter) && (previous.Kind == CharKind.Digit || IsOcrDigit(previous)) && KindAt(text, next) == CharKind.Digit)
        && ++pastLimit <= DigitLookalikes.MostInOneValue;

    private static bool IsOcrDigit(in FoldedChar c) =>
        c.Kind == CharKind.Letter && DigitLookalikes.AsDigitOcr(c.Value, (c.Evasions & Evasions.LowerCase) != 0) is >= '0' and <= '9';

    /// <summary>
    /// Length of a line break at <paramref name="i"/>, with blanks, a quoted reply's "&gt;" or an indent after it, up to
    /// the letters that end a plate's letter group the line broke inside: with the <paramref name="before"/> letters read
    /// they make two or three, and a hyphen and a digit follow them (KR⏎T-5170). Else 0. Four letters or no hyphen
    /// (AB⏎CD-1234, NO⏎ABC) are two words.
    /// </summary>
    private static int LetterWrapLength(ReadOnlySpan<char> text, int i, int before)
    {
        int breakLength = LineBreakLength(text, i);
        if (breakLength == 0 || !UpperBefore(text, i, before)) return 0;
        int next = SkipBlanks(text, i + breakLength);
        if (next < text.Length && text[next] == '>') next = SkipBlanks(text, next + 1);
        int end = next;
        while (end < text.Length && end - next < 3 && text[end] is >= 'A' and <= 'Z') end++;
        int letters = end - next;
        if (letters == 0 || before + letters > 3) return 0;
        end = SkipBlanks(text, end);
        return end + 1 < text.Length && CharFolding.IsHyphen(text[end]) && IsDigitAt(text, end + 1) ? next - i : 0;
    }

    // Whether the count letters before the blanks that end at i are ASCII capitals (a lower-case word ends its line).
    private static bool UpperBefore(ReadOnlySpan<char> text, int i, int count)
    {
        int k = i - 1;
        while (k >= 0 && text[k] == ' ') k--;
        for (; count > 0; count--, k--) if (k < 0 || text[k] is not (>= 'A' and <= 'Z')) return false;
        return true;
    }

    /// <summary>
    /// Length of a line break at <paramref name="i"/> that a hyphen closes (<paramref name="hyphenBefore"/>) or the next line
    /// opens, up to that hyphen, when the next line goes on in the other kind of character: digits after letters, letters
    /// after digits (5182-⏎KX, KRD⏎-6153). That is where a plate's groups meet; a number wrapped inside a group, or a
    /// list's next line, is left to the filler walk (<see cref="LineWrapEnd"/>), which asks for words around it. Else 0.
    /// </summary>
    private static int HyphenWrapLength(ReadOnlySpan<char> text, int i, in FoldedChar previous, bool hyphenBefore)
    {
        int breakLength = LineBreakLength(text, i);
        if (breakLength == 0) return 0;
        int next = SkipBlanks(text, i + breakLength);
        if (!hyphenBefore)
        {
            if (next >= text.Length || !CharFolding.IsHyphen(text[next])) return 0;
            next++;
        }
        if (next >= text.Length) return 0;
        var kind = CharFolding.KindOf(text[next]);
        bool otherKind = previous.Kind == CharKind.Digit ? kind == CharKind.Letter : previous.Kind == CharKind.Letter && kind == CharKind.Digit;
        return otherKind ? next - i : 0;
    }

    private static CharKind KindAt(ReadOnlySpan<char> text, int i) => i < text.Length ? CharFolding.KindOf(text[i]) : CharKind.Other;

    /// <summary>Most filler words one value is split by (a card read out in four groups has three).</summary>
    private const int MaxFillers = 4;

    /// <summary>Most Han characters in one filler (後面是, 接著是, 那個).</summary>
    private const int MaxFillerHan = 4;

    /// <summary>Most pauses (，、…；) in one filler: a comma, a hesitation and its trailing dots, a comma ("GT，呃…，8791").</summary>
    private const int MaxFillerMarks = 3;

    /// <summary>Most characters one filler takes with the spaces around it (" 後面是 ", "，然後 ").</summary>
    private const int MaxFillerLength = 10;

    /// <summary>
    /// Han characters that make the numbers on either side separate things rather than one value read out in pieces:
    /// units and counters (年 月 日 時 分 元 號 人 台 次…), ranges and alternatives (至 到 或 和 與), and the start of another
    /// label (電話, 分機, 轉, 案, 證): "113年 05月", "0912 至 0934", "2345 轉 678" never join.
    /// </summary>
    private const string SeparateNumbers =
        "年月日時时點点分秒元圓塊块萬万千百億亿號号條条款項项件人名位台臺輛辆次歲岁至到或和與与及跟共計计第巷弄樓楼段之區区路街里"
        + "公斤度張张本筆笔支隻只間间戶户案字電电話话機机轉转證证碼码";

    private static readonly bool[] IsSeparateNumbers = HanSet(SeparateNumbers);

    /// <summary>Whether <paramref name="c"/> is a unit, a range word or a label that keeps the numbers around it apart (see <see cref="SeparateNumbers"/>).</summary>
    public static bool SeparatesNumbers(char c) => c is >= '\u4E00' and <= '\u9FFF' && IsSeparateNumbers[c - '\u4E00'];

    /// <summary>
    /// Whether the filler walk (<see cref="SkipFiller"/>) can get past <paramref name="c"/> as its first character: after
    /// any other character it fails at once. The scanner asks after every number no recognizer took, and the character
    /// after one is usually a unit, a bracket or a colon (年, 元, %, :), so most walks are settled here.
    /// </summary>
    public static bool MayStartFiller(char c) => FillerStarts[c];

    private static readonly bool[] FillerStarts = BuildFillerStarts();

    // The first step of SkipFiller as a table, erring on yes: a line wrap (a bracket, blank or hyphen before the break),
    // an aside, a blank, a pause, the head of words announcing the rest (第二組 opens with a unit's 第), a Han or Bopomofo
    // character that does not separate numbers, or an ASCII word. A digit
    // there has no filler before it.
    private static bool[] BuildFillerStarts()
    {
        var starts = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            var kind = CharFolding.KindOf(ch);
            starts[c] = kind == CharKind.Invisible || CharFolding.IsHyphen(ch) || SpokenAsides.MayStartWith(ch) || PartWords.MayStartWith(ch) || ConcatenationJoints.MayStartWith(ch)
                || ch is ' ' or '\u3000' or '\u00A0' or ')' or '）' or '\n' or '\r' or ',' or '，' or '、' or '…' or '⋯' or '；' or '.' or '。' or '後'
                || JoiningWords.IsMark(ch) || JoiningWords.IsStrayMark(ch) || JoiningWords.MayStartWith(ch) || ch == '｜' // a piece bar (round 37)
                || NextPartWords.MayStartWith(ch)
                || kind != CharKind.Digit && (ch is >= '\u3105' and <= '\u312F' || ch is >= '\u4E00' and <= '\u9FFF' && !IsSeparateNumbers[ch - '\u4E00'])
                || ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        }
        return starts;
    }

    // One flag per Han character of U+4E00–U+9FFF: a look-up instead of a search of the string per character.
    private static bool[] HanSet(string chars)
    {
        var set = new bool['\u9FFF' - '\u4E00' + 1];
        foreach (char c in chars) set[c - '\u4E00'] = true;
        return set;
    }

    /// <summary>
    /// ASCII filler words, as speech-to-text writes them between groups (0912 then 345 then 678, 0987 uh 393807,
    /// 0932，uh452uh509): words that join the pieces, and the hesitations of a person reading a number out.
    /// </summary>
    private static readonly string[] AsciiFillers = new[] { "then", "and", "next", "like" }.Concat(Hesitations.English).ToArray();

    // The fillers filed by first letter ('a' + n), in list order: a word is compared only with the fillers it could be.
    private static readonly string[][] AsciiFillersByFirst = FileByFirstLetter(AsciiFillers);

    private static string[][] FileByFirstLetter(string[] words)
    {
        var filed = new string[26][];
        for (int letter = 0; letter < 26; letter++)
            filed[letter] = Array.FindAll(words, word => char.ToLowerInvariant(word[0]) - 'a' == letter);
        return filed;
    }

    /// <summary>
    /// Reads on after <paramref name="chain"/> across filler words between digit groups, as a value read out in pieces
    /// is written down ("0912 然後 345 再來 678", "A164 後面是 669 嗯 282", "09203後面03471", "0926 …… 153 069"). Each filler
    /// is at most four Han characters, three punctuation marks or an ASCII word such as "then", and the group after it
    /// starts with a digit. The gap before the first character after a filler is marked <see cref="Chain.FillerGap"/>.
    /// Returns false (chain unchanged in meaning) when no filler follows. Recognizers accept such a chain only on
    /// strong evidence (a checksum, or a complete phone number with a phone word around it).
    /// </summary>
    public static bool ReadAcrossFillers(ReadOnlySpan<char> text, ref Chain chain, ref FillerMemo memo)
    {
        // Round 41 (U42): a group read out in mixed numerals ("49一六，再來是3388…") where a joining word follows it is one group.
        int mixedFirst = chain.ScriptBreak;
        if (chain.ScriptBreak > 0 && !CutAtGluedHesitation(text, ref chain))
        {
            if (!JoiningWordAfter(text, chain, ref memo)) return false;
            chain.ScriptBreak = 0;
        }
        else mixedFirst = 0;
        // "0912 then 345", "0980then121": the reader took the word for letters of the value; the first group ends before it.
        for (int k = 1; k < chain.Length; k++)
        {
            if ((uint)(chain.Chars[k] - 'A') > 25 || (chain.Gaps[k] == 0 && !IsGluedFiller(text, chain, k))) continue;
            chain.Length = k;
            chain.EndGlued = false;
            break;
        }
        // A first group of one character is the letter of an ID or certificate read on its own ("M … 呃 190 後面是 677…").
        // So may a country code after its plus ("+1 \n626 646 7806": the line wrapped after it).
        if (chain.EndGlued || chain.Length < (IsLetter(chain.Chars[0]) || chain.HasPlus || StartsMarkedPieces(text, chain.EndOf(1)) ? 1 : 2)) return false;
        int fillers = 0, firstLength = chain.Length, gluedMarks = 0;
        char lastMark = '\0';
        while (fillers < MaxFillers && chain.Length < Chain.Capacity)
        {
            int end = chain.EndOf(chain.Length);
            int next = memo.SkipFiller(text, end);
            if (next < 0) break;
            int before = chain.Length;
            ReadOn(text, next, ref chain, gap: next - end, gapChar: Chain.FillerGap);
            CutAtLetter(text, ref chain, before); // "… 對 624，email": the word after the last group is not part of it
            if (chain.ScriptBreak >= chain.Length) chain.ScriptBreak = 0; // the change of script lies past the cut
            else if (chain.ScriptBreak > 0) CutAtGluedHesitation(text, ref chain); // "…二九三um五六八"
            // "0902 呃 726 呃 396兩支門號": a numeral glued to the last group and a measure word after it count the values.
            if (chain.ScriptBreak > before + 1 && CountAfter.CountsAt(text, chain, chain.ScriptBreak, CountAfter.AnyMeasureWords))
            {
                chain.Length = chain.ScriptBreak;
                chain.ScriptBreak = 0;
                chain.EndGlued = false;
                fillers++;
                break;
            }
            CutAtScriptChange(ref chain, before); // "…拐兩勾兩,112/03/15": the next cell's number is written otherwise
            // A single digit or a change of script after a filler is not a group of the value, unless a word told the reader
            // to join it (TKW-，中間582，最後3; Round 32) or the same mark cuts the value on both sides of it (Round 35).
            char mark = JoiningWords.MarkOfGap(text, end, next);
            if (next - end == 1 && JoiningWords.IsStrayMark(mark)) gluedMarks++;
            bool markRepeated = mark != '\0' && (mark == lastMark || MarkFollows(text, chain, mark, ref memo));
            lastMark = mark;
            // Round 37: a piece of one character on its own line ("K120946⏎7⏎35", "B1382⏎（接上）6") where a sentence says to
            // join them (the line break asked first: the sentence is searched for around it).
            bool joinedPiece = chain.Length - before == 1 && text.Slice(end, next - end).IndexOfAny('\n', '\r') >= 0 && JoiningInstructions.StatedNear(text, end);
            bool joiningWord = JoiningWords.InGap(text, end, next);
            // Round 41 (U42): a group after a joining word may mix numerals digit by digit (再來是33八八), as a whole value may.
            // Not where a word glued after the group starts with a numeral (…123一直按喇叭): that numeral is no digit of it.
            if (joiningWord && chain.ScriptBreak > before && !HanAfter(text, chain.EndOf(chain.Length))) chain.ScriptBreak = 0;
            if (chain.Length - before < (markRepeated || joiningWord || joinedPiece ? 1 : 2)
                || chain.ScriptBreak > 0)
            {
                chain.Length = before;
                chain.ScriptBreak = 0;
                chain.EndGlued = false;
                break;
            }
            fillers++;
            if (chain.EndGlued) break;
        }
        // "貨品,A,123456789", "|A|123456789|": one character and the rest, parted by one glued mark, are a row's two cells (a
        // grade and a serial number); a value cut by such marks repeats them (0：9：12-3：45678).
        if (firstLength == 1 && gluedMarks == 1 && chain.EndOf(1) < text.Length && JoiningWords.IsStrayMark(text[chain.EndOf(1)]))
        {
            chain.Length = 1;
            chain.EndGlued = false;
            return false;
        }
        if (fillers == 0 && mixedFirst > 0) chain.ScriptBreak = mixedFirst; // nothing read on: the change of script stands
        return fillers > 0;
    }

    private static bool HanAfter(ReadOnlySpan<char> text, int end) => end < text.Length && text[end] is >= '\u4E00' and <= '\u9FFF';

    // Whether a joining word (再來是, 然後, 下一組) parts the chain's last group from the next one.
    private static bool JoiningWordAfter(ReadOnlySpan<char> text, in Chain chain, ref FillerMemo memo)
    {
        int end = chain.EndOf(chain.Length);
        int next = memo.SkipFiller(text, end);
        return next >= 0 && JoiningWords.InGap(text, end, next);
    }

    // Whether the gap after the chain's last piece holds the same one kind of mark (see JoiningWords.MarkOfGap).
    private static bool MarkFollows(ReadOnlySpan<char> text, in Chain chain, char mark, ref FillerMemo memo)
    {
        int end = chain.EndOf(chain.Length);
        int next = memo.SkipFiller(text, end);
        return next >= 0 && JoiningWords.MarkOfGap(text, end, next) == mark;
    }

    // "M幺拐幺uh六拐幺", "二九三um五六八": a hesitation glued where numerals give way to ASCII ends the group there, and
    // the next filler starts with it; any other change of script stays a break.
    private static bool CutAtGluedHesitation(ReadOnlySpan<char> text, ref Chain chain)
    {
        int end = chain.EndOf(chain.ScriptBreak);
        if (AsciiFillerAt(text, end) == 0 || SkipFiller(text, end) < 0) return false;
        chain.Length = chain.ScriptBreak;
        chain.ScriptBreak = 0;
        chain.EndGlued = false;
        return true;
    }

    // A group read out after a filler is written in one script: numerals then ASCII digits across a gap are two things.
    private static void CutAtScriptChange(ref Chain chain, int from)
    {
        for (int k = from + 1; k < chain.Length; k++)
        {
            if (chain.Gaps[k] == 0 || ((chain.Flags[k] ^ chain.Flags[k - 1]) & (byte)Evasions.ChineseNumerals) == 0) continue;
            chain.Length = k;
            chain.EndGlued = false;
            return;
        }
    }

    // Groups after a filler are digits: the chain ends at the first letter read after one. A filler word glued to the
    // group ("532uh100", "656then671") ends the group without gluing it: the next filler starts there.
    private static void CutAtLetter(ReadOnlySpan<char> text, ref Chain chain, int from)
    {
        for (int k = from; k < chain.Length; k++)
        {
            if (!IsLetter(chain.Chars[k]) || DigitLookalikes.TypedInGroup(chain, k, from)) continue; // 0939=69B=737 (round 43)
            chain.EndGlued = chain.Gaps[k] == 0 && !IsGluedFiller(text, chain, k);
            chain.Length = k;
            return;
        }
    }

    private static bool IsLetter(char folded) => (uint)(folded - 'A') <= 25;

    // Variation selectors, the zero-width joiner and the keycap mark: the pieces an emoji is typed with.
    private static bool IsEmojiPart(char c) => c is >= '\uFE00' and <= '\uFE0F' or '\u200D' or '\u20E3';

    // Whether the letter at index k of the chain starts an ASCII filler word right after a digit, with another digit group
    // behind it ("0980then121", "452uh509").
    // After the letter of an ID read on its own, a lower-case hesitation glued to the capital counts too ("Xuh兩拐六").
    private static bool IsGluedFiller(ReadOnlySpan<char> text, in Chain chain, int k) =>
        k > 0 && (!IsLetter(chain.Chars[k - 1]) || k == 1 && IsHesitationAfterCapital(text, chain.Positions[0], chain.Positions[k]))
        && AsciiFillerAt(text, chain.Positions[k]) > 0 && SkipFiller(text, chain.Positions[k]) >= 0;

    private static bool IsHesitationAfterCapital(ReadOnlySpan<char> text, int capital, int word) =>
        text[capital] is >= 'A' and <= 'Z' && text[word] is >= 'a' and <= 'z';

    /// <summary>
    /// Whether a filler and another group of digits follow the digits that end at <paramref name="from"/> ("02然後2345"), or a
    /// line break and a hyphen before a plate's letters ("264⏎-RD"): a number too short to be a value alone may then be
    /// the first group of a split one.
    /// </summary>
    public static bool FillerFollows(ReadOnlySpan<char> text, int from, ref FillerMemo fillers) =>
        fillers.SkipFiller(text, from) >= 0 || from < text.Length && HyphenWrapLength(text, from, CharFolding.Fold('0'), hyphenBefore: false) > 0;

    // The index of the digit that follows a filler starting at from, or -1.
    internal static int SkipFiller(ReadOnlySpan<char> text, int from)
    {
        // "身分證字號是F264878⏎206", "0989-⏎976013", "卡號 4563 0376 ⏎小陳：2640 8101": a value wrapped onto the next line
        // (or chat line) has nothing else between its pieces; a line break never joins pieces otherwise.
        int wrapped = LineWrapEnd(text, from);
        if (wrapped >= 0 && wrapped < text.Length && CharFolding.KindOf(text[wrapped]) == CharKind.Digit) return wrapped;
        int i = from, han = 0, marks = 0, asides = 0;
        bool filler = false, word = false, fullStop = false;
        if (wrapped >= 0)
        {
            // "4111⏎接著 222⏎剩下的 5260…", "0933⏎[2] 81⏎[3] 2457": the next line opens with a word or a piece's number
            // telling the reader to join it; the walk reads on from there (Round 32, categories of sets U23, U24).
            if (wrapped >= text.Length || JoiningWords.JoinLengthAt(text, wrapped) == 0 && RestWordsLength(text, wrapped) == 0) return -1;
            filler = true;
            asides += wrapped - from;
            i = wrapped;
        }
        while (i < text.Length && i - from - asides <= MaxFillerLength)
        {
            char c = text[i];
            var kind = CharFolding.KindOf(c);
            // The walk runs after every number no recognizer took: the longer checks below are made only for the character
            // they start with, and it stops at the first Han character or mark over the limits (a sentence after a number).
            // Counts only grow, so such a walk could only end in -1 below.
            // "K123（停頓）456", "0912——再來是——345678", "3528，等一下…0000": before 一 reads as a digit. An aside is one
            // word, its frame bounds its length.
            if (SpokenAsides.MayStartWith(c) && SpokenAsides.LengthAt(text, i) is int aside and > 0)
            {
                if (++han > MaxFillerHan) return -1;
                filler = word = true;
                i += aside;
                asides += aside;
            }
            // "K2746，後半段是39581", "R3816，下一行是⏎50274", "我再念一次後面": words naming the next part, taken whole
            // before their 一 reads as a digit or their 段 碼 行 第 keep the numbers apart.
            else if (PartWords.MayStartWith(c) && RestWordsLength(text, i) is int part and > 0)
            {
                if (++han > MaxFillerHan) return -1;
                filler = word = true;
                i += part;
                asides += part;
            }
            else if (kind == CharKind.Digit || kind == CharKind.Letter && NumberWords.LengthAt(text, i, out _) > 0) break; // "…one two, three four five"
            else if (c is ' ' or '\u3000' or '\u00A0' || kind == CharKind.Invisible) i++; // "222 \u200D… 嗯 060"
            else if (c is ')' or '）' && i == from) i++; // "(909) 然後 787": the area code's bracket closes before the word
            // "KRT-，呃，三六洞勾", "KRT，呃，-2395": a plate's hyphen kept beside the pause, closing the group before it or
            // opening the one after it; the filler words still have to be there.
            // "345：-：6七八": also beside a stray mark glued to the piece.
            else if (CharFolding.IsHyphen(c) && (i == from || IsDigitAt(text, i + 1) || JoiningWords.IsStrayMark(text[i - 1]))) i++;
            // "K12：345：6：7：89", "K1|23|456789", "H812,345678": a mark no value is written with, glued to the piece before
            // it (Round 35, categories of sets U27, U28).
            else if (JoiningWords.IsStrayMark(c) && (i == from || CharFolding.IsHyphen(text[i - 1])) && JoiningWords.PartsPieces(text, i) || c == '.' && IsSpacedDot(text, i))
            {
                if (++marks > MaxFillerMarks) return -1;
                filler = true;
                i++;
            }
            // "0931 524 8｜06" under "請自己接起來": a bar glued to the next piece where the text says to join them (round 37).
            else if (c is '｜' or '|' && JoiningInstructions.IsPieceBar(text, i))
            {
                if (++marks > MaxFillerMarks) return -1;
                filler = true;
                i++;
            }
            else if (c == ',' && i + 1 < text.Length && CharFolding.KindOf(text[i + 1]) == CharKind.Digit) return -1; // 4,000,000; a CSV cell
            else if (c is '，' or '、' or ',' or '…' or '⋯' or '；' || JoiningWords.IsMark(c) || c == '.' && EllipsisLength(text, i) > 0)
            {
                if (++marks > MaxFillerMarks) return -1;
                filler = true;
                i += c == '.' ? EllipsisLength(text, i) : c is '…' or '⋯' ? EllipsisRun(text, i) : 1; // "……喔……": each run is one pause
            }
            else if (c == '。')
            {
                // "0969。然後後段933166": a full stop ends the sentence unless words carry the reading on after it.
                if (++marks > MaxFillerMarks) return -1;
                fullStop = true;
                i++;
            }
            // "K1604，後三碼52817", "…，另一半是52817", "…；第二組：52817", "…，再唸一遍後段，六拐…": words announcing the rest
            // are one word, numerals and units inside them included; their grammar bounds their length.
            else if (NextPartWords.MayStartWith(c) && NextPartWords.LengthAt(text, i) is int nextPart and > 0)
            {
                if (++han > MaxFillerHan) return -1;
                filler = word = true;
                i += nextPart;
                asides += nextPart;
            }
            // "093，中間381，最後2457", "0933⏎[2] 81": Chinese joining words and piece numbers, taken whole before 間 keeps the
            // numbers apart or the piece's number reads as a digit (English ones below: "next three digits:" is a phrase first).
            else if ((c > '\u007F' || c is '[' or '(') && JoiningWords.MayStartWith(c) && JoiningWords.JoinLengthAt(text, i) is int joining and > 0)
            {
                if (++han > MaxFillerHan) return -1;
                filler = word = true;
                i += joining;
                asides += joining;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3105' and <= '\u312F') // Bopomofo: a hesitation typed as ㄜ
            {
                if (c >= '\u4E00' && IsSeparateNumbers[c - '\u4E00'] || ++han > MaxFillerHan) return -1;
                filler = word = true;
                i++;
            }
            // "0912, the second part is 345", "…, next three digits: 345": the English phrase announcing the rest, before its
            // "next" is taken for a joining word and its count for a digit.
            else if (NextPartWords.MayStartEnglish(c) && NextPartWords.EnglishLengthAt(text, i) is int english and > 0)
            {
                if (++han > MaxFillerHan) return -1;
                filler = word = true;
                i += english;
                asides += english;
            }
            // "0912" + "345", =CONCAT("A12","3456789"), 'A12' '3456789': a value built from string literals.
            else if (ConcatenationJoints.MayStartWith(c) && ConcatenationJoints.LengthAt(text, i) is int joint and > 0)
            {
                if (++marks > MaxFillerMarks) return -1;
                filler = word = true;
                i += joint;
                asides += joint;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                int ascii = AsciiFillerAt(text, i);
                if (ascii == 0) return -1;
                filler = word = true;
                i += ascii;
            }
            else return -1;
        }
        if (!filler || fullStop && !word || i >= text.Length || !StartsDigit(text, i)) return -1;
        return i;
    }

    // A digit, or a digit said as a word, at i: where a group after a filler starts.
    private static bool StartsDigit(ReadOnlySpan<char> text, int i) =>
        CharFolding.KindOf(text[i]) is var kind && (kind == CharKind.Digit || kind == CharKind.Letter && NumberWords.LengthAt(text, i, out _) > 0);

    /// <summary>Whether the gap before <paramref name="index"/> of the chain is only a line wrap the reader read across ("5412-⏎3982…").</summary>
    public static bool WrapsBefore(ReadOnlySpan<char> text, in Chain chain, int index) =>
        chain.GapChars[index] == Chain.FillerGap && LineWrapEnd(text, chain.EndOf(index)) == chain.Positions[index];

    /// <summary>Whether a line break, with only spaces or a trailing hyphen before it, follows <paramref name="from"/>.</summary>
    public static bool LineWrapsAt(ReadOnlySpan<char> text, int from) => LineWrapEnd(text, from) >= 0;

    /// <summary>
    /// Where the next line's value starts when a line break, with only spaces and a trailing hyphen before it and a chat
    /// line's speaker prefix or a bracketed continuation mark after it (see <see cref="ChatLine"/>, <see
    /// cref="SpokenAsides.BracketedLength"/>), follows <paramref name="from"/>; else -1.
    /// </summary>
    public static int LineWrapEnd(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        if (i < text.Length && text[i] is ')' or '）') i++; // "(+886)⏎974…": the country code's bracket closes first
        i = SkipBlanks(text, i);
        bool hyphen = i < text.Length && CharFolding.IsHyphen(text[i]);
        if (hyphen) i = SkipBlanks(text, i + 1);
        if (hyphen && i < text.Length && CharFolding.IsHyphen(text[i])) i = SkipBlanks(text, i + 1); // "0933-- ⏎812-457"
        i = SkipBlanks(text, i + JoiningWords.ContinuationMarkLength(text, i)); // "0933-（接下行）⏎812457"
        if (i >= text.Length) return -1;
        int breakLength = LineBreakLength(text, i);
        if (breakLength == 0) return -1;
        int next = i + breakLength;
        // "分兩則傳，下一則接著：0935⏎⏎602", "N⏎⏎518…（上面幾行合起來）": where the text says to join the pieces, blank lines,
        // the next message's sender or a list item's number may stand between them (Round 36, categories of set U30).
        int blankLines = JoiningInstructions.BlankLinesLength(text, next);
        bool instructed = false;
        if (blankLines > 0 && (instructed = JoiningInstructions.StatedNear(text, i))) next += blankLines;
        // "+886 9⏎⏎17 387 586", "049-271⏎- 2 -⏎-0643", "> …@liv⏎> email.tw": what a pipeline put between a value's pieces
        // where it broke the line (det-breaks45).
        else next += BreakFurniture.LengthAt(text, next, i);
        // "4111-2225-2601-⏎王哥: 8153": after a hyphen left open, a speaker's prefix opens the rest even with no chat line before.
        int speaker = ChatLine.ContinuationLength(text, i, next);
        if (speaker == 0 && (hyphen || instructed || StartsPieceLabel(text, next) && (instructed = JoiningInstructions.StatedNear(text, i))))
            speaker = ChatLine.SpeakerLength(text, next);
        if (speaker == 0 && instructed) speaker = JoiningInstructions.PieceLabelLength(text, next);
        int start = SkipBlanks(text, next + speaker);
        // "[21:05] 小美：接著 45 67": a joining word opens the next message's piece (Round 38, categories of set U34).
        if (speaker > 0) start = SkipBlanks(text, start + JoiningWords.LengthAt(text, start));
        start = SkipBlanks(text, start + SpokenAsides.BracketedLength(text, start)); // "0958⏎（續）217 406": a mark that the line goes on
        start += JoiningInstructions.QuoteMarkLength(text, start, i); // "AC8⏎>> 1⏎>> 204637" under "拆成兩行給你" (round 37)
        // "0912-3⏎- 45678", "0912⏎- -345-678": the next piece opens a list item (Round 35, categories of set U28).
        int item = ListItemLength(text, start);
        start += item;
        // "0912⏎-345-678", "小美：00886⏎小美：-912-345678": the hyphen may open the next line instead of closing this one.
        return (!hyphen || item > 0) && start + 1 < text.Length && CharFolding.IsHyphen(text[start]) && CharFolding.KindOf(text[start + 1]) == CharKind.Digit ? start + 1 : start;
    }

    // Whether the line at i opens with what may label a later piece (a sender, a list number): worth asking for a joining
    // instruction only then, since the answer searches the text around.
    private static bool StartsPieceLabel(ReadOnlySpan<char> text, int i) => ChatLine.SpeakerLength(text, i) > 0 || JoiningInstructions.PieceLabelLength(text, i) > 0;

    // Length of a list item's bullet at i, a hyphen or another bullet with blanks after it ("- ", "• ", "* "; det-pieces39:
    // 0912⏎• 345⏎• 678), or 0.
    private static int ListItemLength(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !(CharFolding.IsHyphen(text[i]) || IsBullet(text[i])) || text[i + 1] is not (' ' or '\u3000' or '\u00A0')) return 0;
        return SkipBlanks(text, i + 1) - i;
    }

    private static bool IsBullet(char c) => c is '•' or '*' or '・' or '●' or '▪' or '‧';

    // "ABC- . 123 . 5": a dot with a blank on each side parts pieces; in 1.5, 3. 5 or a sentence's end it does not.
    private static bool IsSpacedDot(ReadOnlySpan<char> text, int i) => i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ';

    private static bool IsDigitAt(ReadOnlySpan<char> text, int i) => i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Digit;

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (text[i] is ' ' or '\u3000' or '\u00A0' || CharFolding.KindOf(text[i]) == CharKind.Invisible)) i++;
        return i;
    }

    /// <summary>Length of the line break at <paramref name="i"/> (\n, \r\n or \r), or 0.</summary>
    public static int LineBreakLength(ReadOnlySpan<char> text, int i) =>
        text[i] == '\n' ? 1 : text[i] != '\r' ? 0 : i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

    /// <summary>Length of an ellipsis typed as two or more dots at <paramref name="i"/> ("0950... 再來是 748"), or 0.</summary>
    public static int EllipsisLength(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && end - i < 6 && text[end] == '.') end++;
        return end - i >= 2 ? end - i : 0;
    }

    // Length of the run of ellipsis characters at i (…… is one pause typed as two).
    private static int EllipsisRun(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && end - i < 6 && text[end] is '…' or '⋯') end++;
        return end - i;
    }

    /// <summary>
    /// Length of the words at <paramref name="i"/> that announce the rest of a value, or 0: the longer of the two readings
    /// that name them, <see cref="PartWords"/> (the place words of every type: 後半段是, 下一行) and <see cref="NextPartWords"/>
    /// (a head, a part noun or a count of digits, 是 or a colon: 後半部就是, 第二組：; in English: the second part is), so that
    /// one does not stop the other inside its words (後半 of 後半部就是).
    /// </summary>
    internal static int RestWordsLength(ReadOnlySpan<char> text, int i) =>
        Math.Max(Math.Max(PartWords.MayStartWith(text[i]) ? PartWords.LengthAt(text, i) : 0,
            NextPartWords.MayStartWith(text[i]) ? NextPartWords.LengthAt(text, i) : 0),
            NextPartWords.MayStartEnglish(text[i]) ? NextPartWords.EnglishLengthAt(text, i) : 0); // "the second part is "

    // Length of the ASCII filler word at i ("then", "and"), or 0.
    private static int AsciiFillerAt(ReadOnlySpan<char> text, int i)
    {
        int first = Scoring.TextSignature.Fold(text[i]) - 'a'; // as the ignore-case comparison below folds it
        if ((uint)first >= 26) return 0;
        foreach (var word in AsciiFillersByFirst[first])
        {
            int end = i + word.Length;
            if (end <= text.Length && text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || (uint)((text[end] | 0x20) - 'a') > 25)) // "uh兩拐六": a numeral may follow
                return word.Length;
        }
        return 0;
    }
}
