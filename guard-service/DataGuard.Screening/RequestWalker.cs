using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataGuard.Screening;

/// <summary>
/// Walks a request body and collects every string a model would read, every part it cannot read, and a writer per string.
/// </summary>
internal sealed class RequestWalker
{
    // Content-part types whose text the screener reads (chat completions and the Responses API). Any other part type is unreadable.
    internal static readonly HashSet<string> TextPartTypes = new(StringComparer.Ordinal)
    {
        "text", "input_text", "output_text", "refusal", "summary_text", "reasoning_text",
    };

    // Keys under which an array holds content parts.
    internal static readonly HashSet<string> PartArrayKeys = new(StringComparer.Ordinal) { "content", "output" };

    // Keys whose arrays of numbers are token ids (completions prompt, embeddings input): the model reads them, the screener cannot.
    private static readonly HashSet<string> TokenArrayKeys = new(StringComparer.Ordinal) { "prompt", "input" };

    // Keys inside an unreadable part that hold binary payloads (base64), not text.
    private static readonly HashSet<string> BinaryKeys = new(StringComparer.Ordinal) { "data", "file_data" };

    private readonly int _maxDepth;
    private readonly List<PromptSegment> _segments = new();
    private readonly List<Action<string>> _writers = new();
    private readonly List<UnreadableContent> _unreadable = new();
    private readonly List<EmbeddedJson> _embedded = new();

    public RequestWalker(int maxDepth) => _maxDepth = maxDepth;

    public PromptDocument Read(JsonNode root)
    {
        Walk(root, string.Empty, Context.Top);
        return new PromptDocument(root, _segments, _writers, _unreadable, _embedded);
    }

    private void Walk(JsonNode? node, string path, Context context)
    {
        switch (node)
        {
            case JsonObject obj:
                WalkObject(obj, path, context);
                break;
            case JsonArray array:
                WalkArray(array, path, context);
                break;
            case JsonValue value:
                WalkValue(value, path, context);
                break;
        }
    }

    private void WalkObject(JsonObject obj, string path, Context context)
    {
        bool unreadablePart = context.InUnreadablePart;
        if (context.PartArray && obj["type"] is JsonValue typeNode && typeNode.TryGetValue(out string? partType) && !TextPartTypes.Contains(partType))
        {
            _unreadable.Add(new UnreadableContent(path, SafeKind(partType)));
            unreadablePart = true;
        }

        // Snapshot: writers may rename keys later, never during the walk.
        var properties = obj.ToArray();
        for (int i = 0; i < properties.Length; i++)
        {
            var (key, child) = properties[i];
            var childPath = Join(path, PathKey(key, i));
            AddSegment(childPath + "{key}", key, RenameKey(obj, key, context.Owner));
            if (unreadablePart && BinaryKeys.Contains(key)) continue;
            var childContext = new Context(
                PartArray: child is JsonArray && PartArrayKeys.Contains(key),
                TokenArray: path.Length == 0 && TokenArrayKeys.Contains(key),
                InUnreadablePart: unreadablePart,
                Embedded: context.Embedded,
                Owner: context.Owner);
            Walk(child, childPath, childContext);
        }
    }

    private void WalkArray(JsonArray array, string path, Context context)
    {
        bool tokensReported = false;
        for (int i = 0; i < array.Count; i++)
        {
            var item = array[i];
            var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (context.TokenArray && item is JsonValue number && number.GetValueKind() == JsonValueKind.Number)
            {
                if (!tokensReported) _unreadable.Add(new UnreadableContent(path, "token ids"));
                tokensReported = true;
                continue;
            }
            // Part arrays hold parts directly; token arrays may nest one level (a batch of token arrays).
            Walk(item, itemPath, context with { PartArray = context.PartArray && item is JsonObject, TokenArray = context.TokenArray && item is JsonArray });
        }
    }

    private void WalkValue(JsonValue value, string path, Context context)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                {
                    _unreadable.Add(new UnreadableContent(path, "data URL"));
                    return;
                }
                var write = Writer(value, context.Owner);
                if (TryEmbedded(text, path, write, context)) return;
                AddSegment(path, text, write);
                break;
            case JsonValueKind.Number when context.Embedded > 0:
                // Numbers inside tool arguments are read by the model as text (a phone number written as a number).
                AddSegment(path, value.ToJsonString(), Writer(value, context.Owner));
                break;
        }
    }

    private bool TryEmbedded(string text, string path, Action<string> writeOuter, Context context)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[') || context.Embedded >= 4) return false;
        JsonNode? inner;
        try
        {
            inner = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = _maxDepth });
        }
        catch (JsonException)
        {
            return false; // not JSON after all: scanned as plain text
        }
        if (inner is null) return false;
        var embedded = new EmbeddedJson(inner, writeOuter);
        _embedded.Add(embedded);
        Walk(inner, path, new Context(PartArray: false, TokenArray: false, InUnreadablePart: false, Embedded: context.Embedded + 1, Owner: embedded));
        return true;
    }

    private void AddSegment(string path, string text, Action<string> write)
    {
        _segments.Add(new PromptSegment(path, text));
        _writers.Add(write);
    }

    private static Action<string> Writer(JsonValue value, EmbeddedJson? owner)
    {
        JsonNode current = value;
        return text =>
        {
            var replacement = JsonValue.Create(text);
            current.ReplaceWith(replacement);
            current = replacement;
            if (owner is not null) owner.IsModified = true;
        };
    }

    private static Action<string> RenameKey(JsonObject obj, string key, EmbeddedJson? owner)
    {
        var currentKey = key;
        return newKey =>
        {
            var unique = newKey;
            for (int n = 2; obj.ContainsKey(unique) && !string.Equals(unique, currentKey, StringComparison.Ordinal); n++)
                unique = newKey + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var child = obj[currentKey];
            obj.Remove(currentKey);
            obj[unique] = child;
            currentKey = unique;
            if (owner is not null) owner.IsModified = true;
        };
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    // Keys are shown verbatim only when they cannot hold a number, an address or a name: paths end up in responses and logs.
    private static string PathKey(string key, int position)
    {
        if (key.Length is > 0 and <= 64 && IsPlainWord(key)) return key;
        return "{#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
    }

    private static string SafeKind(string partType) => IsPlainWord(partType) && partType.Length <= 64 ? partType : "unknown part";

    private static bool IsPlainWord(string s)
    {
        foreach (var c in s)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '-')) return false;
        }
        return true;
    }

    private readonly record struct Context(bool PartArray, bool TokenArray, bool InUnreadablePart, int Embedded, EmbeddedJson? Owner)
    {
        public static Context Top => new(false, false, false, 0, null);
    }
}
