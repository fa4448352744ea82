using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Round 42 (det-arith42): a text with every bracketed sum (<see cref="ArithmeticTerms"/>) replaced by the digits it is worth
/// — <c>0920—6(2×4)4—30(7+0)</c> read as <c>0920—684—307</c>, <c>0937再接 (500+12)</c> as <c>0937再接 512</c> — and the merge of
/// what the whole engine finds in it with what it found in the text as written. Every reader reads the worked-out digits
/// as it reads any digit (look-alikes, numerals, marks between groups, pieces), and every recognizer validates the value as
/// usual: a sum is kept only where it completes a value the type's own test accepts (checksum, plate layout, numbering
/// plan). A price <c>(100+20)元</c>, a score <c>(3-1)</c> or <c>3×4 公尺</c> makes no value and is read as nothing.
/// det-heard44: the same reading serves quantities said for digits (<see cref="SpokenQuantities"/>: 兩千七百二十四萬零七 read
/// as 27240007), each a term with the digits it is worth (<see cref="Of"/>).
/// </summary>
internal sealed class ArithmeticReading
{
    private static readonly char[] Openers = ArithmeticTerms.Openers.ToCharArray();

    private readonly int[] _origins; // one per character of Text, then the original text's length
    private readonly List<(int Start, int End)> _terms; // where each sum is written in the original text

    private readonly Evasions _evasion; // the evasion a finding that reads a term is marked with

    private ArithmeticReading(string text, int[] origins, List<(int Start, int End)> terms, Evasions evasion)
    {
        _evasion = evasion;
        Text = text;
        _origins = origins;
        _terms = terms;
    }

    /// <summary>The text the engine reads again: each sum as its decimal digits.</summary>
    public string Text { get; }

    /// <summary>The reading of <paramref name="text"/> with its sums worked out, or null (no allocation) where none stands.</summary>
    public static ArithmeticReading? Find(string text)
    {
        List<(int Start, int End, string Digits)>? terms = null;
        for (int i = text.IndexOfAny(Openers); i >= 0; i = text.IndexOfAny(Openers, i + 1))
        {
            int length = ArithmeticTerms.LengthAt(text.AsSpan(), i, out long value);
            if (length == 0) continue;
            (terms ??= new List<(int, int, string)>()).Add((i, i + length, ArithmeticTerms.DigitsOf(value)));
            i += length - 1;
        }
        return terms is null ? null : Of(text, terms, Evasions.Arithmetic);
    }

    /// <summary>The reading of <paramref name="text"/> with each term (in order, apart) replaced by its digits.</summary>
    internal static ArithmeticReading Of(string text, List<(int Start, int End, string Digits)> terms, Evasions evasion)
    {
        var rewritten = new System.Text.StringBuilder(text.Length);
        var origins = new List<int>(text.Length + 1);
        var spans = new List<(int Start, int End)>(terms.Count);
        int copied = 0;
        foreach (var (start, end, digits) in terms)
        {
            Copy(text, copied, start, rewritten, origins);
            rewritten.Append(digits);
            for (int k = 0; k < digits.Length; k++) origins.Add(start);
            spans.Add((start, end));
            copied = end;
        }
        Copy(text, copied, text.Length, rewritten, origins);
        origins.Add(text.Length);
        return new ArithmeticReading(rewritten.ToString(), origins.ToArray(), spans, evasion);
    }

    private static void Copy(string text, int from, int to, System.Text.StringBuilder rewritten, List<int> origins)
    {
        rewritten.Append(text, from, to - from);
        for (int k = from; k < to; k++) origins.Add(k);
    }

    /// <summary>
    /// The findings of the text as written, with each finding of <see cref="Text"/> that reads a worked-out sum put in place
    /// of those it overlaps — when it scores at least as high as each of them, a part of the same type inside it giving way
    /// whatever its score — at the offsets where it is written.
    /// </summary>
    public IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> written, IReadOnlyList<Finding> read)
    {
        List<Finding>? merged = null;
        for (int r = 0; r < read.Count; r++)
        {
            var f = MapBack(read[r]);
            if (!ReadsTerm(f) || !HomophoneReading.Outscores(f, merged ?? written, partsGiveWay: true)) continue;
            merged = HomophoneReading.PutInPlace(merged, written, f);
        }
        return HomophoneReading.InOrder(merged, written);
    }

    private Finding MapBack(Finding f)
    {
        int start = _origins[f.Start], end = _origins[f.End];
        // A finding that ends inside a sum's digits ends where the sum is written: the whole sum is part of the value.
        foreach (var (termStart, termEnd) in _terms)
            if (end == termStart && f.End > 0 && _origins[f.End - 1] == termStart) end = termEnd;
        return new Finding(f.Type, start, end - start, f.Score, f.Evasions | _evasion, f.NormalizedValue);
    }

    private bool ReadsTerm(Finding f)
    {
        foreach (var (start, end) in _terms)
            if (start < f.End && f.Start < end) return true;
        return false;
    }
}
