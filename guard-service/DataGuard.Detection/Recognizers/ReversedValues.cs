using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 41 (categories of set U42): an ID, a 2021 resident certificate or a mobile typed backwards with no note saying so
/// (身分證 761813672Ａ for A276318167, 手機 4392916790 for 0976192934). Written so, an ID or certificate reads nine digits
/// and then its letter, and a mobile ten digits ending in 90: shapes no value of the type has forwards. The value turned round
/// is read only where the forward string is no value of the type (the caller tries it first), the turned value passes the
/// type's own test (the checksum, the mobile plan), and a label of the type stands right before it or it fills a column of
/// the type: ten digits ending in 90 are order and tracking numbers as often, so neither shape stands on its own. Turned
/// round with a note (倒過來, 反序) the whole engine reads it (<see cref="ReversedRuns"/>); plates have their own reader
/// (<see cref="ReversedPlates"/>).
/// </summary>
internal static class ReversedValues
{
    /// <summary>The <see cref="ChainMatch.Variant"/> of an ID or certificate read turned round.</summary>
    internal const int Variant = -41;

    /// <summary>A value's ten characters: an ID's or certificate's letter and nine digits, a mobile's ten digits.</summary>
    internal const int Length = 10;

    /// <summary>
    /// The score of a value read turned round: the label or column it needs adds its boost; turned round is a disguise, not a
    /// chance reading, once the checksum or plan holds.
    /// </summary>
    internal const double Score = 0.6;

    /// <summary>How far before the value its label may stand (身分證號：, 常用手機：, 使用門號 ).</summary>
    private const int LabelReach = 8;

    /// <summary>Whether the chain's shape is an ID's or certificate's turned round: nine digits, then the letter.</summary>
    public static bool MayBeIdTurned(in ChainShape shape) => !shape.HasPlus && shape.LeadingDigits == Length - 1;

    /// <summary>
    /// Reads nine digits and a letter as an ID (its sex digit 1 or 2) or a 2021 certificate (8 or 9) written backwards, where
    /// <paramref name="labels"/> name it right before it or over its column.
    /// </summary>
    public static bool TryIdTurned(ReadOnlySpan<char> text, in Chain chain, ContextWord[] labels, bool certificate, out ChainMatch match)
    {
        match = default;
        if (chain.Length < Length || chain.HasPlus || chain.HasFiller(Length) || !chain.AllDigits(0, Length - 1) || !chain.AllLetters(Length - 1, Length)) return false;
        if (!IsWholeJoinedChain(text, chain)) return false;
        Span<char> value = stackalloc char[Length];
        TurnRound(chain, value);
        bool kindHolds = certificate ? value[1] is '8' or '9' : value[1] is '1' or '2';
        if (!kindHolds || !TaiwanIdChecksum.IsValidNumeric(value) || !IsNamed(text, chain, labels)) return false;
        match = ChainRecognizer.MatchOf(chain, Length, Score, chain.GapCount(Length) > 0, Variant);
        return true;
    }

    /// <summary>
    /// Reads ten digits ending in 90 as a mobile written backwards, where a phone label names it right before it or it fills a
    /// phone column.
    /// </summary>
    public static bool TryMobileTurned(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.Length < Length || chain.HasPlus || chain.HasFiller(Length) || !chain.AllDigits(0, Length)) return false;
        if (chain.Chars[Length - 1] != '0' || chain.Chars[Length - 2] != '9' || !IsWholeJoinedChain(text, chain)) return false;
        Span<char> value = stackalloc char[Length];
        TurnRound(chain, value);
        if (!TaiwanNumberingPlan.TryLookup(value, out int length, out _, out var kind) || kind != TaiwanNumberingPlan.Kind.Mobile || length != Length) return false;
        if (!ContextScorer.IsLabelled(text, chain.Start, PhoneWords.Any, LabelReach) && !PhoneColumn.Holds(text, chain.Start, chain.EndOf(Length))) return false;
        match = ChainRecognizer.MatchOf(chain, Length, Score, chain.GapCount(Length) > 0, PhoneForms.ReversedForm);
        return true;
    }

    /// <summary>The value's first ten characters turned round (as normalisation writes the value).</summary>
    public static string Normalize(in Chain chain)
    {
        Span<char> value = stackalloc char[Length];
        TurnRound(chain, value);
        return value.ToString();
    }

    private static void TurnRound(in Chain chain, Span<char> value)
    {
        for (int k = 0; k < Length; k++) value[k] = chain.Chars[Length - 1 - k];
    }

    private static bool IsNamed(ReadOnlySpan<char> text, in Chain chain, ContextWord[] labels) =>
        ContextScorer.IsLabelled(text, chain.Start, labels, LabelReach) || ScannedAreaLetter.IsUnderIdColumn(text, chain.Start, chain.EndOf(Length), labels);

    // The ten characters written joined and all the chain holds, with no letter or digit glued before them: a value turned
    // round is typed as one token, and ten digits that more groups continue (34733｜03090｜98807, a card one group per cell)
    // are the head of another value.
    private static bool IsWholeJoinedChain(ReadOnlySpan<char> text, in Chain chain) =>
        chain.Length == Length && !chain.EndGlued && chain.GapCount(Length) == 0
        && !(chain.Start > 0 && CharFolding.KindOf(text[chain.Start - 1]) is CharKind.Digit or CharKind.Letter);
}
