using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 39: "【無線電】三線一：查一下 5995-GD，請回報" — a radio call asking the duty desk to check the value right after the
/// request names it a plate, as 協尋 or 幫查 do anywhere. 查 alone asks after anything in a chat, so only on a line that the
/// radio, the duty desk or a call opens.
/// </summary>
internal static class RadioCall
{
    private static readonly string[] CheckRequests = { "查一下", "請查", "查詢", "幫我查", "查查", "查" };

    /// <summary>What opens a radio transcript's line: the radio itself, the duty or command desk, a call.</summary>
    private static readonly string[] RadioMarks = { "無線電", "勤務中心", "勤指中心", "呼叫" };

    /// <summary>Whether a check request stands right before <paramref name="start"/> on a radio call's line.</summary>
    public static bool AsksToCheck(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < 2 && text[i - 1] is ' ' or '\u3000' or '：' or ':') i--;
        if (i == 0 || text[i - 1] is not ('查' or '下' or '詢')) return false;
        if (!WordLists.EndsWithAny(text.Slice(0, i), CheckRequests)) return false;
        int line = TableCell.LineStart(text, start);
        var call = text.Slice(line, i - line);
        foreach (var mark in RadioMarks) if (call.IndexOf(mark.AsSpan(), StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
