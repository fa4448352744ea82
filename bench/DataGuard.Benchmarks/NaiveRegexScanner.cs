using System.Text.RegularExpressions;
using DataGuard.Detection;

namespace DataGuard.Benchmarks;

/// <summary>
/// The baseline a careful developer would write in an afternoon: one compiled regex per type, checksums for IDs and
/// cards, lookarounds instead of \b (which fails between CJK and ASCII), and allocation-free EnumerateMatches.
/// No normalisation, no context scoring, no overlap resolution.
/// </summary>
public sealed class NaiveRegexScanner
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private delegate bool Validator(ReadOnlySpan<char> value);

    private static readonly (string Type, Regex Pattern, Validator? Validate)[] Rules =
    {
        (EntityTypes.NationalId, new Regex(@"(?<![A-Za-z0-9])[A-Z][12]\d{8}(?!\d)", Options), IsTaiwanId),
        (EntityTypes.ResidentCertificate, new Regex(@"(?<![A-Za-z0-9])[A-Z][A-D89]\d{8}(?!\d)", Options), IsTaiwanId),
        (EntityTypes.PhoneNumber, new Regex(@"(?<![\d+])(?:(?:\+886[- ]?|0)9\d{2}[- ]?\d{3}[- ]?\d{3}|\(?0\d{1,3}\)?[- ]?\d{3,4}-?\d{4})(?!\d)", Options), null),
        (EntityTypes.EmailAddress, new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", Options), null),
        (EntityTypes.LicensePlate, new Regex(@"(?<![A-Za-z0-9-])(?:[A-Z]{2,3}-?\d{3,4}|\d{3,4}-[A-Z]{2})(?![A-Za-z0-9-])", Options), null),
        (EntityTypes.CreditCard, new Regex(@"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", Options), PassesLuhn),
    };

    /// <summary>Returns (type, start, length) of every match; null when nothing is found.</summary>
    public List<(string Type, int Start, int Length)>? Scan(string text)
    {
        List<(string, int, int)>? found = null;
        foreach (var (type, pattern, validate) in Rules)
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                if (validate is null || validate(text.AsSpan(match.Index, match.Length)))
                    (found ??= new()).Add((type, match.Index, match.Length));
            }
        }
        return found;
    }

    private static bool IsTaiwanId(ReadOnlySpan<char> v)
    {
        int letter = "ABCDEFGHJKLMNPQRSTUVXYWZIO".IndexOf(v[0]) + 10;
        int second = char.IsAsciiDigit(v[1]) ? v[1] - '0' : (v[1] - 'A' + 10) % 10;
        int sum = letter / 10 + letter % 10 * 9 + second * 8 + (v[9] - '0');
        for (int k = 2; k < 9; k++) sum += (v[k] - '0') * (9 - k);
        return sum % 10 == 0;
    }

    private static bool PassesLuhn(ReadOnlySpan<char> value)
    {
        int sum = 0, position = 0;
        for (int i = value.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(value[i])) continue;
            int d = value[i] - '0';
            if (position++ % 2 == 1) d = d > 4 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
