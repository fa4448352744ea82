namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// An independent copy of the checksum rules (shared/docs/taiwan-formats.md), used only to prove that the corpus labels
/// are valid values, so that a miss is the engine's fault and not the corpus's.
/// </summary>
internal static class ReferenceChecksums
{
    // Letter values 10..35 follow this order; I, O, W and Z are out of alphabetical order.
    private const string LetterOrder = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    /// <summary>National ID (letter 1/2 …), 2021 UI number (letter 8/9 …) or old ARC (letter A–D …).</summary>
    public static bool IsValidTaiwanId(string value)
    {
        if (value.Length != 10) return false;
        int area = LetterOrder.IndexOf(value[0]);
        if (area < 0) return false;
        area += 10;
        char g = value[1];
        int second = g is '1' or '2' or '8' or '9' ? g - '0'
            : g is >= 'A' and <= 'D' ? (LetterOrder.IndexOf(g) + 10) % 10
            : -1;
        if (second < 0) return false;
        int sum = area / 10 + area % 10 * 9 + second * 8;
        for (int k = 2; k < 10; k++)
        {
            if (value[k] is < '0' or > '9') return false;
            sum += (value[k] - '0') * (k == 9 ? 1 : 9 - k);
        }
        return sum % 10 == 0;
    }

    public static bool PassesLuhn(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9) return false;
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return digits.Length > 0 && sum % 10 == 0;
    }
}
