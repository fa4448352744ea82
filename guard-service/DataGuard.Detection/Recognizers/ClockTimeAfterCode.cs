using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A short code and a clock time (A3 05:33 醫院停車場: an accident's class A1–A3 and when it happened, as duty logs open an
/// entry): the code and the hour read as a 2+2 plate, but the colon and minutes after the hour say it is a time; and the
/// minutes of a time with the word after them (08:43 OK).
/// </summary>
internal static class ClockTimeAfterCode
{
    /// <summary>Whether the chain is a code of at most three characters, a gap, and the hour (one or two digits) of a time.</summary>
    public static bool StartsChain(ReadOnlySpan<char> text, in Chain chain)
    {
        int gap = 1;
        while (gap < chain.Length && gap <= 3 && chain.Gaps[gap] == 0) gap++;
        return gap < chain.Length && gap <= 3 && HourAt(text, chain, gap);
    }

    /// <summary>
    /// Whether a gap comes before <paramref name="index"/> and the hour of a clock time starts there ("ABC-1235　23:08:51",
    /// "ABC1235 7:05:10": a plate listed with the time a camera saw it; the hour is no more of the plate's digits).
    /// </summary>
    public static bool StartsAt(ReadOnlySpan<char> text, in Chain chain, int index) =>
        index > 0 && index < chain.Length && chain.Gaps[index] > 0 && HourAt(text, chain, index);

    /// <summary>
    /// Round 36 (categories of sets U29, U30): whether <paramref name="start"/> is the minutes of a clock time, two digits
    /// after an hour's two digits and a colon ("組長 08:43 OK" in a chat log: the minutes and the reply read as a plate).
    /// </summary>
    public static bool MinutesAt(ReadOnlySpan<char> text, int start) =>
        start >= 3 && start + 2 <= text.Length && text[start - 1] is ':' or '：' && AsciiChars.IsDigitOrFullWidth(text[start - 2]) && AsciiChars.IsDigitOrFullWidth(text[start - 3])
        && AsciiChars.IsDigitOrFullWidth(text[start]) && AsciiChars.IsDigitOrFullWidth(text[start + 1]) && (start + 2 == text.Length || !AsciiChars.IsDigitOrFullWidth(text[start + 2]));

    // One or two digits from index, then a colon and a digit right after them in the text.
    private static bool HourAt(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        for (int hour = 1; hour <= 2 && index + hour <= chain.Length; hour++)
        {
            if (!chain.AllDigits(index, hour)) return false;
            int end = chain.EndOf(index + hour);
            if (end + 1 < text.Length && text[end] is ':' or '：' && (uint)(text[end + 1] - '0') <= 9) return true;
        }
        return false;
    }
}
