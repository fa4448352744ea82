namespace DataGuard.Detection.Tests;

/// <summary>
/// Builds synthetic identity numbers with valid (or deliberately wrong) check digits, computed here independently of the
/// engine from the rule in docs/taiwan-formats.md.
/// </summary>
internal static class SyntheticIds
{
    public const string Letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    public static int Code(char letter) => Letters.IndexOf(letter) + 10;

    /// <summary>National ID or 2021 UI number: letter, <paramref name="second"/> digit, 7 serial digits, check digit.</summary>
    public static string Numeric(char letter, int second, string serial7) =>
        letter.ToString() + second + serial7 + CheckDigit(Code(letter), second, serial7);

    /// <summary>Pre-2021 ARC: letter, A–D, 7 serial digits, check digit.</summary>
    public static string OldResident(char letter, char gender, string serial7) =>
        letter.ToString() + gender + serial7 + CheckDigit(Code(letter), Code(gender) % 10, serial7);

    /// <summary>The same number with a different (wrong) check digit.</summary>
    public static string Corrupt(string valid, int delta)
    {
        int last = valid[^1] - '0';
        return valid[..^1] + (char)('0' + (last + 1 + (delta % 9)) % 10);
    }

    private static int CheckDigit(int code, int second, string serial7)
    {
        int sum = code / 10 + code % 10 * 9 + second * 8;
        for (int k = 0; k < 7; k++) sum += (serial7[k] - '0') * (7 - k);
        return (10 - sum % 10) % 10;
    }
}
