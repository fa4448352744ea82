using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 39: "2024-05-13 03:22:41 INFO [ParkingGate] entry CZ-4974 lane=8" — a log line whose component, the bracketed
/// logger name before the value, reads or handles plates (a plate-recognition camera, a car park's gate, a tow service)
/// names the codes it logs plates, as a plate column's header names its cells.
/// </summary>
internal static class PlateLogComponent
{
    /// <summary>Words of a component's name (split at capitals, digits and marks) that say it reads or handles plates.</summary>
    private static readonly string[] Words =
    {
        "lpr", "anpr", "alpr", "plate", "plates", "parking", "carpark", "tow", "towing", "vehicle", "vehicles", "toll", "etag",
    };

    /// <summary>Longest component name read (a logger's class or module name).</summary>
    private const int MaxName = 40;

    /// <summary>Whether the last bracketed name before <paramref name="start"/> on its line names a plate reader or handler.</summary>
    public static bool NamesPlates(ReadOnlySpan<char> text, int start)
    {
        int line = TableCell.LineStart(text, start);
        var before = text.Slice(line, start - line);
        int close = before.LastIndexOf(']');
        if (close < 0) return false;
        int open = before.Slice(0, close).LastIndexOf('[');
        if (open < 0 || close - open - 1 > MaxName) return false;
        var name = before.Slice(open + 1, close - open - 1);
        for (int i = 0; i < name.Length;)
        {
            int end = i + 1;
            while (end < name.Length && AsciiChars.IsLetter(name[end]) && !AsciiChars.IsUpper(name[end])) end++;
            if (IsPlateWord(name.Slice(i, end - i))) return true;
            i = end;
            while (i < name.Length && !AsciiChars.IsLetter(name[i])) i++;
        }
        return false;
    }

    private static bool IsPlateWord(ReadOnlySpan<char> word) => WordLists.IsAny(word, Words, StringComparison.OrdinalIgnoreCase);
}
