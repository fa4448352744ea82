using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Collects the candidates of one scan. Scores each offer with its context and keeps only those at or above the
/// type's threshold, so clean text never touches the candidate buffer.
/// </summary>
/// <remarks>
/// The buffer is borrowed from the thread (<see cref="CandidateBuffer"/>) and handed back, cleared, by
/// <see cref="Resolve"/>: a scan with findings allocates only its result.
/// </remarks>
internal struct CandidateSink
{
    private readonly ScannerOptions _options;
    private readonly int _window;
    private readonly ContextWordIndex _words;
    private Candidate[]? _found;
    private int _count;
    private bool _joined; // a candidate read across a filler is among them (see JoinedReadings)
    private SkippedReadings? _skipped; // debug builds only
    private bool _inSkippedToken;
    private bool _inSkippedRecognizer;

    public CandidateSink(ScannerOptions options, int textLength)
    {
        _options = options;
        _window = Math.Max(0, options.ContextWindow); // a negative window means none
        _words = ContextWordIndex.Begin(textLength, _window);
        _found = null;
        _count = 0;
        _skipped = null;
        _inSkippedToken = false;
        _inSkippedRecognizer = false;
    }

    /// <summary>Number of candidates kept so far.</summary>
    public readonly int Count => _count;

    /// <summary>Scores a value with its context; true when it reaches the threshold for <paramref name="type"/>.</summary>
    public readonly bool TryScore(ReadOnlySpan<char> text, string type, int start, int end, ContextProfile context, double baseScore, out double score)
    {
        double threshold = _options.MinScoreFor(type);
        score = ContextScorer.Score(text, start, end, context, baseScore, _window, threshold, _words);
        return score > 0 && score >= threshold - 1e-9;
    }

    /// <summary>
    /// Whether the scanner skips a token that starts inside a value accepted over its whole chain: release builds do;
    /// debug builds read it and set its candidates aside (<see cref="SkippedReadings"/>).
    /// </summary>
    public bool SkipsToken(bool insideAcceptedValue)
    {
        if (!SkippedReadings.AreRead) return insideAcceptedValue;
        _inSkippedToken = insideAcceptedValue;
        return false;
    }

    /// <summary>
    /// Whether the scanner skips the next recognizers of a chain that a value accepted before covers whole (false ends
    /// the chain): release builds do; debug builds run them and set their candidates aside.
    /// </summary>
    public bool SkipsRecognizers(bool chainCovered)
    {
        if (!SkippedReadings.AreRead) return chainCovered;
        _inSkippedRecognizer = chainCovered;
        return false;
    }

    /// <summary>The scanner has read its last token: what comes now (anchored values, patterns) is never set aside.</summary>
    public void EndTokens() => _inSkippedToken = false;

    /// <summary>Keeps a candidate that passed <see cref="TryScore"/>.</summary>
    public void Add(in Candidate candidate)
    {
        if (_inSkippedToken || _inSkippedRecognizer)
        {
            (_skipped ??= new SkippedReadings()).Add(candidate);
            return;
        }
        if (_found is null) _found = CandidateBuffer.Rent();
        else if (_count == _found.Length) _found = CandidateBuffer.Grow(_found);
        _found[_count++] = candidate;
        _joined |= candidate.Joined;
    }

    /// <summary>The findings, without overlaps and ordered by start (<see cref="OverlapResolver"/>); returns the buffer.</summary>
    public Finding[] Resolve()
    {
        if (_found is null) return Array.Empty<Finding>();
        try
        {
            if (_joined) JoinedReadings.Raise(_found, _count);
            if (_skipped is null) return OverlapResolver.Resolve(_found, _count);
            var kept = _found.AsSpan(0, _count).ToArray(); // Resolve reorders the buffer
            var findings = OverlapResolver.Resolve(_found, _count);
            _skipped.Verify(kept, kept.Length, findings);
            return findings;
        }
        finally
        {
            CandidateBuffer.Return(_found, _count);
            _found = null;
            _count = 0;
            _joined = false;
        }
    }
}
