using System.Text.Json.Nodes;

namespace DataGuard.GuardService.Tests;

/// <summary>Synthetic test data (valid checksums, nobody's real numbers) and request bodies.</summary>
internal static class Prompts
{
    public const string Id = "A123456789";
    public const string OtherId = "B120863130";

    public const string AzureChat = "openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    public static string Chat(string userText, bool stream = false) => new JsonObject
    {
        ["model"] = "gpt-4o",
        ["stream"] = stream,
        ["messages"] = new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = "You help police staff." },
            new JsonObject { ["role"] = "user", ["content"] = userText }),
    }.ToJsonString();

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
