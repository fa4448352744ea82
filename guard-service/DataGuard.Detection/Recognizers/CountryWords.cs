using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Names of the countries whose numbers turn up in Taiwan police records, in Chinese and English, with the
/// libphonenumber region to parse a national-form number with ("日本手機 090-1234-5678" is parsed as JP).
/// </summary>
internal static class CountryWords
{
    private static readonly (string Region, string[] Words)[] Countries =
    {
        ("JP", new[] { "日本", "日籍", "Japan", "Japanese" }),
        ("HK", new[] { "香港", "港籍", "Hong Kong", "HK" }),
        ("MO", new[] { "澳門", "Macau", "Macao" }),
        ("US", new[] { "美國", "美籍", "USA", "U.S.", "United States", "American" }),
        ("CA", new[] { "加拿大", "Canada" }),
        ("CN", new[] { "大陸", "中國", "內地", "陸籍", "China", "PRC", "Chinese mainland" }),
        ("VN", new[] { "越南", "越籍", "Vietnam", "Viet Nam" }),
        ("PH", new[] { "菲律賓", "菲國", "菲籍", "Philippines" }),
        ("ID", new[] { "印尼", "印度尼西亞", "Indonesia" }),
        ("TH", new[] { "泰國", "泰籍", "Thailand" }),
        ("MY", new[] { "馬來西亞", "大馬", "馬籍", "Malaysia" }),
        ("KR", new[] { "韓國", "南韓", "韓籍", "Korea", "South Korea" }),
        ("SG", new[] { "新加坡", "星國", "星籍", "Singapore" }),
        ("GB", new[] { "英國", "英籍", "UK", "United Kingdom" }),
        ("AU", new[] { "澳洲", "Australia" }),
        ("MM", new[] { "緬甸", "緬籍", "Myanmar" }),
        ("KH", new[] { "柬埔寨", "Cambodia" }),
        ("IN", new[] { "印度", "India" }),
    };

    private static readonly (int Country, ContextWord Word)[] Words = Flatten();

    private static readonly WordsByChar WordStarts = new(Array.ConvertAll(Words, static pair => pair.Word), byLastChar: false);

    /// <summary>The libphonenumber region of a country returned by <see cref="NamedBefore"/> or <see cref="NamedAfter"/>.</summary>
    public static string Region(int country) => Countries[country].Region;

    /// <summary>
    /// How far before a number its country may be named: in its own clause ("美國的朋友電話 …") or in an earlier clause of
    /// the same sentence, where a person's nationality is given ("該名日籍男子山田太郎，手機 090-…").
    /// </summary>
    private const int Reach = 40;

    /// <summary>
    /// The country named nearest before <paramref name="start"/> in its sentence (see <see cref="Region"/>), or -1. A
    /// longer name that ends at the same place wins (印度尼西亞 over 印度). The sentence ends at 。！？, a line or a table cell.
    /// </summary>
    public static int NamedBefore(ReadOnlySpan<char> text, int start)
    {
        int from = start;
        while (from > 0 && start - from < Reach && text[from - 1] is not ('。' or '！' or '？' or '\n' or '\r' or '|' or '\t')) from--;
        if (from == start) return -1;
        var window = text.Slice(from, start - from);
        // Every occurrence of every name, found by trying at each position only the names that start with its character.
        int best = -1, bestEnd = -1, bestLength = 0;
        for (int at = 0; at < window.Length; at++)
        {
            if (!WordStarts.MayHave(window[at])) continue;
            foreach (var (w, folded) in WordStarts.At(window[at]))
            {
                if (!WordsByChar.MayMatch(folded, window[at])) continue;
                var word = Words[w].Word;
                int end = at + word.Text.Length;
                if (end < bestEnd || (end == bestEnd && (word.Text.Length < bestLength || (word.Text.Length == bestLength && w > best)))) continue;
                if (!word.OccursAt(window, at)) continue;
                best = w;
                bestEnd = end;
                bestLength = word.Text.Length;
            }
        }
        return best < 0 ? -1 : Words[best].Country;
    }

    /// <summary>
    /// The country named right after <paramref name="end"/>, in a bracket or after a space or the value's own closing
    /// bracket ("132-4167-6593（大陸手機）", "086 549 7982 (越南手機)", "(086 549 7982)（越南手機）"), or -1. The longest name that starts there wins.
    /// </summary>
    public static int NamedAfter(ReadOnlySpan<char> text, int end)
    {
        int from = end;
        while (from < text.Length && from - end < 3 && text[from] is ' ' or '（' or '(' or '【' or '[' or ')' or '）' or '"' or '」' or ']' or '>' or '\'' or '}') from++;
        var rest = text.Slice(from);
        if (rest.IsEmpty) return -1;
        int country = -1, bestLength = 0;
        foreach (var (w, folded) in WordStarts.At(rest[0]))
        {
            var (code, word) = Words[w];
            if (!WordsByChar.MayMatch(folded, rest[0]) || word.Text.Length <= bestLength
                || !rest.StartsWith(word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            country = code;
            bestLength = word.Text.Length;
        }
        return country;
    }

    private static (int, ContextWord)[] Flatten()
    {
        var all = new List<(int, ContextWord)>();
        for (int country = 0; country < Countries.Length; country++)
        {
            foreach (var word in Countries[country].Words) all.Add((country, new ContextWord(word)));
        }
        return all.ToArray();
    }
}
