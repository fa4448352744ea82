using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A phone number typed with the letter O for its leading 0, right after a phone label (手機 O912345678, 市話：O2247…):
/// O then the digit a Taiwan number goes on with (2–9: an area code or the mobile 9) reads as an ID or certificate of
/// the area letter O, and the label says it is not one. A national ID's 1 after O is no phone's.
/// </summary>
internal static class PhoneTypedWithO
{
    /// <summary>Whether the chain starts with O, then <paramref name="second"/> (as read, look-alikes undone), right after a phone label.</summary>
    public static bool IsLabelledPhone(ReadOnlySpan<char> text, in Chain chain, char second) =>
        chain.Chars[0] == 'O' && second is >= '2' and <= '9' && ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.PhoneLabels);
}
