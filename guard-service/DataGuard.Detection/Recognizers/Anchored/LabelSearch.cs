namespace DataGuard.Detection.Recognizers.Anchored;

/// <summary>Finds the occurrences of label words (姓名, 生日, 地址…) that anchor context-gated recognizers.</summary>
internal static class LabelSearch
{
    /// <summary>
    /// The next occurrence of <paramref name="label"/> at or after <paramref name="from"/>, or -1. ASCII labels match
    /// case-insensitively and not inside a longer word.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, string label, int from)
    {
        bool ascii = label[0] < 128;
        while (from <= text.Length - label.Length)
        {
            int hit = ascii
                ? text.Slice(from).IndexOf(label.AsSpan(), StringComparison.OrdinalIgnoreCase)
                : text.Slice(from).IndexOf(label.AsSpan());
            if (hit < 0) return -1;
            int at = from + hit;
            if (!ascii || ((at == 0 || !IsAsciiLetter(text[at - 1])) && (at + label.Length == text.Length || !IsAsciiLetter(text[at + label.Length]))))
                return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>Skips the punctuation and filler words between a label and its value ("姓名：", "生日為", "DOB: ").</summary>
    public static int SkipFiller(ReadOnlySpan<char> text, int index, string fillers, int max)
    {
        int limit = Math.Min(text.Length, index + max);
        while (index < limit && fillers.IndexOf(text[index]) >= 0) index++;
        return index;
    }

    /// <summary>CJK unified ideograph (the characters of Chinese names and place names).</summary>
    public static bool IsIdeograph(char c) => c >= '\u4E00' && c <= '\u9FFF';

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
