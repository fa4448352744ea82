using System.Text.Json;
using System.Text.Json.Nodes;
using DataGuard.Detection.Redaction;
using DataGuard.Screening;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>Function-call arguments and results as the JSON text a model reads (and back).</summary>
internal static class FunctionArguments
{
    public static string Serialize(IDictionary<string, object?>? arguments) =>
        arguments is null ? "{}" : JsonSerializer.Serialize(arguments, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));

    public static string SerializeResult(object? result) =>
        result as string ?? JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(object)));

    public static Dictionary<string, object?> Deserialize(string arguments)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (JsonNode.Parse(arguments) is JsonObject obj)
        {
            foreach (var (key, value) in obj) values[key] = value is null ? null : JsonSerializer.Deserialize<JsonElement>(value.ToJsonString());
        }
        return values;
    }

    /// <summary>The arguments with pseudonymized values restored, or null when nothing changed.</summary>
    public static Dictionary<string, object?>? Restore(IDictionary<string, object?>? arguments, PseudonymMap map)
    {
        if (arguments is null || map.Count == 0) return null;
        var node = JsonNode.Parse(Serialize(arguments))!;
        var before = node.ToJsonString();
        AnswerRestorer.RestoreStrings(node, map);
        var after = node.ToJsonString();
        return string.Equals(before, after, StringComparison.Ordinal) ? null : Deserialize(after);
    }
}
