using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;

namespace DataGuard.GuardService.Forwarding;

/// <summary>Restores placeholders in every string of a JSON answer (values decoded, so escaped placeholders are found too).</summary>
internal static class AnswerText
{
    /// <summary>Restores every string under <paramref name="node"/> in place, except those <paramref name="skip"/> names.</summary>
    public static void RestoreStrings(JsonNode? node, PseudonymMap map, ISet<JsonNode>? skip = null)
    {
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
                if (!ReferenceEquals(restored, text) && restored != text) value.ReplaceWith(JsonValue.Create(restored));
                break;
        }
    }
}
