using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Pipeline;

/// <summary>
/// Collects the candidates of one scan. Scores each offer with its context and keeps only those at or above the
/// type's threshold, so clean text never allocates the list.
/// </summary>
internal struct CandidateSink
{
    private readonly ScannerOptions _options;
    private readonly int _window;
    private readonly ContextWordIndex _words;

    public CandidateSink(ScannerOptions options, int textLength)
    {
        _options = options;
        _window = Math.Max(0, options.ContextWindow); // a negative window means none
        _words = ContextWordIndex.Begin(textLength);
        Found = null;
    }

    /// <summary>The candidates kept so far, or null when there are none.</summary>
    public List<Candidate>? Found { get; private set; }

    /// <summary>Scores a value with its context; true when it reaches the threshold for <paramref name="type"/>.</summary>
    public readonly bool TryScore(ReadOnlySpan<char> text, string type, int start, int end, ContextProfile context, double baseScore, out double score)
    {
        double threshold = _options.MinScoreFor(type);
        score = ContextScorer.Score(text, start, end, context, baseScore, _window, threshold, _words);
        return score > 0 && score >= threshold - 1e-9;
    }

    /// <summary>Keeps a candidate that passed <see cref="TryScore"/>.</summary>
    public void Add(in Candidate candidate) => (Found ??= new List<Candidate>()).Add(candidate);
}
