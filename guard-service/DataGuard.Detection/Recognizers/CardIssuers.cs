// Compiled into the analyzers too (DG1009), which build without implicit usings.
using System;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Issuer identification ranges of payment cards as data: leading digits range → card length.
/// Source: docs/taiwan-formats.md §(e) — the Wikipedia "Payment card number" IIN list; Mastercard 2-series 222100–272099
/// from payjunction.com.
/// </summary>
internal static class CardIssuers
{
    private readonly struct Range
    {
        public Range(int prefixDigits, int low, int high, int length)
        {
            PrefixDigits = prefixDigits;
            Low = low;
            High = high;
            Length = length;
        }

        public int PrefixDigits { get; }

        public int Low { get; }

        public int High { get; }

        public int Length { get; }
    }

    private static readonly Range[] Ranges =
    {
        new(1, 4, 4, 16),          // Visa
        new(1, 4, 4, 13),          // Visa (old 13-digit cards)
        new(1, 4, 4, 19),          // Visa (19-digit cards)
        new(2, 51, 55, 16),        // Mastercard
        new(4, 2221, 2720, 16),    // Mastercard 2-series
        new(4, 3528, 3589, 16),    // JCB
        new(4, 3528, 3589, 19),    // JCB (19-digit cards)
        new(2, 34, 34, 15),        // American Express
        new(2, 37, 37, 15),        // American Express
        new(2, 36, 36, 14),        // Diners Club International
        new(3, 300, 305, 14),      // Diners Club Carte Blanche
        new(2, 38, 39, 14),        // Diners Club
        new(2, 62, 62, 16),        // UnionPay
        new(2, 62, 62, 19),        // UnionPay (19-digit cards)
    };

    /// <summary>Card lengths the issuer of <paramref name="digits"/> uses, longest first; 0 when no issuer matches.</summary>
    public static int LengthsFor(ReadOnlySpan<char> digits, Span<int> lengths)
    {
        int found = 0;
        foreach (var range in Ranges)
        {
            if (digits.Length < range.PrefixDigits) continue;
            int prefix = 0;
            for (int i = 0; i < range.PrefixDigits; i++) prefix = prefix * 10 + (digits[i] - '0');
            if (prefix < range.Low || prefix > range.High || found == lengths.Length) continue;
            // Keep the list longest first so a 19-digit UnionPay card is not cut to 16.
            int at = found++;
            while (at > 0 && lengths[at - 1] < range.Length) { lengths[at] = lengths[at - 1]; at--; }
            lengths[at] = range.Length;
        }
        return found;
    }

    /// <summary>Luhn check (ISO/IEC 7812-1): double every second digit from the right, subtract 9 above 9, total ≡ 0 mod 10.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubled = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
