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

    /// <summary>
    /// Marks between two letters of a row (大寫的r、英文字母第2個、…; ㄅ-ㄇ-ㄒ); det-plates43 (set U46): and slashes, as a
    /// plate's letters are spelt in a form's one field (Charlie/Papa/Victor).
    /// </summary>
    private const string LetterGaps = " 　、，,·・‧-/／";

    private const int MaxLetterGap = 3;

    /// <summary>Marks between the letters and the digits: pauses, a colon, a plus, an arrow, quotes, a hyphen, a tilde.</summary>
    private const string JoiningMarks = " 　，,：:+＋=＝→~、」「』『-－‐–—";

    /// <summary>
    /// Words between the letters and the digits besides the joining words of pieces (<see cref="Normalization.JoiningWords"/>:
    /// 後面 …, 然後 …, 加上 …): 數字, a spoken hyphen, and (round 42, set U44) a bare 接 — 雲林縣的代碼 接 …, 後面接 ….
    /// </summary>
    private static readonly string[] LetterJoiningWords = { "再加上", "數字", "dash", "hyphen", "槓", "杠", "接" };

    /// <summary>The most characters between the letters and the digits.</summary>
    private const int MaxJoint = 8;

    /// <summary>The characters a description may hold: 母 of 字母, 寫 of 大寫; round 42, 縣 and 市 of a county, 碼 of 代碼.</summary>
    private const string HanTriggers = "母寫縣市碼";

    /// <summary>
    /// The next 母 of 字母, 寫 of 大寫, 縣 or 市 of a county or 碼 of 代碼 at or after <paramref name="from"/>, or -1: where a
    /// description may be (one vectorised search for five characters). 注音 and the capitals that start a spelling-alphabet word or a letter with its example in
    /// brackets are looked for apart (<see cref="SpeltAt"/>).
    /// </summary>
    public static int IndexOfHanTrigger(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return -1;
        int hit = text.Slice(from).IndexOfAny(HanTriggers.AsSpan());
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
        // Round 42: a description a row read before has rewritten (the L(ㄝㄌ) of ㄝㄇ、L(ㄝㄌ)、X…, found again by the capitals'
        // search) is that row's; read again as a row's first letter it would overwrite the value with a shorter one.
        if (RewrittenWithin(rewritten, text, first.Start, first.End)) return first.End;
        // The row on the stack (a text with no value allocates nothing): the letters before the first description, then it and those after.
        Span<Item> row = stackalloc Item[2 * MaxLetters];
        // A county is a value's first letter: letters typed before it are a label's (我的ID （嘉義縣）…), not the value's.
        int before = first.Kind == Kind.County ? 0 : RowBefore(span, first.Start, rewritten, row);
        row[before] = first;
        int count = RowAfter(span, row, before + 1);
        if (count < 0) return first.End;
        int end = row[count - 1].End;
        // The row with the letters typed or spelt before its first description, else without them (ID 字母表…: a label).
        if (before > 0 && count <= MaxLetters && TryRewrite(text, row.Slice(0, count), ref rewritten, ref guarded, out int after))
            return after;
        return count - before <= MaxLetters && TryRewrite(text, row.Slice(before, count - before), ref rewritten, ref guarded, out int written) ? written : end;
    }

    // Whether an earlier row rewrote any character of [start, end) (its letter may be written as itself: the Y of Y（ㄨㄞ）).
    private static bool RewrittenWithin(char[]? rewritten, string text, int start, int end)
    {
        if (rewritten is null) return false;
        for (int k = start; k < end; k++)
        {
            if (rewritten[k] != text[k]) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a capital at <paramref name="i"/> starts a spelling-alphabet word (Kilo, X-ray) or a letter with its example in
    /// brackets (K（Kilo）, D(ㄉㄧ)): a few compares for most capitals (<see cref="PhoneticAlphabet.MayStartAt"/>, a bracket after it).
    /// </summary>
    public static bool SpeltAt(ReadOnlySpan<char> text, int i) =>
        PhoneticAlphabet.MayStartAt(text, i) || i + 1 < text.Length && (text[i + 1] is '(' or '（' || text[i + 1] == ' ' && LetterExamples.MayFollow(text, i));

    // The description (a place, a case word, a 注音 name) that holds the hit.
    private static bool DescriptionAround(ReadOnlySpan<char> text, int hit, out Item item)
    {
        item = default;
        char c = text[hit];
        if (AsciiChars.IsUpper(c))
        {
            // Kilo, K（Kilo）: a row spelt with the alphabet's words alone; round 42, P as in Papa, Z(大寫).
            int spelt = LetterDescriptions.At(text, hit, afterPlace: false, out char letter, out Kind kind);
            if (spelt <= hit || kind == Kind.Plain) return false;
            item = new Item(hit, spelt, letter, kind);
            return true;
        }
        if (c == '寫' && !(hit > 0 && text[hit - 1] is '大' or '小')) return false;
        if (c == '母' && !(hit > 0 && text[hit - 1] == '字')) return false;
        if (c is '縣' or '市' or '碼' && !CountyLetters.MayEndNameAt(text, hit)) return false;
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
            if (end <= at || kind == Kind.County) return count; // a county is a value's first letter only
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
        bool county = row[0].Kind == Kind.County;
        int digits = DigitsFrom(span, digitsStart, letters, county, out int digitsEnd);
        bool id = IsIdShape(letters, digits);
        bool plate = !county && IsPlateShape(letters, digits);
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
        if (letters != 2 || row[0].Kind == Kind.County || digits is not (3 or 4) || jointStart == rowStart && beforeStart == jointStart) return false;
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
        foreach (var item in row) described |= item.Kind is Kind.Described or Kind.County;
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
        bool previousDigit = false;
        for (int k = from; k < to; k++)
        {
            char digit = DigitOf(text, k, previousDigit);
            previousDigit = digit != '\0';
            if (digit != '\0' && SoundAlikeTable.DigitOf(text[k]) is not null) copy[k] = digit;
            else if (digit == '\0' && CharFolding.KindOf(text[k]) != CharKind.Invisible) copy[k] = LetterReadings.Filler;
        }
    }

    // Past the marks and words between the letters and the digits, at most MaxJoint characters; round 42 (set U44: N as in
    // November⏎醫伊5…, 臺中市的代碼⏎２８９…): one line break among them.
    private static int JointEnd(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        bool lineBreak = false;
        while (k < text.Length && k - from < MaxJoint)
        {
            if (JoiningMarks.IndexOf(text[k]) >= 0 || CharFolding.KindOf(text[k]) == CharKind.Invisible) k++;
            else if (text[k] == '\n' && !lineBreak) (k, lineBreak) = (k + 1, true);
            else if (text[k] == '>' && lineBreak) k++; // a reply's quote marks on the next line (+⏎>>  ２６２…)
            else if (text[k] == '\r' && !lineBreak && k + 1 < text.Length && text[k + 1] == '\n') (k, lineBreak) = (k + 2, true);
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
        int shared = WordOf(text, k, JoiningWords.Words);
        return shared > 0 ? shared : WordOf(text, k, LetterJoiningWords);
    }

    private static int WordOf(ReadOnlySpan<char> text, int k, string[] words)
    {
        foreach (var word in words)
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

    private static bool IsIdShape(int letters, int digits) => letters == 1 && digits == IdDigits || letters == 2 && digits == IdDigits - 1;

    private static bool IsPlateShape(int letters, int digits) => letters is 2 or 3 && digits is >= 2 and <= 5;

    // Whether the letters and digits make a value's shape (a county an ID's or certificate's only).
    private static bool Fits(int letters, bool county, int digits) => IsIdShape(letters, digits) || !county && IsPlateShape(letters, digits);

    // The digits from `from` in any form (radio, financial, full-width, other scripts, keycaps, sound-alikes; one common in
    // prose only glued to another digit: 255747寺2流, not 2825，就是), with a few marks between them and any invisible
    // characters; their count, 0 where a letter or (round 42) an operator is glued after them. Round 42 (set U44): a mark
    // between blanks is one gap (九三〇 | 二九四, 玖零貳 - 陸柒伍); a sound-alike glued after one read as a digit is one too (9４一０~五吾舞七二); a letter
    // that looks like a digit between two digits is counted and left for the recognizers' look-alike reading (２O９480…);
    // and where the digits run on past a bar (…１２６|06-537…, …６４１ | 0378…: the next cell of a row) or, after one letter,
    // past a change of script across blanks, and the digits before it make a value's shape with the letters, those are
    // the value — before a spaced bar (a cell break) even where all of them fit too (ㄝㄈ、大寫P、… 5289 | 0912: the plate's four,
    // not an old certificate's eight), before a glued one only where all of them do not (МA(ㄟ)玖參玖肆｜柒柒捌肆 is one value).
    private static int DigitsFrom(ReadOnlySpan<char> text, int from, int letters, bool county, out int end)
    {
        int count = 0, gap = 0, boundaryCount = -1, boundaryEnd = from;
        bool previousDigit = false, cellBreak = false;
        end = from;
        for (int k = from; k < text.Length && count < MaxCounted; k++)
        {
            if (DigitOf(text, k, previousDigit) != '\0')
            {
                if (gap > 0 && ScriptChangesAcrossBlanks(text, end - 1, k))
                {
                    // Round 42 (set U44: 餌洞吧 ２餌３ 三韭０): after one letter the digits may change script group by group; where
                    // they run on past the value's nine, the nine before the change are the value (…六 3. AYY, below).
                    if (letters != 1) break;
                    if (boundaryCount < 0 && Fits(letters, county, count)) (boundaryCount, boundaryEnd, cellBreak) = (count, end, true);
                }
                else if (gap > 0 && EndsBefore(text, end - 1, k)) break;
                count++;
                gap = 0;
                end = k + 1;
                previousDigit = true;
                continue;
            }
            previousDigit = false;
            if (boundaryCount < 0 && text[k] is '|' or '｜' && Fits(letters, county, count)) (boundaryCount, boundaryEnd, cellBreak) = (count, end, text[k - 1] == ' ');
            if (CharFolding.KindOf(text[k]) == CharKind.Invisible || IsDigitGap(text[k]) && (++gap <= MaxDigitGap || IsSpacedMark(text, k, gap))) continue;
            break;
        }
        if (boundaryCount >= 0 && (cellBreak || !Fits(letters, county, count))) (count, end) = (boundaryCount, boundaryEnd);
        return end < text.Length && (AsciiChars.IsLetter(text[end]) || IsOperator(text[end])) ? 0 : count;
    }

    // The third character of a gap that is a mark between two blanks (" | ", " - ").
    // Round 42 (set U44: C as in Charlie A、03(4+0)(13-4) 8487): an operator glued after the digits goes on with an arithmetic
    // term this reader does not work out; the digits before it are no value's whole.
    private static bool IsOperator(char c) => c is '+' or '＋' or '×' or '*' or '÷';

    private static bool IsSpacedMark(ReadOnlySpan<char> text, int k, int gap) =>
        gap == MaxDigitGap + 1 && text[k] == ' ' && text[k - 2] == ' ' && text[k - 1] != ' ';

    // After a gap, the next group is no part of the digits where it is a list's next number (…-278 3. MLP…) or a numeral
    // starting a word (兩勾洞八 一併查詢); where its script changes across blanks alone (六勾三 3. AYY…) it ends a plate's digits
    // and bounds an ID's (DigitsFrom). Round 42: 〇 is a Han numeral here, though no ideograph (一七五‧〇〇四), and a mark
    // parts groups of two scripts without ending them (9４一０~五吾舞七二, 貳零貳 | 212).
    private static bool EndsBefore(ReadOnlySpan<char> text, int last, int next) =>
        next + 2 < text.Length && text[next + 1] == '.' && text[next + 2] == ' ' 
        || CharFolding.IsHan(text[next]) && next + 1 < text.Length && CharFolding.IsHan(text[next + 1]) && DigitOf(text, next + 1, previousDigit: false) == '\0';

    private static bool ScriptChangesAcrossBlanks(ReadOnlySpan<char> text, int last, int next) =>
        IsHanNumeralOrIdeograph(text[last]) != IsHanNumeralOrIdeograph(text[next]) && IsBlanks(text.Slice(last + 1, next - last - 1));

    /// <summary>The digits after an ID's or a 2021 certificate's one letter.</summary>
    private const int IdDigits = 9;

    private static bool IsBlanks(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (c is not (' ' or '\u3000') && CharFolding.KindOf(c) != CharKind.Invisible) return false;
        }
        return true;
    }

    private static bool IsHanNumeralOrIdeograph(char c) => CharFolding.IsHan(c) || c == '〇';

    private static char DigitOf(ReadOnlySpan<char> text, int k, bool previousDigit)
    {
        if (LetterReadings.DigitValue(text[k]) is char digit and not '\0') return digit;
        bool glued = previousDigit || k + 1 < text.Length && LetterReadings.DigitValue(text[k + 1]) != '\0';
        if (!glued) return '\0';
        if (SoundAlikeTable.DigitOf(text[k]) is char soundAlike) return soundAlike;
        return previousDigit && k + 1 < text.Length && LetterReadings.DigitValue(text[k + 1]) != '\0' && AsciiChars.IsLetter(text[k])
            && DigitLookalikes.AsDigitInside((char)(text[k] & ~0x20)) is var lookalike and not (>= 'A' and <= 'Z') ? lookalike : '\0';
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
