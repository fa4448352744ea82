using System.Text;

namespace DataGuard.Detection.Redaction;

/// <summary>
/// Restores placeholders in a streamed answer chunk by chunk. A placeholder may be split across chunks, so the restorer
/// holds back at most one placeholder's length of text (from an unmatched '&lt;'), never the whole answer.
/// Not thread-safe: one instance per stream.
/// </summary>
public sealed class StreamingRestorer
{
    private readonly PseudonymMap _map;
    private readonly StringBuilder _pending = new();

    /// <summary>Creates a restorer over one request's map.</summary>
    public StreamingRestorer(PseudonymMap map) => _map = map ?? throw new ArgumentNullException(nameof(map));

    /// <summary>Adds a chunk and returns the text that can be emitted now (possibly empty).</summary>
    public string Push(string chunk)
    {
        if (chunk is null) throw new ArgumentNullException(nameof(chunk));
        _pending.Append(chunk);
        var buffered = _pending.ToString();
        int holdFrom = HoldBackStart(buffered);
        var ready = buffered.Substring(0, holdFrom);
        _pending.Clear().Append(buffered, holdFrom, buffered.Length - holdFrom);
        return _map.Restore(ready);
    }

    /// <summary>Returns whatever is still held back, restored. Call once at the end of the stream.</summary>
    public string Flush()
    {
        var rest = _map.Restore(_pending.ToString());
        _pending.Clear();
        return rest;
    }

    // Index from which the text might still be the start of a placeholder.
    private int HoldBackStart(string text)
    {
        int max = _map.MaxPlaceholderLength;
        if (max == 0) return text.Length;
        int open = text.LastIndexOf('<');
        if (open < 0 || text.IndexOf('>', open) >= 0 || text.Length - open >= max) return text.Length;
        var tail = text.Substring(open);
        foreach (var placeholder in _map.Placeholders)
        {
            if (placeholder.StartsWith(tail, StringComparison.Ordinal)) return open;
        }
        return text.Length;
    }
}
