using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A recognizer that finds its values from an anchor rather than from a run of letters and digits: the '@' of an
/// e-mail address, a label such as 姓名 or 生日, a county or city name.
/// </summary>
internal abstract class AnchoredRecognizer
{
    /// <summary>The entity type reported.</summary>
    public abstract string Type { get; }

    /// <summary>Finds values in <paramref name="text"/> and offers them to <paramref name="sink"/>.</summary>
    public abstract void Scan(ReadOnlySpan<char> text, ref CandidateSink sink, int priority);
}
