using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>
/// Chat messages written as an OpenAI chat-completions request, so the shared screener reads them exactly as the guard
/// service reads a request (same paths, same staff messages), and read back after redaction.
/// </summary>
/// <remarks>
/// Message <c>i</c> becomes <c>messages[i]</c>: text as <c>content[k].text</c>, function calls as
/// <c>tool_calls[k].function.arguments</c> (a JSON string, as OpenAI sends it), function results as
/// <c>tool_results[k].content</c>, and every other content (images, audio, files, anything unknown) as a part the
/// screener cannot read, so the policy for unreadable content decides — nothing is skipped.
/// </remarks>
internal static class ChatPrompt
{
    /// <summary>Writes the request JSON.</summary>
    public static JsonObject Write(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var root = new JsonObject();
        if (options?.Instructions is { } instructions) root["instructions"] = instructions;
        var array = new JsonArray();
        foreach (var message in messages) array.Add(WriteMessage(message));
        root["messages"] = array;
        return root;
    }

    /// <summary>The messages with the rewritten text of <paramref name="redacted"/>; unchanged messages are returned as they were.</summary>
    public static List<ChatMessage> Read(IReadOnlyList<ChatMessage> messages, JsonObject redacted)
    {
        var result = new List<ChatMessage>(messages.Count);
        var rewritten = redacted["messages"]!.AsArray();
        for (int i = 0; i < messages.Count; i++) result.Add(ReadMessage(messages[i], rewritten[i]!.AsObject()));
        return result;
    }

    /// <summary>The rewritten instructions (or the original when unchanged).</summary>
    public static string? ReadInstructions(ChatOptions? options, JsonObject redacted) =>
        options?.Instructions is null ? null : redacted["instructions"]!.GetValue<string>();

    private static JsonObject WriteMessage(ChatMessage message)
    {
        var obj = new JsonObject { ["role"] = message.Role.Value };
        if (message.AuthorName is { } name) obj["name"] = name;
        var parts = new JsonArray();
        var calls = new JsonArray();
        var results = new JsonArray();
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextReasoningContent reasoning:
                    parts.Add(new JsonObject { ["type"] = "reasoning_text", ["text"] = reasoning.Text });
                    break;
                case TextContent text:
                    parts.Add(new JsonObject { ["type"] = "text", ["text"] = text.Text });
                    break;
                case FunctionCallContent call:
                    calls.Add(new JsonObject
                    {
                        ["type"] = "function",
                        ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = FunctionArguments.Serialize(call.Arguments) },
                    });
                    break;
                case FunctionResultContent result:
                    results.Add(new JsonObject { ["content"] = FunctionArguments.SerializeResult(result.Result) });
                    break;
                default:
                    parts.Add(new JsonObject { ["type"] = UnreadableKind(content) });
                    break;
            }
        }
        obj["content"] = parts;
        if (calls.Count > 0) obj["tool_calls"] = calls;
        if (results.Count > 0) obj["tool_results"] = results;
        return obj;
    }

    private static ChatMessage ReadMessage(ChatMessage original, JsonObject rewritten)
    {
        var parts = rewritten["content"]!.AsArray();
        var calls = rewritten["tool_calls"] as JsonArray;
        var results = rewritten["tool_results"] as JsonArray;
        int part = 0, call = 0, result = 0;
        bool changed = false;
        var contents = new List<AIContent>(original.Contents.Count);
        foreach (var content in original.Contents)
        {
            var replacement = content switch
            {
                TextReasoningContent reasoning => Changed(reasoning.Text, parts[part++]!["text"]) is { } t
                    ? new TextReasoningContent(t) { AdditionalProperties = reasoning.AdditionalProperties } : null,
                TextContent text => Changed(text.Text, parts[part++]!["text"]) is { } t
                    ? new TextContent(t) { AdditionalProperties = text.AdditionalProperties, Annotations = text.Annotations } : null,
                FunctionCallContent fc => ReadCall(fc, calls![call++]!["function"]!["arguments"]!.GetValue<string>()),
                FunctionResultContent fr => ReadResult(fr, results![result++]!["content"]!.GetValue<string>()),
                _ => Skip(ref part),
            };
            changed |= replacement is not null;
            contents.Add(replacement ?? content);
        }
        var name = rewritten["name"]?.GetValue<string>();
        changed |= !string.Equals(name, original.AuthorName, StringComparison.Ordinal);
        if (!changed) return original;
        // The raw representation would be sent instead of the contents by some clients: it still holds the original values.
        return new ChatMessage(original.Role, contents)
        {
            AuthorName = name,
            MessageId = original.MessageId,
            CreatedAt = original.CreatedAt,
            AdditionalProperties = original.AdditionalProperties,
        };
    }

    private static AIContent? Skip(ref int part)
    {
        part++;
        return null;
    }

    private static string? Changed(string original, JsonNode? rewritten)
    {
        var text = rewritten!.GetValue<string>();
        return string.Equals(text, original, StringComparison.Ordinal) ? null : text;
    }

    private static FunctionCallContent? ReadCall(FunctionCallContent original, string arguments)
    {
        if (string.Equals(arguments, FunctionArguments.Serialize(original.Arguments), StringComparison.Ordinal)) return null;
        return new FunctionCallContent(original.CallId, original.Name, FunctionArguments.Deserialize(arguments))
        {
            AdditionalProperties = original.AdditionalProperties,
        };
    }

    private static FunctionResultContent? ReadResult(FunctionResultContent original, string content)
    {
        if (string.Equals(content, FunctionArguments.SerializeResult(original.Result), StringComparison.Ordinal)) return null;
        object? result = original.Result is string ? content : JsonSerializer.Deserialize<JsonElement>(content);
        return new FunctionResultContent(original.CallId, result) { AdditionalProperties = original.AdditionalProperties };
    }

    // A part type the screener does not read, named after what it is (never its content).
    private static string UnreadableKind(AIContent content) => content switch
    {
        DataContent data when data.HasTopLevelMediaType("image") => "image_url",
        UriContent uri when uri.HasTopLevelMediaType("image") => "image_url",
        DataContent data when data.HasTopLevelMediaType("audio") => "input_audio",
        DataContent or UriContent or HostedFileContent => "input_file",
        _ => "unknown_content",
    };
}
