namespace DataGuard.Detection.Tests.Corpus;

/// <summary>A span of personal data the corpus expects, in UTF-16 code units of the plain text.</summary>
internal readonly record struct LabelledSpan(string Type, int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => start < End && Start < end;

    public override string ToString() => $"{Type} at {Start}+{Length}";
}

/// <summary>One corpus line with its markup removed.</summary>
internal sealed record LabelledText(string Text, IReadOnlyList<LabelledSpan> Spans);

/// <summary>A labelled line and where it came from (file and 1-based line number), for reports that never show values.</summary>
internal sealed record CorpusExample(string File, int LineNumber, LabelledText Labelled)
{
    public string Location => $"{File}:{LineNumber}";
}
