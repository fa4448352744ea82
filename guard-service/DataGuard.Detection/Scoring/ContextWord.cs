namespace DataGuard.Detection.Scoring;

/// <summary>
/// One context word. CJK words match anywhere (there are no word boundaries in Chinese); words with ASCII letters match
/// case-insensitively and only as whole words, so "tel" does not match inside "hotel".
/// </summary>
internal readonly struct ContextWord
{
    public ContextWord(string text)
    {
        Text = text;
        bool ascii = false;
        foreach (char c in text) if (c < 128 && char.IsLetter(c)) ascii = true;
        IsAscii = ascii;
    }

    public string Text { get; }

    public bool IsAscii { get; }

    public static ContextWord[] All(string[] words)
    {
        var result = new ContextWord[words.Length];
        for (int i = 0; i < words.Length; i++) result[i] = new ContextWord(words[i]);
        return result;
    }

    /// <summary>Whether the word occurs in <paramref name="window"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> window)
    {
        if (!IsAscii) return window.IndexOf(Text.AsSpan(), StringComparison.Ordinal) >= 0;
        int from = 0;
        while (from < window.Length)
        {
            int at = window.Slice(from).IndexOf(Text.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            int end = at + Text.Length;
            if ((at == 0 || !IsAsciiLetter(window[at - 1])) && (end == window.Length || !IsAsciiLetter(window[end]))) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>End offset of the last occurrence of the word in <paramref name="window"/>, or -1.</summary>
    public int LastEndIn(ReadOnlySpan<char> window)
    {
        int best = -1, from = 0;
        while (from < window.Length)
        {
            int at = window.Slice(from).IndexOf(Text.AsSpan(), IsAscii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            if (at < 0) break;
            at += from;
            int end = at + Text.Length;
            if (!IsAscii || ((at == 0 || !IsAsciiLetter(window[at - 1])) && (end == window.Length || !IsAsciiLetter(window[end])))) best = end;
            from = at + 1;
        }
        return best;
    }

    /// <summary>Whether any of <paramref name="words"/> occurs in <paramref name="window"/>.</summary>
    public static bool AnyIn(ContextWord[] words, ReadOnlySpan<char> window)
    {
        foreach (var word in words) if (word.OccursIn(window)) return true;
        return false;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
