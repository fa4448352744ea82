using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A national ID whose area letter a scan or a hurried typist turned into the digit it looks like (證號5123456789 for
/// S123456789; B as 8, Z as 2, G as 6, A as 4, T as 7). Ten digits are many things, so the reading needs the checksum
/// with the letter put back and a word that names an ID right before it or over its column (證號, 身分證, id).
/// 0 and 1 are left out: 0 starts every phone number, and 1 stands for I and L alike.
/// </summary>
internal static class ScannedAreaLetter
{
    /// <summary>Every ID word as a label right before the value (the profile keeps only the shortest of 身分證, 身分證字號…).</summary>
    private static readonly ContextWord[] IdLabels = ContextWord.All(TaiwanIdContext.NationalIdWords.Concat(new[] { "ID No." }).ToArray());

    /// <summary>The area letter a scanned digit stands for, or '\0'.</summary>
    public static char Of(char digit) => digit switch
    {
        '2' => 'Z',
        '4' => 'A',
        '5' => 'S',
        '6' => 'G',
        '7' => 'T',
        '8' => 'B',
        _ => '\0',
    };

    /// <summary>Reads the chain (its first character a digit) as such an ID.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        char letter = Of(chain.Chars[0]);
        if (letter == '\0' || DigitLookalikes.AsDigitOcr(chain, 1) is not ('1' or '2')) return false;
        Span<char> value = stackalloc char[10];
        int lookalikes = DigitLookalikes.Read(chain, 10, 1, value);
        if (lookalikes > DigitLookalikes.MostOcrInOneValue || !DigitLookalikes.AllDigits(value, 1, 10)) return false;
        value[0] = letter;
        if (chain.HasFiller(10) || !GluedNames.EndsCleanlyAfter(text, chain, 10) || !TaiwanIdChecksum.IsValidNumeric(value)) return false;
        if (!IsNamedId(text, chain.Start, chain.EndOf(10))) return false;
        match = ChainRecognizer.MatchOf(chain, 10, NationalIdRecognizer.ValidScore, chain.GapCount(10) > 0);
        match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    private static bool IsNamedId(ReadOnlySpan<char> text, int start, int end) =>
        ContextScorer.IsLabelledImmediately(text, start, IdLabels) || IsUnderIdColumn(text, start, end, IdLabels);

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>) fills a cell whose column header is one of
    /// <paramref name="idWords"/> or an ID field's name (id, id_no, national_id: <see cref="IdFieldNames"/>).
    /// </summary>
    public static bool IsUnderIdColumn(ReadOnlySpan<char> text, int start, int end, ContextWord[] idWords)
    {
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && (ContextWord.AnyIn(idWords, header) || IdFieldNames.Names(header, idWords));
    }
}
