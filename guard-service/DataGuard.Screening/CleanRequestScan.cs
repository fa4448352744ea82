using System.Text.Json;
using DataGuard.Detection;

namespace DataGuard.Screening;

/// <summary>
/// The fast path for the common case: one forward-only pass over the UTF-8 body that scans every key and string value and
/// answers "clean" only when the tree-based <see cref="PromptDocument"/> path would find nothing either. Anything unusual
/// (a finding, a part it may not read, a data: URL, a string that could hold JSON, numbers in arrays, a property named twice,
/// invalid JSON or UTF-8, too deep) makes it give up, and the full path decides and describes it.
/// </summary>
internal static class CleanRequestScan
{
    // More keys than this in one object: let the full path deal with it rather than compare keys quadratically.
    private const int MaxKeysPerObject = 64;

    /// <summary>Whether the body is a JSON object in which nothing is found and nothing is unreadable.</summary>
    public static bool IsClean(ReadOnlySpan<byte> utf8Json, int maxDepth, PersonalDataScanner scanner, ScreeningPolicy policy, CancellationToken cancellationToken)
    {
        try
        {
            return Scan(utf8Json, maxDepth, scanner, policy, cancellationToken);
        }
        catch (JsonException)
        {
            return false; // malformed or too deep: the full path gives the error
        }
        catch (InvalidOperationException)
        {
            return false; // invalid UTF-8 inside a string
        }
    }

    private static bool Scan(ReadOnlySpan<byte> utf8Json, int maxDepth, PersonalDataScanner scanner, ScreeningPolicy policy, CancellationToken cancellationToken)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;

        // Per open container: what it is. Keys of the open objects, innermost last, to refuse a property named twice.
        var frames = new Stack<Frame>();
        var keys = new List<string>();
        frames.Push(new Frame(IsArray: false, IsPartArray: false, IsPart: false, FirstKey: 0));
        string? pendingKey = null;
        while (frames.Count > 0)
        {
            if (!reader.Read()) return false;
            var parent = frames.Peek();
            // A part type that is not a string is left to the full path.
            if (parent.IsPart && pendingKey == "type" && reader.TokenType != JsonTokenType.String) return false;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var key = reader.GetString()!;
                    if (keys.Count - parent.FirstKey >= MaxKeysPerObject) return false;
                    for (int i = parent.FirstKey; i < keys.Count; i++)
                    {
                        if (string.Equals(keys[i], key, StringComparison.Ordinal)) return false;
                    }
                    keys.Add(key);
                    if (!IsClean(key, scanner, policy, cancellationToken)) return false;
                    pendingKey = key;
                    continue;
                case JsonTokenType.StartObject:
                    frames.Push(new Frame(IsArray: false, IsPartArray: false, IsPart: parent.IsPartArray, FirstKey: keys.Count));
                    break;
                case JsonTokenType.StartArray:
                    frames.Push(new Frame(IsArray: true, IsPartArray: !parent.IsArray && RequestWalker.PartArrayKeys.Contains(pendingKey!), IsPart: false, FirstKey: keys.Count));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    keys.RemoveRange(parent.FirstKey, keys.Count - parent.FirstKey);
                    frames.Pop();
                    break;
                case JsonTokenType.String:
                    var text = reader.GetString()!;
                    if (parent.IsPart && pendingKey == "type" && !RequestWalker.TextPartTypes.Contains(text)) return false;
                    if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return false;
                    var trimmed = text.AsSpan().TrimStart();
                    if (trimmed.Length > 0 && trimmed[0] is '{' or '[') return false;
                    if (!IsClean(text, scanner, policy, cancellationToken)) return false;
                    break;
                case JsonTokenType.Number:
                    // Token ids (prompt, input) are unreadable; numbers elsewhere in arrays are rare enough to leave to the full path.
                    if (parent.IsArray) return false;
                    break;
                default:
                    break; // true, false, null: nothing to read
            }
            // The key has its value (or its container has started).
            pendingKey = null;
        }
        var rest = utf8Json[(int)reader.BytesConsumed..];
        return rest.IsEmpty || PromptDocument.IsWhitespace(rest);
    }

    private static bool IsClean(string text, PersonalDataScanner scanner, ScreeningPolicy policy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var finding in scanner.Scan(text))
        {
            if (finding.Score >= policy.MinScoreFor(finding.Type)) return false;
        }
        return true;
    }

    private readonly record struct Frame(bool IsArray, bool IsPartArray, bool IsPart, int FirstKey);
}
