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
    };

    /// <summary>
    /// Marks typed between the pieces instead of a word (H8123 + 45632, 0933- / 812457): a pause, never a word — a gap of
    /// marks alone still needs the value's own evidence (a checksum, a phone word, a card word). Not a bar: it is a table's
    /// cell break, and two cells' numbers are two values (0933 | 812 | 457 in a JSON string is left unread).
    /// </summary>
    public static bool IsMark(char c) => c is '/' or '／' or '+' or '＋';

    /// <summary>Whether a joining word may start with <paramref name="c"/> (the walk's first test).</summary>
    public static bool MayStartWith(char c) =>
        c is '接' or '後' or '再' or '然' or '剩' or '最' or '結' or '中' or '[' or '(' or '（' or '【' || (c | 0x20) is 'a' or 't' or 'n';

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
            return english && word.Length < rest.Length && AsciiChars.IsLetter(rest[word.Length]) ? 0 : word.Length;
        }
        return 0;
    }

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
