using System.Text.Json;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// One input line of <c>scan --jsonl</c>: <c>{"id": &lt;any JSON&gt;, "text": "&lt;string&gt;"}</c>. The id is kept as raw
/// JSON so it is echoed back verbatim. Error messages are for developers and never quote the line (it may hold personal data).
/// </summary>
internal readonly record struct JsonLinesRequest(string? RawId, string? Text, string? Error)
{
    public static JsonLinesRequest Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return new(null, null, "blank line: expected {\"id\": ..., \"text\": \"...\"}");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new(null, null, $"line is not valid JSON (byte {ex.BytePositionInLine ?? 0})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new(null, null, "line is not a JSON object");

            string? rawId = root.TryGetProperty("id", out var id) ? id.GetRawText() : null;
            if (!root.TryGetProperty("text", out var text)) return new(rawId, null, "missing \"text\" property");
            if (text.ValueKind != JsonValueKind.String) return new(rawId, null, "\"text\" must be a string");
            return new(rawId, text.GetString()!, null);
        }
    }
}
