using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The key a program's export writes right before a value — "key": "…", key=…, key: …, 車輛：… and, for markup, the
/// element's tag &lt;key&gt;… — and the words a key is made of (camelCase, snake_case). Shared by the readers that let a
/// field's name decide what its value is (plates: <see cref="PlateFieldName"/>; mistyped IDs: <see cref="IdFieldNames"/>).
/// </summary>
internal static class FieldKey
{
    /// <summary>Longest key read before a value (plate_number_old, national_id_number).</summary>
    private const int MaxKey = 32;

    /// <summary>
    /// The key right before a value: the word between its quotes before a colon or an equals sign; with
    /// <paramref name="elementTag"/> also the tag of the element the value opens (&lt;national_id&gt;…); empty when there is none.
    /// </summary>
    public static ReadOnlySpan<char> Before(ReadOnlySpan<char> text, int start, bool elementTag = false)
    {
        int i = SkipBack(text, start, " \t\"'");
        if (i == 0) return default;
        if (elementTag && text[i - 1] == '>') return TagBefore(text, i - 1);
        if (text[i - 1] is not (':' or '=' or '：')) return default;
        int keyEnd = SkipBack(text, i - 1, " \t\"'");
        int keyStart = keyEnd;
        while (keyStart > 0 && keyEnd - keyStart < MaxKey && IsKeyChar(text[keyStart - 1])) keyStart--;
        return text.Slice(keyStart, keyEnd - keyStart);
    }

    // "<national_id>" ending at close: the tag's name, without attributes; empty for a closing tag or anything else.
    private static ReadOnlySpan<char> TagBefore(ReadOnlySpan<char> text, int close)
    {
        int open = close;
        while (open > 0 && close - open < MaxKey && text[open - 1] != '<') open--;
        if (open == 0 || text[open - 1] != '<') return default;
        int nameEnd = open;
        while (nameEnd < close && IsKeyChar(text[nameEnd])) nameEnd++;
        return nameEnd > open && (nameEnd == close || text[nameEnd] == ' ') ? text.Slice(open, nameEnd - open) : default;
    }

    /// <summary>Whether a word of the key — split at capitals, digits, '_', '-' and '.' — is one of the words (case ignored).</summary>
    public static bool HasWord(ReadOnlySpan<char> key, string[] words)
    {
        for (int i = 0; i < key.Length;)
        {
            if (!AsciiChars.IsLetter(key[i]))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < key.Length && AsciiChars.IsLetter(key[end]) && !AsciiChars.IsUpper(key[end])) end++;
            var word = key.Slice(i, end - i);
            foreach (var w in words)
            {
                if (word.Equals(w.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            }
            i = end;
        }
        return false;
    }

    public static bool IsKeyChar(char c) => AsciiChars.IsLetter(c) || c is '_' or '-' || (uint)(c - '0') <= 9 || CharFolding.IsHan(c);

    private static int SkipBack(ReadOnlySpan<char> text, int i, string marks)
    {
        while (i > 0 && marks.IndexOf(text[i - 1]) >= 0) i--;
        return i;
    }
}
