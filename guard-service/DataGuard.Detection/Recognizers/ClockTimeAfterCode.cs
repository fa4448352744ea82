using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A short code and a clock time (A3 05:33 醫院停車場: an accident's class A1–A3 and when it happened, as duty logs open an
/// entry): the code and the hour read as a 2+2 plate, but the colon and minutes after the hour say it is a time.
/// </summary>
internal static class ClockTimeAfterCode
{
    /// <summary>Whether the chain is a code of at most three characters, a gap, and the hour (one or two digits) of a time.</summary>
    public static bool StartsChain(ReadOnlySpan<char> text, in Chain chain)
    {
        int gap = 1;
        while (gap < chain.Length && gap <= 3 && chain.Gaps[gap] == 0) gap++;
        if (gap >= chain.Length || gap > 3) return false;
        for (int hour = 1; hour <= 2 && gap + hour <= chain.Length; hour++)
        {
            if (!chain.AllDigits(gap, hour)) return false;
            int end = chain.EndOf(gap + hour);
            if (end + 1 < text.Length && text[end] is ':' or '：' && (uint)(text[end + 1] - '0') <= 9) return true;
        }
        return false;
    }
}
