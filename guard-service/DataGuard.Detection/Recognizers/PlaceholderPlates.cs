using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-plates43 (set U45, training): codes in a plate's shape that stand for no vehicle — a four-digit group of zeros
/// (ABC-0000, AB-0000, 0000-AB: what a form or a template writes for "a plate here"; a series is numbered from 0001), and a
/// masked phone's last group (0958-319-XXX: the X's hide the last digits, and 319-XXX is the tail of the number, not a
/// digits-first plate). Two or three zeros stay a plate's (KT-00, MNC-000: older series whose first numbers are not
/// documented here).
/// </summary>
internal static class PlaceholderPlates
{
    /// <summary>Whether the value at [start, end) is a placeholder or a masked tail rather than a plate.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> text, int start, int end) => HasZeroGroup(text, start, end) || MasksNumberTail(text, start, end);

    /// <summary>The digits of a placeholder's group of zeros: the 2012 scheme's and the 1992 and 2001 cars' four.</summary>
    private const int PlaceholderZeros = 4;

    // A digit group of four zeros only (〇〇〇〇 and ０ fold to 0 as well).
    private static bool HasZeroGroup(ReadOnlySpan<char> text, int start, int end)
    {
        int digits = 0, zeros = 0;
        for (int i = start; i < end; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind != CharKind.Digit) continue;
            digits++;
            if (folded.Value == '0') zeros++;
        }
        return digits == PlaceholderZeros && zeros == digits;
    }

    // "0958-319-XXX", "0963 585 xxx": a digits-first value whose letters are all X, after digits that continue a number
    // written before it (a digit, then a separator, right before the value) — the mask of a number's last group.
    private static bool MasksNumberTail(ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 2 || CharFolding.KindOf(text[start]) != CharKind.Digit || !HomophoneDigits.IsGap(text[start - 1])
            || CharFolding.KindOf(text[start - 2]) != CharKind.Digit) return false;
        int letters = 0;
        for (int i = start; i < end; i++)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind != CharKind.Letter) continue;
            if (folded.Value != 'X') return false;
            letters++;
        }
        return letters >= 2;
    }
}
