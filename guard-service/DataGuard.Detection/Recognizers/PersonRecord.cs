using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A person's record written on one line, its fields split by / , ， ； a tab or | (or their full-width forms) ("黃○恩/Q193009926/DD-795/0988-916-922",
/// "吳志明,B890535207,0933408014,DL-54384"): a code standing in a field of its own beside a checksum-valid national ID or
/// resident certificate, or a Taiwan mobile, is one of that person's identifiers.
/// </summary>
internal static class PersonRecord
{
    /// <summary>How far along its line the other identifiers of the record are looked for.</summary>
    private const int Reach = 160;

    /// <summary>Whether the value at [<paramref name="start"/>, <paramref name="end"/>) is a field of such a record.</summary>
    public static bool Holds(ReadOnlySpan<char> text, int start, int end)
    {
        if (!IsFieldEdge(text, start - 1, -1) || !IsFieldEdge(text, end, 1)) return false;
        int from = start;
        while (from > 0 && start - from < Reach && text[from - 1] is not ('\n' or '\r')) from--;
        int to = end;
        while (to < text.Length && to - end < Reach && text[to] is not ('\n' or '\r')) to++;
        return HasIdentifier(text.Slice(from, start - from)) || HasIdentifier(text.Slice(end, to - end));
    }

    private static bool IsDelimiter(char c) => c is '/' or ',' or '，' or '；' or ';' or '\t' or '|' or '\n' or '\r'
        or '／' or '｜'; // typed with a Chinese input method: 孫冠柏／Ｔ２９７３９４８９６／ZT-19780, GU-598 ｜ 廖美冠 ｜ 0971-803647

    // Past spaces, brackets, quotes and invisible characters, a field delimiter or the edge of the text.
    private static bool IsFieldEdge(ReadOnlySpan<char> text, int i, int step)
    {
        while (i >= 0 && i < text.Length && (text[i] is ' ' or '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '\'' or '`' or '「' or '」' or '（' or '）'
                   || CharFolding.KindOf(text[i]) == CharKind.Invisible))
            i += step;
        return i < 0 || i >= text.Length || IsDelimiter(text[i]);
    }

    // A field that reads as a valid ID or ARC (letter and nine digits, checksum) or as a 09 mobile of ten digits.
    private static bool HasIdentifier(ReadOnlySpan<char> window)
    {
        Span<char> field = stackalloc char[10];
        int n = 0;
        for (int i = 0; i <= window.Length; i++)
        {
            if (i == window.Length || IsDelimiter(window[i]))
            {
                if (n == 10 && IsIdentifier(field)) return true;
                n = 0;
                continue;
            }
            var folded = CharFolding.Fold(window[i]);
            if (folded.Kind is CharKind.Digit or CharKind.Letter)
            {
                if (n < field.Length) field[n] = folded.Value;
                n = n < field.Length ? n + 1 : field.Length + 1;
            }
            else if (folded.Kind is not (CharKind.Separator or CharKind.Invisible)) n = field.Length + 1; // words: not an identifier field
        }
        return false;
    }

    private static bool IsIdentifier(ReadOnlySpan<char> field)
    {
        if (field[0] == '0' && field[1] == '9') return AllDigits(field);
        if ((uint)(field[0] - 'A') > 25 || !AllDigits(field.Slice(2))) return false;
        if (field[1] is 'A' or 'B' or 'C' or 'D') return TaiwanIdChecksum.IsValidOldResident(field);
        return (uint)(field[1] - '0') <= 9 && TaiwanIdChecksum.IsValidNumeric(field);
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (char c in span) if ((uint)(c - '0') > 9) return false;
        return true;
    }
}
