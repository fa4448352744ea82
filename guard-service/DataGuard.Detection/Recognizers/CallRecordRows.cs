using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-calls46 (issue 9, set U51): a row of a call-detail record (通聯紀錄, 雙向通聯, an operator's CDR export) — a date or
/// time, a direction word (來話, 去話, 簡訊, 數據, MO, MT, SMS, voice…), the other party's number, the seconds, a base
/// station and an IMEI, in any column order and cut by spaces, bars, tabs or commas. The direction word standing as a cell
/// of the row, with a clock time or a duration beside it, makes the row's number-shaped cell the line that called or was
/// called, whatever its country or form. Asked through <see cref="CallingCues"/> and by <see cref="LandlineOfAreaLength"/>.
/// </summary>
internal static class CallRecordRows
{
    /// <summary>
    /// Words a call record writes for a row's kind of traffic or its direction, in Chinese and in operators' English
    /// codes; compared with whole cells only (MO, in and data are ordinary words elsewhere).
    /// </summary>
    private static readonly string[] DirectionWords =
    {
        "來話", "去話", "簡訊", "數據", "語音", "通話", "撥出", "撥入", "來電", "去電", "發話", "受話", "主叫", "被叫", "發訊", "收訊",
        "未接", "轉接", "上網", "視訊", "MO", "MT", "SMS", "MMS", "voice", "data", "call", "calls", "in", "out", "incoming",
        "outgoing", "missed", "GPRS", "VoLTE", "MOC", "MTC", "SMS-MO", "SMS-MT",
    };

    /// <summary>Units of a row's duration cell (739秒, 95s, 20 sec).</summary>
    private static readonly string[] SecondsUnits = { "秒", "s", "sec", "secs", "seconds" };

    /// <summary>Most characters of a cell the row is read in (a time stamp, a base-station id): longer runs are prose.</summary>
    private const int MaxCell = 24;

    /// <summary>
    /// Whether the number at [<paramref name="start"/>, <paramref name="end"/>) fills a cell of a call record's row: a cell
    /// of its own on a line that has a direction word as another cell and a clock time or a duration.
    /// </summary>
    public static bool HoldsOtherParty(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && !IsCellBreak(text[start - 1]) || end < text.Length && !EndsCell(text, end)) return false;
        int lineStart = TableCell.LineStart(text, start);
        int lineEnd = TableCell.LineEnd(text, end);
        bool direction = false, timed = false;
        for (int at = lineStart; at < lineEnd;)
        {
            while (at < lineEnd && IsCellBreak(text[at])) at++;
            int cellEnd = at;
            while (cellEnd < lineEnd && !IsCellBreak(text[cellEnd])) cellEnd++;
            if (cellEnd > at && (cellEnd <= start || at >= end))
            {
                var cell = Unquoted(text.Slice(at, cellEnd - at));
                direction |= IsOneOf(cell, DirectionWords);
                timed |= IsClockTime(cell) || IsDuration(cell);
                if (direction && timed) return true;
            }
            at = cellEnd;
        }
        return false;
    }

    /// <summary>
    /// det-calls46: the digits of a number that a row's duration cell follows after one space (來話 156 7726 7723 739秒: the
    /// seconds run on in the chain of digits), when the row is a call record's; <paramref name="digits"/> otherwise.
    /// </summary>
    public static int DigitsBeforeDuration(ReadOnlySpan<char> text, in Chain chain, int digits, int fewest, int most)
    {
        for (int count = Math.Min(digits - 1, most); count >= fewest; count--)
        {
            if (chain.Gaps[count] > 0 && chain.AllDigits(0, count) && StartsDuration(text, chain.Positions[count])
                && HoldsOtherParty(text, chain.Start, chain.EndOf(count)))
                return count;
        }
        return digits;
    }

    // A duration cell starting at [at]: digits, a unit of seconds, then the cell's end.
    private static bool StartsDuration(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end < text.Length && !IsCellBreak(text[end]) && end - at <= MaxCell) end++;
        return IsDuration(text.Slice(at, end - at));
    }

    /// <summary>
    /// det-calls46: whether the digit at <paramref name="last"/> ends a clock time cell (…07:19:15 0813-5008-0762 MO 650秒) of
    /// a call record's row whose number starts at <paramref name="start"/>: the time is a cell of its own, no head of the number.
    /// </summary>
    public static bool EndsRowTime(ReadOnlySpan<char> text, int last, int start)
    {
        int first = last;
        while (first > 0 && !IsCellBreak(text[first - 1]) && last - first < MaxCell) first--;
        if (!IsClockTime(text.Slice(first, last + 1 - first))) return false;
        int end = start;
        while (end < text.Length && !IsCellBreak(text[end])) end++;
        return HoldsOtherParty(text, start, end);
    }

    /// <summary>Digits of a base station's network code (MCC and MNC: 46692, 46697) before its hyphen.</summary>
    private const int NetworkCodeDigits = 5;

    /// <summary>
    /// det-calls46: whether a number starting at <paramref name="start"/> is the tail of a base station's id (46692-0727-32671,
    /// 46697-03B8-28238): five digits and a hyphen glued before it, no digit before those.
    /// </summary>
    public static bool InsideStationId(ReadOnlySpan<char> text, int start)
    {
        int from = start - 1 - NetworkCodeDigits;
        if (from < 0 || text[start - 1] != '-' || from > 0 && (uint)(text[from - 1] - '0') <= 9) return false;
        for (int i = from; i < start - 1; i++) if ((uint)(text[i] - '0') > 9) return false;
        return true;
    }

    // Spaces, a Markdown or report's bar, a tab, a CSV's comma or semicolon, in either width.
    private static bool IsCellBreak(char c) =>
        c is ' ' or '\u3000' or '\t' or ',' or '，' or ';' or '；' or '、' || CellBreaks.Is(c);

    // The number's cell ends at a break, or at an extension glued to it (04-2345-6789#12, … 分機 12, … ext.12) or a
    // quote closing a CSV cell.
    private static bool EndsCell(ReadOnlySpan<char> text, int end) =>
        IsCellBreak(text[end]) || text[end] is '"' or '#' or '分' or '轉' or 'e' or 'E' or 'x' or 'X' or '\r' or '\n';

    private static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> cell)
    {
        if (cell.Length >= 2 && cell[0] is '"' or '\'' && cell[cell.Length - 1] == cell[0]) return cell.Slice(1, cell.Length - 2);
        return cell;
    }

    private static bool IsOneOf(ReadOnlySpan<char> cell, string[] words)
    {
        if (cell.Length > MaxCell) return false;
        foreach (var word in words)
        {
            if (cell.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // 20:05:58, 13:20 (a time stamp's time cell; the date is its own cell).
    private static bool IsClockTime(ReadOnlySpan<char> cell) =>
        cell.Length is 5 or 8 && IsTwoDigits(cell, 0) && cell[2] == ':' && IsTwoDigits(cell, 3)
        && (cell.Length == 5 || cell[5] == ':' && IsTwoDigits(cell, 6));

    private static bool IsTwoDigits(ReadOnlySpan<char> cell, int at) => (uint)(cell[at] - '0') <= 9 && (uint)(cell[at + 1] - '0') <= 9;

    // 739秒, 95s, 20sec: digits, then a unit of seconds.
    private static bool IsDuration(ReadOnlySpan<char> cell)
    {
        int digits = 0;
        while (digits < cell.Length && (uint)(cell[digits] - '0') <= 9) digits++;
        if (digits is 0 or > 6) return false;
        var unit = cell.Slice(digits);
        return IsOneOf(unit, SecondsUnits);
    }
}
