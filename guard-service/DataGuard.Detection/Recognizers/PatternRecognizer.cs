using System.Text.RegularExpressions;
using DataGuard.Detection.Configuration;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A configured entity type found by regular expressions (<see cref="CustomRecognizerOptions"/>): each match is checked
/// against the configured length, characters and checksum, then scored with its context words like any other value.
/// </summary>
internal sealed class PatternRecognizer
{
    private readonly (Regex Regex, double Score)[] _patterns;
    private readonly CustomValueRule _rule;
    private readonly int _timeoutMilliseconds;

    public PatternRecognizer(string type, (Regex Regex, double Score)[] patterns, ContextProfile context, CustomValueRule rule, int timeoutMilliseconds)
    {
        Type = type;
        _patterns = patterns;
        Context = context;
        _rule = rule;
        _timeoutMilliseconds = timeoutMilliseconds;
    }

    public string Type { get; }

    public ContextProfile Context { get; }

    /// <summary>Offers every valid match in <paramref name="text"/> to <paramref name="sink"/>.</summary>
    public void Scan(string text, ref CandidateSink sink, int priority)
    {
        foreach (var (regex, score) in _patterns)
        {
            try
            {
#if NET
                foreach (var match in regex.EnumerateMatches(text.AsSpan())) Offer(text, match.Index, match.Length, score, ref sink, priority);
#else
                for (var match = regex.Match(text); match.Success; match = match.NextMatch()) Offer(text, match.Index, match.Length, score, ref sink, priority);
#endif
            }
            catch (RegexMatchTimeoutException)
            {
                // The exception carries the text; ours names only the type.
                throw new RecognizerTimeoutException(Type, _timeoutMilliseconds);
            }
        }
    }

    private void Offer(string text, int start, int length, double baseScore, ref CandidateSink sink, int priority)
    {
        if (length == 0) return;
        var value = text.AsSpan(start, length);
        if (!_rule.Accepts(value)) return;
        if (!sink.TryScore(text.AsSpan(), Type, start, start + length, Context, baseScore, out double score)) return;
        sink.Add(new Candidate(Type, start, start + length, score, Evasions.None, value.ToString(), priority));
    }
}
