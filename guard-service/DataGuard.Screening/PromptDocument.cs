using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataGuard.Screening;

/// <summary>
/// An OpenAI-style request body (chat completions, Responses API, completions, embeddings, or anything else JSON)
/// read into the strings a model would read (<see cref="Segments"/>) and the parts it cannot read (<see cref="Unreadable"/>).
/// Replacements are written back into the JSON with <see cref="Replace"/> and serialised with <see cref="ToUtf8Bytes"/>.
/// </summary>
/// <remarks>
/// Every string in the body is a segment, not only the fields known today: what is not understood is scanned, never skipped.
/// Strings holding JSON (tool-call arguments, tool results) are parsed and their strings scanned decoded.
/// </remarks>
public sealed class PromptDocument
{
    /// <summary>Default limit on JSON nesting.</summary>
    public const int DefaultMaxDepth = 64;

    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<Action<string>> _writers;
    private readonly List<EmbeddedJson> _embedded;
    private readonly string[] _current;

    internal PromptDocument(JsonNode root, List<PromptSegment> segments, List<Action<string>> writers, List<UnreadableContent> unreadable, List<EmbeddedJson> embedded)
    {
        Root = root;
        Segments = segments;
        _writers = writers;
        Unreadable = unreadable;
        _embedded = embedded;
        _current = segments.Select(s => s.Text).ToArray();
    }

    /// <summary>The parsed body.</summary>
    public JsonNode Root { get; }

    /// <summary>The strings a model would read, decoded, in document order.</summary>
    public IReadOnlyList<PromptSegment> Segments { get; }

    /// <summary>Parts the screener cannot read.</summary>
    public IReadOnlyList<UnreadableContent> Unreadable { get; }

    /// <summary>Whether <see cref="Replace"/> changed anything.</summary>
    public bool IsModified { get; private set; }

    /// <summary>Reads a UTF-8 JSON request body.</summary>
    /// <exception cref="RequestFormatException">Not JSON, not an object, or nested deeper than <paramref name="maxDepth"/>.</exception>
    public static PromptDocument Parse(ReadOnlySpan<byte> utf8Json, int maxDepth = DefaultMaxDepth)
    {
        JsonNode? root;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
            root = JsonNode.Parse(ref reader);
            if (reader.BytesConsumed != utf8Json.Length && !IsWhitespace(utf8Json[(int)reader.BytesConsumed..]))
                throw new RequestFormatException("The request body holds more than one JSON value.");
        }
        catch (JsonException ex)
        {
            throw Describe(ex, maxDepth);
        }
        if (root is not JsonObject) throw new RequestFormatException("The request body must be a JSON object.");
        try
        {
            return new RequestWalker(maxDepth).Read(root);
        }
        catch (ArgumentException ex)
        {
            // A property named twice: the guard and the upstream could read different values, so it is refused.
            throw new RequestFormatException("The request body names the same property twice in one object.", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Strings are decoded lazily; invalid UTF-8 inside one surfaces here.
            throw new RequestFormatException("The request body is not valid UTF-8 JSON.", ex);
        }
    }

    /// <summary>A document of one plain text (for the standalone scan API); its only segment has path <paramref name="path"/>.</summary>
    public static PromptDocument FromText(string text, string path = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        // Not walked: the text is taken literally (no embedded JSON, no data: URL rule) so offsets refer to it as given.
        var root = new JsonObject { [path] = text };
        return new PromptDocument(root, [new PromptSegment(path, text)], [value => root[path] = value], [], []);
    }

    /// <summary>
    /// A document of texts that are not JSON (chat messages of Microsoft.Extensions.AI, say): one segment per text, taken
    /// literally. After screening, <see cref="TextAt"/> gives each text with its placeholders.
    /// </summary>
    public static PromptDocument FromSegments(IEnumerable<PromptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var list = segments.ToList();
        var root = new JsonArray(list.Select(s => (JsonNode?)JsonValue.Create(s.Text)).ToArray());
        var writers = list.Select((_, i) => (Action<string>)(text => root[i] = text)).ToList();
        return new PromptDocument(root, list, writers, [], []);
    }

    /// <summary>The current text of segment <paramref name="index"/>: the original, or its replacement after <see cref="Replace"/>.</summary>
    public string TextAt(int index) => _current[index];

    /// <summary>Writes new text for segment <paramref name="index"/> back into the JSON.</summary>
    public void Replace(int index, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _writers[index](text);
        _current[index] = text;
        IsModified = true;
    }

    /// <summary>Serialises the (possibly modified) body as UTF-8 JSON; non-ASCII text is written as is.</summary>
    public byte[] ToUtf8Bytes()
    {
        // Inner documents were created after their containers, so writing them back last-first puts inner edits in outer strings first.
        for (int i = _embedded.Count - 1; i >= 0; i--) _embedded[i].WriteBack(Output);
        return JsonSerializer.SerializeToUtf8Bytes(Root, Output);
    }

    internal static bool IsWhitespace(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }

    private static RequestFormatException Describe(JsonException ex, int maxDepth)
    {
        // JsonException messages can quote a token of the body, so only its position is passed on.
        if (ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
            return new RequestFormatException($"The request body is nested deeper than {maxDepth} levels.", ex);
        var line = (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        return new RequestFormatException($"The request body is not valid JSON (line {line}, byte {position}).", ex);
    }
}
