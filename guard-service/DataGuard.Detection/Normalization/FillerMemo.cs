namespace DataGuard.Detection.Normalization;

/// <summary>
/// The last two answers of the filler walk (<see cref="ChainReader.FillerFollows"/>) in one scan of one text. The scanner reads
/// each token of a run of numbers to the same end ("192.168.1.20", "111.4.19", "25.520215, 121.248904") and asks whether a
/// filler follows that end once per token; the answer depends on the text and the position only, so it is worked out once.
/// Two answers, because reading across a filler asks about the end after it as well (whether the same mark follows the
/// next piece: 2023-06-27T04:11:00 asks at both colons, once per token of the date), and one slot lost the first answer
/// to the second on every token.
/// </summary>
internal struct FillerMemo
{
    // The positions asked about, plus one (0: none yet), and their answers; the older of the two is replaced.
    private int _asked, _askedBefore;
    private int _next, _nextBefore;

    /// <summary>Where the digit after a filler starting at <paramref name="from"/> is, or -1.</summary>
    public int SkipFiller(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length || !ChainReader.MayStartFiller(text[from]))
        {
            AssertNoFiller(text, from);
            return -1;
        }
        if (_asked == from + 1) return _next;
        if (_askedBefore == from + 1) return _nextBefore;
        (_askedBefore, _nextBefore) = (_asked, _next);
        _next = ChainReader.SkipFiller(text, from);
        _asked = from + 1;
        return _next;
    }

    // The first-character test only spares the walk: debug builds (the test runs) walk anyway and fail if it found a filler.
    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertNoFiller(ReadOnlySpan<char> text, int from)
    {
        if (ChainReader.SkipFiller(text, from) >= 0)
            throw new InvalidOperationException("ChainReader.MayStartFiller turned down a character the filler walk gets past.");
    }
}
