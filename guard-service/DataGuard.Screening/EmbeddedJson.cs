using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataGuard.Screening;

/// <summary>A JSON document held in a string of the request (tool-call arguments, tool output), written back after edits.</summary>
internal sealed class EmbeddedJson
{
    private readonly Action<string> _writeOuter;

    public EmbeddedJson(JsonNode root, Action<string> writeOuter)
    {
        Root = root;
        _writeOuter = writeOuter;
    }

    public JsonNode Root { get; }

    public bool IsModified { get; set; }

    public void WriteBack(JsonSerializerOptions options)
    {
        if (IsModified) _writeOuter(Root.ToJsonString(options));
    }
}
