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

    public CandidateSink(ScannerOptions options, int textLength)
    {
        _options = options;
        _window = Math.Max(0, options.ContextWindow); // a negative window means none
        _words = ContextWordIndex.Begin(textLength, _window);
        _found = null;
        _count = 0;
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

    /// <summary>Keeps a candidate that passed <see cref="TryScore"/>.</summary>
    public void Add(in Candidate candidate)
    {
        if (_found is null) _found = CandidateBuffer.Rent();
        else if (_count == _found.Length) _found = CandidateBuffer.Grow(_found);
        _found[_count++] = candidate;
    }

    /// <summary>The findings, without overlaps and ordered by start (<see cref="OverlapResolver"/>); returns the buffer.</summary>
    public Finding[] Resolve()
    {
        if (_found is null) return Array.Empty<Finding>();
        try
        {
            return OverlapResolver.Resolve(_found, _count);
        }
        finally
        {
            CandidateBuffer.Return(_found, _count);
            _found = null;
            _count = 0;
        }
    }
}
