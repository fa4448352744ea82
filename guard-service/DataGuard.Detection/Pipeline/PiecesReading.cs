using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Round 40 (det-pieces40): values given in pieces that a frame says to join — chat messages after a request
/// (<see cref="ChatPieces"/>), segments labelled out of order (<see cref="LabelledSegments"/>), quoted pieces joined with a
/// plus after their label (<see cref="QuotedPieces"/>), letters listed and then the digits named as a part (round 42,
/// <see cref="LetterAndDigitParts"/>). Each value's pieces, folded and
/// joined, are read again after the word that asked for them (車牌：ZJ226) by the whole engine, so a join is kept only where a
/// recognizer finds the value whole in it, of the type asked; it is reported over the pieces, first to last, in place of
/// what the pieces were read as alone.
/// </summary>
internal static class PiecesReading
{
    /// <summary>
    /// The characters a frame's search stops at: 給 and 幾 and 多 of a request, 段 of a labelled segment, 」 closing a quoted
    /// piece joined to the next (round 40b).
    /// </summary>
    private static readonly char[] Triggers = { '給', '幾', '多', '段', '」' };

    /// <summary>The units a counted place ends with (前四碼, 末三位; round 42).</summary>
    private static readonly char[] CountedUnits = { '碼', '位' };

    /// <summary>Every frame of pieces in <paramref name="text"/>, or null (no allocation) where none stands.</summary>
    public static List<GivenPieces>? Find(string text)
    {
        List<GivenPieces>? found = null;
        for (int i = text.IndexOfAny(Triggers); i >= 0 && i < text.Length; i = text.IndexOfAny(Triggers, i + 1))
        {
            GivenPieces? pieces = null;
            if (text[i] == '段' && LabelledSegments.StartOf(text.AsSpan(), i) is int segment and >= 0)
            {
                pieces = LabelledSegments.Read(text, segment, out int end);
                if (pieces is not null) i = end - 1;
            }
            else if (text[i] == '」')
            {
                pieces = QuotedPieces.Read(text, i);
                if (pieces is not null) i = pieces.End - 1;
            }
            else if (text[i] != '段')
            {
                pieces = ChatPieces.ReadAfterRequest(text, i);
                if (pieces is not null) i = pieces.End - 1;
            }
            if (pieces is not null) (found ??= new List<GivenPieces>()).Add(pieces);
        }
        // Pieces labelled Ⅰ, Ⅱ … (round 40b): a search of their own, so the one above keeps IndexOfAny's fast path (five characters).
        AddRomanLabelled(text, RomanLabelledPieces.FirstLabel, ref found);
        AddRomanLabelled(text, RomanLabelledPieces.FirstSmallLabel, ref found);
        // Places named with a count, in any order (round 42: 末三碼是 270，前七碼是 0945831): a search of its own likewise.
        for (int i = text.IndexOfAny(CountedUnits); i >= 0; i = text.IndexOfAny(CountedUnits, i + 1))
        {
            if (LabelledSegments.StartOfCounted(text.AsSpan(), i) is not (int start and >= 0)) continue;
            if (LabelledSegments.Read(text, start, out int end) is GivenPieces counted)
            {
                (found ??= new List<GivenPieces>()).Add(counted);
                i = end - 1;
            }
        }
        // Letters listed, then the digits named as a part (round 42): a search of its own for the same reason.
        for (int i = text.IndexOf(LetterAndDigitParts.DigitWord, StringComparison.Ordinal); i >= 0; i = text.IndexOf(LetterAndDigitParts.DigitWord, i + 1, StringComparison.Ordinal))
            if (LetterAndDigitParts.Read(text, i) is GivenPieces parts) (found ??= new List<GivenPieces>()).Add(parts);
        // Pieces far apart near a word that joins or parts them (round 43: 前段 238（此處略去…）5807…。請合併): a search of its own.
        ScatteredPieces.AddFrames(text, ref found);
        // The initials of lines a sentence says spell a value (藏頭): round 43.
        LineInitials.AddFrames(text, ref found);
        // A value dictated across chat turns, each later turn opening with wording that continues it (round 44).
        TurnPieces.AddFrames(text, ref found);
        // A value described place by place (第一碼…，第二碼…; 第一碼是0，後面依序是…; first letter M, then F…): round 46.
        OrdinalDescriptions.AddFrames(text, ref found);
        // A first part, a marker that the rest follows (（下一則）, 」，接著「, / 續：, 先這樣，剩下的是), the rest: round 46.
        ContinuationMarkers.AddFrames(text, ref found);
        return found;
    }

    private static void AddRomanLabelled(string text, char first, ref List<GivenPieces>? found)
    {
        for (int i = text.IndexOf(first); i >= 0; i = text.IndexOf(first, i + 1))
            if (RomanLabelledPieces.Read(text, i) is GivenPieces pieces) (found ??= new List<GivenPieces>()).Add(pieces);
    }

    /// <summary>
    /// <paramref name="written"/> with each joined value <paramref name="scan"/> finds whole in its reading put over its
    /// pieces, and, where a message asked for one type, no piece reported alone as another.
    /// </summary>
    public static IReadOnlyList<Finding> Merge(List<GivenPieces> frames, IReadOnlyList<Finding> written, Func<string, IReadOnlyList<Finding>> scan)
    {
        var merged = new List<Finding>(written);
        foreach (var pieces in frames)
        {
            if (pieces.Joined.Length == 0) continue;
            if (pieces.WrittenSegments is not null)
            {
                if (ReadAcrossTurns(pieces, scan) is (Finding across, GivenPieces own)) Replace(merged, own, across);
                continue;
            }
            if (ReadWhole(pieces, scan) is Finding whole) Replace(merged, pieces, whole);
            // Two pieces or more that make nothing whole: none is another kind of value alone (card pieces are no phones).
            // A single answer stays whatever it is (an ID sent where a phone was asked is still an ID).
            else if (pieces.TypeAsked && pieces.Count > 1) merged.RemoveAll(f => Inside(f, pieces) && !AskedValues.IsAsked(f.Type, pieces.Asked));
        }
        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    // The value found over the whole joined reading, of the type asked, mapped onto the pieces; null where none is.
    private static Finding? ReadWhole(GivenPieces pieces, Func<string, IReadOnlyList<Finding>> scan)
    {
        if (pieces.Asked == AskedValues.NotPersonal) return null;
        string reading = pieces.Label + "：" + pieces.Joined;
        int valueStart = pieces.Label.Length + 1;
        foreach (var f in scan(reading))
        {
            if (f.Start > valueStart || f.End < reading.Length || !AskedValues.IsAsked(f.Type, pieces.Asked)) continue;
            if (pieces.AboveMistyped && f.Score <= MistypedScore) continue;
            return new Finding(f.Type, pieces.Start, pieces.End - pieces.Start, f.Score, f.Evasions | Evasions.Separators, f.NormalizedValue);
        }
        return null;
    }

    /// <summary>The score of a mistyped ID after its label and of a bare 2012 plate: a join read only so is none (round 44).</summary>
    private const double MistypedScore = 0.6;

    // Round 44 (TurnPieces): the messages read as written, other turns left out. A value of the type asked that starts in
    // the first message and ends in a later one is mapped back onto the text; the pieces that give way to it are its own
    // characters in each message, so a value written elsewhere in a message stays.
    private static (Finding, GivenPieces)? ReadAcrossTurns(GivenPieces pieces, Func<string, IReadOnlyList<Finding>> scan)
    {
        if (pieces.Asked == AskedValues.NotPersonal) return null;
        var segments = pieces.WrittenSegments!;
        string reading = pieces.Label + "：" + pieces.Joined;
        int offset = pieces.Label.Length + 1;
        foreach (var f in scan(reading))
        {
            if (!AskedValues.IsAsked(f.Type, pieces.Asked) || f.Score <= MistypedScore) continue;
            int first = SegmentOf(segments, f.Start - offset, atEnd: false), last = SegmentOf(segments, f.End - offset, atEnd: true);
            if (first != 0 || last <= 0) continue;
            int start = segments[0].Start + (f.Start - offset - segments[0].At);
            int end = segments[last].Start + (f.End - offset - segments[last].At);
            var spans = new (int Start, int End)[last + 1];
            for (int k = 0; k <= last; k++) spans[k] = (k == 0 ? start : segments[k].Start, k == last ? end : segments[k].End);
            var own = new GivenPieces(pieces.Label, pieces.Asked, pieces.TypeAsked, pieces.Joined, last + 1, start, end, pieceSpans: spans);
            return (new Finding(f.Type, start, end - start, f.Score, f.Evasions | Evasions.Separators, f.NormalizedValue), own);
        }
        return null;
    }

    // The index of the message that holds the reading's offset (a value's end may fall right at its message's end); -1
    // where it falls in a bridge between two.
    private static int SegmentOf((int Start, int End, int At)[] segments, int at, bool atEnd)
    {
        for (int k = 0; k < segments.Length; k++)
        {
            int length = segments[k].End - segments[k].Start;
            if (at >= segments[k].At && (atEnd ? at <= segments[k].At + length && at > segments[k].At : at < segments[k].At + length)) return k;
        }
        return -1;
    }

    // Puts the whole value in place of what its pieces were read as — unless a finding of its type already covers them
    // (round 42: for places, from the first piece's characters, a label before them aside).
    // Round 41: fail closed — only findings the whole value covers give way; one reaching past the pieces (a value of
    // another type that ends on the next line) stays, so joining pieces never loses what the engine found.
    private static void Replace(List<Finding> merged, GivenPieces pieces, Finding whole)
    {
        foreach (var f in merged)
        {
            if (f.Type == whole.Type && f.Start <= pieces.ValuesStart && f.End >= pieces.End) return;
            // Round 43: pieces far apart, some of a value joined from more of them (tried first), are no value of another type.
            if (pieces.PieceSpans is not null && f.Start <= pieces.ValuesStart && f.End >= pieces.End) return;
            // Fail closed: a value read across a piece's edge (a row's groups, cell by cell, of which a column's first cell
            // is one) stays; only what lies within one piece gives way.
            if (pieces.PieceSpans is not null && SpillsOverPiece(f, pieces.PieceSpans)) return;
        }
        merged.RemoveAll(f => Inside(f, pieces));
        merged.Add(whole);
    }

    private static bool Inside(Finding f, GivenPieces pieces) => pieces.Holds(f.Start, f.End);

    private static bool SpillsOverPiece(Finding f, (int Start, int End)[] spans)
    {
        foreach (var (start, end) in spans)
            if (f.Start < end && f.End > start && (f.Start < start || f.End > end)) return true;
        return false;
    }
}
