using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// An ID or certificate given as its nine digits with its letter stated apart, before or after them, to get it past a
/// filter (數字是…，字母是X; 英文字是X，數字…): the letter word anchors it, the nearest run of exactly nine digits on either
/// side is joined to the letter, and the whole must pass its checksum (<see cref="WholeValue"/>) and be named by an ID or
/// certificate word around it: a letter and nine digits side by side are not otherwise an ID's.
/// </summary>
internal sealed class StatedLetterRecognizer : AnchoredRecognizer
{
    /// <summary>A valid checksum alone reaches no threshold; an ID or certificate word around it does (0.3 + 0.3).</summary>
    private const double BaseScore = 0.3;

    /// <summary>How far from the letter word the digits may stand (a clause).</summary>
    private const int Reach = 20;

    private const string LetterFillers = "母是為:： 「『\"'=（(";

    private static readonly ContextProfile IdWords = new(
        strong: TaiwanIdContext.NationalIdWords.Concat(TaiwanIdContext.ResidentWords).Distinct().ToArray(),
        weak: Array.Empty<string>(),
        labelReachesAcrossValues: true);

    public override string Type => EntityTypes.NationalId;

    public override string[] Anchors { get; } = { "字母", "英文字", "letter" };

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        int at = Anchored.LabelSearch.SkipFiller(text, end, LetterFillers, 4);
        if (at >= text.Length || CharFolding.Fold(text[at]) is not { Kind: CharKind.Letter } letter || CharFolding.IsHan(text[at])) return;
        if (at + 1 < text.Length && CharFolding.KindOf(text[at + 1]) == CharKind.Letter) return; // a word, not a letter
        if (DigitsBefore(text, start, out int digitsStart, out int digitsEnd) || DigitsAfter(text, at + 1, out digitsStart, out digitsEnd))
            Offer(text, letter.Value, Math.Min(start, digitsStart), Math.Max(at + 1, digitsEnd), digitsStart, digitsEnd, ref sink, priority);
    }

    private static void Offer(ReadOnlySpan<char> text, char letter, int start, int end, int digitsStart, int digitsEnd, ref CandidateSink sink, int priority)
    {
        Span<char> value = stackalloc char[WholeValue.MaxLength];
        value[0] = letter;
        int length = 1;
        if (!WholeValue.Append(text.Slice(digitsStart, digitsEnd - digitsStart), value, ref length) || length != 10) return;
        if (WholeValue.TypeOf(value.Slice(0, length)) is not string type || type == EntityTypes.CreditCard) return;
        // Scored at the digits: the ID word that names them may stand between the letter and them (字母是X，身分證數字是…).
        if (!sink.TryScore(text, type, digitsStart, digitsEnd, IdWords, BaseScore, out double score)) return;
        sink.Add(new Candidate(type, start, end, score, Evasions.Separators, value.Slice(0, length).ToString(), priority));
    }

    // The last run of digits ending within reach before the letter word.
    private static bool DigitsBefore(ReadOnlySpan<char> text, int anchor, out int start, out int end)
    {
        start = end = anchor;
        int i = anchor - 1, limit = Math.Max(0, anchor - Reach);
        while (i >= limit && !WholeValue.IsWrittenDigit(text[i])) i--;
        if (i < limit) return false;
        end = i + 1;
        while (i >= 0 && (WholeValue.IsWrittenDigit(text[i]) || text[i] is ' ' or '-' && i > 0 && WholeValue.IsWrittenDigit(text[i - 1]))) i--;
        start = i + 1;
        return IsBoundary(text, start - 1) && NineDigits(text, start, end);
    }

    // The first run of digits starting within reach after the letter.
    private static bool DigitsAfter(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = end = from;
        int i = from, limit = Math.Min(text.Length, from + Reach);
        while (i < limit && !WholeValue.IsWrittenDigit(text[i])) i++;
        if (i >= limit) return false;
        start = i;
        end = WholeValue.DigitRunEnd(text, start);
        return IsBoundary(text, end) && NineDigits(text, start, end);
    }

    private static bool NineDigits(ReadOnlySpan<char> text, int start, int end)
    {
        int digits = 0;
        for (int i = start; i < end; i++) if (WholeValue.IsWrittenDigit(text[i])) digits++;
        return digits == 9;
    }

    // No letter or digit glued on: the nine digits are the whole number written there.
    private static bool IsBoundary(ReadOnlySpan<char> text, int i) =>
        i < 0 || i >= text.Length || CharFolding.IsHan(text[i]) || CharFolding.KindOf(text[i]) is not (CharKind.Digit or CharKind.Letter);
}
