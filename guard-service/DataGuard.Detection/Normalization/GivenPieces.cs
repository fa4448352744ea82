namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 40 (det-pieces40): a value given in pieces that a frame around them says to join — the pieces folded and put
/// together (<see cref="Joined"/>), the word naming the value asked for (<see cref="Label"/>), the type asked for (null: an ID
/// or a certificate, or any where nothing asked), and where the pieces are written, first to last.
/// </summary>
internal sealed class GivenPieces
{
    public GivenPieces(string label, string? asked, bool typeAsked, string joined, int count, int start, int end, int valuesStart = -1,
        (int Start, int End)[]? pieceSpans = null, (int Start, int End, int At)[]? writtenSegments = null,
        bool aboveMistyped = false)
    {
        AboveMistyped = aboveMistyped;
        PieceSpans = pieceSpans;
        WrittenSegments = writtenSegments;
        ValuesStart = valuesStart < 0 ? start : valuesStart;
        Count = count;
        Label = label;
        Asked = asked;
        TypeAsked = typeAsked;
        Joined = joined;
        Start = start;
        End = end;
    }

    /// <summary>The value word the pieces were asked for or announced with (車牌, 證號, 卡號).</summary>
    public string Label { get; }

    /// <summary>The entity type asked for; null with <see cref="TypeAsked"/> for 證號 (an ID or a certificate).</summary>
    public string? Asked { get; }

    /// <summary>Whether a message asked for this kind of value: then no piece is another kind of value on its own.</summary>
    public bool TypeAsked { get; }

    /// <summary>The pieces folded to ASCII and put together in the order the frame gives.</summary>
    public string Joined { get; }

    /// <summary>How many pieces were joined.</summary>
    public int Count { get; }

    /// <summary>Offset of the first piece written.</summary>
    public int Start { get; }

    /// <summary>
    /// Offset of the first piece's characters where a label opens the frame (後6碼是345678…: the 3); <see cref="Start"/>
    /// otherwise. A finding that already covers the pieces from here is kept (round 42).
    /// </summary>
    public int ValuesStart { get; }

    /// <summary>Offset just past the last piece written.</summary>
    public int End { get; }

    /// <summary>
    /// Round 43 (det-pieces43): where each piece is written, for pieces far apart (<see cref="ScatteredPieces"/>): only
    /// what is read in a piece gives way to the joined value, not a value written in the aside between two. Null where the
    /// pieces stand together.
    /// </summary>
    public (int Start, int End)[]? PieceSpans { get; }

    /// <summary>
    /// Round 44 (det-turns44, <see cref="TurnPieces"/>): where <see cref="Joined"/> holds the messages as written (not
    /// folded), each message's place in the text and where it starts in <see cref="Joined"/>. A value is then kept where it
    /// starts in the first message and ends in a later one, reported over its own characters. Null for folded pieces.
    /// </summary>
    public (int Start, int End, int At)[]? WrittenSegments { get; }

    /// <summary>
    /// Round 44 (det-turns44): whether a join read only at the score of a mistyped ID or a bare layout (0.60, the label put
    /// right before the join) is none — parts of numbers that are no value (a corrupted ID's pieces, 單號) stay clean.
    /// </summary>
    public bool AboveMistyped { get; }

    /// <summary>Whether <paramref name="start"/>..<paramref name="end"/> lies within the pieces: in one of them where their spans are known.</summary>
    public bool Holds(int start, int end)
    {
        if (start < Start || end > End) return false;
        if (PieceSpans is null) return true;
        foreach (var piece in PieceSpans) if (start < piece.End && end > piece.Start) return true;
        return false;
    }
}
