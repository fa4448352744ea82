using DataGuard.Client.ExtensionsAI;
using Microsoft.Extensions.AI;
using static DataGuard.Client.ExtensionsAI.Tests.TestData;

namespace DataGuard.Client.ExtensionsAI.Tests;

/// <summary>
/// DataGuard under Microsoft.Extensions.AI's real <see cref="FunctionInvokingChatClient"/>: every round trip to the model is
/// screened, including the follow-up that carries tool results, and local tools get the real values back.
/// </summary>
/// <remarks>
/// The stub upstream answers text only, so the model here is <see cref="ToolCallingModel"/>: it asks for a tool with what it
/// was given, then answers with what the tool returned, and records what it saw.
/// </remarks>
public sealed class FunctionInvocationTests
{
    [Fact]
    public async Task Tools_get_real_values_while_the_model_only_ever_sees_placeholders()
    {
        var model = new ToolCallingModel();
        string? toolSaw = null;
        var lookup = AIFunctionFactory.Create((string id) => { toolSaw = id; return $"{id}：無違規紀錄"; }, "lookup");
        var chat = model.AsBuilder().UseFunctionInvocation().UseDataGuard(Guard("pseudonymize")).Build();

        var response = await chat.GetResponseAsync(IdPrompt, new ChatOptions { Tools = [lookup] });

        Assert.Equal(NationalId, toolSaw);
        Assert.Equal($"結果：{NationalId}：無違規紀錄", response.Text);
        Assert.Equal(2, model.Seen.Count);
        Assert.All(model.Seen, seen => Assert.DoesNotContain(NationalId, seen));
        Assert.Contains("<TW_NATIONAL_ID_1>", model.Seen[1]);
    }

    [Fact]
    public async Task Tool_results_with_blocked_data_stop_the_follow_up()
    {
        var model = new ToolCallingModel();
        var lookup = AIFunctionFactory.Create((string id) => $"同戶成員 {NationalId}", "lookup");
        var chat = model.AsBuilder().UseFunctionInvocation().UseDataGuard(Guard()).Build();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() =>
            chat.GetResponseAsync("查詢甲男的紀錄（編號 42）", new ChatOptions { Tools = [lookup] }));

        Assert.Single(model.Seen);
        Assert.StartsWith("messages[2].tool_results[0].content", blocked.Param);
    }

    /// <summary>A model that calls <c>lookup</c> with the first token after "身分證 " (or "甲男") and then reports the tool's result.</summary>
    private sealed class ToolCallingModel : IChatClient
    {
        public List<string> Seen { get; } = new();

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            Seen.Add(string.Join("\n", list.SelectMany(m => m.Contents).Select(Describe)));
            if (list.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault() is { } result)
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "結果：" + result.Result)));
            var text = list[^1].Text;
            var at = text.IndexOf("身分證 ", StringComparison.Ordinal);
            var id = at >= 0 ? text[(at + 4)..].Split(' ')[0] : "甲男";
            var call = new FunctionCallContent("call_1", "lookup", new Dictionary<string, object?> { ["id"] = id });
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [call])));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() { }

        private static string Describe(AIContent content) => content switch
        {
            TextContent t => t.Text,
            FunctionCallContent c => string.Join(",", c.Arguments?.Select(a => $"{a.Key}={a.Value}") ?? []),
            FunctionResultContent r => r.Result?.ToString() ?? string.Empty,
            _ => content.GetType().Name,
        };
    }
}
