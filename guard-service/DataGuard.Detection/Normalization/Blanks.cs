namespace DataGuard.Detection.Normalization;

/// <summary>The blanks a writer types between words of Chinese and English text: the ASCII space and the ideographic space.</summary>
internal static class Blanks
{
    /// <summary>A blank, or a no-break space (U+00A0) that pasted web text puts where a writer typed one.</summary>
    public static bool IsOrNoBreak(char c) => c is ' ' or '\u3000' or '\u00A0';

    /// <summary>The index of the first character at or after <paramref name="i"/> that is no such blank.</summary>
    public static int Skip(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000') i++;
        return i;
    }
}
