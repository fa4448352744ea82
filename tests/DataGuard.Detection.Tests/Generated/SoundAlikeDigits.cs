using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 29 (sets U19, U20): digits written as sound-alike characters (諧音) to get a value past a filter — every digit
/// (靈酒醫耳…), or some of them among real digits (0酒12-3寺舞) — with the characters staff type for each digit.
/// Round 30 (categories of sets U21, U22): 餓 (è) typed for 2.
/// </summary>
internal static class SoundAlikeDigits
{
    /// <summary>For each digit 0–9, the sound-alike characters written for it (Mandarin as read in Taiwan).</summary>
    private static readonly string[] ByDigit =
    {
        "靈玲鈴", "醫衣依伊", "耳兒爾餓", "山傘散", "寺死似", "舞午武吾", "溜留", "妻漆期棲", "爸疤巴吧", "酒久舊",
    };

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
