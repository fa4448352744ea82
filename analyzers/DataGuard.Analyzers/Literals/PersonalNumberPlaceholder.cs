using System;
using DataGuard.Detection.Recognizers;

namespace DataGuard.Analyzers.Literals;

/// <summary>
/// A placeholder of the same shape as a personal number that no checksum accepts: the leading letters (or a card's
/// six issuer digits) and every separator are kept, the other digits become zeros and the last digit is chosen so the
/// check fails. Tests and examples keep their shape; nobody's number remains.
/// </summary>
internal static class PersonalNumberPlaceholder
{
    private const int IssuerDigits = 6;

    public static string For(string number, PersonalNumberKind kind)
    {
        var chars = number.ToCharArray();
        int kept = kind == PersonalNumberKind.CardNumber ? IssuerDigits : 2;
        int seen = 0, last = -1;
        for (int i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i])) continue;
            if (seen++ >= kept && char.IsDigit(chars[i])) chars[i] = '0';
            last = i;
        }

        if (last >= 0 && Passes(new string(chars), kind)) chars[last] = '1';
        return new string(chars);
    }

    private static bool Passes(string candidate, PersonalNumberKind kind)
    {
        var compact = candidate.Replace(" ", string.Empty).Replace("-", string.Empty);
        return kind switch
        {
            PersonalNumberKind.CardNumber => CardIssuers.PassesLuhn(compact.AsSpan()),
            _ when compact[1] is >= 'A' and <= 'D' => TaiwanIdChecksum.IsValidOldResident(compact.AsSpan()),
            _ => TaiwanIdChecksum.IsValidNumeric(compact.AsSpan()),
        };
    }
}
