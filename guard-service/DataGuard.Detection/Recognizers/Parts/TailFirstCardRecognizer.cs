using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// A card given tail first to get it past a filter: its last four digits named as such (末四碼, 後4碼, 最後四位), then the
/// rest named as the front (前面12碼是, 前11碼, 前段): the two runs are put together front first and kept where the whole is
/// a card (<see cref="WholeValue"/>: issuer length and Luhn), reported over both.
/// </summary>
internal sealed class TailFirstCardRecognizer : AnchoredRecognizer
{
    private const double Score = 0.85;

    /// <summary>How far after the tail the words naming the front may start (a pause mark, a few words).</summary>
    private const int Reach = 12;

    private const string Fillers = "碼位是為:： ";

    private const string Count = "一二三四五六七八九十0123456789";

    private const string CountedNoun = "個數字碼位";

    private const string Copula = "是為就:： ";

    public override string Type => EntityTypes.CreditCard;

    public override string[] Anchors { get; } = { "末四", "末4", "後四", "後4", "最後四", "最後4", "尾數四", "尾數4" };

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        int tailStart = Anchored.LabelSearch.SkipFiller(text, end, Fillers, 4);
        int tailEnd = DigitRun(text, tailStart);
        if (tailEnd - tailStart != 4 || !FrontAfter(text, tailEnd, out int frontStart, out int frontEnd)) return;
        Span<char> value = stackalloc char[WholeValue.MaxLength];
        int length = 0;
        if (!WholeValue.Append(text.Slice(frontStart, frontEnd - frontStart), value, ref length)
            || !WholeValue.Append(text.Slice(tailStart, tailEnd - tailStart), value, ref length)) return;
        if (WholeValue.TypeOf(value.Slice(0, length)) != EntityTypes.CreditCard) return;
        if (!sink.TryScore(text, Type, tailStart, frontEnd, Scoring.ContextProfile.None, Score, out double score)) return;
        sink.Add(new Candidate(Type, tailStart, frontEnd, score, Evasions.Separators, value.Slice(0, length).ToString(), priority));
    }

    // 前面12碼是 / 前11碼 / 前段 within reach after the tail, then the front's digits.
    private static bool FrontAfter(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = end = from;
        int limit = Math.Min(text.Length, from + Reach);
        int front = text.Slice(from, limit - from).IndexOf('前');
        if (front < 0) return false;
        int i = from + front + 1;
        if (i < text.Length && text[i] is '面' or '段') i++;
        // 前面12碼是: a count (right or wrong) is read only with what it counts, so the front's own digits are not taken for it.
        int counted = Anchored.LabelSearch.SkipFiller(text, i, Count, 2);
        int noun = Anchored.LabelSearch.SkipFiller(text, counted, CountedNoun, 3);
        start = Anchored.LabelSearch.SkipFiller(text, noun > counted ? noun : i, Copula, 3);
        end = DigitRun(text, start);
        return end - start >= 9;
    }

    // The end of the run of digits at <paramref name="start"/> (WholeValue.DigitRunEnd), or start when a letter is glued to it.
    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        int i = WholeValue.DigitRunEnd(text, start);
        return i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Letter ? start : i;
    }
}
