namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The checksum of a Taiwan company's unified business number (統一編號, eight digits): each digit times 1,2,1,2,1,2,4,1,
/// the digits of each product summed, the total divisible by 5 (the Ministry of Finance's rule since 2023, which widened
/// the old "by 10"); when the seventh digit is 7 its product 28 counts as 1 or 0, so either total may divide. An eight-digit
/// number that passes is read as a UBN where the wording before it names a company, not as a Taipei or Taichung line.
/// </summary>
internal static class UnifiedBusinessNumber
{
    private static readonly int[] Weights = { 1, 2, 1, 2, 1, 2, 4, 1 };

    /// <summary>Whether eight ASCII digits pass the UBN checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 8) return false;
        int sum = 0;
        for (int i = 0; i < 8; i++)
        {
            int product = (digits[i] - '0') * Weights[i];
            sum += product / 10 + product % 10;
        }
        return sum % 5 == 0 || digits[6] == '7' && (sum + 1) % 5 == 0;
    }
}
