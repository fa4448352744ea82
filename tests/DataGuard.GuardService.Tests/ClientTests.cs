using System.ClientModel;
using System.Text;
using Azure.AI.OpenAI;
using DataGuard.Testing.StubUpstream;
using OpenAI;
using OpenAI.Chat;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>The real Azure.AI.OpenAI and OpenAI clients, over sockets, through the guard to the stub upstream.</summary>
public class ClientTests : IAsyncLifetime
{
    private StubUpstream _stub = null!;

    public async Task InitializeAsync() => _stub = await StubUpstream.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private static ChatClient Azure(GuardHost guard) =>
        new AzureOpenAIClient(guard.BaseAddress, new ApiKeyCredential(GuardHost.StaffKey)).GetChatClient("gpt-4o");

    private static ChatClient OpenAi(GuardHost guard) =>
        new("gpt-4o", new ApiKeyCredential(GuardHost.StaffKey), new OpenAIClientOptions { Endpoint = new Uri(guard.BaseAddress, "v1") });

    private static ChatMessage[] Messages(string text) => [new SystemChatMessage("You help police staff."), new UserChatMessage(text)];

    private static Dictionary<string, string?> Policy(string action) => new() { ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = action };

    private static async Task<string> StreamAsync(ChatClient chat, string text)
    {
        var answer = new StringBuilder();
        await foreach (var update in chat.CompleteChatStreamingAsync(Messages(text)))
        {
            foreach (var part in update.ContentUpdate) answer.Append(part.Text);
        }
        return answer.ToString();
    }

    [Fact]
    public async Task Clean_prompt_reaches_the_upstream_unchanged_with_the_upstream_key()
    {
        await using var guard = GuardHost.Start(_stub);
        var result = await Azure(guard).CompleteChatAsync(Messages("請摘要交通違規處理流程。"));

        Assert.Equal("Hello from the stub upstream.", result.Value.Content[0].Text);
        var received = Assert.Single(_stub.Requests);
        Assert.Equal("/openai/deployments/gpt-4o/chat/completions", received.Path);
        Assert.Contains("api-version=", received.Query, StringComparison.Ordinal);
        Assert.Equal("請摘要交通違規處理流程。", received.Json!["messages"]![1]!["content"]!.GetValue<string>());
        Assert.Equal(GuardHost.UpstreamKey, received.Header("api-key"));
        Assert.DoesNotContain(GuardHost.StaffKey, string.Join("\n", received.Headers.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompt_with_an_id_never_reaches_the_upstream_and_the_client_shows_the_chinese_message()
    {
        await using var guard = GuardHost.Start(_stub);
        var error = await Assert.ThrowsAsync<ClientResultException>(() => Azure(guard).CompleteChatAsync(Messages($"查詢身分證 {Id} 的前科")));

        Assert.Equal(400, error.Status);
        Assert.Contains("身分證統一編號 1 筆", error.Message, StringComparison.Ordinal);
        Assert.Contains("dataguard_blocked", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, error.Message, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Openai_chat_client_with_bearer_key_is_screened_too()
    {
        await using var guard = GuardHost.Start(_stub);
        var chat = OpenAi(guard);
        var clean = await chat.CompleteChatAsync(Messages("hello"));
        Assert.Equal("Hello from the stub upstream.", clean.Value.Content[0].Text);
        Assert.Equal("/v1/chat/completions", Assert.Single(_stub.Requests).Path);
        Assert.Equal("Bearer " + GuardHost.UpstreamKey, _stub.Requests[0].Header("authorization"));

        _stub.Clear();
        var error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync(Messages($"ID {Id}")));
        Assert.Contains("身分證統一編號", error.Message, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Redact_sends_placeholders_upstream()
    {
        await using var guard = GuardHost.Start(_stub, Policy("redact"));
        _stub.EchoPrompt();
        var result = await Azure(guard).CompleteChatAsync(Messages($"請查 {Id} 與 {OtherId}"));

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal("請查 <TW_NATIONAL_ID_1> 與 <TW_NATIONAL_ID_2>", sent.Json!["messages"]![1]!["content"]!.GetValue<string>());
        Assert.DoesNotContain(Id, sent.BodyText, StringComparison.Ordinal);
        // Redacted values are not restored: the answer keeps the placeholders.
        Assert.Equal("請查 <TW_NATIONAL_ID_1> 與 <TW_NATIONAL_ID_2>", result.Value.Content[0].Text);
    }

    [Fact]
    public async Task Pseudonymize_restores_the_values_in_a_json_answer()
    {
        await using var guard = GuardHost.Start(_stub, Policy("pseudonymize"));
        _stub.EchoPrompt();
        var result = await Azure(guard).CompleteChatAsync(Messages($"請查 {Id} 與 {OtherId}"));

        Assert.DoesNotContain(Id, Assert.Single(_stub.Requests).BodyText, StringComparison.Ordinal);
        Assert.Equal($"請查 {Id} 與 {OtherId}", result.Value.Content[0].Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Pseudonymize_restores_the_values_in_a_streamed_answer_split_anywhere(int chunkSize)
    {
        await using var guard = GuardHost.Start(_stub, Policy("pseudonymize"));
        _stub.EchoPrompt();
        _stub.ChunkSize = chunkSize;
        var answer = await StreamAsync(Azure(guard), $"案件 {Id} 由 {OtherId} 報案。");

        Assert.Equal($"案件 {Id} 由 {OtherId} 報案。", answer);
        Assert.DoesNotContain(Id, Assert.Single(_stub.Requests).BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pseudonymize_restores_a_placeholder_split_across_chunks_with_the_openai_client()
    {
        await using var guard = GuardHost.Start(_stub, Policy("pseudonymize"));
        _stub.Chunks = ["The person <TW_NAT", "IONAL_", "ID_1", "> is on file", "."];
        var answer = await StreamAsync(OpenAi(guard), $"who is {Id}?");
        Assert.Equal($"The person {Id} is on file.", answer);
    }

    [Fact]
    public async Task Streamed_clean_answer_passes_through()
    {
        await using var guard = GuardHost.Start(_stub);
        var answer = await StreamAsync(Azure(guard), "hello");
        Assert.Equal("Hello from the stub upstream.", answer);
    }

    [Fact]
    public async Task Azure_client_escapes_are_decoded_before_scanning()
    {
        // The Azure client writes non-ASCII as \uXXXX; full-width or Chinese context must not hide the ID.
        await using var guard = GuardHost.Start(_stub);
        await Assert.ThrowsAsync<ClientResultException>(() => Azure(guard).CompleteChatAsync(Messages($"報案人身分證字號：{Id}，電話請洽。")));
        Assert.Empty(_stub.Requests);
    }
}
