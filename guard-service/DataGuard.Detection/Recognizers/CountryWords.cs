using DataGuard.Detection.Scoring;
using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Names of the countries whose numbers turn up in Taiwan police records, in Chinese and English, with the
/// libphonenumber region to parse a national-form number with ("日本手機 090-1234-5678" is parsed as JP). A big city
/// that is no other word's part stands for its country ("大阪手機", "曼谷號碼"); 京都 (北京都…) and 河內 (運河內) do not.
/// </summary>
internal static class CountryWords
{
    private static readonly (string Region, string[] Words)[] Countries =
    {
        ("JP", new[] { "日本", "日籍", "Japan", "Japanese", "日號", "日手機", "東京", "大阪", "名古屋", "福岡", "橫濱", "沖繩", "北海道", "Tokyo", "Osaka" }),
        ("HK", new[] { "香港", "港籍", "港仔", "Hong Kong", "HK", "港號", "港手機", "港電話", "港門號" }), // 港仔: a Hongkonger, colloquial
        ("MO", new[] { "澳門", "Macau", "Macao", "Macanese", "澳號", "澳手機" }),
        // "US" alone is the English "us" to a case-blind match: only with a phone noun ("US cell (713) 542-…").
        ("US", new[] { "美國", "美籍", "USA", "U.S.", "United States", "American", "紐約", "洛杉磯", "舊金山", "US cell", "US phone", "US mobile", "US number",
            "the States", "US citizen" }), // round 28: an English writer's name for the US (a cell back in the States)
        ("CA", new[] { "加拿大", "加籍", "Canada", "Canadian", "多倫多", "溫哥華", "Toronto", "Vancouver" }),
        ("CN", new[] { "大陸", "中國", "內地", "陸籍", "對岸", "China", "PRC", "Chinese mainland", "陸號", "陸手機", "陸電話", "陸門號" }),
        ("VN", new[] { "越南", "越籍", "Vietnam", "Viet Nam", "Vietnamese", "Việt Nam", "越號", "越手機", "điện thoại", "Số điện thoại", "SĐT", "胡志明市", "峴港", "Hanoi", "Ho Chi Minh", "Saigon", "河內" }),
        ("PH", new[] { "菲律賓", "菲國", "菲籍", "Philippines", "Philippine", "Filipino", "Filipina", "Pinas", "Pilipinas", "菲號", "菲手機", "馬尼拉", "宿霧", "Manila", "Cebu", "Davao" }),
        ("ID", new[] { "印尼", "印度尼西亞", "Indonesia", "Indonesian", "雅加達", "峇里島", "Jakarta", "Surabaya", "Bali" }),
        ("TH", new[] { "泰國", "泰籍", "Thailand", "Thai", "เมืองไทย", "ประเทศไทย", "泰號", "泰手機", "曼谷", "清邁", "Bangkok" }),
        ("MY", new[] { "馬來西亞", "大馬", "馬籍", "Malaysia", "Malaysian", "馬號", "大馬號", "吉隆坡", "檳城", "Kuala Lumpur", "Penang" }),
        ("KR", new[] { "韓國", "南韓", "韓籍", "Korea", "South Korea", "Korean", "한국", "韓號", "韓手機", "首爾", "釜山", "Seoul", "Busan" }),
        ("SG", new[] { "新加坡", "星國", "星籍", "Singapore", "Singaporean" }),
        ("GB", new[] { "英國", "英籍", "UK", "United Kingdom", "British" }),
        ("AU", new[] { "澳洲", "Australia", "Australian" }),
        ("MM", new[] { "緬甸", "緬籍", "Myanmar", "Burmese" }),
        ("KH", new[] { "柬埔寨", "Cambodia", "Cambodian" }),
        ("IN", new[] { "印度", "India", "Indian" }),
    };

    private static readonly (int Country, ContextWord Word)[] Words = Flatten();

    private static readonly WordsByChar WordStarts = new(Array.ConvertAll(Words, static pair => pair.Word), byLastChar: false);

    // The names as a list of the one-pass vocabulary: in a prompt, whether any occurs anywhere comes from the pass that
    // finds every context word (ContextWordIndex) instead of a second pass over the text of its own.
    private static readonly int NamesListId = ContextVocabulary.RegisterList(Array.ConvertAll(Words, static pair => pair.Word));

    /// <summary>
    /// A country's one-character short form with a phone noun (港號, 陸手機, 越號, 印尼號碼…): both the country and a phone
    /// word. Single characters alone (港, 日, 馬) name too many other things to count as a country.
    /// </summary>
    public static readonly string[] PhoneWords = new[]
        {
            "港號", "港手機", "港電話", "港門號", "澳號", "澳手機", "陸號", "陸手機", "陸電話", "陸門號", "日號", "日手機", "韓號", "韓手機",
            "越號", "越手機", "泰號", "泰手機", "菲號", "菲手機", "印尼號", "馬號", "大馬號", "國外號碼", "外國號碼", "海外號碼",
        }
        .Concat(CountryNumberWords())
        .ToArray();

    // "柬埔寨號碼", "菲律賓的號碼": a country's Chinese name with 號碼 says which country's phone number follows, for every
    // country of the table.
    private static IEnumerable<string> CountryNumberWords()
    {
        foreach (var (_, words) in Countries)
        {
            foreach (var word in words)
            {
                if (word.Length < 2 || word[0] < '\u4E00' || word.EndsWith("號", StringComparison.Ordinal) || word.EndsWith("手機", StringComparison.Ordinal)
                    || word.EndsWith("電話", StringComparison.Ordinal) || word.EndsWith("門號", StringComparison.Ordinal)) continue;
                yield return word + "號碼";
                yield return word + "的號碼";
            }
        }
    }

    /// <summary>
    /// The first digit of a mobile number in each region's national form (trunk 0 in JP, KR, VN, PH, ID, TH, MY; 1 in
    /// CN; HK 5/6/7/9, MO 6, SG 8/9; US and CA any area code; libphonenumber metadata): a cheap test before libphonenumber is asked, so dates
    /// and amounts after a nationality cost no parsing.
    /// </summary>
    private static readonly Dictionary<string, string> MobileFirstDigits = new()
    {
        ["JP"] = "0", ["KR"] = "0", ["VN"] = "0", ["PH"] = "0", ["ID"] = "0", ["TH"] = "0", ["MY"] = "0", ["CN"] = "1",
        ["HK"] = "5679", ["MO"] = "6", ["SG"] = "89",
        // North America's plan gives mobiles no ranges of their own: any area code (2–9) can hold one.
        ["US"] = "23456789", ["CA"] = "23456789",
    };

    /// <summary>Whether a national-form mobile of <paramref name="country"/> can start with <paramref name="digit"/>.</summary>
    public static bool MobileMayStartWith(int country, char digit) =>
        MobileFirstDigits.TryGetValue(Countries[country].Region, out var first) && first.IndexOf(digit) >= 0;

    /// <summary>The country whose libphonenumber region is <paramref name="code"/> ("VN", "PH"), or -1.</summary>
    public static int OfRegion(ReadOnlySpan<char> code)
    {
        for (int country = 0; country < Countries.Length; country++)
        {
            if (code.SequenceEqual(Countries[country].Region.AsSpan())) return country;
        }
        return -1;
    }

    /// <summary>How many countries are named (<see cref="Region"/> takes 0 to one less).</summary>
    public static int Count => Countries.Length;

    /// <summary>The libphonenumber region of a country returned by <see cref="NamedBefore"/> or <see cref="NamedAfter"/>.</summary>
    public static string Region(int country) => Countries[country].Region;

    /// <summary>
    /// How far before a number its country may be named: in its own clause ("美國的朋友電話 …"), in an earlier clause or
    /// sentence where a person's nationality is given ("該名日籍男子山田太郎，手機 090-…", "她是菲律賓籍。手機 0917…"), or in
    /// another cell of its row (a 國籍 column, a JSON "country" field).
    /// </summary>
    private const int Reach = 80;

    /// <summary>
    /// The country named nearest before <paramref name="start"/> on its line (see <see cref="Region"/>), or -1. A
    /// longer name that ends at the same place wins (印度尼西亞 over 印度).
    /// </summary>
    public static int NamedBefore(ReadOnlySpan<char> text, int start, int reach = Reach)
    {
        int from = WindowStart(text, start, reach);
        return from == start ? -1 : NamedIn(text.Slice(from, start - from));
    }

    /// <summary>
    /// <see cref="NamedBefore"/> within <paramref name="reach"/> when <see cref="NamedBefore"/> with the default reach has
    /// already returned -1 for the same <paramref name="start"/>. The shorter window can then only find an English name that the longer one
    /// reads as the tail of a word: one starting right where the shorter window starts, after an ASCII letter
    /// ("xHK"). Anywhere else the answer is -1 without a search.
    /// </summary>
    public static int NamedBeforeWhereNoneFarther(ReadOnlySpan<char> text, int start, int reach)
    {
        if (reach >= Reach) return NamedBefore(text, start, reach);
        int from = WindowStart(text, start, reach);
        if (from == 0 || !AsciiChars.IsLetter(text[from - 1])) return -1;
        return NamedIn(text.Slice(from, start - from));
    }

    // Where the window of up to reach chars before start begins: right after the last line break in it (one vectorised
    // search instead of a test per character).
    private static int WindowStart(ReadOnlySpan<char> text, int start, int reach)
    {
        int from = Math.Max(0, start - Math.Max(0, reach));
        int lineBreak = text.Slice(from, start - from).LastIndexOfAny('\n', '\r');
        return lineBreak < 0 ? from : from + lineBreak + 1;
    }

    /// <summary>Texts longer than this are not searched whole for <see cref="MayBeNamedIn"/>: a prompt is shorter.</summary>
    private const int MaxSearchedWhole = 4096;

    [ThreadStatic]
    private static long t_searchedScan;

    [ThreadStatic]
    private static int t_searchedLength;

    [ThreadStatic]
    private static int t_asked;

    [ThreadStatic]
    private static bool t_named;

    /// <summary>
    /// False when no country name occurs anywhere in <paramref name="text"/>, the text of the running scan, even as part
    /// of a longer word: then no window, cell or clause of it names one (<see cref="NamedBefore"/>, <see cref="NamedAfter"/>
    /// and <see cref="NamedIn"/> all answer -1), and a phone-shaped number in it needs no country search. Worked out once
    /// per scan (<see cref="Pipeline.ScanNumber"/>) for a prompt-sized text, when a second number asks (a search of the
    /// whole text costs more than the windows of one number); true (unknown) before that and otherwise.
    /// </summary>
    public static bool MayBeNamedIn(ReadOnlySpan<char> text)
    {
        long scan = Pipeline.ScanNumber.Current;
        if (scan == 0 || text.Length > MaxSearchedWhole) return true;
        if (t_searchedScan != scan || t_searchedLength != text.Length)
        {
            t_searchedScan = scan;
            t_searchedLength = text.Length;
            t_asked = 0;
        }
        // Where the one pass over the prompt has already been made (a value scored, a label list asked), even the first
        // number is answered from it.
        if (t_asked == 0 && ContextWordIndex.TryOccursInScannedText(NamesListId, text, out bool found, onlyIfFound: true))
        {
            t_asked = 2;
            t_named = Checked(found, text);
        }
        else if (++t_asked == 2) t_named = OccursAnywhereInScan(text);
        return t_asked < 2 || t_named;
    }

    private static bool OccursAnywhereInScan(ReadOnlySpan<char> text) =>
        ContextWordIndex.TryOccursInScannedText(NamesListId, text, out bool occurs) ? Checked(occurs, text) : OccursAnywhere(text);

    // The one-pass vocabulary finds the names as OccursAnywhere compares them: words with ASCII letters ignoring case, the
    // others (Han, Hangul, Thai: no case) ordinally, wherever they stand. Debug builds compare the two on every answer.
    private static bool Checked(bool occurs, ReadOnlySpan<char> text)
    {
#if DEBUG
        if (occurs != OccursAnywhere(text)) throw new InvalidOperationException("The one-pass vocabulary and OccursAnywhere disagree on whether a country is named");
#endif
        return occurs;
    }

    // Whether any name starts anywhere, compared as the most lenient of the searches above does (ignoring case, and
    // ignoring what stands before or after it).
    private static bool OccursAnywhere(ReadOnlySpan<char> text)
    {
        for (int at = WordStarts.NextFrom(text, 0); at >= 0; at = WordStarts.NextFrom(text, at + 1))
        {
            var rest = text.Slice(at);
            foreach (var (w, folded) in WordStarts.At(text[at]))
            {
                if (WordsByChar.MayBegin(rest, Words[w].Word.Text, folded) && rest.StartsWith(Words[w].Word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a country's name ends right before <paramref name="end"/> with a colon after it ("sa Pilipinas: 09…",
    /// "家人在越南：08…"): the name labels the number that follows as that country's.
    /// </summary>
    public static bool LabelsAt(ReadOnlySpan<char> text, int end)
    {
        int colon = end;
        while (colon > 0 && end - colon < 3 && text[colon - 1] is ' ' or '\u3000' or '"' or '\'' or '<' or '(' or '[' or '{' or '「' or '（') colon--;
        if (colon == 0 || text[colon - 1] is not (':' or '：')) return false;
        colon--;
        foreach (var (_, word) in Words)
        {
            int from = colon - word.Text.Length;
            if (from >= 0 && word.OccursAt(text.Slice(0, colon), from)) return true;
        }
        return false;
    }

    /// <summary>The country named last in <paramref name="window"/> (a column header, a clause), or -1.</summary>
    public static int NamedIn(ReadOnlySpan<char> window)
    {
        // Every occurrence of every name, found by trying only where a name may start, and there only the names that start
        // with its character.
        int best = -1, bestEnd = -1, bestLength = 0;
        for (int at = WordStarts.NextFrom(window, 0); at >= 0; at = WordStarts.NextFrom(window, at + 1))
        {
            foreach (var (w, folded) in WordStarts.At(window[at]))
            {
                var word = Words[w].Word;
                if (!WordsByChar.MayBegin(window.Slice(at), word.Text, folded)) continue;
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

    /// <summary>The country of which <paramref name="cell"/> is one of the names and nothing more (a nationality cell), or -1.</summary>
    public static int NamedExactly(ReadOnlySpan<char> cell)
    {
        foreach (var (w, _) in WordStarts.At(cell[0]))
        {
            var (country, word) = Words[w];
            if (cell.Equals(word.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) return country;
        }
        return -1;
    }

    /// <summary>
    /// The country named right after <paramref name="end"/>, in a bracket or after a space or the value's own closing
    /// bracket ("132-4167-6593（大陸手機）", "086 549 7982 (越南手機)", "(086 549 7982)（越南手機）"), or after 是 that says
    /// whose number it is ("13812345678，是大陸的"), or -1. The longest name that starts there wins.
    /// </summary>
    public static int NamedAfter(ReadOnlySpan<char> text, int end)
    {
        int from = end;
        while (from < text.Length && from - end < 3 && text[from] is ' ' or '（' or '(' or '【' or '[' or ')' or '）' or '"' or '」' or ']' or '>' or '\'' or '}' or '，' or '是') from++;
        var rest = text.Slice(from);
        if (rest.IsEmpty) return -1;
        int country = -1, bestLength = 0;
        foreach (var (w, folded) in WordStarts.At(rest[0]))
        {
            var (code, word) = Words[w];
            if (!WordsByChar.MayBegin(rest, word.Text, folded) || word.Text.Length <= bestLength
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
