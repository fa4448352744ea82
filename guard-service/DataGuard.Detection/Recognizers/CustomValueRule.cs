using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>What a configured pattern's match must satisfy: allowed characters, length and checksum of its letters and digits.</summary>
internal sealed class CustomValueRule
{
    /// <summary>The checksums a configuration may name.</summary>
    public static readonly string[] Checksums = { "luhn", "tw-id" };

    private readonly string? _allowed;
    private readonly int _minLength;
    private readonly int _maxLength;
    private readonly string? _checksum;

    public CustomValueRule(string? allowed, int? minLength, int? maxLength, string? checksum)
    {
        _allowed = string.IsNullOrEmpty(allowed) ? null : allowed;
        _minLength = minLength ?? 0;
        _maxLength = maxLength ?? int.MaxValue;
        _checksum = string.IsNullOrWhiteSpace(checksum) ? null : checksum!.Trim().ToLowerInvariant();
    }

    public bool Accepts(ReadOnlySpan<char> value)
    {
        if (_allowed is not null)
        {
            foreach (char c in value) if (_allowed.IndexOf(c) < 0) return false;
        }
        if (_minLength == 0 && _maxLength == int.MaxValue && _checksum is null) return true;
        Span<char> significant = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        int count = 0;
        foreach (char c in value) if (char.IsLetterOrDigit(c)) significant[count++] = char.ToUpperInvariant(c);
        if (count < _minLength || count > _maxLength) return false;
        return _checksum switch
        {
            null => true,
            "luhn" => count >= 2 && AsciiChars.AllDigits(significant.Slice(0, count)) && CardIssuers.PassesLuhn(significant.Slice(0, count)),
            "tw-id" => IsTaiwanId(significant.Slice(0, count)),
            _ => false,
        };
    }

    // National ID or 2021 UI number (letter, digit, eight digits) or old ARC (letter, A–D, eight digits), with a valid check digit.
    private static bool IsTaiwanId(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || TaiwanIdChecksum.LetterCode(value[0]) < 0 || !AsciiChars.AllDigits(value.Slice(2))) return false;
        if (value[1] is >= '0' and <= '9') return TaiwanIdChecksum.IsValidNumeric(value);
        return value[1] is >= 'A' and <= 'D' && TaiwanIdChecksum.IsValidOldResident(value);
    }
}
