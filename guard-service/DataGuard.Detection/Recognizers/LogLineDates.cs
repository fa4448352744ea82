namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-foreign42 (set U43: "… conf=0.78⏎2024-10-18 01:32:06 WARN …"): a log's line opens with its time stamp, so digits
/// read on across a line break into a date written year first (2024-10-18, 2024/10/18) join the last field of one
/// line to the stamp of the next. No phone is written so.
/// </summary>
internal static class LogLineDates
{
    /// <summary>Whether a line break within [<paramref name="start"/>, <paramref name="end"/>) is followed by a date written year first.</summary>
    public static bool Crossed(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is not '\n') continue;
            if (OpensWithDate(text, i + 1)) return true;
        }
        return false;
    }

    // yyyy-mm-dd or yyyy/mm/dd at the start of a line (past spaces), a year of 19xx or 20xx.
    private static bool OpensWithDate(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\r') at++;
        if (at + 10 > text.Length) return false;
        var date = text.Slice(at, 10);
        if (!(date[0] == '1' && date[1] == '9' || date[0] == '2' && date[1] == '0')) return false;
        char mark = date[4];
        if (mark is not ('-' or '/') || date[7] != mark) return false;
        return IsDigits(date.Slice(2, 2)) && IsDigits(date.Slice(5, 2)) && IsDigits(date.Slice(8, 2));
    }

    private static bool IsDigits(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars) if ((uint)(c - '0') > 9) return false;
        return true;
    }
}
