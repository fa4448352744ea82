namespace DataGuard.Detection.Normalization;

/// <summary>
/// The words and marks a writer puts between the pieces of one value to tell the reader to join them: "0912 / then 345 /
/// the rest 678", "K12⏎接著 345⏎剩下的 6789", "093，中間381，最後2457", "H8123 + 45632", "0933⏎[2] 81⏎[3] 2457".
/// One table for the filler walk (<see cref="ChainReader.SkipFiller"/>), which reads across them, and for the judgement
/// of a gap as speech (<see cref="Recognizers.SpokenFillers"/>). Whether the pieces make a value stays with the
/// recognizers (a checksum, the numbering plan and a phone word, Luhn and a card word).
/// Round 32 (categories of sets U23, U24).
/// </summary>
internal static class JoiningWords
{
    /// <summary>Longest first, so 接著是 is taken whole before 接著 and "the rest" is not read as "then".</summary>
    public static readonly string[] Words =
    {
        "and then", "the rest", "接著是", "後面是", "再來是", "然後是", "剩下的", "接下來", "然後", "再來", "接著", "後面", "最後",
        "剩下", "結尾", "中間", "then", "next",
        // det-pieces39: a conjunction between two pieces (0912 和 345678, A123 跟 456789, 0912 加上 345678); the pieces must
        // still make one value that validates, as after any joining word.
        "加上", "和", "跟",
        // det-pieces41: a card read out group by group (5524；下一組4888；下一組…).
        "下一組",
    };

    /// <summary>
    /// Marks typed between the pieces instead of a word (H8123 + 45632, 0933- / 812457): a pause, never a word — a gap of
    /// marks alone still needs the value's own evidence (a checksum, a phone word, a card word). Not a bar: it is a table's
    /// cell break, and two cells' numbers are two values (0933 | 812 | 457 in a JSON string is left unread).
    /// </summary>
    public static bool IsMark(char c) => c is '/' or '／' or '+' or '＋';

    /// <summary>
    /// Marks typed glued after a value's piece to get the value past a filter (A12：345：6789, 0912|345|678, a stray comma
    /// or semicolon in an ID typed fast): characters no value is written with, which the filler walk reads across only
    /// right after a piece (a table's bar has blanks on both sides: two cells). Whether the pieces make a value stays with
    /// the recognizers, as for every mark here. Round 35 (categories of sets U27, U28). Round 38 (categories of sets U33,
    /// U34): an equals sign or a backslash too (0=9=123=…, A12\\345\\6789), full-width as well, under the colon's and the
    /// bar's rule (repeated within the value).
    /// </summary>
    public static bool IsStrayMark(char c) => c is ':' or '：' or '|' or ';' or ',' or '=' or '＝' or '\\' or '＼';

    /// <summary>
    /// Whether every filler gap in the first <paramref name="count"/> characters of <paramref name="chain"/> is one stray
    /// mark glued between two pieces, the same mark each time and at least twice, and every other gap is none
    /// (0912=34=567=8, 02|2345|6789): the writer cut one value with one mark, as another writes 0912🔸34🔸567🔸8 — not a
    /// list, whose items a pause, a word or a blank parts. Not a comma or semicolon: a value holds one of those at most
    /// (<see cref="PartsPieces"/>). Round 38 (categories of sets U33, U34).
    /// </summary>
    public static bool CutByOneMark(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        char mark = '\0';
        int cuts = 0;
        for (int k = 1; k < count; k++)
        {
            if (chain.Gaps[k] == 0) continue;
            int from = chain.EndOf(k);
            if (chain.GapChars[k] != Chain.FillerGap || chain.Positions[k] - from != 1) return false;
            char c = text[from];
            if (!IsStrayMark(c) || c is ',' or ';' || mark != '\0' && c != mark) return false;
            mark = c;
            cuts++;
        }
        return cuts >= 2;
    }

    /// <summary>How far either side of a stray mark its line is searched for the same mark.</summary>
    private const int CommaReach = 40, RepeatReach = 12;

    /// <summary>
    /// Whether the stray mark at <paramref name="i"/> may part one value's pieces rather than a row's cells or a time: a
    /// comma or semicolon with no other glued to the next cell on its line within 40 characters (a CSV row repeats it:
    /// 王小明,F2…,113/05/02; JSON's ", " and a sentence's ", " are no cell break), a
    /// colon or bar with another within 12 (the writer cuts the value more than once: K12：345：6；a time 19:39 has one).
    /// </summary>
    public static bool PartsPieces(ReadOnlySpan<char> text, int i)
    {
        char mark = text[i];
        if (TypoMark.StandsForHyphen(text, i)) return true; // round 43: 0930=664-394, typed once for the hyphen
        bool comma = mark is ',' or ';';
        int reach = comma ? CommaReach : RepeatReach;
        bool again = SameMarkOnLine(text, i, -1, reach, comma) || SameMarkOnLine(text, i, 1, reach, comma);
        if (comma) return !again;
        // The repeat first: a colon typed once (10:41) is turned down without reading the time around it.
        return again && !(mark is ':' or '：' && ReadsAsClock(text, i));
    }

    // Whether the colon at i sits inside a clock reading (11:22:33 of a log line's time stamp, ０８:００ of opening hours): one
    // or two digits up to 59 before it with no letter before them (K12:34:5678 is an ID's pieces), two up to 59 after it,
    // and if a colon follows them, two more.
    private static bool ReadsAsClock(ReadOnlySpan<char> text, int i)
    {
        int before = 0, digits = 0, k = i - 1;
        for (; k >= 0 && digits < 3 && DigitAt(text, k) is int d and >= 0; k--, digits++) before += d * (digits == 0 ? 1 : 10);
        if (digits is 0 or > 2 || before > 59 || k >= 0 && CharFolding.KindOf(text[k]) == CharKind.Letter) return false;
        if (!TwoDigitsAt(text, i + 1)) return false;
        return i + 3 >= text.Length || text[i + 3] is not (':' or '：') || TwoDigitsAt(text, i + 4);
    }

    // Two digits up to 59 at i with no digit after them.
    private static bool TwoDigitsAt(ReadOnlySpan<char> text, int i) =>
        DigitAt(text, i) is int tens and >= 0 && DigitAt(text, i + 1) is int units and >= 0 && tens * 10 + units <= 59 && DigitAt(text, i + 2) < 0;

    // The digit at i in any form the folding reads as one (０, 8), or -1.
    private static int DigitAt(ReadOnlySpan<char> text, int i) =>
        i >= 0 && i < text.Length && CharFolding.Fold(text[i]) is { Kind: CharKind.Digit } folded && AsciiChars.IsDigit(folded.Value) ? folded.Value - '0' : -1;

    // Whether the mark at i stands again within reach characters in the given direction, before a line break; with
    // gluedOnly, only where no blank follows it.
    internal static bool SameMarkOnLine(ReadOnlySpan<char> text, int i, int step, int reach, bool gluedOnly)
    {
        for (int k = i + step, n = 0; k >= 0 && k < text.Length && n < reach && text[k] is not ('\n' or '\r'); k += step, n++)
        {
            if (text[k] == text[i] && !(gluedOnly && k + 1 < text.Length && text[k + 1] is ' ' or '\u3000')) return true;
        }
        return false;
    }

    /// <summary>
    /// The one kind of mark a gap between two pieces holds (<paramref name="from"/> to <paramref name="to"/>), blanks and
    /// hyphens aside: a mark of <see cref="IsMark"/> or <see cref="IsStrayMark"/>, a pause (， 、 ；) or a line break
    /// followed by a list item's hyphen (returned as '\n'); '\0' for a gap holding words, two kinds of mark or a bare
    /// line break (0912⏎2. 備註: the next item's number). The same kind on both sides of a one-digit
    /// piece (ABC- + 1 + 235, K12：345：6：7：89, 0912-⏎- 3⏎- 45678) shows the writer cutting one value, not listing numbers.
    /// Round 35 (categories of sets U27, U28).
    /// </summary>
    public static char MarkOfGap(ReadOnlySpan<char> text, int from, int to)
    {
        char mark = '\0';
        bool bullet = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i] == '\r' ? '\n' : text[i];
            if (c is ' ' or '\u3000' or '\u00A0') continue;
            if (CharFolding.Fold(c) is { Kind: CharKind.Separator, Value: '-' })
            {
                bullet |= mark == '\n';
                continue;
            }
            if (!(IsMark(c) || IsStrayMark(c) || c is '.' or '，' or '、' or '；' or '\n') || mark != '\0' && mark != c) return '\0';
            mark = c;
        }
        return mark == '\n' && !bullet ? '\0' : mark;
    }

    /// <summary>Whether a joining word may start with <paramref name="c"/> (the walk's first test).</summary>
    public static bool MayStartWith(char c) =>
        c is '接' or '後' or '下' or '再' or '然' or '剩' or '最' or '結' or '中' or '加' or '和' or '跟' or '[' or '(' or '（' or '【' || (c | 0x20) is 'a' or 't' or 'n';

    /// <summary>Length of the joining word or the piece's number at <paramref name="i"/>, or 0.</summary>
    public static int JoinLengthAt(ReadOnlySpan<char> text, int i) => LengthAt(text, i) is int word and > 0 ? word : PieceNumberLength(text, i);

    /// <summary>Length of the joining word at <paramref name="i"/> (either case), or 0; an English word must end there.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !MayStartWith(text[i])) return 0;
        var rest = text.Slice(i);
        foreach (var word in Words)
        {
            if (!rest.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            bool english = word[0] < 0x80;
            if (word is "和" or "跟" && !JoinsPlainRuns(text, i, i + 1)) return 0;
            return english && word.Length < rest.Length && AsciiChars.IsLetter(rest[word.Length]) ? 0 : word.Length;
        }
        return 0;
    }

    /// <summary>
    /// Whether the conjunction at [<paramref name="start"/>, <paramref name="end"/>) stands between two plain runs of
    /// letters and digits (0912和345678): 和 and 跟 also list whole values (ND-3018和9127-ZY, two plates), so a run with a
    /// hyphen glued to it on the far side is a value of its own and the conjunction joins nothing (det-pieces39).
    /// </summary>
    private static bool JoinsPlainRuns(ReadOnlySpan<char> text, int start, int end)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\u3000') k--;
        int runEnd = k;
        while (k >= 0 && IsRunChar(text[k])) k--;
        if (k == runEnd || k >= 0 && CharFolding.IsHyphen(text[k])) return false;
        int j = end;
        while (j < text.Length && text[j] is ' ' or '\u3000') j++;
        int runStart = j;
        while (j < text.Length && IsRunChar(text[j])) j++;
        return j > runStart && !(j < text.Length && CharFolding.IsHyphen(text[j]));
    }

    private static bool IsRunChar(char c) => CharFolding.KindOf(c) is CharKind.Digit or CharKind.Letter && (!CharFolding.IsHan(c) || CharFolding.KindOf(c) == CharKind.Digit);

    /// <summary>Whether text[<paramref name="from"/>, <paramref name="to"/>) holds a joining word or a piece's number.</summary>
    public static bool InGap(ReadOnlySpan<char> text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (MayStartWith(text[i]) && JoinLengthAt(text, i) is int length and > 0 && i + length <= to) return true;
        }
        return false;
    }

    /// <summary>
    /// Length of a bracketed mark at <paramref name="i"/> saying that the value goes on in the next line ("（接下行）",
    /// "(續下行)", "【續】"), or 0: an aside (<see cref="SpokenAsides.BracketedLength"/>) holding 續, 接下 or 下行.
    /// </summary>
    public static int ContinuationMarkLength(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] is not ('(' or '（' or '【' or '[')) return 0;
        int length = SpokenAsides.BracketedLength(text, i);
        if (length == 0) return 0;
        var inside = text.Slice(i + 1, length - 2);
        return inside.IndexOf('續') >= 0 || inside.IndexOf("接下".AsSpan()) >= 0 || inside.IndexOf("下行".AsSpan()) >= 0 ? length : 0;
    }

    /// <summary>The highest piece number read: a value sent in parts has few of them.</summary>
    private const char LastPiece = '9';

    /// <summary>
    /// Length of a piece's number at the start of a line, or 0: "[2] ", "(3)", "（2）", "【3】" — the second or a later piece
    /// of a value numbered as its writer sent it in parts (0933⏎[2] 81⏎[3] 2457). The first piece carries no number or 1.
    /// </summary>
    public static int PieceNumberLength(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i] is not ('[' or '(' or '（' or '【')) return 0;
        char close = text[i] switch { '[' => ']', '(' => ')', '（' => '）', _ => '】' };
        return text[i + 1] is >= '2' and <= LastPiece && text[i + 2] == close ? 3 : 0;
    }
}
