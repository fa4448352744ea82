namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 42 (set U44): the area letter of a national ID or a resident certificate given by the county or city it stands
/// for — 臺中市的英文代碼，後面接…, 新北(舊北縣)那個字母 + …, (臺北市)，後面…, 雲林縣 接 … — read as that letter by
/// <see cref="LetterDescriptions"/>, so <see cref="DescribedLetterRuns"/> rewrites it with the digits after it and the
/// engine validates the whole value (the checksum is the guard: a county before nine digits that do not complete a valid
/// ID or certificate is nothing). A name counts only where it is plainly offered as a letter: in brackets, or followed by
/// a letter word (的英文代碼, 的代碼, 那個字母, 那個英文字, 的字, 開頭…), or — with its 縣 or 市 — by a joining mark or
/// word (+, 接, 後面, then); an address (臺中市西屯區…) or a county beside a phone is none of these.
/// </summary>
internal static class CountyLetters
{
    /// <summary>
    /// The area letters by county (<c>shared/docs/taiwan-formats.md</c> §(a): the letter is the area of first household
    /// registration, the table of magiclen.org/tw-id-num, with the letters retired on 2010-12-25 — L 臺中縣, R 臺南縣,
    /// S 高雄縣 — and on 1974-01-01, Y 陽明山). Each name as written with its 縣 or 市; 臺 is also typed 台.
    /// </summary>
    private static readonly (string Name, char Letter)[] Counties =
    {
        ("臺北市", 'A'), ("臺中市", 'B'), ("基隆市", 'C'), ("臺南市", 'D'), ("高雄市", 'E'), ("新北市", 'F'), ("臺北縣", 'F'),
        ("宜蘭縣", 'G'), ("桃園市", 'H'), ("桃園縣", 'H'), ("嘉義市", 'I'), ("新竹縣", 'J'), ("苗栗縣", 'K'), ("臺中縣", 'L'),
        ("南投縣", 'M'), ("彰化縣", 'N'), ("新竹市", 'O'), ("雲林縣", 'P'), ("嘉義縣", 'Q'), ("臺南縣", 'R'), ("高雄縣", 'S'),
        ("屏東縣", 'T'), ("花蓮縣", 'U'), ("臺東縣", 'V'), ("金門縣", 'W'), ("澎湖縣", 'X'), ("陽明山", 'Y'), ("連江縣", 'Z'),
        // The short forms people write for the old counties (北縣 for 臺北縣) and Lienchiang's islands' common name.
        ("北縣", 'F'), ("馬祖", 'Z'),
    };

    /// <summary>
    /// A name without its 縣 or 市 is a county's only where one county has it: 新竹 and 嘉義 are a county and a city with
    /// two letters, so they need their 縣 or 市.
    /// </summary>
    private static readonly string[] AmbiguousShortNames = { "新竹", "嘉義" };

    /// <summary>The words after a name that offer it as a letter, longest first (的 / 那個 before them is read apart).</summary>
    private static readonly string[] LetterWords =
    {
        "英文代碼", "英文代號", "英文字母", "英文字首", "代表字母", "代表字", "開頭字母", "英文字", "字母", "代碼", "代號", "字首", "開頭", "英文", "字",
    };

    /// <summary>What may stand between a name and its letter word (的英文代碼, 那個字母, 的那個英文字, 對應的代碼).</summary>
    private static readonly string[] LetterWordLeads = { "的那個", "那個", "對應的", "的", "那" };

    /// <summary>The joining marks and words that offer a bare name (with its 縣 or 市) as a value's first letter.</summary>
    private static readonly string[] Joiners = { "+", "＋", "接", "後面", "然後", "再加上", "加上", "then" };

    private const string OpeningBrackets = "(（【[「";
    private const string ClosingBrackets = ")）】]」";

    /// <summary>The longest aside in brackets after a name (新北(舊北縣), 桃園市（原桃園縣）).</summary>
    private const int MaxAside = 6;

    /// <summary>How far back from a 縣, 市 or 碼 a county's description may start (「新北(舊北縣)」: the bracket six before 縣).</summary>
    public const int MaxReachBack = 9;

    /// <summary>
    /// Whether the 縣, 市 or 碼 at <paramref name="hit"/> may belong to a county given as a letter: what follows a 縣 or 市
    /// can close a bracket, lead to a letter word, join the digits or be a certificate's second letter; a 碼 is that of 代碼.
    /// A few compares, so an address's 市 (臺中市西屯區) is passed at once.
    /// </summary>
    public static bool MayEndNameAt(ReadOnlySpan<char> text, int hit)
    {
        if (text[hit] == '碼') return hit > 0 && text[hit - 1] == '代';
        int next = hit + 1;
        while (next < text.Length && text[next] is ' ' or ',' or '，') next++;
        return next < text.Length && ("的那對開代英字)）】]」(（+＋接後然再加".IndexOf(text[next]) >= 0 || LetterDescriptions.IsLetter(text[next]));
    }

    /// <summary>
    /// The county given as a letter that starts at <paramref name="i"/>: where its description ends (before any joiner), or
    /// -1, and the letter.
    /// </summary>
    public static int At(ReadOnlySpan<char> text, int i, out char letter)
    {
        letter = '\0';
        if (i >= text.Length) return -1;
        bool bracketed = OpeningBrackets.IndexOf(text[i]) >= 0;
        if (bracketed && IsAsideToAGivenLetter(text, i)) return -1;
        int nameStart = bracketed ? i + 1 : i;
        int name = NameAt(text, nameStart, out letter, out bool suffixed);
        if (name < 0) return -1;
        int k = AsideEnd(text, name);
        if (bracketed)
            return k < text.Length && ClosingBrackets.IndexOf(text[k]) >= 0 && OpeningBrackets.IndexOf(text[i]) == ClosingBrackets.IndexOf(text[k]) ? k + 1 : -1;
        int word = LetterWordEnd(text, k);
        if (word > 0) return word;
        return suffixed && JoinerFollows(text, k) ? k : -1;
    }

    // "V字頭（臺東縣）…", "V（臺東縣）…": a county in brackets right after a letter or its head word is an aside that explains
    // the letter given (StatedLetterRecognizer reads it), not a letter of its own.
    private static bool IsAsideToAGivenLetter(ReadOnlySpan<char> text, int bracket) =>
        bracket > 0 && (LetterDescriptions.IsLetter(text[bracket - 1]) || text[bracket - 1] == '頭');

    // A county's name at `i` (臺 or 台), with or without its 縣 or 市; where it ends, or -1.
    private static int NameAt(ReadOnlySpan<char> text, int i, out char letter, out bool suffixed)
    {
        letter = '\0';
        suffixed = false;
        foreach (var (name, county) in Counties)
        {
            if (!StartsWithName(text, i, name, name.Length)) continue;
            letter = county;
            suffixed = name[name.Length - 1] is '縣' or '市';
            return i + name.Length;
        }
        // Without its 縣 or 市 (臺中的代碼, 新北那個字母): the name's first two characters, the first county in the table
        // that has them (臺北 the city's A, as 臺中 and 臺南 are the cities' letters).
        foreach (var (name, county) in Counties)
        {
            if (name.Length != 3 || name[2] is not ('縣' or '市') || !StartsWithName(text, i, name, length: 2)) continue;
            if (WordLists.StartsWithAny(text.Slice(i), AmbiguousShortNames)) continue;
            letter = county;
            return i + 2;
        }
        return -1;
    }

    // The first `length` characters of the name at `i`, its 臺 typed 台 where it has one (no substring: clean text allocates nothing).
    private static bool StartsWithName(ReadOnlySpan<char> text, int i, string name, int length)
    {
        if (i + length > text.Length) return false;
        for (int k = 0; k < length; k++)
        {
            char c = text[i + k], n = name[k];
            if (c != n && !(n == '臺' && c == '台')) return false;
        }
        return true;
    }

    // Past an aside in brackets after the name (新北(舊北縣), 桃園市（原桃園縣）): a few Han characters, no digit.
    private static int AsideEnd(ReadOnlySpan<char> text, int k)
    {
        if (k >= text.Length || text[k] is not ('(' or '（')) return k;
        for (int j = k + 1; j < text.Length && j - k <= MaxAside + 1; j++)
        {
            if (text[j] is ')' or '）') return j - k > 1 ? j + 1 : k;
            if (!CharFolding.IsHan(text[j])) return k;
        }
        return k;
    }

    // 的英文代碼, 那個字母, 的字, 開頭 …: where the letter word ends, or 0.
    private static int LetterWordEnd(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] == ' ') k++;
        foreach (var lead in LetterWordLeads)
        {
            if (!text.Slice(k).StartsWith(lead.AsSpan(), StringComparison.Ordinal)) continue;
            int word = WordAt(text, k + lead.Length);
            if (word > 0) return word;
        }
        return WordAt(text, k);
    }

    private static int WordAt(ReadOnlySpan<char> text, int k)
    {
        foreach (var word in LetterWords)
        {
            if (text.Slice(k).StartsWith(word.AsSpan(), StringComparison.Ordinal)) return k + word.Length;
        }
        return 0;
    }

    // A joining mark or word after the bare name, past blanks and an old certificate's second letter: 雲林縣 接 …, 臺中市 + …,
    // 彰化縣 D，後面 ….
    private static bool JoinerFollows(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && text[k] is ' ' or '　') k++;
        if (k + 1 < text.Length && CharFolding.Fold(text[k]).Value is >= 'A' and <= 'D' && LetterDescriptions.IsLetter(text[k]) && !LetterDescriptions.IsLetter(text[k + 1])) k++;
        while (k < text.Length && text[k] is ' ' or '　' or ',' or '，') k++;
        foreach (var joiner in Joiners)
        {
            if (text.Slice(k).StartsWith(joiner.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
