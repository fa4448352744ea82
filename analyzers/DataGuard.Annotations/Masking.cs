using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DataGuard;

/// <summary>
/// Masks, hashes and redacts personal data before it is logged, displayed or sent anywhere.
/// Every method is null-safe (<see langword="null"/> in, <see langword="null"/> out) and never throws on the data itself.
/// The DataGuard analyzers treat a value returned by any member of this class as no longer personal.
/// </summary>
/// <remarks>
/// Masking keeps enough to tell records apart in a log read by an officer; it is not anonymisation.
/// To correlate records without revealing the value, use <see cref="Hash(string?, byte[])"/> with a secret key.
/// </remarks>
public static class Masking
{
    /// <summary>The character that replaces masked characters.</summary>
    public const char MaskCharacter = '*';

    /// <summary>The character that replaces masked characters of a name, as in Taiwanese notices (王○明).</summary>
    public const char NameMaskCharacter = '○';

    /// <summary>What <see cref="Redact(string?)"/> returns for a non-null value.</summary>
    public const string RedactedText = "[REDACTED]";

    /// <summary>The smallest HMAC key <see cref="Hash(string?, byte[])"/> accepts, in bytes.</summary>
    public const int MinimumHashKeyLength = 16;

    private const int MaxVisiblePrefix = 4;

    /// <summary>
    /// Keeps a short prefix — a quarter of the characters, at most 4 — and masks the rest:
    /// <c>A123456789</c> → <c>A1********</c>, <c>abc</c> → <c>***</c>.
    /// </summary>
    /// <param name="value">The personal value.</param>
    /// <returns>The masked value, of the same length in code points; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? Mask(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var codePoints = CodePoints.Of(value);
        var visible = Math.Min(MaxVisiblePrefix, codePoints.Count / 4);
        return CodePoints.Join(codePoints, i => i >= visible, MaskCharacter);
    }

    /// <summary>
    /// Keeps up to <paramref name="visiblePrefix"/> leading characters and masks the rest.
    /// At least half of the value is always masked, whatever <paramref name="visiblePrefix"/> says.
    /// </summary>
    /// <param name="value">The personal value.</param>
    /// <param name="visiblePrefix">How many leading characters (code points) may stay readable.</param>
    /// <returns>The masked value; <see langword="null"/> when <paramref name="value"/> is.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="visiblePrefix"/> is negative.</exception>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? Mask(string? value, int visiblePrefix)
    {
        if (visiblePrefix < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(visiblePrefix), "The visible prefix cannot be negative.");
        }

        if (value is null)
        {
            return null;
        }

        var codePoints = CodePoints.Of(value);
        var visible = Math.Min(visiblePrefix, codePoints.Count / 2);
        return CodePoints.Join(codePoints, i => i >= visible, MaskCharacter);
    }

    /// <summary>
    /// Masks a national ID or resident certificate number, keeping the letter and the first digit
    /// (household-registration area and sex/holder class): <c>A123456789</c> → <c>A1********</c>.
    /// Surrounding white space is removed first.
    /// </summary>
    /// <param name="value">The ID number.</param>
    /// <returns>The masked number; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskNationalId(string? value) => value is null ? null : Mask(value.Trim(), 2);

    /// <summary>
    /// Masks a person's name the way Taiwanese public notices do: the first and last characters stay,
    /// the ones between become ○ (<c>王小明</c> → <c>王○明</c>, <c>王明</c> → <c>王○</c>).
    /// Names in Latin script (<c>Chen Ming-hua</c>) keep only the initial of each word (<c>C*** M*******</c>).
    /// </summary>
    /// <param name="value">The name.</param>
    /// <returns>The masked name; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskName(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var name = value.Trim();
        if (!name.Any(IsHanOrSurrogate))
        {
            var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return string.Join(" ", words.Select(word => Mask(word, 1)));
        }

        var codePoints = CodePoints.Of(name);
        return codePoints.Count switch
        {
            0 => name,
            1 => NameMaskCharacter.ToString(),
            2 => CodePoints.Join(codePoints, i => i == 1, NameMaskCharacter),
            _ => CodePoints.Join(codePoints, i => i > 0 && i < codePoints.Count - 1, NameMaskCharacter),
        };
    }

    /// <summary>
    /// Masks a phone number, keeping only its last three digits and its layout:
    /// <c>0912-345-678</c> → <c>****-***-678</c>, <c>+886 2 2345 6789</c> → <c>+*** * **** *789</c>.
    /// Numbers with fewer than six digits are masked completely.
    /// </summary>
    /// <param name="value">The phone number.</param>
    /// <returns>The masked number; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskPhone(string? value) => value is null ? null : MaskAllButLast(value, char.IsDigit, 3, minimumKept: 6);

    /// <summary>
    /// Masks a licence plate, keeping its last two letters or digits and its dash:
    /// <c>ABC-1234</c> → <c>***-**34</c>.
    /// </summary>
    /// <param name="value">The plate number.</param>
    /// <returns>The masked plate; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskPlate(string? value) => value is null ? null : MaskAllButLast(value.Trim(), char.IsLetterOrDigit, 2, minimumKept: 4);

    /// <summary>
    /// Masks an e-mail address, keeping the first character of the local part and the domain:
    /// <c>chen.ming@example.tw</c> → <c>c********@example.tw</c>. Text without <c>@</c> is masked like <see cref="Mask(string?)"/>.
    /// </summary>
    /// <param name="value">The e-mail address.</param>
    /// <returns>The masked address; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskEmail(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0)
        {
            return Mask(value);
        }

        var localPart = CodePoints.Of(value.Substring(0, at));
        return CodePoints.Join(localPart, i => i > 0, MaskCharacter) + value.Substring(at);
    }

    /// <summary>
    /// Masks a Taiwanese address after its city/county and district/township:
    /// <c>臺北市中正區忠孝西路一段1號</c> → <c>臺北市中正區********</c>.
    /// Addresses without a recognisable city and district are masked like <see cref="Mask(string?)"/>.
    /// </summary>
    /// <param name="value">The address.</param>
    /// <returns>The masked address; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? MaskAddress(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cityEnd = value.IndexOfAny(CityMarkers);
        var districtEnd = cityEnd < 0 ? -1 : value.IndexOfAny(DistrictMarkers, cityEnd + 1);
        if (districtEnd < 0)
        {
            return Mask(value);
        }

        var kept = districtEnd + 1;
        var rest = CodePoints.Of(value.Substring(kept));
        return value.Substring(0, kept) + new string(MaskCharacter, rest.Count);
    }

    /// <summary>Keeps only the year of a date of birth: 1985-03-14 → <c>1985-**-**</c>.</summary>
    /// <param name="value">The date of birth.</param>
    /// <returns>The year followed by masked month and day.</returns>
    [Sanitizer]
    public static string MaskBirthDate(DateTime value) => value.Year.ToString("0000", CultureInfo.InvariantCulture) + "-**-**";

    /// <summary>Keeps only the year of a date of birth; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="value">The date of birth, if known.</param>
    /// <returns>The year followed by masked month and day, or <see langword="null"/>.</returns>
    [Sanitizer]
    public static string? MaskBirthDate(DateTime? value) => value is { } date ? MaskBirthDate(date) : null;

    /// <summary>
    /// Replaces a value with a keyed fingerprint (HMAC-SHA256 of its UTF-8 bytes, 64 lower-case hex digits),
    /// so that records about the same person can be correlated without revealing who it is.
    /// </summary>
    /// <param name="value">The personal value.</param>
    /// <param name="key">A secret key of at least <see cref="MinimumHashKeyLength"/> bytes (32 random bytes recommended),
    /// kept out of source control. Without a secret key a national ID's small value space is easy to enumerate.</param>
    /// <returns>The fingerprint; <see langword="null"/> when <paramref name="value"/> is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is shorter than <see cref="MinimumHashKeyLength"/> bytes.</exception>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? Hash(string? value, byte[] key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (key.Length < MinimumHashKeyLength)
        {
            throw new ArgumentException(
                $"The HMAC key must be at least {MinimumHashKeyLength} bytes long; use 32 random bytes from a secret store.",
                nameof(key));
        }

        if (value is null)
        {
            return null;
        }

        using var hmac = new HMACSHA256(key);
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Replaces a value entirely with <see cref="RedactedText"/>, revealing nothing, not even its length.</summary>
    /// <param name="value">The personal value.</param>
    /// <returns><see cref="RedactedText"/>; <see langword="null"/> when <paramref name="value"/> is.</returns>
    [Sanitizer]
    [return: NotNullIfNotNull("value")]
    public static string? Redact(string? value) => value is null ? null : RedactedText;

    // CJK radicals to unified ideographs, compatibility ideographs, and surrogates (extension B+ ideographs).
    private static bool IsHanOrSurrogate(char c) => (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || char.IsSurrogate(c);

    // 市 closes a special municipality or city, 縣 a county; 區/鄉/鎮/市 close the district or township after it.
    private static readonly char[] CityMarkers = { '市', '縣' };
    private static readonly char[] DistrictMarkers = { '區', '鄉', '鎮', '市' };

    private static string MaskAllButLast(string value, Func<char, bool> counts, int kept, int minimumKept)
    {
        var total = value.Count(counts);
        var keepFrom = total < minimumKept ? int.MaxValue : total - kept;
        var builder = new StringBuilder(value.Length);
        var seen = 0;
        foreach (var c in value)
        {
            if (!counts(c))
            {
                builder.Append(char.IsSurrogate(c) ? MaskCharacter : c);
                continue;
            }

            builder.Append(seen >= keepFrom ? c : MaskCharacter);
            seen++;
        }

        return builder.ToString();
    }
}
