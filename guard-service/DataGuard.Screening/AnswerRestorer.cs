using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;

namespace DataGuard.Screening;

/// <summary>
/// Restores pseudonymized values in a complete (non-streamed) answer: every JSON string is decoded, restored with the
/// request's <see cref="PseudonymMap"/> and written back, so escaped placeholders are found too. Shared by the guard
/// service and the in-process clients; for streamed answers use <see cref="SseAnswerRestorer"/>.
/// </summary>
public static class AnswerRestorer
{
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Restores a whole answer body: string by string when it is JSON, as plain text otherwise.</summary>
    public static byte[] RestoreBody(ReadOnlySpan<byte> body, PseudonymMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        try
        {
            var root = JsonNode.Parse(body);
            RestoreStrings(root, map);
            return JsonSerializer.SerializeToUtf8Bytes(root, Output);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetBytes(map.Restore(Encoding.UTF8.GetString(body)));
        }
    }

    /// <summary>Restores every string under <paramref name="node"/> in place, except those <paramref name="skip"/> names.</summary>
    public static void RestoreStrings(JsonNode? node, PseudonymMap map, ISet<JsonNode>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToArray()) RestoreStrings(child, map, skip);
                break;
            case JsonArray array:
                foreach (var child in array.ToArray()) RestoreStrings(child, map, skip);
                break;
            case JsonValue value when value.TryGetValue(out string? text) && (skip is null || !skip.Contains(value)):
                var restored = map.Restore(text);
                if (!string.Equals(restored, text, StringComparison.Ordinal)) value.ReplaceWith(JsonValue.Create(restored));
                break;
        }
    }
}
