namespace DataGuard.Detection.Normalization;

/// <summary>
/// The words a writer puts between the two parts of a value given apart to get it past a filter: the part that follows
/// named by its place (K2746，後半段是39581; 0918；第二部分：273645; R3816，下一行是⏎50274; 0936，末碼518204), or a read-out
/// started over (N 兩五拐洞，我再念一次後面，三八四幺九). Their characters would stop the filler walk — 段 碼 行 第 count
/// numbers apart, 一 reads as a digit, a colon or a line break after them ends a pause — so the walk takes them whole.
/// Whether the parts are one value stays with the recognizers: the joined digits must validate as they do after any filler.
/// </summary>
internal static class PartWords
{
    /// <summary>The part named by its place in the value; longest first, so 後半段 is taken before 後半 and 後段.</summary>
    private static readonly string[] Places =
    {
        "後半部分", "後半部份", "下一部分", "下一部份", "第二部分", "第二部份", "最後一段", "最後幾碼", "另外一半",
        "後半段", "後半部", "後半截", "下半段", "下半部", "下一段", "下一行", "下一截", "第二段", "第二截",
        "後面接", "剩下的", "其餘的", "末幾碼", "後幾碼", "另一半",
        "後段", "下段", "下行", "末碼", "尾碼", "尾數", "剩下", "其餘", "後半",
        "網域", // an e-mail address given as its mailbox, then its domain (chen.ming，網域是 @example.com; Round 32, set U24)
        "後面是", // the same after 前面是 (前面是 lin.mh77 後面是 @gmail.com; det-pieces39)
    };

    /// <summary>A read-out started over from where it broke off ("我再念一次後面"): 再, a verb of reading, 一次 or 一遍.</summary>
    private const string ReadVerbs = "念唸讀读說说講讲報报";

    /// <summary>Whether a part word may start with <paramref name="c"/>: the first character of a place or of a read-out started over.</summary>
    public static bool MayStartWith(char c) => c is '後' or '下' or '第' or '最' or '另' or '剩' or '其' or '末' or '尾' or '我' or '再' or '網';

    /// <summary>
    /// Length of the part word at <paramref name="i"/>, with a copula or colon after it (是, 為, ：) and the blanks and one line
    /// break before the next part (下一行是⏎50274), or 0.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int i)
    {
        if (!MayStartWith(text[i])) return 0;
        int length = PlaceLength(text.Slice(i));
        if (length == 0) length = ReadAgainLength(text, i);
        if (length == 0) return 0;
        int end = i + length;
        if (end < text.Length && text[end] is '是' or '為' or '为' or '：' or ':') end++;
        return AfterBlanks(text, end) - i;
    }

    /// <summary>Whether a part word, with its copula or colon, ends right before <paramref name="end"/> ("後半段是@gmail.com").</summary>
    public static bool EndsAt(ReadOnlySpan<char> text, int end)
    {
        for (int start = Math.Max(0, end - 9); start < end; start++)
        {
            if (MayStartWith(text[start]) && LengthAt(text, start) == end - start) return true;
        }
        return false;
    }

    private static int PlaceLength(ReadOnlySpan<char> rest)
    {
        foreach (var place in Places) if (rest.StartsWith(place.AsSpan(), StringComparison.Ordinal)) return place.Length;
        return 0;
    }

    // "我再念一次後面", "再唸一遍", "再說一次後段": 我 optional, 後面 or 後段 after it optional.
    private static int ReadAgainLength(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        if (text[j] == '我') j++;
        if (j + 3 >= text.Length || text[j] != '再' || ReadVerbs.IndexOf(text[j + 1]) < 0 || text[j + 2] != '一' || text[j + 3] is not ('次' or '遍'))
            return 0;
        j += 4;
        if (j + 1 < text.Length && text[j] == '後' && text[j + 1] is '面' or '段') j += 2;
        return j - i;
    }

    // Past the blanks, one line break and the blanks after it.
    private static int AfterBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        if (i < text.Length && ChainReader.LineBreakLength(text, i) is int lineBreak and > 0) i += lineBreak;
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00A0') i++;
        return i;
    }
}
