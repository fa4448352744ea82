namespace DataGuard.Detection.Normalization;

/// <summary>
/// Words a writer puts between two pieces of one value to announce the rest of it: the next or latter part (下一截,
/// 後半部是, 第二組：, 另一半⏎), the rest by its count of digits (後三碼, 末六位, 最後五位), or the reading said again
/// (再唸一遍後段, 重複一次). The phrase is read by its grammar — a head saying "next, latter, last, other", an optional
/// count, a noun for a part, then 是/為 or a colon and a line break — not as a list of sentences, and it holds numerals
/// (一, 二, 四) and units (段, 碼, 次) that would otherwise end the filler walk. A count must match the digits after it,
/// except after the first piece of an ID or certificate (its letters, then digits): writers of those give 後三碼 before
/// five digits as often as before three, and the checksum judges the join; a phone's or card's digits have no check
/// strong enough (密碼 0912。後四碼 345678 stays two numbers).
/// </summary>
internal static class NextPartWords
{
    /// <summary>Words for "the next, latter, last or other" that open the phrase; longest first.</summary>
    private static readonly string[] Heads =
    {
        "接下來的", "剩下的", "其餘的", "接下來", "後面的", "下一個", "另一個", "中間的", "最後", "後面", "下一", "第二", "另一", "剩下", "其餘", "中間",
        "後", "末", "尾", "下",
    };

    /// <summary>Nouns for a part of a value, after a head (下一截, 後半部, 第二組); longest first.</summary>
    private static readonly string[] Parts =
    {
        "半部分", "半部份", "部分", "部份", "半段", "半部", "半截", "段", "半", "截", "行", "句", "組", "串", "節",
    };

    /// <summary>Nouns counted by a number of digits, after a head and the count (後四碼, 末3位, 最後五個數字).</summary>
    private static readonly string[] Counted = { "個數字", "個號碼", "位數", "碼", "位", "個" };

    /// <summary>The digits at the end, named with no count (末碼, 尾碼, 後面位數).</summary>
    private static readonly string[] Tail = { "位數", "碼" };

    /// <summary>Verbs of saying a reading again (再唸一遍, 重新讀一次), after 再 or 重新.</summary>
    private static readonly string[] Readings = { "複誦", "重複", "念", "唸", "讀", "說", "講", "報", "打", "唱" };

    /// <summary>How many times, after the verb: 一次, 一遍.</summary>
    private static readonly string[] Times = { "一次", "一遍", "1次", "1遍" };

    /// <summary>Words that say the value goes on, closing the phrase (是, 為, 就是, a colon).</summary>
    private static readonly string[] Copulas = { "則是", "就是", "是", "為", "：", ":" };

    /// <summary>Whether a phrase may start with <paramref name="c"/> (the filler walk's first test).</summary>
    public static bool MayStartWith(char c) => c is '接' or '剩' or '其' or '後' or '下' or '另' or '最' or '第' or '末' or '尾' or '我' or '再' or '重' or '中';

    /// <summary>
    /// Length of the phrase at <paramref name="i"/> with its copula, the blanks after it and a line break right after it
    /// (the writer announced the next line), or 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !MayStartWith(text[i])) return 0;
        int end = RepeatEnd(text, i);
        if (end < 0) end = PartEnd(text, i);
        if (end < 0) return 0;
        end = SkipAny(text, end, Copulas);
        end = SkipBlanks(text, end);
        if (end < text.Length && ChainReader.LineBreakLength(text, end) is int lineBreak and > 0) end = SkipBlanks(text, end + lineBreak);
        return end - i;
    }

    /// <summary>
    /// The same phrase in English, as a value is dictated in chunks (0912, the second part is 345; …, next three digits:
    /// 345; …, the last part 678; …, the rest is 678): "the" optional, a head, a count (a digit or its word) and a part noun,
    /// at least one of the two, then "is"/"are" or a colon. A count must hold as in Chinese.
    /// </summary>
    private static readonly string[] EnglishHeads = { "next", "second", "third", "middle", "last", "final", "remaining", "other", "rest" };

    private static readonly string[] EnglishParts = { "part", "half", "bit", "chunk", "group", "segment", "section", "digits", "numbers" };

    private static readonly string[] EnglishCounts = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private static readonly string[] EnglishCopulas = { "is ", "are ", ": ", ":" };

    /// <summary>Whether an English phrase may start with <paramref name="c"/>: the first letter of "the" or of a head.</summary>
    public static bool MayStartEnglish(char c) => (c | 0x20) is 't' or 'n' or 's' or 'm' or 'l' or 'f' or 'r' or 'o';

    // The first two letters of "the" and of each head, one bit per pair (first × 26 + second): the phrase's first test after
    // its first letter, which most words of English prose ("that", "some", "return") fail.
    private static readonly ulong[] EnglishOpenings = EnglishOpeningsOf();

    // Whether the two letters at i, folded as the ignore-case comparison folds them (ı and ſ too), open "the" or a head.
    private static bool OpensEnglish(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length) return false;
        int a = Scoring.TextSignature.Fold(text[i]) - 'a', b = Scoring.TextSignature.Fold(text[i + 1]) - 'a';
        if ((uint)a >= 26 || (uint)b >= 26) return false;
        int pair = a * 26 + b;
        return (EnglishOpenings[pair >> 6] & (1UL << pair)) != 0;
    }

    private static ulong[] EnglishOpeningsOf()
    {
        var openings = new ulong[(26 * 26 + 63) / 64];
        foreach (var word in EnglishHeads.Append("the"))
        {
            int pair = (word[0] - 'a') * 26 + (word[1] - 'a');
            openings[pair >> 6] |= 1UL << pair;
        }
        return openings;
    }

    /// <summary>
    /// Length of the English phrase at <paramref name="i"/> ("the second part is ", "next three digits: ", "the rest is ")
    /// with the blanks after it, or 0.
    /// </summary>
    public static int EnglishLengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !MayStartEnglish(text[i]) || i > 0 && AsciiChars.IsLetter(text[i - 1]) || !OpensEnglish(text, i)) return 0;
        int j = SkipEnglish(text, i, "the");
        int head = SkipEnglishAny(text, j, EnglishHeads);
        if (head == j) return 0;
        bool rest = text[j] is 'r' or 'R';
        j = rest ? SkipEnglish(text, head, "of it") : head;
        int countEnd = EnglishCountEnd(text, j, out char counted);
        int part = SkipEnglishAny(text, countEnd, EnglishParts);
        if (part == countEnd && counted == '\0' && !rest) return 0; // "the next officers": a head alone names no part
        int copula = SkipEnglishAny(text, part, EnglishCopulas);
        // A part named with no count needs "is" or a colon before the digits; "the rest" names the part itself (… / the rest 678).
        if (copula == part && counted == '\0' && !rest) return 0;
        int end = SkipBlanks(text, copula);
        return counted == '\0' || CountHolds(text, i, CharFolding.Fold(counted).Value - '0', end) ? end - i : 0;
    }

    // Past a count said as a word or typed as one digit ("three ", "3 "), with the digit in counted; else at i, '\0'.
    private static int EnglishCountEnd(ReadOnlySpan<char> text, int i, out char counted)
    {
        for (int k = 0; k < EnglishCounts.Length; k++)
        {
            int end = SkipEnglish(text, i, EnglishCounts[k]);
            if (end == i) continue;
            counted = (char)('1' + k);
            return end;
        }
        bool digit = i + 1 < text.Length && AsciiChars.IsDigit(text[i]) && text[i + 1] == ' ';
        counted = digit ? text[i] : '\0';
        return digit ? i + 2 : i;
    }

    // Past an English word (either case) and one blank after it, or i where the word is not there.
    private static int SkipEnglish(ReadOnlySpan<char> text, int i, string word)
    {
        if (i + word.Length > text.Length || !text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return i;
        int end = i + word.Length;
        if (end < text.Length && AsciiChars.IsLetter(text[end])) return i;
        return end < text.Length && text[end] == ' ' ? end + 1 : end;
    }

    private static int SkipEnglishAny(ReadOnlySpan<char> text, int i, string[] words)
    {
        if (i >= text.Length) return i;
        int first = Scoring.TextSignature.Fold(text[i]); // as the ignore-case comparison folds it: most words differ here
        foreach (var word in words)
        {
            if (word[0] != first) continue;
            int end = word.EndsWith(" ", StringComparison.Ordinal) || word.StartsWith(":", StringComparison.Ordinal)
                ? (StartsWithIgnoreCase(text, i, word) ? i + word.Length : i)
                : SkipEnglish(text, i, word);
            if (end > i) return end;
        }
        return i;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> text, int i, string word) =>
        i + word.Length <= text.Length && text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

    // "後半部", "下一截", "第二組", "尾碼", "後三碼", "最後5位": a head, then a part or the tail, or a count and what it counts.
    private static int PartEnd(ReadOnlySpan<char> text, int i)
    {
        foreach (var head in Heads)
        {
            if (!StartsWith(text, i, head)) continue;
            int next = i + head.Length;
            if (SkipAny(text, next, Parts) is int part && part > next) return part;
            if (head.Length > 1 && next < text.Length && text[next] is '是' or '為' or '：' or ':') return next; // 中間是, 最後是, 剩下的：
            if (SkipAny(text, next, Tail) is int tail && tail > next) return tail;
            int countEnd = CountEnd(text, next, out int count);
            if (countEnd == next) continue;
            if (SkipAny(text, countEnd, Counted) is int counted && counted > countEnd)
                return CountHolds(text, i, count, counted) ? counted : -1; // 後四碼, 末3位, 後12碼, 後十二碼
            if (SkipAny(text, countEnd, Parts) is int counter && counter > countEnd) return counter; // 最後一段, 後兩組
        }
        return -1;
    }

    // Whether the count at the phrase's start matches the digits after it, or the piece before it opens with an ID's letters.
    private static bool CountHolds(ReadOnlySpan<char> text, int phrase, int count, int after) =>
        DigitRun(text, SkipAny(text, after, Copulas)) == count || OpensWithLetters(text, phrase);

    // Past a count of digits at i (四, 4, and a card's tail of ten to thirteen: 12, 十二, 十), with its value; else at i.
    private static int CountEnd(ReadOnlySpan<char> text, int i, out int count)
    {
        count = 0;
        if (i >= text.Length) return i;
        if (text[i] == '十')
        {
            int unit = i + 1 < text.Length && CharFolding.KindOf(text[i + 1]) == CharKind.Digit && CharFolding.IsHan(text[i + 1]) ? CharFolding.Fold(text[i + 1]).Value - '0' : 0;
            count = 10 + unit;
            return unit > 0 ? i + 2 : i + 1;
        }
        if (CharFolding.KindOf(text[i]) != CharKind.Digit) return i;
        count = CharFolding.Fold(text[i]).Value - '0';
        if (count == 1 && i + 1 < text.Length && text[i + 1] is >= '0' and <= '9')
        {
            count = 10 + text[i + 1] - '0';
            return i + 2;
        }
        return i + 1;
    }

    // "K1604，後…", "KA 七三六，後…": back over the pause, the digits, a blank, to one or two capitals that start the piece.
    private static bool OpensWithLetters(ReadOnlySpan<char> text, int phrase)
    {
        int k = phrase - 1;
        while (k >= 0 && text[k] is '，' or ',' or '、' or '；' or '。' or ' ' or '\u3000') k--;
        int digits = k;
        while (k >= 0 && CharFolding.KindOf(text[k]) == CharKind.Digit) k--;
        if (k == digits) return false;
        if (k >= 0 && text[k] == ' ') k--;
        int letters = k;
        while (k >= 0 && letters - k < 3 && text[k] is >= 'A' and <= 'Z') k--;
        return letters - k is 1 or 2 && (k < 0 || !AsciiChars.IsLetterOrDigit(text[k])); // 證V258, not CODEV258
    }

    // How many digits (ASCII, full-width or numerals) follow at from, blanks and a line break before them skipped.
    private static int DigitRun(ReadOnlySpan<char> text, int from)
    {
        from = SkipBlanks(text, from);
        if (from < text.Length && ChainReader.LineBreakLength(text, from) is int lineBreak and > 0) from = SkipBlanks(text, from + lineBreak);
        int digits = 0;
        for (; from < text.Length; from++)
        {
            var kind = CharFolding.KindOf(text[from]);
            if (kind == CharKind.Digit) digits++;
            else if (kind != CharKind.Invisible) break;
        }
        return digits;
    }

    // "再唸一遍後段", "再說一遍", "重新讀一次剩下的", "重複一次": (我) 再 or 重新, a verb of reading, how many times, and what is read again.
    private static int RepeatEnd(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        if (StartsWith(text, j, "我")) j++;
        if (StartsWith(text, j, "再")) j++;
        else if (StartsWith(text, j, "重新")) j += 2;
        else if (!StartsWith(text, j, "重複")) return -1;
        int verb = SkipAny(text, j, Readings);
        if (verb == j) return -1;
        int times = SkipAny(text, verb, Times);
        if (times == verb) return -1;
        int part = PartEnd(text, times);
        if (part > 0) return part;
        int rest = SkipAny(text, times, Heads); // "…一次後面", "…一次剩下的"
        return rest;
    }

    private static int SkipAny(ReadOnlySpan<char> text, int i, string[] words)
    {
        foreach (var word in words) if (StartsWith(text, i, word)) return i + word.Length;
        return i;
    }

    private static bool StartsWith(ReadOnlySpan<char> text, int i, string word) =>
        i < text.Length && text.Slice(i).StartsWith(word.AsSpan(), StringComparison.Ordinal);

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i;
    }
}
