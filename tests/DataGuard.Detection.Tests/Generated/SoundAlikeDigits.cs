using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 29 (sets U19, U20): digits written as sound-alike characters (諧音) to get a value past a filter — every digit
/// (靈酒醫耳…), or some of them among real digits (0酒12-3寺舞) — with the characters staff type for each digit.
/// Round 30 (categories of sets U21, U22): 餓 (è) typed for 2.
/// Round 35 (categories of sets U27, U28): <see cref="StaffTyped"/>, with 菱 and the other líng characters for 0.
/// </summary>
internal static class SoundAlikeDigits
{
    /// <summary>For each digit 0–9, the sound-alike characters written for it (Mandarin as read in Taiwan).</summary>
    private static readonly string[] ByDigit =
    {
        "靈玲鈴", "醫衣依伊", "耳兒爾餓", "山傘散", "寺死似", "舞午武吾", "溜留", "妻漆期棲", "爸疤巴吧", "酒久舊",
    };

    /// <summary>
    /// Round 35 (categories of sets U27, U28): the sound-alikes of <see cref="ByDigit"/> with the other characters of the
    /// same reading the engine reads for 0 (菱, the one staff typed, 凌 陵 齡 羚), kept apart so the older variants' draws stay.
    /// </summary>
    private static readonly string[] StaffTypedByDigit =
    {
        "菱菱凌陵齡羚靈", "醫衣依伊", "耳兒爾餓", "山傘散", "寺死似", "舞午武吾", "溜留", "妻漆期棲", "爸疤巴吧", "酒久舊",
    };

    /// <summary>Everyday and financial numerals mixed in by staff among the sound-alikes (菱9寺五…: set U28).</summary>
    private const string Numerals = "零一二三四五六七八九";
    private const string FinancialNumerals = "零壹貳參肆伍陸柒捌玖";

    /// <summary>
    /// Round 35 (categories of sets U27, U28): each digit written as a sound-alike (most of them), an everyday or financial
    /// numeral, or left a digit — the way staff wrote phones and IDs to get them past a filter; null for short values.
    /// </summary>
    public static string? StaffTyped(string value, Random r)
    {
        if (value.Count(char.IsAsciiDigit) < 9 || value.Contains('@')) return null;
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                builder.Append(c);
                continue;
            }
            int digit = c - '0';
            builder.Append(r.Next(6) switch
            {
                0 => Numerals[digit],
                1 => FinancialNumerals[digit],
                2 => c,
                _ => StaffTypedByDigit[digit][r.Next(StaffTypedByDigit[digit].Length)],
            });
        }
        return builder.ToString();
    }

    /// <summary>det-plates43: one of the characters staff type for <paramref name="digit"/> (any length of value: a plate's group).</summary>
    public static char ForDigit(char digit, Random r)
    {
        var options = StaffTypedByDigit[digit - '0'];
        return options[r.Next(options.Length)];
    }

    /// <summary>det-plates43: an everyday or financial numeral for <paramref name="digit"/>.</summary>
    public static char NumeralFor(char digit, Random r) => (r.Next(2) == 0 ? Numerals : FinancialNumerals)[digit - '0'];

    /// <summary>The value with every digit written as one of its sound-alikes, or null when it has too few digits to be read so.</summary>
    public static string? Every(string value, Random r) => Write(value, r, _ => true);

    /// <summary>The value with about half its digits written as sound-alikes and at least one real digit left.</summary>
    public static string? Some(string value, Random r)
    {
        var written = Write(value, r, _ => r.Next(2) == 0);
        if (written is null || written.Count(char.IsAsciiDigit) == 0) return null;
        return written == value ? null : written;
    }

    private static string? Write(string value, Random r, Func<char, bool> soundAlike)
    {
        if (value.Count(char.IsAsciiDigit) < 9 || value.Contains('@')) return null;
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c) && soundAlike(c))
            {
                var options = ByDigit[c - '0'];
                builder.Append(options[r.Next(options.Length)]);
            }
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
