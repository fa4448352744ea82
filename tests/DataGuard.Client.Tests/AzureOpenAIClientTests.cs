using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using DataGuard.Client.ClientModel;
using DataGuard.Screening;
using DataGuard.Testing.StubUpstream;
using OpenAI.Chat;
using static DataGuard.Client.Tests.TestData;

namespace DataGuard.Client.Tests;

/// <summary>The pipeline policy in the real Azure.AI.OpenAI 2.1.0 client, against the loopback stub upstream.</summary>
public sealed class AzureOpenAIClientTests
{
    private static ChatClient Chat(StubUpstream stub, PromptGuard guard) => Azure(stub, guard).GetChatClient("gpt-4o-mini");

    internal static AzureOpenAIClient Azure(StubUpstream stub, PromptGuard guard) =>
        new(stub.BaseAddress, new ApiKeyCredential("upstream-key"), new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(0) }.AddDataGuard(guard));

    [Fact]
    public async Task Clean_prompt_reaches_the_upstream_and_the_answer_comes_back()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Answer = _ => "好的，以下是重點。";

        var completion = await Chat(stub, Guard()).CompleteChatAsync(new UserChatMessage(CleanPrompt));

        Assert.Equal("好的，以下是重點。", completion.Value.Content[0].Text);
        var request = Assert.Single(stub.Requests);
        Assert.EndsWith("/chat/completions", request.Path);
        Assert.Contains(CleanPrompt, request.Json!["messages"]![0]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task Blocked_prompt_never_leaves_the_process()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Empty(stub.Requests);
        Assert.Equal([new FindingCount("TW_NATIONAL_ID", 1)], blocked.Findings);
        Assert.Equal("messages[0].content", blocked.Param);
        Assert.Equal("dataguard_blocked", blocked.Code);
        Assert.DoesNotContain(NationalId, blocked.Message);
        Assert.DoesNotContain(NationalId, blocked.ToString());
    }

    [Fact]
    public async Task Blocked_message_is_the_documented_Traditional_Chinese_explanation()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Equal(Documented.BlockedNationalIdZh, blocked.Message);
        Assert.Equal(BlockedMessage.Create([new FindingCount("TW_NATIONAL_ID", 1)], ["messages[0].content"]), blocked.Message);
    }

    [Fact]
    public async Task Blocked_message_is_in_English_when_configured()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard(language: "en")).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.Equal(Documented.BlockedNationalIdEn, blocked.Message);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Blocked_exception_is_a_ClientResultException_like_the_guard_services_400()
    {
        await using var stub = await StubUpstream.StartAsync();

        var failed = await Assert.ThrowsAnyAsync<ClientResultException>(() => Chat(stub, Guard()).CompleteChatAsync(new UserChatMessage(IdPrompt)));

        Assert.IsType<PersonalDataBlockedException>(failed);
        Assert.Null(failed.GetRawResponse());
    }

    [Fact]
    public async Task Blocked_streaming_request_never_leaves_the_process()
    {
        await using var stub = await StubUpstream.StartAsync();

        await Assert.ThrowsAsync<PersonalDataBlockedException>(async () =>
        {
            await foreach (var _ in Chat(stub, Guard()).CompleteChatStreamingAsync(new UserChatMessage(IdPrompt))) { }
        });

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Redacted_prompt_arrives_with_a_placeholder()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();

        var completion = await Chat(stub, Guard("redact")).CompleteChatAsync(new UserChatMessage(IdPrompt));

        var received = Assert.Single(stub.Requests).BodyText;
        Assert.DoesNotContain(NationalId, received);
        Assert.Contains("<TW_NATIONAL_ID_1>", received);
        // Redacted values are not restored: the answer keeps the placeholder.
        Assert.Contains("<TW_NATIONAL_ID_1>", completion.Value.Content[0].Text);
    }

    [Fact]
    public async Task Pseudonymized_answer_comes_back_with_the_original_value()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();

        var completion = await Chat(stub, Guard("pseudonymize")).CompleteChatAsync(new UserChatMessage(IdPrompt));

        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
        Assert.Equal(IdPrompt, completion.Value.Content[0].Text);
    }

    [Fact]
    public async Task Pseudonymized_streamed_answer_is_restored_when_a_placeholder_is_split_across_chunks()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Chunks = ["查詢 <TW_NA", "TIONAL", "_ID_1", "> 完成", "。"];

        var text = new System.Text.StringBuilder();
        await foreach (var update in Chat(stub, Guard("pseudonymize")).CompleteChatStreamingAsync(new UserChatMessage(IdPrompt)))
        {
            foreach (var part in update.ContentUpdate) text.Append(part.Text);
        }

        Assert.Equal($"查詢 {NationalId} 完成。", text.ToString());
        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task Tool_call_arguments_are_screened()
    {
        await using var stub = await StubUpstream.StartAsync();
        ChatMessage[] conversation =
        [
            new UserChatMessage("查詢這個人的紀錄"),
            new AssistantChatMessage([ChatToolCall.CreateFunctionToolCall("call_1", "lookup", BinaryData.FromString($$"""{"id":"{{NationalId}}"}"""))]),
            new ToolChatMessage("call_1", "查無資料"),
        ];

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).CompleteChatAsync(conversation));

        Assert.Empty(stub.Requests);
        Assert.StartsWith("messages[1].tool_calls[0].function.arguments", blocked.Param);
    }

    [Fact]
    public async Task Embeddings_are_blocked_before_they_leave()
    {
        await using var stub = await StubUpstream.StartAsync();
        var embeddings = Azure(stub, Guard()).GetEmbeddingClient("text-embedding-3-small");

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => embeddings.GenerateEmbeddingsAsync(["交通違規", IdPrompt]));

        Assert.Empty(stub.Requests);
        Assert.Equal("input[1]", blocked.Param);
    }

    [Fact]
    public async Task Embeddings_are_redacted()
    {
        await using var stub = await StubUpstream.StartAsync();
        var embeddings = Azure(stub, Guard("redact")).GetEmbeddingClient("text-embedding-3-small");

        // The protocol method asks for floats (the stub answers floats only); the body goes through the same pipeline.
        var body = BinaryContent.Create(BinaryData.FromObjectAsJson(new { input = new[] { "交通違規", IdPrompt }, model = "text-embedding-3-small", encoding_format = "float" }));
        var result = await embeddings.GenerateEmbeddingsAsync(body);

        Assert.Equal(200, result.GetRawResponse().Status);
        var received = Assert.Single(stub.Requests).BodyText;
        Assert.DoesNotContain(NationalId, received);
        Assert.Contains("<TW_NATIONAL_ID_1>", received);
    }

    [Fact]
    public async Task Azure_client_escapes_are_decoded_before_screening()
    {
        // The Azure client sends every non-ASCII character as \uXXXX; a disguised "\u0041" must still be read as an ID.
        await using var stub = await StubUpstream.StartAsync();
        var client = Azure(stub, Guard());

        await Assert.ThrowsAsync<PersonalDataBlockedException>(() => client.GetChatClient("d").CompleteChatAsync(new UserChatMessage("身分證：" + NationalId)));

        Assert.Empty(stub.Requests);
    }
}
