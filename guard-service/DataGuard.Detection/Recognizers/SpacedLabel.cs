using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Labels as OCR writes a scanned form: a space between every character ("聯 絡 電 話 ： 09 70 43 50 34", "手 機 09…"),
/// which the context words, matched as written, do not see.
/// </summary>
internal static class SpacedLabel
{
    /// <summary>How many characters before the value the spaced label and its colon may take.</summary>
    private const int Reach = 16;

    /// <summary>
    /// Whether one of <paramref name="labels"/>, with spaces between its characters, ends right before
    /// <paramref name="start"/> (at most a colon and spaces in between).
    /// </summary>
    public static bool EndsRightBefore(ReadOnlySpan<char> text, int start, ContextWord[] labels)
    {
        Span<char> squeezed = stackalloc char[Reach];
        int n = 0;
        bool spaced = false;
        for (int i = start - 1; i >= 0 && start - i <= Reach; i--)
        {
            char c = text[i];
            if (c is ' ' or '\u3000')
            {
                spaced = true;
                continue;
            }
            if (c is '\n' or '\r' or '\t' or '，' or '。' or '|') break;
            if (c is ':' or '：' && n == 0) continue;
            squeezed[Reach - 1 - n++] = c;
        }
        if (!spaced || n == 0) return false;
        var window = squeezed.Slice(Reach - n);
        foreach (var label in labels)
        {
            if (window.EndsWith(label.Text.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
