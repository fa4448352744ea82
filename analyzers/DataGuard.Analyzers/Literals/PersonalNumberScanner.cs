using System;
using System.Collections.Generic;
using System.Text;
using DataGuard.Detection.Recognizers;

namespace DataGuard.Analyzers.Literals;

/// <summary>
/// Finds checksum-valid national IDs, resident certificate numbers and payment card numbers in the source text of a
/// literal. A number must stand on its own (no letter or digit directly before or after) and must not be one of the
/// <see cref="OfficialExamples"/>. The check digits are the detection engine's own (shared source).
/// </summary>
internal static class PersonalNumberScanner
{
    private const int IdLength = 10;
    private const int MinCardDigits = 13;
    private const int MaxCardDigits = 19;

    /// <summary>Digits every match has in one run: an ID's last eight; a card has 13 or more, grouped by single spaces or hyphens.</summary>
    private const int MinRunDigits = 8;

    /// <summary>
    /// False when <paramref name="text"/> holds no match for certain: no run of eight digits, joined at most by single
    /// spaces or hyphens. Most source files have none, and then need no walk over their tokens.
    /// </summary>
    public static bool MayContain(string text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                if (++run >= MinRunDigits) return true;
            }
            else if (!(c is ' ' or '-' && run > 0 && i + 1 < text.Length && IsDigit(text[i + 1])))
            {
                run = 0;
            }
        }
        return false;
    }

    /// <summary>Every personal number in <paramref name="text"/>, in order.</summary>
    public static List<PersonalNumberMatch> Find(string text)
    {
        var matches = new List<PersonalNumberMatch>();
        int i = 0;
        while (i < text.Length)
        {
            int next = i + 1;
            if (StartsToken(text, i))
            {
                var match = IsUpper(text[i]) ? MatchId(text, i) : IsDigit(text[i]) ? MatchCard(text, i) : null;
                if (match is { } found)
                {
                    matches.Add(found);
                    next = found.Start + found.Length;
                }
            }
            i = next;
        }
        return matches;
    }

    private static PersonalNumberMatch? MatchId(string text, int start)
    {
        if (start + IdLength > text.Length || !EndsToken(text, start + IdLength)) return null;
        for (int k = 2; k < IdLength; k++)
        {
            if (!IsDigit(text[start + k])) return null;
        }

        var value = text.AsSpan(start, IdLength);
        var kind = KindOf(value);
        if (kind is null || OfficialExamples.Contains(value.ToString())) return null;
        return new PersonalNumberMatch(start, IdLength, kind.Value);
    }

    private static PersonalNumberKind? KindOf(ReadOnlySpan<char> value)
    {
        if (TaiwanIdChecksum.LetterCode(value[0]) < 0) return null;
        char second = value[1];
        if (second is '1' or '2') return TaiwanIdChecksum.IsValidNumeric(value) ? PersonalNumberKind.NationalId : null;
        if (second is '8' or '9') return TaiwanIdChecksum.IsValidNumeric(value) ? PersonalNumberKind.ResidentCertificate : null;
        if (second is >= 'A' and <= 'D') return TaiwanIdChecksum.IsValidOldResident(value) ? PersonalNumberKind.ResidentCertificate : null;
        return null;
    }

    private static PersonalNumberMatch? MatchCard(string text, int start)
    {
        var digits = new StringBuilder(MaxCardDigits + 1);
        int end = CardRunEnd(text, start, digits);
        if (end < 0 || digits.Length < MinCardDigits || digits.Length > MaxCardDigits || !EndsToken(text, end)) return null;

        var number = digits.ToString();
        if (!IsIssuedLength(number) || !CardIssuers.PassesLuhn(number.AsSpan()) || OfficialExamples.Contains(number)) return null;
        return new PersonalNumberMatch(start, end - start, PersonalNumberKind.CardNumber);
    }

    /// <summary>
    /// Reads digits in groups of three to six joined by single spaces or hyphens, as cards are printed; ungrouped digits
    /// form one group. Returns the end of the run, or -1 when the grouping is not a card's.
    /// </summary>
    private static int CardRunEnd(string text, int start, StringBuilder digits)
    {
        int i = start, group = 0, groups = 1;
        while (i < text.Length && digits.Length <= MaxCardDigits)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                digits.Append(c);
                group++;
                i++;
                continue;
            }
            if (c is not (' ' or '-') || i + 1 >= text.Length || !IsDigit(text[i + 1])) break;
            if (group is < 3 or > 6) return -1;
            group = 0;
            groups++;
            i++;
        }
        return groups > 1 && group is < 3 or > 6 ? -1 : i;
    }

    private static bool IsIssuedLength(string number)
    {
        Span<int> lengths = stackalloc int[8];
        int count = CardIssuers.LengthsFor(number.AsSpan(), lengths);
        for (int k = 0; k < count; k++)
        {
            if (lengths[k] == number.Length) return true;
        }
        return false;
    }

    private static bool StartsToken(string text, int i) => i == 0 || !IsAsciiLetterOrDigit(text[i - 1]);

    private static bool EndsToken(string text, int end) => end >= text.Length || !IsAsciiLetterOrDigit(text[end]);

    private static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || IsUpper(c) || c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
}
