using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A recognizer that finds its values from an anchor rather than from a run of letters and digits: the '@' of an
/// e-mail address, a label such as 姓名 or 生日, a county or city name. The scanner finds every recognizer's anchors
/// in one pass (<see cref="AnchorSearch"/>) and calls <see cref="OnAnchor"/> at each.
/// </summary>
internal abstract class AnchoredRecognizer
{
    /// <summary>The entity type reported.</summary>
    public abstract string Type { get; }

    /// <summary>The words that anchor a value. Words starting with an ASCII letter match case-insensitively as whole words.</summary>
    public abstract string[] Anchors { get; }

    /// <summary>Joins anchor lists (labels of several kinds that anchor one recognizer).</summary>
    protected static string[] Concat(params string[][] lists)
    {
        int length = 0;
        foreach (var list in lists) length += list.Length;
        var all = new string[length];
        int at = 0;
        foreach (var list in lists)
        {
            list.CopyTo(all, at);
            at += list.Length;
        }
        return all;
    }

    /// <summary>Looks for a value around the anchor at [<paramref name="start"/>, <paramref name="end"/>) and offers it to <paramref name="sink"/>.</summary>
    public abstract void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority);
}
