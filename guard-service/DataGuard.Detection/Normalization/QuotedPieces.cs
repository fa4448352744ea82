namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40b (det-pieces40b, U40's "split" tag): a value written after its label as quoted pieces joined with a plus
/// (住家電話 05533」+「0784, 身分證 Z２５」+「思」+「零零柒」) — the first piece's opening quote and the last one's closing quote
/// often left out. The pieces between the joints (<see cref="ConcatenationJoints"/>) are joined as the value the label just
/// before them names; pieces cut anywhere, a single character each, which the chain walk does not take as groups.
/// </summary>
internal static class QuotedPieces
{
    /// <summary>How far before the first piece the label may stand (身分證 , 手機：).</summary>
    private const int LabelReach = 8;

    /// <summary>Most pieces read.</summary>
    private const int MaxPieces = 8;

    /// <summary>The pieces around the joint whose closing quote is at <paramref name="at"/>, or null where no label names them.</summary>
    public static GivenPieces? Read(string text, int at)
    {
        var span = text.AsSpan();
        if (ConcatenationJoints.LengthAt(span, at) == 0) return null;
        int start = at;
        while (start > 0 && PieceCharacters.IsPieceCharacter(span[start - 1])) start--;
        if (start == at || !Labelled(span, start, out string label, out string? asked)) return null;
        var joined = new System.Text.StringBuilder();
        int count = 0, pieceStart = start, pieceEnd = at;
        while (true)
        {
            if (PieceCharacters.Append(span.Slice(pieceStart, pieceEnd - pieceStart), joined) <= 0) return null;
            int joint = ++count < MaxPieces && pieceEnd < span.Length ? ConcatenationJoints.LengthAt(span, pieceEnd) : 0;
            if (joint == 0) break;
            int next = pieceEnd + joint, end = next;
            while (end < span.Length && PieceCharacters.IsPieceCharacter(span[end])) end++;
            if (end == next) break;
            pieceStart = next;
            pieceEnd = end;
        }
        return count < 2 ? null : new GivenPieces(label, asked, typeAsked: false, joined.ToString(), count, start, pieceEnd);
    }

    // The value word just before the first piece (and its opening quote, blanks and colon, if written).
    private static bool Labelled(ReadOnlySpan<char> text, int start, out string label, out string? asked)
    {
        int from = Math.Max(0, start - LabelReach);
        var before = text.Slice(from, start - from);
        label = "";
        asked = null;
        if (!AskedValues.TryFindLast(before, out label, out asked)) return false;
        // Only quotes, blanks and a colon between the word and the first piece: 身分證「F」, 手機：0955」; round 41: 手機是「0918」.
        int wordEnd = before.LastIndexOf(label.AsSpan()) + label.Length;
        foreach (char c in before.Slice(wordEnd))
            if (c is not ('「' or '『' or ' ' or '　' or '：' or ':' or '號' or '碼' or '是')) return false;
        return true;
    }
}
