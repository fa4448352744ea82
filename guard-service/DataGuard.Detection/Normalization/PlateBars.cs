namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 36 (categories of sets U29, U30): a bar typed where a plate's hyphen goes (KRT|5083, HW|2617, 7319|FD,
/// KRT｜5083, DXM | 2958) — staff swap the hyphen for a bar to slip a plate past a filter. The chain reader reads such a
/// bar as the gap between the groups only where the run around it has a plate's shape: two or three letters and two to
/// five digits, or two to four digits and two or three letters, the run ending there. A bar anywhere else stays a cell
/// break (<see cref="CellBreaks"/>) or a 1 typed as a bar (<see cref="BarDigits"/>): a row of cells (| AB | 1234 |,
/// 分機702|ABC-1234) has a bar before or after the run, and an ID's or certificate's digits are more than five.
/// </summary>
internal static class PlateBars
{
    /// <summary>Whether <paramref name="c"/> is a bar a plate's hyphen may be typed as: ASCII or full-width.</summary>
    public static bool IsBar(char c) => c is '|' or '\uFF5C';

    /// <summary>
    /// Whether <paramref name="c"/> is a mark typed where a plate's hyphen goes: a bar, and (round 38, categories of sets
    /// U33, U34) an equals sign, a backslash or an asterisk (KXR=3815, KXR\3815, KXR*3815), ASCII or full-width.
    /// </summary>
    public static bool IsHyphenMark(char c) => IsBar(c) || c is '=' or '＝' or '\\' or '＼' or '*';

    /// <summary>
    /// The length of the bar at <paramref name="bar"/> and of at most one space after it, when it stands between a plate's
    /// two groups: <paramref name="group"/> is the group read before it, from <paramref name="groupStart"/>, all letters or
    /// all digits as <paramref name="letters"/> says; 0 otherwise.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int bar, int groupStart, int group, bool letters)
    {
        if (group < 2 || group > (letters ? 3 : 4) || OpensCell(text, groupStart, text[bar])) return 0;
        int from = bar + 1 < text.Length && text[bar + 1] == ' ' ? bar + 2 : bar + 1;
        int end = from;
        while (end < text.Length && (letters ? AsciiChars.IsDigitOrFullWidth(text[end]) : AsciiChars.IsLetter(text[end]))) end++;
        int second = end - from;
        if (second < 2 || second > (letters ? 5 : 3)) return 0;
        bool spaced = from - bar == 2 || bar > 0 && text[bar - 1] == ' ';
        return EndsRun(text, end, text[bar]) && !(spaced && InBarredRow(text, bar)) ? from - bar : 0;
    }

    // "NGUYEN VAN AN | 109年…": a bar with spaces around it in a line holding another bar is a Markdown or pipe row's cell
    // break; the groups beside it are the ends of two cells.
    private static bool InBarredRow(ReadOnlySpan<char> text, int bar)
    {
        int start = text.Slice(0, bar).LastIndexOf('\n') + 1;
        int end = text.Slice(bar + 1).IndexOf('\n') is int next and >= 0 ? bar + 1 + next : text.Length;
        for (int i = start; i < end; i++)
        {
            if (i != bar && IsBar(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the first <paramref name="length"/> characters read are one group with no gap inside, typed as ASCII letters
    /// or ASCII and full-width digits (<paramref name="letters"/> says which): a plate's first group, not a value's pieces.
    /// </summary>
    public static bool GroupBefore(ReadOnlySpan<char> text, ReadOnlySpan<int> positions, ReadOnlySpan<byte> gaps, int length, out bool letters)
    {
        letters = AsciiChars.IsLetter(text[positions[0]]);
        for (int k = 0; k < length; k++)
        {
            char c = text[positions[k]];
            if (k > 0 && gaps[k] > 0 || (letters ? !AsciiChars.IsLetter(c) : !AsciiChars.IsDigitOrFullWidth(c))) return false;
        }
        return true;
    }

    // The same mark (skipping one space) right before the group: the group is a cell of a row, and the mark after it the
    // next cell's. A row of another bar holds a plate typed with this one (｜KXR|3815｜: round 38).
    private static bool OpensCell(ReadOnlySpan<char> text, int groupStart, char mark)
    {
        int i = groupStart - 1;
        if (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == mark;
    }

    // The second group ends the run: no letter, digit, hyphen or dot glued after it (more of a code), and no bar after it
    // (skipping one space: the row's next cell).
    private static bool EndsRun(ReadOnlySpan<char> text, int end, char mark)
    {
        if (end >= text.Length) return true;
        char c = text[end];
        // (nor a date's or an amount's unit: 112|年 is no plate's digits)
        if (AsciiChars.IsLetterOrDigit(c) || AsciiChars.IsDigitOrFullWidth(c) || c is '-' or '.' or '_' or '/' or '年' or '月' or '日' or '號' or '元') return false;
        int next = c == ' ' ? end + 1 : end;
        return next >= text.Length || text[next] != mark;
    }
}
