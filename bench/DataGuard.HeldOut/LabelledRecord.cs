using System.Text.Json;

namespace DataGuard.HeldOut;

/// <summary>One labelled value: its type, its span in UTF-16 offsets of the text, and the writer's tags.</summary>
public sealed record LabelledValue(string Type, int Start, int End, IReadOnlyList<string> Tags);

/// <summary>
/// One record of a held-out set: <c>{"id", "kind": "positive"|"negative", "text", "values": [{"type", "value", "occurrence",
/// "tags"}]}</c>. A value is located as the <c>occurrence</c>-th ordinal match of its exact string in the text, so offsets are
/// the UTF-16 offsets the engine reports (a value after an emoji is not shifted).
/// </summary>
public sealed record LabelledRecord(string Id, bool Negative, string Text, IReadOnlyList<LabelledValue> Values, int Unplaced)
{
    public static LabelledRecord Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString() ?? "";
        var values = new List<LabelledValue>();
        int unplaced = 0;
        if (root.TryGetProperty("values", out var labels))
        {
            foreach (var label in labels.EnumerateArray())
            {
                if (Place(text, label) is { } value) values.Add(value);
                else unplaced++;
            }
        }
        bool negative = root.TryGetProperty("kind", out var kind) ? kind.GetString() == "negative" : values.Count == 0;
        return new LabelledRecord(root.GetProperty("id").ToString(), negative, text, values, unplaced);
    }

    private static LabelledValue? Place(string text, JsonElement label)
    {
        var value = label.GetProperty("value").GetString() ?? "";
        int occurrence = label.TryGetProperty("occurrence", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : 1;
        int at = -1;
        for (int i = 0; i < occurrence && value.Length > 0; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
            if (at < 0) return null;
        }
        if (at < 0) return null;
        var tags = label.TryGetProperty("tags", out var t)
            ? t.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).Distinct().ToList()
            : new List<string>();
        return new LabelledValue(label.GetProperty("type").GetString() ?? "", at, at + value.Length, tags);
    }
}
