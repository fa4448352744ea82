namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40b (det-pieces40b, U40's "split" tag): a value's pieces each labelled with a Roman numeral, in order
/// (卡號我用羅馬數字把每段標號了：Ⅰ.4916 Ⅱ.3388 Ⅲ.1234 Ⅳ.5675). The pieces after Ⅰ, Ⅱ, Ⅲ … (or ⅰ, ⅱ, ⅲ …) are joined as the
/// value named in the sentence before them or after (<see cref="LabelledSegments.NamedNear"/>).
/// </summary>
internal static class RomanLabelledPieces
{
    /// <summary>Most pieces read.</summary>
    private const int MaxPieces = 8;

    /// <summary>Where a search for the first label starts: Ⅰ, and its small form ⅰ.</summary>
    public const char FirstLabel = '\u2160', FirstSmallLabel = '\u2170';

    /// <summary>The pieces labelled Ⅰ, Ⅱ … from the Ⅰ at <paramref name="at"/>, or null where fewer than two follow or none is named.</summary>
    public static GivenPieces? Read(string text, int at)
    {
        var span = text.AsSpan();
        char first = span[at];
        var joined = new System.Text.StringBuilder();
        int count = 0, i = at, end = at;
        while (count < MaxPieces && i < span.Length && span[i] == (char)(first + count))
        {
            int pieceStart = SkipMark(span, i + 1), pieceEnd = pieceStart;
            while (pieceEnd < span.Length && PieceCharacters.IsPieceCharacter(span[pieceEnd])) pieceEnd++;
            if (pieceEnd == pieceStart || PieceCharacters.Append(span.Slice(pieceStart, pieceEnd - pieceStart), joined) <= 0) break;
            count++;
            end = pieceEnd;
            i = SkipBlanks(span, pieceEnd);
        }
        if (count < 2 || !LabelledSegments.NamedNear(span, at, end, out string label, out string? asked)) return null;
        return new GivenPieces(label, asked, typeAsked: false, joined.ToString(), count, at, end);
    }

    // Past the mark after a label: Ⅰ.6235, Ⅰ．, Ⅰ、, Ⅰ：, Ⅰ) — or none.
    private static int SkipMark(ReadOnlySpan<char> text, int i) =>
        i < text.Length && text[i] is '.' or '．' or '、' or '：' or ':' or ')' or '）' ? i + 1 : i;

    private static int SkipBlanks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '　' or '，' or ',' or '；' or ';' or '、') i++;
        return i;
    }
}
