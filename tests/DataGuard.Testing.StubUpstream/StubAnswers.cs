using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataGuard.Testing.StubUpstream;

/// <summary>Answers in the shapes Azure OpenAI / OpenAI return, as JSON bodies or SSE events.</summary>
internal static class StubAnswers
{
    private const string Model = "stub-model";
    private static long Created => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static object Chat(string text) => new
    {
        id = "chatcmpl-stub",
        @object = "chat.completion",
        created = Created,
        model = Model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text, refusal = (string?)null }, finish_reason = "stop", logprobs = (object?)null } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    };

    public static IEnumerable<object> ChatChunks(IReadOnlyList<string> chunks)
    {
        yield return ChatChunk(new { role = "assistant", content = "" }, null);
        foreach (var chunk in chunks) yield return ChatChunk(new { content = chunk }, null);
        yield return ChatChunk(new { }, "stop");
    }

    private static object ChatChunk(object delta, string? finish) => new
    {
        id = "chatcmpl-stub",
        @object = "chat.completion.chunk",
        created = Created,
        model = Model,
        choices = new[] { new { index = 0, delta, finish_reason = finish, logprobs = (object?)null } },
    };

    public static object Completion(string text) => new
    {
        id = "cmpl-stub",
        @object = "text_completion",
        created = Created,
        model = Model,
        choices = new[] { new { index = 0, text, finish_reason = "stop", logprobs = (object?)null } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    };

    public static IEnumerable<object> CompletionChunks(IReadOnlyList<string> chunks)
    {
        for (int i = 0; i < chunks.Count; i++)
        {
            yield return new
            {
                id = "cmpl-stub",
                @object = "text_completion",
                created = Created,
                model = Model,
                choices = new[] { new { index = 0, text = chunks[i], finish_reason = i == chunks.Count - 1 ? "stop" : null, logprobs = (object?)null } },
            };
        }
    }

    public static object Response(string text) => new
    {
        id = "resp_stub",
        @object = "response",
        created_at = Created,
        status = "completed",
        model = Model,
        output = new[]
        {
            new
            {
                id = "msg_stub", type = "message", status = "completed", role = "assistant",
                content = new[] { new { type = "output_text", text, annotations = Array.Empty<object>() } },
            },
        },
        usage = new { input_tokens = 10, output_tokens = 5, total_tokens = 15 },
    };

    public static IEnumerable<(string Event, object Data)> ResponseEvents(string text, IReadOnlyList<string> chunks)
    {
        yield return ("response.created", new { type = "response.created", sequence_number = 0, response = new { id = "resp_stub", @object = "response", status = "in_progress", model = Model, output = Array.Empty<object>() } });
        int sequence = 1;
        foreach (var chunk in chunks)
            yield return ("response.output_text.delta", new { type = "response.output_text.delta", sequence_number = sequence++, item_id = "msg_stub", output_index = 0, content_index = 0, delta = chunk });
        yield return ("response.output_text.done", new { type = "response.output_text.done", sequence_number = sequence++, item_id = "msg_stub", output_index = 0, content_index = 0, text });
        yield return ("response.completed", new { type = "response.completed", sequence_number = sequence, response = Response(text) });
    }

    public static object Embeddings(int count) => new
    {
        @object = "list",
        model = Model,
        data = Enumerable.Range(0, count).Select(i => new { @object = "embedding", index = i, embedding = new[] { 0.1f, 0.2f, 0.3f } }).ToArray(),
        usage = new { prompt_tokens = 3, total_tokens = 3 },
    };

    /// <summary>The text of the last user message or prompt of a request (what an echoing model repeats).</summary>
    public static string LastPrompt(JsonNode? request)
    {
        if (request?["messages"] is JsonArray messages && messages.Count > 0) return TextOf(messages[^1]?["content"]);
        if (request?["input"] is JsonNode input) return input is JsonArray items && items.Count > 0 ? TextOf(items[^1]?["content"] ?? items[^1]) : TextOf(input);
        if (request?["prompt"] is JsonNode prompt) return TextOf(prompt);
        return string.Empty;
    }

    private static string TextOf(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"] is JsonValue t ? t.GetValue<string>() : TextOf(p))),
        _ => string.Empty,
    };
}
