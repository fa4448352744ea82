using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// How a chain reads as a plate: its letter and digit groups, where a plate may end, separators and invisible characters
/// that stand for the hyphen or disguise it, and letter groups that are English words, units or acronyms rather than a
/// plate series.
/// </summary>
internal static class PlateShape
{
    // Where a plate may end: before a gap, or where its letters meet a Chinese numeral that starts the next word
    // ("騎洞六勾-VBS一直按喇叭", "9A兩台": 一 and 兩 glue to a letter only in a disguised ID).
    internal static bool EndsAt(in Chain chain, int count) =>
        chain.EndsCleanlyAfter(count)
        || (count < chain.Length && chain.Gaps[count] == 0 && IsLetter(chain.Chars[count - 1])
            && (chain.Flags[count - 1] & (byte)Evasions.ChineseNumerals) == 0 && (chain.Flags[count] & (byte)Evasions.ChineseNumerals) != 0);

    // Whether the gap before index holds a bracket or is a slash: what follows is a remark or another field, not more of the value.
    // Round 39 (set U37): so is a fixed-width row's column gap, two spaces or more ("113/05/19 1422  ABC-7316  40  …": the
    // 40 is the next column's article, tried only once the whole run failed as the plate's digits).
    internal static bool EndsField(ReadOnlySpan<char> text, in Chain chain, int index) =>
        chain.Gaps[index] > 0 && (IsFieldMark(chain.GapChars[index]) || IsSpacedSlash(text, chain, index) || IsColumnGap(text, chain, index));

    /// <summary>Whether the gap before <paramref name="index"/> is two spaces or more and nothing else (a fixed-width row's column gap).</summary>
    internal static bool IsColumnGap(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.GapChars[index] != ' ' || chain.Gaps[index] < 2) return false;
        foreach (char c in text.Slice(chain.EndOf(index), chain.Positions[index] - chain.EndOf(index))) if (c != ' ') return false;
        return true;
    }

    private static bool IsFieldMark(char c) => c is '(' or '[' or '（' or '【' or '「' or '/' or ')' or ']' or '）' or '】' or '」';

    // "2) KWT-3865 / 07:12": a slash with a space on each side parts a list entry's fields as a bare one does (round 35, set U27).
    private static bool IsSpacedSlash(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        int from = chain.EndOf(index), to = chain.Positions[index];
        return to - from == 3 && text[from] == ' ' && text[from + 1] is '/' or '／' && text[to - 1] == ' ';
    }

    // "1. bxv-3598 2. EBD-2168": a space, then one or two digits closed by a dot or bracket and a space, numbers the next item.
    // det-plates43 (set U45): so do they closed by a dot or bracket glued to the item's Chinese words (1.肇事車AEE-6720 2.被害車…,
    // …6720 2)乙車…) — no decimal or time has a Han character after its dot.
    internal static bool StartsListNumber(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.Gaps[index] == 0 || chain.GapChars[index] is not (' ' or '\u3000')) return false;
        int end = chain.Positions[index];
        int digits = 0;
        while (end < text.Length && (uint)(text[end] - '0') <= 9) { end++; digits++; }
        return digits is 1 or 2 && end + 1 < text.Length && text[end] is '.' or ')' or '）' && (text[end + 1] is ' ' or '\u3000' || CharFolding.IsHan(text[end + 1]));
    }

    // "KDG-8351 0912345678", "AB-215 ３９２５－ＫＬ": after a plate written with its hyphen, a space and three or more digits
    // start the record's next value (a mobile, another plate), not more of the plate's digit group. Round 36 (set U29): so do
    // two or three spaces after a plate written with a space, a dot or spelt out (MGE 2715  0936…, H N F 5 2 7 3  109年…):
    // a fixed-width roll's column gap.
    // Round 37 (set U31): and two or three spaces after a plate typed without its hyphen (PZT1638  277 2543 in a roll).
    internal static bool StartsNextValue(in Chain chain, int boundary, int index)
    {
        if (chain.GapChars[index] is not (' ' or '\u3000')) return false;
        if (chain.Gaps[boundary] > 0 && IsHyphenLike(chain.GapChars[boundary]) ? chain.Gaps[index] is 0 or > 2 : chain.Gaps[index] < 2) return false;
        int digits = 0;
        for (int i = index; i < chain.Length && !IsLetter(chain.Chars[i]); i++) digits++;
        return digits >= 3;
    }

    // Round 37 (set U31): "MRT-5267 3次、HK-7731 5次": a number glued to a count's unit after a space is how often the plate
    // was listed, not more of its digit group.
    internal static bool StartsCount(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (index >= chain.Length || chain.Gaps[index] != 1 || chain.GapChars[index] != ' ') return false;
        int end = index + 1;
        while (end < chain.Length && chain.Gaps[end] == 0) end++;
        if (end - index > 3) return false;
        for (int i = index; i < end; i++) if (IsLetter(chain.Chars[i])) return false;
        int after = chain.EndOf(end);
        return end == chain.Length && after < text.Length && PlateContext.CountUnits.IndexOf(text[after]) >= 0;
    }

    // "8. 612ZT（普輕機）", "3) 768-WR": a list item's number of one or two digits, closed by a dot or bracket and a space,
    // starts the chain; the item's plate starts after it (the number would lengthen a digits-first plate's digits).
    internal static bool StartsWithListNumber(ReadOnlySpan<char> text, in Chain chain)
    {
        int gap = 1;
        while (gap < chain.Length && chain.Gaps[gap] == 0) gap++;
        if (gap > 2 || gap >= chain.Length || IsLetter(chain.Chars[0]) || gap == 2 && IsLetter(chain.Chars[1])) return false;
        int from = chain.EndOf(gap);
        return chain.Positions[gap] - from >= 2 && text[from] is '.' or ')' or '）' && text[from + 1] is ' ' or '\u3000';
    }

    // "MAZDA CX-5 725-KG": a chain that starts right after a letter and a hyphen is the tail of a model code; the plate
    // after it starts at its own token.
    // "18340-M2T-B02": so does a chain of letters right after digits and a hyphen (a part number's next segment; a
    // digits-first plate's chain starts at its digits).
    internal static bool ContinuesCode(ReadOnlySpan<char> text, int start) =>
        start >= 2 && text[start - 1] == '-' && ((uint)((text[start - 2] | 0x20) - 'a') <= 'z' - 'a'
            || AsciiChars.IsDigitOrFullWidth(text[start - 2]) && start < text.Length && AsciiChars.IsLetter(text[start])); // (０９６９-xxx-…: round 36)

    // "機車 NE 五洞兩三八 一併查詢": a lone numeral after a gap, glued to the Han word it begins (一併, 一起, 兩車), ends the plate.
    internal static bool StartsNumeralWord(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (index != chain.Length - 1 || chain.Gaps[index] == 0 || (chain.Flags[index] & (byte)Evasions.ChineseNumerals) == 0) return false;
        int after = chain.EndOf(index + 1);
        return after < text.Length && CharFolding.IsHan(text[after]) && CharFolding.KindOf(text[after]) != CharKind.Digit;
    }

    // "HEV 2023", "GT 1998", "GLX 1800": four digits from 1900 to 2099 after a model's name are its model year, and whole
    // hundreds its engine size in cc (trims are named after both).
    /// <summary>
    /// Round 39: "1130-PM 集合", "930-AM", "2024-SS 新品", "2025-FW" — a digits-first code that reads as a clock time before its
    /// meridiem (hours 1–12, minutes 00–59) or as a year before a fashion season: a time or a collection, not a plate.
    /// </summary>
    internal static bool ReadsAsTimeOrSeason(in Chain chain, int digits)
    {
        if (digits is 3 or 4 && IsOneOf(chain, digits, 2, PlateLayouts.Meridiems))
        {
            int hours = digits == 3 ? chain.Chars[0] - '0' : (chain.Chars[0] - '0') * 10 + chain.Chars[1] - '0';
            return hours is >= 1 and <= 12 && chain.Chars[digits - 2] <= '5';
        }
        return digits == 4 && IsOneOf(chain, digits, 2, PlateLayouts.Seasons) && (chain.Chars[0], chain.Chars[1]) is ('1', '9') or ('2', '0');
    }

    internal static bool ReadsAsYearOrSize(in Chain chain, int from, int digits) =>
        digits == 4 && (chain.Chars[from] == '1' && chain.Chars[from + 1] == '9' || chain.Chars[from] == '2' && chain.Chars[from + 1] == '0'
            || chain.Chars[from + 2] == '0' && chain.Chars[from + 3] == '0');

    // Letters and digits typed plainly (ASCII or full width) with one space between the groups and no other gap (QRX 300, not
    // H R  575, K-W 575 or numerals).
    internal static bool IsModelNameShape(ReadOnlySpan<char> text, in Chain chain, int boundary, int count) =>
        chain.Gaps[boundary] == 1 && text[chain.EndOf(boundary)] == ' ' && chain.GapCount(count) == 1
        && (chain.EvasionsOf(count) & (Evasions.ChineseNumerals | Evasions.Homoglyph | Evasions.ZeroWidth | Evasions.NumberWords)) == 0;

    // "FKR 125", "QRX 300", "XR 150": three digits in whole or quarter hundreds are the engine size that names a model.
    internal static bool ReadsAsEngineSize(in Chain chain, int from) => (chain.Chars[from + 1], chain.Chars[from + 2]) is ('0', '0') or ('2', '5') or ('5', '0') or ('7', '5');

    // "ABC-洞五幺三兩台往市區逃逸": a numeral glued to a vehicle's measure word after a plate read in numerals counts the
    // vehicles just listed, and is no digit of the last plate.
    internal static bool CountsVehiclesAt(ReadOnlySpan<char> text, in Chain chain, int index) =>
        CountAfter.CountsAt(text, chain, index, PlateContext.VehicleMeasureWords);

    // Whether the character at index is written in Chinese numerals and the one before it is not, or the reverse.
    internal static bool ChangesScript(in Chain chain, int index) =>
        ((chain.Flags[index] ^ chain.Flags[index - 1]) & (byte)Evasions.ChineseNumerals) != 0;

    // "RX-8一輛": a Chinese numeral glued to an ASCII digit is a count with its measure word, not part of the plate.
    internal static bool HasScriptBreak(in Chain chain, int count) => chain.ScriptBreak > 0 && chain.ScriptBreak < count;

    // "XC\u200C-123", "AB-1\u200B23": an invisible character typed into a plate beside its hyphen or inside a group is a
    // disguise, as look-alike letters are; one that stands alone where the hyphen was (ABC\u00AD1235) is only its separator.
    internal static bool HidesInvisible(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if ((chain.Flags[i] & (byte)Evasions.ZeroWidth) != 0 && (i != boundary || chain.Gaps[i] > 0)) return true;
        }
        return false;
    }

    // A hyphen anywhere but between the letter and digit groups: the value is grouped some other way than a plate.
    // Each letter apart from the next by one hyphen (K-W-D, R-T), and no hyphen inside the digit group after them.
    internal static bool LettersSpeltWithHyphens(in Chain chain, int letters, int count)
    {
        if (letters < 2) return false;
        for (int i = 1; i < letters; i++) if (chain.Gaps[i] != 1 || !IsHyphenLike(chain.GapChars[i])) return false;
        for (int i = letters + 1; i < count; i++) if (chain.Gaps[i] > 0 && IsHyphenLike(chain.GapChars[i])) return false;
        return true;
    }

    /// <summary>The numerals of police radio (洞 0, 幺/么 1, 兩 2, 拐 7, 勾 9): a group with one of them is read out over the radio.</summary>
    private const string RadioNumerals = "洞幺么兩两拐勾";

    // Three or more digits, every one a numeral and one of them a radio numeral (五八兩三, 洞拐勾五): not how a year or a
    // count is written (二〇二三年, 兩三個), but how a plate's digits are called over the radio.
    internal static bool ReadInRadioNumerals(ReadOnlySpan<char> text, in Chain chain, int from, int digits)
    {
        if (digits < 3 || !AllNumerals(chain, from, from + digits)) return false;
        for (int i = from; i < from + digits; i++) if (RadioNumerals.IndexOf(text[chain.Positions[i]]) >= 0) return true;
        return false;
    }

    // "KR-洞3726", "RTW-兩六3兩", "幺六兩7-KP", "KHN-八251": a plate's digit group typed partly in digits and partly read in
    // numerals, the script changing inside the group, is a plate's digits disguised; not a model and its count (KZ-7兩輛,
    // QT-06兩台: the numeral that ends the group is followed by a measure word), nor a code and the word after it (QV-16一代,
    // KM-23一起: a single everyday numeral ending the group, glued to Han text, starts that word).
    internal static bool MixesNumeralsInGroup(ReadOnlySpan<char> text, in Chain chain, int from, int digits)
    {
        if (chain.ScriptBreak <= from || chain.ScriptBreak >= from + digits) return false;
        int end = from + digits, after = chain.EndOf(end);
        bool endsInNumeral = (chain.Flags[end - 1] & (byte)Evasions.ChineseNumerals) != 0;
        if (endsInNumeral && after < text.Length && CountAfter.AnyMeasureWords.IndexOf(text[after]) >= 0) return false;
        int numerals = 0;
        bool radio = false;
        for (int i = from; i < end; i++)
        {
            if ((chain.Flags[i] & (byte)Evasions.ChineseNumerals) == 0) continue;
            numerals++;
            radio |= RadioNumerals.IndexOf(text[chain.Positions[i]]) >= 0;
        }
        bool wordAfter = endsInNumeral && numerals == 1 && !radio && after < text.Length && CharFolding.IsHan(text[after]);
        return numerals < digits && !wordAfter;
    }

    // Whether every character from..count is written in Chinese or radio numerals.
    internal static bool AllNumerals(in Chain chain, int from, int count)
    {
        for (int i = from; i < count; i++) if ((chain.Flags[i] & (byte)Evasions.ChineseNumerals) == 0) return false;
        return true;
    }

    // "BRK⏎-6329", "BRK-⏎6329", "KRT，呃，-2395": a hyphen among what the reader read across before index (a line wrap, before
    // or after the break, or a pause).
    internal static bool GapHoldsHyphen(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.GapChars[index] != Chain.FillerGap) return false;
        int from = chain.EndOf(index), to = chain.Positions[index];
        foreach (char c in text.Slice(from, to - from)) if (CharFolding.Fold(c) is { Kind: CharKind.Separator, Value: '-' }) return true;
        return false;
    }

    /// <summary>
    /// The index where a plate wrapped inside its digit group continues on the next line (車號：KEV-15⏎82，, a table cell
    /// folded by a PDF paste: TRP-8⏎521), or 0: two or three letters, then digits with one line wrap among them and no
    /// other gap the reader read across. Not where a bracket closes before the break (件數(甲類/乙類/C4)⏎2024年…: a header
    /// and the next row) or where the next line's piece is a time, a date or a list number (FQD-81⏎12:05:33, …⏎10. 無,
    /// …⏎112年): a partial plate and the next line of a log.
    /// </summary>
    internal static int WrapInsideGroup(ReadOnlySpan<char> text, in Chain chain) => WrapInsideGroup(text, chain, out _);

    /// <summary>The same, with the index where the piece on the next line ends (a later gap read across is speech after it: …⏎813於21:28).</summary>
    internal static int WrapInsideGroup(ReadOnlySpan<char> text, in Chain chain, out int pieceEnd)
    {
        pieceEnd = chain.Length;
        int letters = RunLength(chain, 0, letters: true);
        if (letters is < 2 or > 3 || RunLength(chain, letters, letters: false) != chain.Length - letters) return 0;
        int wrap = 0;
        for (int k = letters + 1; k < chain.Length; k++)
        {
            if (chain.GapChars[k] != Chain.FillerGap) continue;
            if (wrap > 0)
            {
                pieceEnd = k;
                break;
            }
            wrap = k;
        }
        if (wrap == 0 || pieceEnd == chain.Length && chain.EndGlued || !ChainReader.WrapsBefore(text, chain, wrap)) return 0;
        if (text.Slice(chain.EndOf(wrap), chain.Positions[wrap] - chain.EndOf(wrap)).IndexOfAny(")）".AsSpan()) >= 0) return 0;
        int end = chain.EndOf(pieceEnd);
        return end == text.Length || WrappedPieceEnders.IndexOf(text[end]) < 0 ? wrap : 0;
    }

    /// <summary>What makes the piece on the next line a time, a date, a list number or an amount rather than a plate's digits.</summary>
    private const string WrappedPieceEnders = ":：.)）、年月日時點分秒號元";

    // "（藍色，SYM） 6218-SN": a bracket closing between two groups ends a remark there; the groups are no one plate.
    internal static bool ClosesBracketBetween(ReadOnlySpan<char> text, in Chain chain, int index) =>
        chain.Gaps[index] > 0 && text.Slice(chain.EndOf(index), chain.Positions[index] - chain.EndOf(index)).IndexOfAny(")）]】」".AsSpan()) >= 0;

    // "exp 09/28", "EUR 3/4": a slash inside a group writes a date or a fraction; a plate's groups are never cut by one.
    internal static bool SlashInsideGroup(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++) if (i != boundary && chain.Gaps[i] > 0 && chain.GapChars[i] is '/' or '／') return true;
        return false;
    }

    internal static bool HyphenInsideGroup(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++) if (i != boundary && chain.Gaps[i] > 0 && IsHyphenLike(chain.GapChars[i])) return true;
        return false;
    }

    /// <summary>
    /// Round 35 (set U28): whether every gap of the first <paramref name="count"/> characters is one or two hyphens (any
    /// dash the chain folds to one) and nothing else: a plate whose hyphen was typed at another place (PK-T3816, TR681-5,
    /// 72-15KT) or in several (R−KT-318−2).
    /// </summary>
    internal static bool HasOnlyHyphenGaps(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (chain.Gaps[i] == 0) continue;
            if (chain.Gaps[i] > 2) return false;
            for (int at = chain.EndOf(i); at < chain.Positions[i]; at++) if (CharFolding.Fold(text[at]).Value != '-') return false;
        }
        return true;
    }

    // A middle dot or a bullet (NME•8285), or the katakana prolonged sound mark typed for a hyphen (ABCー1235), stands where the hyphen was.
    internal static bool IsHyphenLike(char gap) => gap is '-' or '\u00B7' or '\u2027' or '\u30FB' or '\uFF65' or '\u30FC' or '\uFF70' or '\u2022' or '\u2219';

    internal static bool IsLetter(char c) => (uint)(c - 'A') <= 25;

    internal static int RunLength(in Chain chain, int from, bool letters)
    {
        int i = from;
        while (i < chain.Length && IsLetter(chain.Chars[i]) == letters) i++;
        return i - from;
    }

    internal static bool ContainsIOrO(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] is 'I' or 'O') return true;
        return false;
    }

    // "263.5": a dot between two digits of the group.
    internal static bool HasDecimalPoint(in Chain chain, int from, int count)
    {
        for (int i = from + 1; i < from + count; i++) if (chain.Gaps[i] == 1 && chain.GapChars[i] == '.') return true;
        return false;
    }

    internal static bool ContainsDigitFour(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] == '4') return true;
        return false;
    }

    internal static bool IsEnglishWord(in Chain chain, int from, int count) => IsOneOf(chain, from, count, PlateLayouts.EnglishWords);

    // Whether the letter group is one of the words (English words, units, acronyms). Every 2012 plate is checked against
    // the acronyms: a word is compared only when its length and first letter agree.
    internal static bool IsOneOf(in Chain chain, int from, int count, string[] words)
    {
        var letters = chain.Chars.Slice(from, count);
        foreach (var word in words)
        {
            if (word.Length != count || count > 0 && word[0] != letters[0]) continue;
            if (letters.SequenceEqual(word.AsSpan())) return true;
        }
        return false;
    }

    // One character per group, each gap one or two spaces (A B C 1 2 3 5, A B C  1 2 3 5).
    internal static bool IsSpelledOut(in Chain chain, int count)
    {
        for (int i = 1; i < count; i++) if (chain.Gaps[i] is 0 or > 2 || chain.GapChars[i] is not (' ' or '\u3000')) return false;
        return true;
    }

    /// <summary>Marks that part a list's or a row's items, never repeated between a plate's characters to spell it out.</summary>
    private const string ItemMarks = ",，、;；|｜\t\n\r";

    // "R★K★T★2★0★5★8", "K~T~W~3~1~6", "N__P__5__2__8__1": one character per group, the same run of one mark
    // between every two (a symbol, an emoji, a dot or a dash, not a space or an item separator) — a plate spelt out to slip
    // past a filter, as spaces between its characters are (round 28).
    internal static bool IsSpelledWithOneMark(in Chain chain, int count)
    {
        if (count < 5 || chain.Gaps[1] == 0) return false;
        char mark = chain.GapChars[1];
        if (mark is ' ' or '\u3000' or Chain.FillerGap || ItemMarks.IndexOf(mark) >= 0) return false;
        return SameMarkThroughout(chain, count);
    }

    // "車牌 R、P、X、5、1、9、7": a plate spelt out with the enumeration comma between every character (round 31). The comma parts
    // a list's items anywhere else (選項 A、B、C), so it spells a plate only right after a plate label, a driving verb or a
    // vehicle noun.
    // "F - C - Q - 7 - 2 - 8": so does a hyphen with a space on each side between every character (round 32).
    internal static bool IsSpelledWithMark(ReadOnlySpan<char> text, in Chain chain, int count) =>
        IsSpelledWithOneMark(chain, count) || IsSpelledWithSpacedHyphens(text, chain, count)
        || count >= 5 && chain.Gaps[1] == 1 && chain.GapChars[1] == '\u3001' && SameMarkThroughout(chain, count)
            && PlateContext.IsNamedImmediately(text, chain.Start);

    // "F - C - Q - 7 - 2 - 8": a plate spelt out with a hyphen and a space on each side of it between every two characters
    // (round 32): no list or code is written so.
    internal static bool IsSpelledWithSpacedHyphens(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        if (count < 5) return false;
        for (int i = 1; i < count; i++) if (!IsSpacedHyphen(text, chain, i)) return false;
        return true;
    }

    // "5 K - 3 7 2 9", "K M - 5 0 6": spelt out a character at a time, the hyphen kept between the groups with a space on
    // each side of it (round 32); every other gap one or two spaces, as IsSpelledOut takes them.
    internal static bool IsSpelledOutAroundHyphen(ReadOnlySpan<char> text, in Chain chain, int boundary, int count)
    {
        if (boundary >= count || !IsSpacedHyphen(text, chain, boundary)) return false;
        for (int i = 1; i < count; i++)
        {
            if (i != boundary && (chain.Gaps[i] is 0 or > 2 || chain.GapChars[i] is not (' ' or '\u3000'))) return false;
        }
        return true;
    }

    // Whether the gap before index is a hyphen with one space on each side ("0 8 6 3 - R K", "ABC - 1235"): the hyphen
    // between a plate's groups, set apart as a spelt-out plate's characters are (round 32).
    // Round 37 (set U32): or with wider gaps around it between spelt-out characters ("N F X   -   3 0 9 8", WideSpacedHyphen).
    internal static bool IsSpacedHyphen(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        if (chain.Gaps[index] < 3 || chain.GapChars[index] is not (' ' or '\u3000')) return false;
        var gap = text.Slice(chain.EndOf(index), chain.Positions[index] - chain.EndOf(index));
        if (gap.Length == 3) return IsHyphenLike(CharFolding.Fold(gap[1]).Value) && gap[2] is ' ' or '\u3000';
        var trimmed = gap.Trim(' ');
        return trimmed.Length == 1 && gap.Length <= 9 && gap[0] == ' ' && gap[gap.Length - 1] == ' ' && IsHyphenLike(CharFolding.Fold(trimmed[0]).Value);
    }

    /// <summary>Most characters of a plate in any layout (ABC-1235, LA-12345): a longer run is a phone, an ID or a card.</summary>
    private const int MaxPlateCharacters = 7;

    // "EKH✅-72😅15", "BRV💥5183", "CAJ❤️-15⭐15": emoji or pictographs typed between a plate's groups (for its hyphen or
    // beside it) and inside them, not the same run in every gap (IsSpelledWithOneMark reads that), a plate disguised to
    // slip past a filter within one line (round 32). Every gap holds only symbols, invisible characters and at most one
    // hyphen, one gap a symbol at least; never a space, dot, slash or item mark, which group dates, codes and lists.
    internal static bool IsMarkedWithSymbols(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        if (count > MaxPlateCharacters) return false;
        bool marked = false;
        for (int i = 1; i < count; i++)
        {
            if (chain.Gaps[i] == 0) continue;
            if (chain.GapChars[i] == Chain.FillerGap) return false;
            int hyphens = 0;
            foreach (char c in text.Slice(chain.EndOf(i), chain.Positions[i] - chain.EndOf(i)))
            {
                if (CharFolding.IsSymbolMark(c)) marked = true;
                else if (CharFolding.Fold(c) is { Kind: CharKind.Separator, Value: '-' }) hyphens++;
                else if (CharFolding.KindOf(c) != CharKind.Invisible) return false;
            }
            if (hyphens > 1) return false;
        }
        return marked;
    }

    // Every gap of the first count characters is the first one's mark, as long.
    private static bool SameMarkThroughout(in Chain chain, int count)
    {
        for (int i = 2; i < count; i++) if (chain.Gaps[i] != chain.Gaps[1] || chain.GapChars[i] != chain.GapChars[1]) return false;
        return true;
    }

    // Every gap of the first count characters but the one before boundary is one or two spaces, or none.
    internal static bool OnlySpacesBeside(in Chain chain, int boundary, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (i != boundary && chain.Gaps[i] > 0 && (chain.Gaps[i] > 2 || chain.GapChars[i] is not (' ' or '\u3000'))) return false;
        }
        return true;
    }

    internal static bool IsCapitalised(in Chain chain, int from, int count)
    {
        if ((chain.Flags[from] & (byte)Evasions.LowerCase) != 0) return false;
        for (int i = from + 1; i < from + count; i++) if ((chain.Flags[i] & (byte)Evasions.LowerCase) != 0) return true;
        return false;
    }

    internal static bool IsLowerCase(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if ((chain.Flags[i] & (byte)Evasions.LowerCase) == 0) return false;
        return true;
    }

    // Whether a Latin word or a number (ASCII or full width; then a space or a comma) stands right before start: the value is read
    // inside English prose.
    internal static bool FollowsEnglishWord(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < 3 && text[i - 1] is ' ' or ',' or '\u3000' or '\uFF0C') i--;
        return i < start && i > 0 && CharFolding.KindOf(text[i - 1]) is CharKind.Letter or CharKind.Digit && (CharFolding.Fold(text[i - 1]).Evasions & Evasions.ChineseNumerals) == 0;
    }

    internal static bool IsAcronym(in Chain chain, int from) => IsOneOf(chain, from, 3, PlateLayouts.Acronyms);
}
