using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The heading over a row whose cells did not keep their alignment (a chat's time stamp before it, a table pasted without
/// its borders): the nearest line above it, up to a blank line and within <see cref="MaxLines"/>, that names the rows'
/// numbers — a phone column (姓名 國籍 電話) or a look-alike one (訂單編號, 金額). Asked by <see cref="ForeignPersonRow"/>
/// (round 37) and <see cref="KinAbroadNumber"/> (round 43).
/// </summary>
internal static class RowHeading
{
    /// <summary>How many lines above a row are read for its heading (a roster's header sits over its first rows).</summary>
    public const int MaxLines = 3;

    /// <summary>
    /// The nearest line above the row that starts at <paramref name="lineStart"/> naming a phone
    /// (<paramref name="phone"/>) or a look-alike column; empty when a blank line or the text's start comes first.
    /// </summary>
    public static ReadOnlySpan<char> Nearest(ReadOnlySpan<char> text, int lineStart, bool phone)
    {
        for (int lines = 0; lines < MaxLines && lineStart > 0; lines++)
        {
            int previousStart = TableCell.LineStart(text, lineStart - 1);
            var previous = text.Slice(previousStart, lineStart - 1 - previousStart);
            if (previous.IsWhiteSpace()) return default;
            if (phone ? ContextWord.AnyIn(PhoneWords.Any, previous) : PhoneWords.LookAlikeLabels.AnyIn(previous)) return previous;
            lineStart = previousStart;
        }
        return default;
    }
}
