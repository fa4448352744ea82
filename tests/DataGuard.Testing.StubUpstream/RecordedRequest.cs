using System.Text;
using System.Text.Json.Nodes;

namespace DataGuard.Testing.StubUpstream;

/// <summary>A request the stub received, as it arrived.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without the query.</param>
/// <param name="Query">Query string including '?', or empty.</param>
/// <param name="Headers">Headers (names lower-case; repeated headers joined with ", ").</param>
/// <param name="Body">Raw body bytes.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON (null when it is not JSON).</summary>
    public JsonNode? Json
    {
        get
        {
            try { return JsonNode.Parse(Body); }
            catch (System.Text.Json.JsonException) { return null; }
        }
    }

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
