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

    // "gmail 的信箱" goes on with a word; "gmail 的，" or "gmail 的」" ends.
    private static bool IsHanWordChar(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
