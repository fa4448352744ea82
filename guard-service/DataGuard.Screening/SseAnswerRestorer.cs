using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;

namespace DataGuard.Screening;

/// <summary>
/// Restores pseudonymized values in a streamed (SSE) answer, one event at a time. Text deltas
/// (<c>choices[].delta.content</c>, <c>choices[].text</c>, tool-call argument deltas, Responses API <c>*.delta</c> events) go
/// through a <see cref="StreamingRestorer"/> per stream, so a placeholder split across events is still restored while only
/// a placeholder's length is held back. Held-back text is sent as an extra delta event before the stream's end.
/// Shared by the guard service and the in-process clients: feed raw bytes with <see cref="Push"/> and <see cref="Complete"/>,
/// or whole events with <see cref="Transform"/>. Not thread-safe: one instance per answer.
/// </summary>
public sealed class SseAnswerRestorer(PseudonymMap map)
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Dictionary<string, DeltaStream> _streams = new(StringComparer.Ordinal);
    private readonly MemoryStream _unframed = new();

    /// <summary>
    /// Adds bytes of the stream as they arrive and returns the restored events they complete (each ended by a blank line),
    /// or an empty string while an event is still incomplete.
    /// </summary>
    public string Push(ReadOnlySpan<byte> utf8)
    {
        _unframed.Write(utf8);
        var output = new StringBuilder();
        while (true)
        {
            var buffer = _unframed.GetBuffer().AsSpan(0, (int)_unframed.Length);
            var (end, separator) = EventEnd(buffer);
            if (end < 0) break;
            // Events end at a blank line, so a complete event is always complete UTF-8.
            var text = Encoding.UTF8.GetString(buffer[..end]);
            var rest = buffer[(end + separator)..].ToArray();
            _unframed.SetLength(0);
            _unframed.Write(rest);
            foreach (var e in Transform(text)) output.Append(e).Append("\n\n");
        }
        return output.ToString();
    }

    /// <summary>At the end of the stream: the last, unterminated event and any held-back text, as restored events.</summary>
    public string Complete()
    {
        var output = new StringBuilder();
        if (_unframed.Length > 0)
        {
            var text = Encoding.UTF8.GetString(_unframed.GetBuffer(), 0, (int)_unframed.Length);
            _unframed.SetLength(0);
            if (text.Trim().Length > 0)
            {
                foreach (var e in Transform(text.TrimEnd('\r', '\n'))) output.Append(e).Append("\n\n");
            }
        }
        foreach (var e in FlushAll()) output.Append(e).Append("\n\n");
        return output.ToString();
    }

    /// <summary>Transforms one event (its text without the blank line that ends it) into the events to send.</summary>
    public IEnumerable<string> Transform(string sseEvent)
    {
        var lines = sseEvent.Split('\n');
        var other = new StringBuilder();
        var data = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                if (data.Length > 0) data.Append('\n');
                data.Append(line.AsSpan(line.StartsWith("data: ", StringComparison.Ordinal) ? 6 : 5));
            }
            else other.Append(line).Append('\n');
        }

        var payload = data.ToString();
        if (payload.Trim() == "[DONE]") return [.. FlushAll(), sseEvent];
        JsonNode? root;
        try
        {
            root = payload.Length > 0 ? JsonNode.Parse(payload) : null;
        }
        catch (JsonException)
        {
            return [map.Restore(sseEvent)];
        }
        if (root is not JsonObject obj) return [map.Restore(sseEvent)];

        var finished = new List<string>();
        var deltas = Deltas(obj, finished);
        bool Ends(string key) => finished.Exists(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

        // A stream that ends in this event without text in it: its held-back text goes out just before.
        var output = new List<string>();
        foreach (var key in _streams.Keys.ToArray())
        {
            if (Ends(key) && !deltas.Exists(d => d.Key == key)) output.AddRange(Flush(key));
        }

        var restored = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);
        var continuing = new List<(DeltaStream Stream, Action<JsonObject, string> Set)>();
        foreach (var delta in deltas)
        {
            if (!_streams.TryGetValue(delta.Key, out var stream)) _streams[delta.Key] = stream = new DeltaStream(new StreamingRestorer(map));
            var ready = stream.Restorer.Push(delta.Value.GetValue<string>());
            if (Ends(delta.Key))
            {
                ready += stream.Restorer.Flush();
                _streams.Remove(delta.Key);
            }
            else continuing.Add((stream, delta.Set));
            var replacement = JsonValue.Create(ready);
            delta.Value.ReplaceWith(replacement);
            restored.Add(replacement);
        }
        AnswerRestorer.RestoreStrings(obj, map, restored);
        foreach (var (stream, set) in continuing) stream.Template = (other.ToString(), obj.DeepClone().AsObject(), set);
        output.Add(Format(other.ToString(), obj));
        return output;
    }

    /// <summary>Events carrying all held-back text; call at the end of the stream.</summary>
    public IEnumerable<string> FlushAll()
    {
        var events = new List<string>();
        foreach (var key in _streams.Keys.ToArray()) events.AddRange(Flush(key));
        return events;
    }

    private List<string> Flush(string key)
    {
        var stream = _streams[key];
        _streams.Remove(key);
        var rest = stream.Restorer.Flush();
        if (rest.Length == 0 || stream.Template.Event is null) return [];
        var copy = stream.Template.Event.DeepClone().AsObject();
        stream.Template.Set(copy, rest);
        return [Format(stream.Template.Lines, copy)];
    }

    // End of the first complete event (a blank line) and the length of the separator.
    private static (int End, int Length) EventEnd(ReadOnlySpan<byte> buffer)
    {
        int lf = buffer.IndexOf("\n\n"u8);
        int crlf = buffer.IndexOf("\r\n\r\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return (crlf, 4);
        return lf >= 0 ? (lf, 2) : (-1, 0);
    }

    private static string Format(string otherLines, JsonObject obj) =>
        otherLines + "data: " + obj.ToJsonString(Output);

    // The streamed text fields of an event, keyed by stream; `finished` gets the key prefixes of streams that end here.
    private static List<Delta> Deltas(JsonObject obj, List<string> finished)
    {
        var found = new List<Delta>();
        if (obj["choices"] is JsonArray choices)
        {
            for (int position = 0; position < choices.Count; position++)
            {
                if (choices[position] is not JsonObject choice) continue;
                int at = position;
                var prefix = "choice" + (choice["index"]?.ToJsonString() ?? position.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".";
                if (choice["delta"] is JsonObject delta)
                {
                    if (delta["content"] is JsonValue content && content.TryGetValue(out string? _))
                        found.Add(new Delta(prefix + "content", content, (e, t) => e["choices"]![at]!["delta"]!["content"] = t));
                    if (delta["tool_calls"] is JsonArray calls)
                    {
                        for (int c = 0; c < calls.Count; c++)
                        {
                            int call = c;
                            if (calls[c]?["function"]?["arguments"] is JsonValue args && args.TryGetValue(out string? _))
                                found.Add(new Delta(prefix + "tool" + (calls[c]!["index"]?.ToJsonString() ?? "0"), args,
                                    (e, t) => e["choices"]![at]!["delta"]!["tool_calls"]![call]!["function"]!["arguments"] = t));
                        }
                    }
                }
                if (choice["text"] is JsonValue completion && completion.TryGetValue(out string? _))
                    found.Add(new Delta(prefix + "text", completion, (e, t) => e["choices"]![at]!["text"] = t));
                if (choice["finish_reason"] is JsonValue reason && reason.GetValueKind() == JsonValueKind.String) finished.Add(prefix);
            }
        }
        if (obj["type"] is JsonValue typeNode && typeNode.TryGetValue(out string? type))
        {
            var stem = type.EndsWith(".delta", StringComparison.Ordinal) ? type[..^6] : type.EndsWith(".done", StringComparison.Ordinal) ? type[..^5] : null;
            if (stem is not null)
            {
                var key = stem + ":" + obj["item_id"]?.ToJsonString() + ":" + obj["output_index"]?.ToJsonString() + ":" + obj["content_index"]?.ToJsonString();
                if (type.EndsWith(".done", StringComparison.Ordinal)) finished.Add(key);
                else if (obj["delta"] is JsonValue delta && delta.TryGetValue(out string? _))
                    found.Add(new Delta(key, delta, (e, t) => e["delta"] = t));
            }
        }
        return found;
    }

    private readonly record struct Delta(string Key, JsonValue Value, Action<JsonObject, string> Set);

    private sealed class DeltaStream(StreamingRestorer restorer)
    {
        public StreamingRestorer Restorer { get; } = restorer;

        public (string Lines, JsonObject? Event, Action<JsonObject, string> Set) Template { get; set; }
    }
}
