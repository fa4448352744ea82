using Kind = DataGuard.Detection.Normalization.LetterDescriptions.Kind;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 41 (set U42; 注音 plates of set U41): a value whose letters are described instead of written — 英文字母第5個：2635…,
/// 大寫的p 英文字母第17個 字母表排第8的那個 ， 3 8 6 8, 「ㄉㄧ」那個字母(D)，後面…, ㄅ-ㄇ-ㄒ 兩拐山八 — rewritten in the sound-alike
/// reading's copy of the text (<see cref="HomophoneDigits.Read"/>) as the letters written: each description becomes its
/// letter and fillers, the marks and words between the letters and the digits become fillers (a plate's first one its
/// hyphen), sound-alike digits become digits. The copy has the text's length, so the whole engine then reads the value and
/// validates it as any (checksum, plate layouts), and <see cref="HomophoneReading.Merge"/> keeps it only where it outscores
/// what the text as written gave. Rewritten only where the row of letters and the digits beside it have a value's shape: one
/// letter and nine digits, two and eight, two or three letters and two to five digits, or three or four digits before two.
/// </summary>
internal static class DescribedLetterRuns
{
    /// <summary>The most letters of a value (a plate's three).</summary>
    private const int MaxLetters = 3;

    /// <summary>The longest description, back from the character a search stops at (第二十三個英文字母: 母 is its eighth).</summary>
    private const int MaxReachBack = 9;

    /// <summary>How far before the first description a row's spelt or typed letters may start (Romeo、Bravo、「ㄗㄟ」…).</summary>
    private const int MaxRowBefore = 24;

    /// <summary>Marks between two letters of a row (大寫的r、英文字母第2個、…; ㄅ-ㄇ-ㄒ).</summary>
    private const string LetterGaps = " 　、，,·・‧-";

    private const int MaxLetterGap = 3;

    /// <summary>Marks between the letters and the digits: pauses, a colon, a plus, an arrow, quotes, a hyphen, a tilde.</summary>
    private const string JoiningMarks = " 　，,：:+＋=＝→~、」「』『-－‐–—";

    /// <summary>Words between the letters and the digits (後面 …, 再加上 …, dash …).</summary>
    private static readonly string[] JoiningWords = { "後面", "然後", "接著", "再加上", "加上", "數字", "dash", "hyphen", "槓", "杠" };

    /// <summary>The most characters between the letters and the digits.</summary>
    private const int MaxJoint = 8;

    /// <summary>
    /// The next 母 of 字母 or 寫 of 大寫 at or after <paramref name="from"/>, or -1: where a description may be (one vectorised
    /// search for two characters). 注音 and the capitals that start a spelling-alphabet word or a letter with its example in
    /// brackets are looked for apart (<see cref="SpeltAt"/>).
    /// </summary>
    public static int IndexOfHanTrigger(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return -1;
        int hit = text.Slice(from).IndexOfAny('母', '寫');
        return hit < 0 ? -1 : from + hit;
    }

    private readonly struct Item
    {
        public Item(int start, int end, char letter, Kind kind) => (Start, End, Letter, Kind) = (start, end, letter, kind);

        public int Start { get; }
        public int End { get; }
        public char Letter { get; }
        public Kind Kind { get; }
    }

    /// <summary>
    /// Rewrites the row of described letters around <paramref name="hit"/> (a trigger character) with its digits, where
    /// they have a value's shape, in <paramref name="rewritten"/> (a copy made on the first rewrite); the start of each
    /// guarded description (<see cref="Kind.Guarded"/>) goes to <paramref name="guarded"/>. Returns where the search goes on.
    /// </summary>
    public static int RewriteAt(string text, int hit, ref char[]? rewritten, ref List<int>? guarded)
    {
        var span = text.AsSpan();
        if (!DescriptionAround(span, hit, out var first)) return hit + 1;
        // The row on the stack (a text with no value allocates nothing): the letters before the first description, then it and those after.
        Span<Item> row = stackalloc Item[2 * MaxLetters];
        int before = RowBefore(span, first.Start, rewritten, row);
        row[before] = first;
        int count = RowAfter(span, row, before + 1);
        if (count < 0) return first.End;
        int end = row[count - 1].End;
        // The row with the letters typed or spelt before its first description, else without them (ID 字母表…: a label).
        if (before > 0 && count <= MaxLetters && TryRewrite(text, row.Slice(0, count), ref rewritten, ref guarded, out int after))
            return after;
        return count - before <= MaxLetters && TryRewrite(text, row.Slice(before, count - before), ref rewritten, ref guarded, out int written) ? written : end;
    }

    /// <summary>
    /// Whether a capital at <paramref name="i"/> starts a spelling-alphabet word (Kilo, X-ray) or a letter with its example in
    /// brackets (K（Kilo）, D(ㄉㄧ)): a few compares for most capitals (<see cref="PhoneticAlphabet.MayStartAt"/>, a bracket after it).
    /// </summary>
    public static bool SpeltAt(ReadOnlySpan<char> text, int i) =>
        PhoneticAlphabet.MayStartAt(text, i) || i + 1 < text.Length && text[i + 1] is '(' or '（';

    // The description (a place, a case word, a 注音 name) that holds the hit.
    private static bool DescriptionAround(ReadOnlySpan<char> text, int hit, out Item item)
    {
        item = default;
        char c = text[hit];
        if (AsciiChars.IsUpper(c))
        {
            // Kilo, K（Kilo）: a row spelt with the alphabet's words alone.
            int spelt = LetterDescriptions.At(text, hit, afterPlace: false, out char letter, out Kind kind);
            if (spelt <= hit || kind != Kind.Spelt) return false;
            item = new Item(hit, spelt, letter, kind);
            return true;
        }
        if (c == '寫' && !(hit > 0 && text[hit - 1] is '大' or '小')) return false;
        if (c == '母' && !(hit > 0 && text[hit - 1] == '字')) return false;
        for (int s = Math.Max(0, hit - MaxReachBack); s <= hit; s++)
        {
            int end = LetterDescriptions.At(text, s, afterPlace: false, out char letter, out Kind kind);
            // A(ㄟ), D(ㄉㄧ): a 注音 name in brackets after its letter is the letter's example, read with it.
            if (end <= hit || kind < Kind.Described && !(kind == Kind.Spelt && BopomofoLetters.IsSymbol(c))) continue;
            item = new Item(s, end, letter, kind);
            return true;
        }
        return false;
    }

    // Adds the letters that follow the first item (at count - 1), a few marks apart; the row's new count, or -1 where more
    // than a value holds.
    private static int RowAfter(ReadOnlySpan<char> text, Span<Item> row, int count)
    {
        int limit = count - 1 + MaxLetters;
        while (true)
        {
            var last = row[count - 1];
            int at = SkipLetterGap(text, last.End);
            int end = LetterDescriptions.At(text, at, afterPlace: IsPlace(text, last), out char letter, out Kind kind);
            if (end <= at) return count;
            if (count == limit) return -1;
            row[count++] = new Item(at, end, letter, kind);
        }
    }

    // 英文字母第1個、第7個: a place in the alphabet, after which a bare 第N個 is the next letter's.
    private static bool IsPlace(ReadOnlySpan<char> text, Item item) => item.Kind == Kind.Described && text[item.End - 1] is '個' or '母' or '字';

    private static int SkipLetterGap(ReadOnlySpan<char> text, int at)
    {
        int k = at;
        while (k < text.Length && k - at < MaxLetterGap && LetterGaps.IndexOf(text[k]) >= 0) k++;
        return k;
    }

    // The letters typed or spelt right before the first description (Romeo、Bravo、…; RA（Alfa）…), put in `row` from its
    // start: the earliest start within reach from which a row of them reaches it exactly; their count, 0 where none does. A
    // letter a row read before has rewritten (the a of 大寫的a) is that row's, not one of its own.
    private static int RowBefore(ReadOnlySpan<char> text, int firstStart, char[]? rewritten, Span<Item> row)
    {
        for (int p = Math.Max(0, firstStart - MaxRowBefore); p < firstStart; p++)
        {
            if (p > 0 && LetterDescriptions.IsLetter(text[p - 1]) || !LetterDescriptions.IsLetter(text[p]) || rewritten is not null && rewritten[p] != text[p]) continue;
            int count = 0, at = p;
            while (at < firstStart && count < MaxLetters)
            {
                int end = LetterDescriptions.At(text, at, afterPlace: false, out char letter, out Kind kind);
                if (end <= at || end > firstStart || kind >= Kind.Described) break;
                row[count++] = new Item(at, end, letter, kind);
                at = SkipLetterGap(text, end);
            }
            if (count > 0 && at == firstStart) return count;
        }
        return 0;
    }

    // Rewrites the row with the digits after it (or, for a plate's letters, before it) where the two make a value's shape.
    private static bool TryRewrite(string text, ReadOnlySpan<Item> row, ref char[]? rewritten, ref List<int>? guarded, out int end)
    {
        var span = text.AsSpan();
        int letters = row.Length, rowStart = row[0].Start, rowEnd = row[letters - 1].End;
        int digitsStart = JointEnd(span, rowEnd);
        int digits = DigitsFrom(span, digitsStart, out int digitsEnd);
        bool id = letters == 1 && digits == 9 || letters == 2 && digits == 8;
        bool plate = letters is 2 or 3 && digits is >= 2 and <= 5;
        end = digitsEnd;
        if (id || plate)
        {
            var copy = rewritten ??= text.ToCharArray();
            RewriteRow(row, copy, ref guarded);
            Fill(copy, rowEnd, digitsStart, hyphen: plate);
            RewriteDigits(span, digitsStart, digitsEnd, copy);
            return true;
        }
        // "8 9 8 9 ， 大寫的p 字母表排第17的那個": a digits-first plate's letters described after its digits.
        int jointStart = JointStart(span, rowStart);
        digits = DigitsBefore(span, jointStart, out int beforeStart);
        end = rowEnd;
        if (letters != 2 || digits is not (3 or 4) || jointStart == rowStart && beforeStart == jointStart) return false;
        var before = rewritten ??= text.ToCharArray();
        RewriteRow(row, before, ref guarded);
        Fill(before, jointStart, rowStart, hyphen: true);
        RewriteDigits(span, beforeStart, jointStart, before);
        return true;
    }

    // Each letter and fillers; a row spelt with the alphabet's words alone (Delta Lima Lima 2232 in prose) or holding a lone
    // 注音 initial is guarded: it stands for a value only where an ID or plate word scores it so (HomophoneReading.Merge).
    private static void RewriteRow(ReadOnlySpan<Item> row, char[] copy, ref List<int>? guarded)
    {
        bool described = false;
        foreach (var item in row) described |= item.Kind == Kind.Described;
        for (int r = 0; r < row.Length; r++)
        {
            var item = row[r];
            copy[item.Start] = item.Letter;
            Fill(copy, item.Start + 1, item.End, hyphen: false);
            if (r + 1 < row.Length) Fill(copy, item.End, row[r + 1].Start, hyphen: false);
            if (item.Kind == Kind.Guarded || !described) (guarded ??= new List<int>()).Add(item.Start);
        }
    }

    // Fillers over [from, to), the first a plate's hyphen where asked.
    private static void Fill(char[] copy, int from, int to, bool hyphen)
    {
        for (int k = from; k < to; k++) copy[k] = LetterReadings.Filler;
        if (hyphen && from < to) copy[from] = '-';
    }

    // Sound-alike digits as digits, and the marks between digits (8、8、5、2; 223＊758; 2 5 3) as fillers: the row and the
    // digits were read as one value here, and the recognizers read it as one.
    private static void RewriteDigits(ReadOnlySpan<char> text, int from, int to, char[] copy)
    {
        for (int k = from; k < to; k++)
        {
            char digit = DigitOf(text, k);
            if (digit != '\0' && SoundAlikeTable.DigitOf(text[k]) is not null) copy[k] = digit;
            else if (digit == '\0' && CharFolding.KindOf(text[k]) != CharKind.Invisible) copy[k] = LetterReadings.Filler;
        }
    }

    // Past the marks and words between the letters and the digits, at most MaxJoint characters.
    private static int JointEnd(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        while (k < text.Length && k - from < MaxJoint)
        {
            if (JoiningMarks.IndexOf(text[k]) >= 0 || CharFolding.KindOf(text[k]) == CharKind.Invisible) k++;
            else if (WordAt(text, k) is int word and > 0) k += word;
            else break;
        }
        return k;
    }

    // Back over the marks between a digits-first plate's digits and its letters (no words: 8989 ， 大寫的p…).
    private static int JointStart(ReadOnlySpan<char> text, int rowStart)
    {
        int k = rowStart;
        while (k > 0 && rowStart - k < MaxJoint && JoiningMarks.IndexOf(text[k - 1]) >= 0) k--;
        return k;
    }

    private static int WordAt(ReadOnlySpan<char> text, int k)
    {
        foreach (var word in JoiningWords)
        {
            if (text.Slice(k).StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase) && (word[0] >= 0x80 || WordEdges.Whole(text, k, k + word.Length)))
                return word.Length;
        }
        return 0;
    }

    /// <summary>Characters read between two digits of the value: at most two in a row.</summary>
    private const int MaxDigitGap = 2;

    /// <summary>More digits than any value holds: the count stops there.</summary>
    private const int MaxCounted = 20;

    // The digits from `from` in any form (radio, financial, full-width, other scripts, keycaps, sound-alikes; one common in
    // prose only glued to another digit: 255747寺2流, not 2825，就是), with a few marks between them and any invisible
    // characters; their count, 0 where a letter is glued after them.
    private static int DigitsFrom(ReadOnlySpan<char> text, int from, out int end)
    {
        int count = 0, gap = 0;
        end = from;
        for (int k = from; k < text.Length && count < MaxCounted; k++)
        {
            if (DigitOf(text, k) != '\0')
            {
                if (gap > 0 && EndsBefore(text, end - 1, k)) break;
                count++;
                gap = 0;
                end = k + 1;
            }
            else if (CharFolding.KindOf(text[k]) == CharKind.Invisible || IsDigitGap(text[k]) && ++gap <= MaxDigitGap) continue;
            else break;
        }
        return end < text.Length && AsciiChars.IsLetter(text[end]) ? 0 : count;
    }

    // After a gap, the next group is no part of the digits where its script changes (六勾三 3. AYY…), it is a list's next
    // number (…-278 3. MLP…) or it is a numeral starting a word (兩勾洞八 一併查詢).
    private static bool EndsBefore(ReadOnlySpan<char> text, int last, int next) =>
        CharFolding.IsHan(text[last]) != CharFolding.IsHan(text[next])
        || next + 2 < text.Length && text[next + 1] == '.' && text[next + 2] == ' ' 
        || CharFolding.IsHan(text[next]) && next + 1 < text.Length && CharFolding.IsHan(text[next + 1]) && DigitOf(text, next + 1) == '\0';

    private static char DigitOf(ReadOnlySpan<char> text, int k)
    {
        if (LetterReadings.DigitValue(text[k]) is char digit and not '\0') return digit;
        bool glued = k > 0 && LetterReadings.DigitValue(text[k - 1]) != '\0' || k + 1 < text.Length && LetterReadings.DigitValue(text[k + 1]) != '\0';
        return glued ? SoundAlikeTable.DigitOf(text[k]) ?? '\0' : '\0';
    }

    // The digits ending right before `to`, read backwards as DigitsFrom reads forwards; their count and where they start.
    private static int DigitsBefore(ReadOnlySpan<char> text, int to, out int start)
    {
        int count = 0, gap = 0;
        start = to;
        for (int k = to - 1; k >= 0 && count < MaxCounted; k--)
        {
            if (CharFolding.KindOf(text[k]) == CharKind.Digit)
            {
                count++;
                gap = 0;
                start = k;
            }
            else if (IsDigitGap(text[k]) && ++gap <= MaxDigitGap) continue;
            else break;
        }
        return start > 0 && CharFolding.IsAlphanumeric(text[start - 1]) && !CharFolding.IsHan(text[start - 1]) ? 0 : count;
    }

    private static bool IsDigitGap(char c) =>
        HomophoneDigits.IsGap(c) || CharFolding.KindOf(c) is CharKind.Invisible or CharKind.Separator || c is '、' or '~' or '＊' or '*' or '☆' or '•' or '∙' or '‧' or '_' or '—' or '→' or '|' or '｜';
}
