// Compiled into the analyzers too (DG1009), which build without implicit usings.
using System;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Check digits of the national ID (國民身分證統一編號) and resident certificate numbers (外來人口統一證號).
/// Source: docs/taiwan-formats.md §(a)–(b) — MOI rule as given by magiclen.org/tw-id-num, guanting112/taiwan-id-validator
/// and the jidanni checksum script; test vectors A123456789, AC01234567, A800000014.
/// </summary>
internal static class TaiwanIdChecksum
{
    /// <summary>Area letters in code order from 10: I, O, W and Z are out of alphabetical order (I=34, O=35, W=32, Z=33).</summary>
    private const string LettersByCode = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    /// <summary>The two-digit code of an area letter (A=10 … O=35), or -1.</summary>
    public static int LetterCode(char letter)
    {
        int index = LettersByCode.IndexOf(letter);
        return index < 0 ? -1 : index + 10;
    }

    /// <summary>
    /// Weighted sum S = X1 + 9·X2 + 8·D1 + 7·D2 + … + 1·D8 + D9 over a letter code and nine digit values
    /// (<paramref name="second"/> is D1); valid when S mod 10 = 0.
    /// </summary>
    public static bool IsValid(int letterCode, int second, ReadOnlySpan<char> lastEight)
    {
        int sum = letterCode / 10 + letterCode % 10 * 9 + second * 8;
        for (int k = 0; k < 8; k++) sum += (lastEight[k] - '0') * (k == 7 ? 1 : 7 - k);
        return sum % 10 == 0;
    }

    /// <summary>National ID or 2021 UI number: letter, digit, eight digits.</summary>
    public static bool IsValidNumeric(ReadOnlySpan<char> value) =>
        IsValid(LetterCode(value[0]), value[1] - '0', value.Slice(2, 8));

    /// <summary>Old ARC: letter, A–D, eight digits; the second letter counts as its own code's units digit (A→0 … D→3).</summary>
    public static bool IsValidOldResident(ReadOnlySpan<char> value) =>
        IsValid(LetterCode(value[0]), LetterCode(value[1]) % 10, value.Slice(2, 8));
}
