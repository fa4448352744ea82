namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 29 (categories of sets U17, U18): the formatting tags a copy from a web page, a mail or a Word document leaves
/// inside a value (&lt;span&gt;0912&lt;/span&gt;345678, &lt;b&gt;A1&lt;/b&gt;23456789, 09&lt;font color="red"&gt;12…). A run of
/// them standing between two letters or digits is read as nothing, so the value reads as typed. Structural markup
/// (&lt;td&gt;, &lt;br&gt;, &lt;p&gt;, &lt;li&gt;) is a cell or line of its own and is left as written, as is any tag with a
/// letter or digit on one side only.
/// </summary>
internal static class InlineMarkup
{
    /// <summary>Tags that format characters within a line (HTML and the w:/o: elements Word's HTML export writes).</summary>
    private static readonly string[] Names =
    {
        "span", "b", "i", "u", "s", "em", "strong", "font", "mark", "small", "big", "sub", "sup", "ins", "del", "a", "code",
        "tt", "abbr", "w:t", "w:r", "o:p", "wbr",
    };

    /// <summary>How many tags a run may hold, and how long one may be (attributes included): bounds every walk.</summary>
    private const int MaxRun = 6, MaxTagLength = 120;

    /// <summary>
    /// The length of the run of inline tags starting at <paramref name="i"/> when a letter or digit stands right before it
    /// and right after it, else 0. <paramref name="value"/> is <see cref="TransportEscapes.Dropped"/>.
    /// </summary>
    public static int LengthInsideValue(ReadOnlySpan<char> text, int i, out char value)
    {
        value = TransportEscapes.Dropped;
        if (i == 0 || !CharFolding.IsAlphanumeric(text[i - 1])) return 0;
        int end = i;
        for (int tags = 0; tags < MaxRun && end < text.Length && text[end] == '<'; tags++)
        {
            int length = TagLength(text.Slice(end));
            if (length == 0) return 0;
            end += length;
        }
        return end > i && end < text.Length && CharFolding.IsAlphanumeric(text[end]) ? end - i : 0;
    }

    // "<b>", "</span>", "<font color=\"red\">", "<wbr/>": an inline tag's whole length, or 0.
    private static int TagLength(ReadOnlySpan<char> tag)
    {
        int k = 1;
        if (k < tag.Length && tag[k] == '/') k++;
        int nameStart = k;
        while (k < tag.Length && (AsciiChars.IsLetter(tag[k]) || tag[k] == ':')) k++;
        if (!IsInlineName(tag.Slice(nameStart, k - nameStart))) return 0;
        if (k < tag.Length && tag[k] is ' ' or '/')
            while (k < tag.Length && k < MaxTagLength && tag[k] is not ('>' or '<' or '\n')) k++;
        return k < tag.Length && tag[k] == '>' ? k + 1 : 0;
    }

    private static bool IsInlineName(ReadOnlySpan<char> name)
    {
        foreach (var known in Names)
            if (name.Equals(known.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
