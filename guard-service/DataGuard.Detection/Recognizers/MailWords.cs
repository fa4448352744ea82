namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 41 (det-email41, set U42): words that say an e-mail address is being given (信箱, 電子郵件, email, 回信, 釣魚信…).
/// 在 said for the at sign is the commonest preposition of Chinese ("iPhone 在 apple 點 com 買的", "v2 在 github 點 com
/// 發布"), so <see cref="EmailRecognizer"/> reads it as an at sign only where such a word stands near the address.
/// </summary>
internal static class MailWords
{
    private static readonly string[] Words =
    {
        "信箱", "郵件", "郵箱", "電郵", "郵址", "email", "e-mail", "mail", "回信", "來信", "寄信", "寫信", "釣魚信", "寄給", "寄到", "署名",
    };

    /// <summary>How far before the address a mail word is looked for (a label and its colon, a clause that names it).</summary>
    private const int Before = 40;

    /// <summary>How far after the address (…的釣魚信, …寄信給他).</summary>
    private const int After = 8;

    /// <summary>Whether a mail word starts at <paramref name="i"/>.</summary>
    public static bool StartAt(ReadOnlySpan<char> text, int i)
    {
        foreach (var word in Words)
            if (i + word.Length <= text.Length && text.Slice(i, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a mail word stands within <see cref="Before"/> characters before <paramref name="start"/> or <see cref="After"/> after <paramref name="end"/>.</summary>
    public static bool AreNear(ReadOnlySpan<char> text, int start, int end)
    {
        int from = Math.Max(0, start - Before);
        int to = Math.Min(text.Length, end + After);
        var before = text.Slice(from, start - from);
        var after = text.Slice(end, to - end);
        foreach (var word in Words)
        {
            if (before.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0 || after.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0)
                return true;
        }
        return false;
    }
}
