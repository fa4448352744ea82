using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 29 (categories of sets U17, U18)": values dictated in words or built from pieces, the surface variants
/// <c>numbers.words.*</c> and <c>split.words.english</c>, <c>split.dictated</c>, <c>split.concatenated</c>. Digits said as
/// English words the way people say them (oh for 0, double and triple, hyphens, capitals, some groups left in digits), as
/// Indonesian, Malay, Vietnamese or Tagalog words; a value dictated in three chunks with words that announce each one
/// (0912，中間三碼345，最後678; 0912, the second part is 345, and the last part is 678); a value built from string
/// literals in code (“0912” + “345” + “678”, 'A12' '3456789'). Each writer returns null for a value it does not apply to.
/// </summary>
internal static class DictatedForms
{
    /// <summary>The English word of each digit.</summary>
    internal static readonly string[] English = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    /// <summary>Digit words of the languages whose speakers' numbers staff take down: Indonesian, Malay, Vietnamese, Tagalog.</summary>
    internal static readonly string[][] Foreign =
    {
        new[] { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" },
        new[] { "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan" },
        new[] { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" },
        new[] { "sero", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam" },
    };

    private const string ChineseCounts = "一二三四五六七八九";

    /// <summary>An ID's or certificate's letters and digits, or a 09 mobile's digits after no letters; null for other values.</summary>
    private static (string Head, string Digits)? HeadAndDigits(PlantedValue v)
    {
        var value = string.Concat(v.Groups).Replace(" ", "");
        bool id = value.Length == 10 && char.IsAsciiLetter(value[0]) && value.Skip(2).All(char.IsAsciiDigit);
        bool mobile = value.Length == 10 && value.StartsWith("09", StringComparison.Ordinal) && value.All(char.IsAsciiDigit);
        if (!v.Spoken || !id && !mobile) return null;
        int letters = id ? (char.IsAsciiLetter(value[1]) ? 2 : 1) : 0;
        return (value[..letters], value[letters..]);
    }

    // A mobile's 4-3-3, an ID's 3-3-3, a certificate's 2-3-3.
    private static string[] Groups(string digits)
    {
        int first = digits.Length - 6;
        return new[] { digits[..first], digits[first..(first + 3)], digits[(first + 3)..] };
    }

    /// <summary>English words as people dictate: oh for a 0 now and then, double/triple for a digit said again, words joined by spaces or hyphens, lower case, Title Case or capitals, and one group of three left in digits at times.</summary>
    public static string? EnglishDictated(PlantedValue v, Random r)
    {
        if (HeadAndDigits(v) is not var (head, digits)) return null;
        string joiner = CaseContexts.Pick(r, " ", "-", " ");
        var groups = Groups(digits);
        int inDigits = r.Next(3) == 0 ? 1 + r.Next(2) : -1; // "09 one two 345 six seven eight"-style: the middle or last group typed
        var said = groups.Select((g, k) => k == inDigits ? g : SayEnglish(g, r, joiner)).ToArray();
        string written = string.Join(joiner == "-" ? CaseContexts.Pick(r, " ", " - ") : CaseContexts.Pick(r, " ", "  "), said);
        return (head.Length > 0 ? head + " " : "") + Cased(written, r);
    }

    /// <summary>English words in groups apart by commas or an ellipsis, as a dictation is punctuated (zero nine one two, three four five, …).</summary>
    public static string? EnglishGroups(PlantedValue v, Random r)
    {
        if (HeadAndDigits(v) is not var (head, digits)) return null;
        var said = Groups(digits).Select(g => SayEnglish(g, r, " "));
        return (head.Length > 0 ? head + " " : "") + Cased(string.Join(CaseContexts.Pick(r, ", ", "... ", ", "), said), r);
    }

    /// <summary>Every digit as a word of Indonesian, Malay, Vietnamese or Tagalog, apart by spaces; lower case, the first capitalised, or capitals.</summary>
    public static string? ForeignWords(PlantedValue v, Random r)
    {
        if (HeadAndDigits(v) is not var (head, digits)) return null;
        var words = Foreign[r.Next(Foreign.Length)];
        string written = string.Join(" ", digits.Select(d => words[d - '0']));
        written = r.Next(4) switch { 0 => written.ToUpperInvariant(), 1 => char.ToUpperInvariant(written[0]) + written[1..], _ => written };
        return (head.Length > 0 ? head + " " : "") + written;
    }

    /// <summary>A value dictated in three chunks, the second and third announced (中間三碼, 尾數是, the second part is, the last three digits are).</summary>
    public static string? Dictated(PlantedValue v, Random r)
    {
        if (Chunks(v) is not { } c) return null;
        return r.Next(7) switch
        {
            0 => $"{c[0]}，中間{Count(c[1])}碼{c[1]}，最後{c[2]}",
            1 => $"{c[0]}，中間是{c[1]}，尾數是{c[2]}",
            2 => $"{c[0]}，接著{c[1]}，最後{Count(c[2])}碼是{c[2]}",
            3 => $"{c[0]}、中間{Count(c[1])}碼：{c[1]}、尾數{c[2]}",
            4 => $"{c[0]}, the second part is {c[1]}, and the last part is {c[2]}",
            5 => $"{c[0]}, then {c[1]}, the last {English[c[2].Length]} digits are {c[2]}",
            _ => $"{c[0]}, next {English[c[1].Length]} digits: {c[1]}, the rest is {c[2]}",
        };
    }

    /// <summary>A value built from string literals: + (C#, Java, JavaScript), &amp; (Excel, VB), || (SQL), side by side (Python).</summary>
    public static string? Concatenated(PlantedValue v, Random r)
    {
        if (Chunks(v) is not { } c) return null;
        var (quote, joint) = r.Next(5) switch
        {
            0 => ("\"", "\" + \""),
            1 => ("\"", "\"+\""),
            2 => ("\"", "\" & \""),
            3 => ("'", "' || '"),
            _ => ("'", "' '"),
        };
        return quote + string.Join(joint, c) + quote;
    }

    // Three chunks of a value read out in pieces: an ID's letters with its first digits, then two more; a mobile's 4-3-3; a
    // landline's area code and its local number's halves; a card's first group, the middle ones, the last.
    private static string[]? Chunks(PlantedValue v)
    {
        if (!v.Spoken || v.IsMail) return null;
        if (HeadAndDigits(v) is var (head, digits))
        {
            var groups = Groups(digits);
            groups[0] = head + groups[0];
            return groups;
        }
        var parts = MergeShort(v.Groups.Select(g => g.Replace(" ", "")).ToArray());
        if (parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return null;
        return parts.Length switch
        {
            2 when parts[1].Length >= 6 => new[] { parts[0], parts[1][..(parts[1].Length / 2)], parts[1][(parts[1].Length / 2)..] },
            3 => parts,
            4 => new[] { parts[0], parts[1] + parts[2], parts[3] },
            _ => null,
        };
    }

    // A group of one digit (0836's local 2 2345) is said with the group after it: nobody dictates a chunk of one digit.
    private static string[] MergeShort(string[] groups)
    {
        var merged = new List<string>();
        for (int k = 0; k < groups.Length; k++)
        {
            if (groups[k].Length < 2 && k + 1 < groups.Length) groups[k + 1] = groups[k] + groups[k + 1];
            else merged.Add(groups[k]);
        }
        return merged.ToArray();
    }

    private static string Count(string chunk) => chunk.Length <= 9 ? ChineseCounts[chunk.Length - 1].ToString() : chunk.Length.ToString();

    private static string SayEnglish(string group, Random r, string joiner)
    {
        var words = new List<string>();
        for (int k = 0; k < group.Length;)
        {
            int run = 1;
            while (k + run < group.Length && group[k + run] == group[k] && run < 3) run++;
            if (run >= 2 && r.Next(3) > 0)
            {
                words.Add((run == 3 ? "triple" : "double") + joiner + Word(group[k], r));
                k += run;
                continue;
            }
            words.Add(Word(group[k], r));
            k++;
        }
        return string.Join(joiner, words);
    }

    private static string Word(char digit, Random r) => digit == '0' && r.Next(2) == 0 ? "oh" : English[digit - '0'];

    private static string Cased(string written, Random r) => r.Next(4) switch
    {
        0 => written.ToUpperInvariant(),
        1 => TitleCase(written),
        _ => written,
    };

    private static string TitleCase(string written)
    {
        var builder = new StringBuilder(written.Length);
        for (int i = 0; i < written.Length; i++)
            builder.Append(i == 0 || !char.IsAsciiLetter(written[i - 1]) ? char.ToUpperInvariant(written[i]) : written[i]);
        return builder.ToString();
    }
}
