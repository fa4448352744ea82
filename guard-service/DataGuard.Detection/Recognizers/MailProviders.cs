using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 41 (det-email41, set U42): an address said with its provider and no top-level domain ("amy 點 tsai 九零 在 gmail",
/// "wang.m77 小老鼠 hotmail 的", "lin_jh 在 hotmail 那家 點 com"). Staff and callers name the provider and leave the rest
/// implied, as everyone knows it: a mailbox name, an at word and a known provider are an address. The table holds the
/// providers people in Taiwan write with the domain each implies (the providers' own sign-up domains).
/// </summary>
internal static class MailProviders
{
    private static readonly (string Name, string Domain)[] Known =
    {
        ("gmail", "gmail.com"), ("yahoo", "yahoo.com.tw"), ("hotmail", "hotmail.com"), ("outlook", "outlook.com"),
        ("icloud", "icloud.com"), ("pchome", "pchome.com.tw"), ("naver", "naver.com"), ("protonmail", "protonmail.com"),
        ("livemail", "livemail.tw"), ("msn", "msn.com"), ("qq", "qq.com"),
    };

    /// <summary>
    /// Words said between a provider and its described top-level domain, or after a provider that ends the address:
    /// "hotmail 那家 點 com" (that company), "gmail 的" (gmail's).
    /// </summary>
    private static readonly string[] Fillers = { "那家", "那個", "那間", "的" };

    /// <summary>The domain a provider named alone implies ("gmail" → gmail.com), or null when it names none.</summary>
    public static string? DomainOf(ReadOnlySpan<char> label)
    {
        foreach (var (name, domain) in Known)
            if (label.Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase)) return domain;
        return null;
    }

    /// <summary>
    /// Whether the address may end at <paramref name="end"/>, right after its provider: the text ends, a line or clause
    /// ends (closing quote or bracket, full stop, comma, semicolon), or 的 or a filler closes it. "在 gmail 裡面找" goes on
    /// with words, so it names a place to look, not a mailbox.
    /// </summary>
    public static bool EndsAfterProvider(ReadOnlySpan<char> text, int end)
    {
        int i = Spaces.SkipForward(text, end);
        if (i >= text.Length) return true;
        if (text[i] is '」' or '』' or '）' or ')' or '】' or ']' or '，' or ',' or '。' or '；' or ';' or '！' or '？' or '\n' or '\r' or '、') return true;
        int filler = FillerLength(text, i);
        if (filler == 0) return false;
        int next = i + filler;
        // "gmail 的釣魚信", "hotmail 的信箱": a mail word after 的 says whose mail it is.
        return next >= text.Length || !IsHanWordChar(text[next]) || MailWords.StartAt(text, next);
    }

    /// <summary>Length of a filler at <paramref name="i"/> (那家, 的…), or 0.</summary>
    public static int FillerLength(ReadOnlySpan<char> text, int i)
    {
        foreach (var filler in Fillers)
            if (i + filler.Length <= text.Length && text.Slice(i, filler.Length).SequenceEqual(filler.AsSpan())) return filler.Length;
        return 0;
    }

    /// <summary>
    /// Round 44 (det-turns44, set U46): providers described instead of named — the company that runs the service, then a
    /// word for its mail (谷歌的免費信箱, Google 的郵件, 雅虎奇摩信箱, 蘋果的 iCloud 信箱). Only companies with one mail
    /// domain people in Taiwan sign up for; 微軟 (outlook or hotmail), 中華電信 (msN.hinet.net) and 網易 (163, 126) name
    /// several and are left out.
    /// </summary>
    private static readonly (string Company, string Domain)[] Companies =
    {
        ("谷歌", "gmail.com"), ("google", "gmail.com"), ("估狗", "gmail.com"), ("雅虎奇摩", "yahoo.com.tw"), ("雅虎", "yahoo.com.tw"),
        ("奇摩", "yahoo.com.tw"), ("蘋果", "icloud.com"), ("apple", "icloud.com"), ("騰訊", "qq.com"),
    };

    /// <summary>Words for a provider's mail after its company (信箱, 郵件, 電郵, mail).</summary>
    private static readonly string[] MailNouns = { "信箱", "郵箱", "郵件", "電郵", "email", "mail" };

    /// <summary>Words between a company and its mail noun: 的, 免費 (free), 家.</summary>
    private static readonly string[] CompanyFillers = { "的", "免費", "家", "提供", " " };

    /// <summary>Most characters between a company and its mail noun.</summary>
    private const int MaxCompanyGap = 8;

    private static int FillerAt(ReadOnlySpan<char> text, int j)
    {
        int filler = WordLists.LengthAtAny(text, j, CompanyFillers);
        if (filler > 0 || j >= text.Length || !AsciiChars.IsLetter(text[j])) return filler;
        int end = j;
        while (end < text.Length && AsciiChars.IsLetter(text[end])) end++;
        // a Latin word that is itself the mail noun (Google mail) ends the fillers
        foreach (var noun in MailNouns) if (text.Slice(j, end - j).Equals(noun.AsSpan(), StringComparison.OrdinalIgnoreCase)) return 0;
        return end - j;
    }

    /// <summary>Whether a provider described by its company and a mail word starts at <paramref name="i"/> (cheap: no allocation).</summary>
    public static bool IsDescribedAt(ReadOnlySpan<char> text, int i) => DescribedDomain(text, i, out _) is not null;

    /// <summary>The domain a company and mail word at <paramref name="i"/> describe ("谷歌的免費信箱" → gmail.com), its end in <paramref name="end"/>; else null.</summary>
    public static string? DescribedDomain(ReadOnlySpan<char> text, int i, out int end)
    {
        end = -1;
        i = Spaces.SkipForward(text, i);
        // one character test first: this is asked after every bare "at" of English prose
        if (i >= text.Length || text[i] is not ('谷' or 'g' or 'G' or '估' or '雅' or '奇' or '蘋' or 'a' or 'A' or '騰')) return null;
        foreach (var (company, domain) in Companies)
        {
            if (i + company.Length > text.Length || !text.Slice(i, company.Length).Equals(company.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            int j = i + company.Length;
            // 的, 免費, blanks, and the service's own name (蘋果的 iCloud 信箱)
            for (int filler; j - i - company.Length <= MaxCompanyGap && (filler = FillerAt(text, j)) > 0;) j += filler;
            int noun = 0;
            foreach (var word in MailNouns)
                if (j + word.Length <= text.Length && text.Slice(j, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) { noun = word.Length; break; }
            if (noun == 0) return null;
            end = j + noun;
            return domain;
        }
        return null;
    }

    // "gmail 的信箱" goes on with a word; "gmail 的，" or "gmail 的」" ends.
    private static bool IsHanWordChar(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
