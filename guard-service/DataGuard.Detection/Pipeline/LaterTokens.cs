using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// The later tokens of a value accepted at the highest score whose chain runs on a little past it: <c>0965-460-746，113年</c>
/// (the reader takes the comma for a group separator), <c>+886 948 611 931，110年</c>. A token that starts far enough into
/// the value reads only up to where the value's chain ends, so every reading of it is shorter than the value, scores no
/// higher, and loses the overlap to it: the scanner skips such tokens (<see cref="Holds"/>). A token whose reading could
/// run far enough past the value's end to be as long is still read.
/// </summary>
/// <remarks>
/// Only for chains of digits read to where the text stops them, with no filler or wrapped line after them: a later token
/// then ends where the value's chain does and reads across nothing. As for values over a whole chain, debug builds read
/// the skipped tokens anyway and check that their candidates change no finding (<see cref="SkippedReadings"/>).
/// </remarks>
internal readonly struct LaterTokens
{
    private readonly int _readingEnd; // where every reading of a later token ends at the latest
    private readonly int _valueStart;
    private readonly int _valueEnd;

    internal LaterTokens(int readingEnd, int valueStart, int valueEnd)
    {
        _readingEnd = readingEnd;
        _valueStart = valueStart;
        _valueEnd = valueEnd;
    }

    /// <summary>No tokens to skip.</summary>
    public static LaterTokens None => default;

    /// <summary>
    /// Whether the token starting at <paramref name="at"/> lies inside the value and every reading of it is shorter: a
    /// reading starts at its token, or one character before it where that is an opening bracket ("(02)…").
    /// </summary>
    public bool Holds(ReadOnlySpan<char> text, int at)
    {
        if (at <= _valueStart || at >= _valueEnd) return false;
        int readingStart = text[at - 1] is '(' or '\uFF08' ? at - 1 : at;
        return _readingEnd - readingStart < _valueEnd - _valueStart;
    }

    /// <summary>
    /// The later tokens of the value at [<paramref name="valueStart"/>, <paramref name="valueEnd"/>), accepted at the
    /// highest score on <paramref name="chain"/>, or <see cref="None"/> where a reading of one could reach further.
    /// </summary>
    public static LaterTokens Of(ReadOnlySpan<char> text, scoped in Chain chain, int valueStart, int valueEnd, ref FillerMemo fillers)
    {
        if (chain.EndGlued || chain.ScriptBreak > 0 || !chain.AllDigits(0, chain.Length) || !ChainReader.StoppedByText(chain)) return None;
        int chainEnd = chain.EndOf(chain.Length);
        if (fillers.SkipFiller(text, chainEnd) >= 0) return None; // a later token would be read on across the filler
        int readingEnd = chainEnd; // and the invisible characters after it, which a value takes in
        while (readingEnd < text.Length && CharFolding.KindOf(text[readingEnd]) == CharKind.Invisible) readingEnd++;
        return new LaterTokens(readingEnd, valueStart, valueEnd);
    }
}
