using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-calls46 (issue 9, set U51): a Taiwan landline whose local number has the other length its area dials (04 and eight
/// digits not starting with 2, 04-3075-2413, (04)3019-7508), a range the numbering
/// table does not give that area prefix. Read only where the text names the number a phone — a phone label or column, a
/// party's role right before it, a call record's row — so the same digits unnamed stay what they were (an account's or a
/// case's pieces).
/// </summary>
internal static class LandlineOfAreaLength
{
    /// <summary>
    /// The other length of the area of <paramref name="national"/> when the number ends cleanly there and the text names
    /// it a phone; <paramref name="length"/> otherwise.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, in Chain chain, ReadOnlySpan<char> national, int length)
    {
        if (length <= chain.Length && GluedNames.EndsCleanlyAfter(text, chain, length)) return length;
        // (only the longer length: a shorter reading would cut a number the standard length reads with a count after it)
        int other = TaiwanNumberingPlan.OtherLandlineLength(national, length);
        if (other <= length || other > chain.Length || !GluedNames.EndsCleanlyAfter(text, chain, other)) return length;
        int end = chain.EndOf(other);
        return IsNamedAPhone(text, chain.Start, end) ? other : length;
    }

    // A phone label right before it or over its column, a party's role right before it, a call record's row.
    private static bool IsNamedAPhone(ReadOnlySpan<char> text, int start, int end)
    {
        int labelEnd = OpensWithParenthesis(text, start) ? start - 1 : start;
        return ContextScorer.IsLabelledImmediately(text, labelEnd, PhoneWords.LocalLabels) || ContextScorer.IsLabelledImmediately(text, labelEnd, PhoneWords.Any)
               || PartyRoles.Precede(text, labelEnd) || CallRecordRows.HoldsOtherParty(text, labelEnd, end)
               || ContextWord.AnyIn(PhoneWords.Any, TableCell.Header(text, start, end, out bool wholeCell)) && wholeCell;
    }

    private static bool OpensWithParenthesis(ReadOnlySpan<char> text, int start) => start > 0 && text[start - 1] is '(' or '（';
}
