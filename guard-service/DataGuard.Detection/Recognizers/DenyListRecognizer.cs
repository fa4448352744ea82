using DataGuard.Detection.Configuration;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>A configured entity type found as exact terms (<see cref="CustomRecognizerOptions.DenyList"/>), anchored on the terms themselves.</summary>
internal sealed class DenyListRecognizer : AnchoredRecognizer
{
    private readonly double _score;
    private readonly ContextProfile _context;

    public DenyListRecognizer(string type, string[] terms, double score, ContextProfile context)
    {
        Type = type;
        Anchors = terms;
        _score = score;
        _context = context;
    }

    public override string Type { get; }

    public override string[] Anchors { get; }

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        if (!sink.TryScore(text, Type, start, end, _context, _score, out double score)) return;
        sink.Add(new Candidate(Type, start, end, score, Evasions.None, text.Slice(start, end - start).ToString(), priority));
    }
}
