using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// A value given tail first to get it past a filter: its last digits named as such (末四碼, 後6碼, 最後三位, 結尾是,
/// 第二段是), then the front named as such (前面12碼是, 前四碼, 前段, 開頭是, 第一段): the two runs are put together front
/// first and kept where the whole validates — a card (<see cref="WholeValue"/>: issuer length and Luhn), an ID or resident
/// certificate (checksum, the front opening with its letters), or a Taiwan phone (numbering plan, the whole number) —
/// and reported over both. Cards since det-ids29; IDs, certificates and phones, and tails of any count, det-pieces39.
/// </summary>
internal sealed class TailFirstRecognizer : AnchoredRecognizer
{
    private const double Score = 0.85;

    /// <summary>How far after the tail the words naming the front may start (a pause mark, a few words).</summary>
    private const int Reach = 12;

    private const string Fillers = "碼位是為:： ";

    private const string Count = "一二兩三四五六七八九十0123456789";

    private const string CountedNoun = "個數字碼位";

    private const string Copula = "是為就:： ";

    /// <summary>The heads naming the tail, each before a count (後四, 末6, 最後三, 尾數四).</summary>
    private static readonly string[] TailHeads = { "末", "後", "最後", "尾數" };

    /// <summary>The tail named with no count: the end, the second segment.</summary>
    private static readonly string[] TailWords = { "結尾是", "結尾：", "第二段", "後半段是" };

    public override string Type => EntityTypes.CreditCard;

    public override string[] Anchors { get; } = TailAnchors();

    // 末/後/最後/尾數 with each count a tail may have (a card's tail of 10–15 starts with 1 or 十), and the words with none.
    private static string[] TailAnchors()
    {
        var anchors = new List<string>(TailWords);
        foreach (var head in TailHeads)
        foreach (char count in "二兩三四五六七八九十123456789")
            anchors.Add(head + count);
        return anchors.ToArray();
    }

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        int named = NamedCount(text, start, end, out int countEnd);
        int tailStart = Anchored.LabelSearch.SkipFiller(text, countEnd, Fillers, 4);
        int tailEnd = DigitRun(text, tailStart);
        int tailDigits = WholeValue.WrittenDigits(text, tailStart, tailEnd);
        if (tailDigits < 2 || named > 0 && named != tailDigits || !FrontAfter(text, tailEnd, out int frontStart, out int frontEnd)) return;
        Span<char> value = stackalloc char[WholeValue.MaxLength];
        int length = 0;
        if (!WholeValue.Append(text.Slice(frontStart, frontEnd - frontStart), value, ref length)
            || !WholeValue.Append(text.Slice(tailStart, tailEnd - tailStart), value, ref length)) return;
        var joined = value.Slice(0, length);
        if (TypeOf(joined) is not string type) return;
        if (!sink.TryScore(text, type, tailStart, frontEnd, Scoring.ContextProfile.None, Score, out double score)) return;
        sink.Add(new Candidate(type, tailStart, frontEnd, score, Evasions.Separators, joined.ToString(), priority));
    }

    // A card, an ID or certificate, or a whole Taiwan phone number (mobile or landline with its area code).
    private static string? TypeOf(ReadOnlySpan<char> value)
    {
        if (WholeValue.TypeOf(value) is string type) return type;
        return value.Length >= 9 && value[0] == '0' && DigitLookalikes.AllDigits(value, 0, value.Length)
            && TaiwanNumberingPlan.TryLookup(value, out int length, out _, out var kind)
            && kind != TaiwanNumberingPlan.Kind.Excluded && length == value.Length
            ? EntityTypes.PhoneNumber
            : null;
    }

    // The count the anchor names (後四 → 4, 後1 with 2 after it → 12), and where it ends; 0 for words with none.
    private static int NamedCount(ReadOnlySpan<char> text, int start, int end, out int countEnd)
    {
        countEnd = end;
        char c = text[end - 1];
        int count = c is >= '0' and <= '9' ? c - '0' : c == '十' ? 10 : c == '兩' ? 2 : "〇一二三四五六七八九".IndexOf(c);
        if (count <= 0) return 0;
        if (end < text.Length && count == 1 && text[end] is >= '0' and <= '9') count = 10 + text[countEnd++] - '0';
        else if (end < text.Length && count == 10 && "一二三四五六".IndexOf(text[end]) is int unit and >= 0) { count = 11 + unit; countEnd++; }
        return Anchored.LabelSearch.SkipFiller(text, countEnd, CountedNoun, 3) > countEnd ? count : 0;
    }

    // 前面12碼是 / 前四碼 / 前段 / 開頭是 / 第一段 within reach after the tail, then the front's letters and digits.
    private static bool FrontAfter(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        start = end = from;
        int limit = Math.Min(text.Length, from + Reach);
        var window = text.Slice(from, limit - from);
        int i = FrontWordEnd(window);
        if (i < 0) return false;
        i += from;
        // 前面12碼是: a count (right or wrong) is read only with what it counts, so the front's own digits are not taken for it.
        int counted = Anchored.LabelSearch.SkipFiller(text, i, Count, 2);
        int noun = Anchored.LabelSearch.SkipFiller(text, counted, CountedNoun, 3);
        start = Anchored.LabelSearch.SkipFiller(text, noun > counted ? noun : i, Copula, 3);
        int letters = LettersEnd(text, start);
        end = DigitRun(text, letters);
        return letters - start + WholeValue.WrittenDigits(text, start, end) >= 2 && end > letters;
    }

    // Past 前 (with 面 or 段), 開頭 or 第一段 in the window after the tail; -1 where none stands.
    private static int FrontWordEnd(ReadOnlySpan<char> window)
    {
        int front = window.IndexOf('前');
        if (front >= 0)
        {
            int i = front + 1;
            if (i < window.Length && window[i] == '半') i++; // 前半段
            return i < window.Length && window[i] is '面' or '段' or '部' ? i + 1 : i;
        }
        int opening = window.IndexOf("開頭".AsSpan());
        if (opening >= 0) return opening + 2;
        int first = window.IndexOf("第一段".AsSpan());
        return first >= 0 ? first + 3 : -1;
    }

    // Past one or two letters opening an ID's or certificate's front (ASCII or full-width).
    private static int LettersEnd(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && i - start < 2 && !CharFolding.IsHan(text[i]) && CharFolding.KindOf(text[i]) == CharKind.Letter) i++;
        return i;
    }


    // The end of the run of digits at <paramref name="start"/> (WholeValue.DigitRunEnd), or start when a letter is glued to it.
    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        int i = WholeValue.DigitRunEnd(text, start);
        return i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Letter ? start : i;
    }
}
