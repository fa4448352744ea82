using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-ocr45 (set U49, T): the fields of a program's log line are not a person's values. Two shapes were read as one:
/// an HTTP access log's status and byte count after its request line (<c>"GET /index.html HTTP/1.1" 200 6905</c>, read as a
/// 7-digit local number), and the ASCII key of a key=value field joined to its number by the '=' a plate's bar may stand
/// for (<c>charge card=… amt=3557</c>, <c>conf=0.82 ts=…</c>, read as AMT-3557 and 082-TS).
/// </summary>
internal static class MachineLogFields
{
    /// <summary>The version token of an HTTP request or status line (HTTP/1.1, HTTP/2.0, HTTP/2).</summary>
    private const string HttpVersion = "HTTP/";

    /// <summary>Shortest key of a key=value field counted as the line's other field (a, x and i are often loop names, not keys).</summary>
    private const int MinOtherKey = 2;

    /// <summary>
    /// Whether the value at <paramref name="start"/> opens with an HTTP status (100–599) followed by a gap, on a line whose
    /// request or status line (HTTP/x) comes before it: Apache and nginx common and combined logs, a response's status line.
    /// </summary>
    public static bool StatusAndSizeAt(ReadOnlySpan<char> text, int start) => StatusAt(text, start) || SizeAt(text, start);

    // The byte count after the status (… HTTP/1.1" 201 4903⏎203.142.…: a card read across the line into the next record's address).
    private static bool SizeAt(ReadOnlySpan<char> text, int start)
    {
        int status = start - 4;
        return status >= 0 && text[start - 1] == ' ' && AsciiChars.IsDigit(text[start]) && StatusAt(text, status);
    }

    private static bool StatusAt(ReadOnlySpan<char> text, int start)
    {
        if (start + 4 > text.Length || text[start] is < '1' or > '5' || !AsciiChars.IsDigit(text[start + 1]) || !AsciiChars.IsDigit(text[start + 2])
            || AsciiChars.IsLetterOrDigit(text[start + 3])) return false;
        if (start > 0 && AsciiChars.IsLetterOrDigit(text[start - 1])) return false;
        int line = TableCell.LineStart(text, start);
        return text.Slice(line, start - line).IndexOf(HttpVersion.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// Whether ASCII letters within [<paramref name="start"/>, <paramref name="end"/>) are the key of a key=value field —
    /// a word at a token's edge right before '=' — on a line holding another such field: the letters name the number after
    /// them (amt=3557) or end the value before the next field (0.82 ts=…). A plate typed with '=' for its hyphen (EUB=6991)
    /// stands alone or under a plate key (plate=…), which decides first.
    /// </summary>
    public static bool KeyWithin(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!AsciiChars.IsLetter(text[i]) || i > 0 && AsciiChars.IsLetterOrDigit(text[i - 1])) continue;
            int keyEnd = i;
            while (keyEnd < text.Length && (AsciiChars.IsLetter(text[keyEnd]) || text[keyEnd] == '_')) keyEnd++;
            if (keyEnd < text.Length && text[keyEnd] == '=' && keyEnd <= end && HasOtherKey(text, i, keyEnd)) return true;
            i = keyEnd;
        }
        return false;
    }

    // Another key=value field on the line, or on the line before (a record wrapped where a long value broke: card=5389…⏎1443
    // amt=3681): letters (digits and '_' after the first) at a token's edge right before '='.
    private static bool HasOtherKey(ReadOnlySpan<char> text, int keyStart, int keyEnd)
    {
        int line = TableCell.LineStart(text, keyStart), lineEnd = TableCell.LineEnd(text, keyStart);
        if (line > 0) line = TableCell.LineStart(text, line - 1);
        for (int e = line + 1; e < lineEnd; e++)
        {
            if (text[e] != '=' || e == keyEnd) continue;
            int k = e;
            while (k > line && (AsciiChars.IsLetterOrDigit(text[k - 1]) || text[k - 1] == '_')) k--;
            if (e - k >= MinOtherKey && AsciiChars.IsLetter(text[k])) return true;
        }
        return false;
    }
}
