using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Client.ClientModel;
using DataGuard.Testing.StubUpstream;
using OpenAI;
using OpenAI.Chat;
using static DataGuard.Client.Tests.TestData;

namespace DataGuard.Client.Tests;

/// <summary>The pipeline policy in the real OpenAI 2.x client: chat, and the completions and Responses routes sent through its pipeline.</summary>
public sealed class OpenAIClientTests
{
    private static OpenAIClient OpenAI(StubUpstream stub, PromptGuard guard) =>
        new(new ApiKeyCredential("upstream-key"), new OpenAIClientOptions { Endpoint = new Uri(stub.BaseAddress, "v1/"), RetryPolicy = new ClientRetryPolicy(0) }.AddDataGuard(guard));

    [Fact]
    public async Task Chat_client_blocks_before_sending()
    {
        await using var stub = await StubUpstream.StartAsync();
        var chat = OpenAI(stub, Guard()).GetChatClient("gpt-4o-mini");

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => chat.CompleteChatAsync(new SystemChatMessage("你是助理"), new UserChatMessage(IdPrompt)));

        Assert.Empty(stub.Requests);
        Assert.Equal("messages[1].content", blocked.Param);
    }

    [Fact]
    public async Task Synchronous_calls_are_screened_and_restored_too()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();
        var chat = OpenAI(stub, Guard("pseudonymize")).GetChatClient("gpt-4o-mini");

        var completion = chat.CompleteChat(new UserChatMessage(IdPrompt));

        Assert.Equal(IdPrompt, completion.Value.Content[0].Text);
        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
        Assert.Throws<PersonalDataBlockedException>(() => OpenAI(stub, Guard()).GetChatClient("m").CompleteChat(new UserChatMessage(IdPrompt)));
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Completions_prompt_is_screened()
    {
        await using var stub = await StubUpstream.StartAsync();
        var client = OpenAI(stub, Guard());

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => SendAsync(client, stub, "completions", new { model = "m", prompt = IdPrompt }));

        Assert.Empty(stub.Requests);
        Assert.Equal("prompt", blocked.Param);
    }

    [Fact]
    public async Task Responses_input_and_instructions_are_screened()
    {
        await using var stub = await StubUpstream.StartAsync();
        var client = OpenAI(stub, Guard());

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() =>
            SendAsync(client, stub, "responses", new { model = "m", instructions = "以下是案件：" + NationalId, input = "摘要" }));

        Assert.Empty(stub.Requests);
        Assert.Equal("instructions", blocked.Param);
    }

    [Fact]
    public async Task Responses_stream_is_restored_event_by_event()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Answer = _ => "收到 <TW_NATIONAL_ID_1>。";
        stub.Chunks = ["收到 <TW_NATIONAL", "_ID_1", ">。"];
        var client = OpenAI(stub, Guard("pseudonymize"));

        var response = await SendAsync(client, stub, "responses", new { model = "m", input = IdPrompt, stream = true }, buffer: false);

        using var reader = new StreamReader(response.ContentStream!, Encoding.UTF8);
        var deltas = new StringBuilder();
        string? done = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var data = JsonNode.Parse(line[6..])!;
            var type = data["type"]!.GetValue<string>();
            if (type == "response.output_text.delta") deltas.Append(data["delta"]!.GetValue<string>());
            if (type == "response.output_text.done") done = data["text"]!.GetValue<string>();
        }
        Assert.Equal($"收到 {NationalId}。", deltas.ToString());
        Assert.Equal($"收到 {NationalId}。", done);
        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task Body_that_is_not_JSON_is_blocked_as_unreadable_by_default()
    {
        await using var stub = await StubUpstream.StartAsync();
        var client = OpenAI(stub, Guard());
        var message = client.Pipeline.CreateMessage();
        message.Request.Method = "POST";
        message.Request.Uri = new Uri(stub.BaseAddress, "v1/audio/transcriptions");
        message.Request.Headers.Set("Content-Type", "multipart/form-data; boundary=x");
        message.Request.Content = BinaryContent.Create(BinaryData.FromString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nRIFF....\r\n--x--"));

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(async () => await client.Pipeline.SendAsync(message));

        Assert.Empty(stub.Requests);
        Assert.Equal([new Screening.FindingCount("UNREADABLE_CONTENT", 1)], blocked.Findings);
    }

    [Fact]
    public async Task Requests_without_a_body_pass_through()
    {
        await using var stub = await StubUpstream.StartAsync();
        var client = OpenAI(stub, Guard());
        var message = client.Pipeline.CreateMessage();
        message.Request.Method = "GET";
        message.Request.Uri = new Uri(stub.BaseAddress, "v1/models");
        message.ResponseClassifier = PipelineMessageClassifier.Create([200, 404]);

        await client.Pipeline.SendAsync(message);

        Assert.Equal("GET", Assert.Single(stub.Requests).Method);
    }

    // Sends a raw request through the client's own pipeline (the policy included), as the protocol methods do.
    private static async Task<PipelineResponse> SendAsync(OpenAIClient client, StubUpstream stub, string route, object body, bool buffer = true)
    {
        var message = client.Pipeline.CreateMessage();
        message.Request.Method = "POST";
        message.Request.Uri = new Uri(stub.BaseAddress, "v1/" + route);
        message.Request.Headers.Set("Content-Type", "application/json");
        message.Request.Content = BinaryContent.Create(BinaryData.FromObjectAsJson(body));
        message.BufferResponse = buffer;
        await client.Pipeline.SendAsync(message);
        return message.ExtractResponse()!;
    }
}
