using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-lists46 (issue 9, set U51): an amount written with thousands commas in the cell after a code (a ticket list's
/// <c>BJH-8628 2,700元</c>, <c>ZF-665 3,600元</c>). The chain reader stops at the comma, so the chain ends with the amount's
/// leading one to three digits, a space after the code's own digits; those digits are the next cell's, not more of the code.
/// </summary>
internal static class AmountAfterCode
{
    /// <summary>Most digits before an amount's first thousands comma (3,600; 36,000; 360,000).</summary>
    private const int MaxLeadingDigits = 3;

    /// <summary>
    /// Whether the chain's characters from <paramref name="index"/> start an amount: one to three digits after a blank, then
    /// in the text a comma and a group of three digits that no digit follows (the chain may stop at the comma or read on).
    /// </summary>
    public static bool StartsAt(ReadOnlySpan<char> text, in Chain chain, int index)
    {
        // (the code's own group joined before the blank: a plate spelt out a character apart, A B - 1 2 3 4, is no code before an amount)
        if (index < 2 || index >= chain.Length || chain.Gaps[index] == 0 || chain.GapChars[index] is not (' ' or '\u3000' or '\t') || chain.Gaps[index - 1] > 0) return false;
        int lead = index;
        while (lead < chain.Length && (lead == index || chain.Gaps[lead] == 0) && AsciiChars.IsDigit(chain.Chars[lead])) lead++;
        if (lead == index || lead - index > MaxLeadingDigits || lead < chain.Length && chain.Gaps[lead] == 0) return false;
        int after = chain.EndOf(lead);
        return after + 4 <= text.Length && text[after] is ',' or '，' && IsThreeDigits(text, after + 1)
            && (after + 4 == text.Length || !AsciiChars.IsDigitOrFullWidth(text[after + 4]) && text[after + 4] is not ('/' or '.' or ':' or '-'));
    }

    private static bool IsThreeDigits(ReadOnlySpan<char> text, int from) =>
        AsciiChars.IsDigit(text[from]) && AsciiChars.IsDigit(text[from + 1]) && AsciiChars.IsDigit(text[from + 2]);
}
