namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 41 (categories of set U42): a note saying every digit of a value was shifted (把這支電話每一位數加一就是原號碼："…",
/// 每位+1, 各位數字減一才是真的) — staff disguise a value by arithmetic and tell the reader how to undo it. The stated operation
/// is applied, mod 10, to every digit of the run the note speaks of (found as a reversal note's run is,
/// <see cref="ReversedRuns.TryRunBeside"/>) in the second reading of the text (<see cref="HomophoneReading"/>); the
/// recognizers then validate the result as usual (checksum, numbering plan), so a shifted order number stays no value.
/// </summary>
internal static class DigitShiftNotes
{
    /// <summary>The characters a note opens with (每 "every", 各 "each"): the shared search of the second reading stops at them.</summary>
    public const string FirstCharacters = "每各";

    /// <summary>Words between 每/各 and the operation that say what is shifted (一位數, 個數字, 位碼都).</summary>
    private const string Qualifiers = "一個个位數数字碼码都";

    /// <summary>Most qualifier characters between the opening and the operation.</summary>
    private const int MaxQualifiers = 4;

    /// <summary>
    /// The length of a note starting at <paramref name="at"/>, or 0, with the amount each digit is to be shifted by
    /// (1–9 up, or down as 10 minus it) in <paramref name="shift"/>.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int at, out int shift)
    {
        shift = 0;
        if (FirstCharacters.IndexOf(text[at]) < 0) return 0;
        int i = at + 1, qualifiers = 0;
        while (i < text.Length && qualifiers < MaxQualifiers && Qualifiers.IndexOf(text[i]) >= 0) { i++; qualifiers++; }
        // 每位 or 每個數字 at least: 每 alone before 加 is prose (每加一次)
        if (qualifiers == 0 || i >= text.Length) return 0;
        int sign = text[i] switch { '加' or '+' or '＋' => 1, '減' or '减' or '-' or '－' => -1, _ => 0 };
        if (sign == 0) return 0;
        i++;
        if (i < text.Length && text[i] == '上') i++; // 加上一
        if (i >= text.Length || AmountOf(text[i]) is not int amount) return 0;
        shift = (10 + sign * amount) % 10;
        return i + 1 - at;
    }

    /// <summary>Shifts every digit of the run beside the note at <paramref name="at"/> (if one is there) in <paramref name="rewritten"/>.</summary>
    public static void RewriteAt(string text, int at, ref char[]? rewritten)
    {
        var span = text.AsSpan();
        int note = LengthAt(span, at, out int shift);
        if (note == 0 || !ReversedRuns.TryRunBeside(span, at, note, out int start, out int end)) return;
        rewritten ??= text.ToCharArray();
        for (int k = start; k < end; k++)
        {
            if (AsciiChars.IsDigitOrFullWidth(span[k])) rewritten[k] = (char)('0' + (DigitValue(span[k]) + shift) % 10);
        }
    }

    private static int DigitValue(char c) => c >= '０' ? c - '０' : c - '0';

    private static int? AmountOf(char c) => c switch
    {
        >= '1' and <= '9' => c - '0',
        >= '１' and <= '９' => c - '１' + 1,
        '一' or '壹' => 1, '二' or '兩' or '貳' => 2, '三' or '參' => 3,
        _ => null,
    };
}
