using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using DataGuard.Client.ExtensionsAI;
using DataGuard.Screening;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.AI;
using OpenAI;
using static DataGuard.Client.ExtensionsAI.Tests.TestData;

namespace DataGuard.Client.ExtensionsAI.Tests;

/// <summary><c>ChatClientBuilder.UseDataGuard</c> over Microsoft.Extensions.AI.OpenAI's <c>AsIChatClient()</c>, against the loopback stub upstream.</summary>
public sealed class ChatClientMiddlewareTests
{
    internal static OpenAIClient OpenAI(StubUpstream stub, OpenAIClientOptions? options = null)
    {
        options ??= new OpenAIClientOptions();
        options.Endpoint = new Uri(stub.BaseAddress, "v1/");
        options.RetryPolicy = new ClientRetryPolicy(0);
        return new OpenAIClient(new ApiKeyCredential("upstream-key"), options);
    }

    private static IChatClient Chat(StubUpstream stub, PromptGuard guard) =>
        OpenAI(stub).GetChatClient("gpt-4o-mini").AsIChatClient().AsBuilder().UseDataGuard(guard).Build();

    [Fact]
    public async Task Clean_prompt_reaches_the_upstream()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Answer = _ => "好的。";

        var response = await Chat(stub, Guard()).GetResponseAsync(CleanPrompt);

        Assert.Equal("好的。", response.Text);
        Assert.Contains(CleanPrompt, Assert.Single(stub.Requests).Json!["messages"]![0]!["content"]!.ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Blocked_prompt_never_reaches_the_inner_client()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() =>
            Chat(stub, Guard()).GetResponseAsync([new ChatMessage(ChatRole.System, "你是助理"), new ChatMessage(ChatRole.User, IdPrompt)]));

        Assert.Empty(stub.Requests);
        Assert.Equal("messages[1].content[0].text", blocked.Param);
        Assert.Equal([new FindingCount("TW_NATIONAL_ID", 1)], blocked.Findings);
        Assert.Equal(BlockedMessage.Create(blocked.Findings, ["messages[1].content[0].text"]), blocked.Message);
        Assert.StartsWith("DataGuard 已攔下這個請求，內容沒有送到 AI 服務。 在第 2 則訊息", blocked.Message);
        Assert.DoesNotContain(NationalId, blocked.Message);
    }

    [Fact]
    public async Task Blocked_streaming_request_never_reaches_the_inner_client()
    {
        await using var stub = await StubUpstream.StartAsync();

        await Assert.ThrowsAsync<PersonalDataBlockedException>(async () =>
        {
            await foreach (var _ in Chat(stub, Guard()).GetStreamingResponseAsync(IdPrompt)) { }
        });

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Redacted_prompt_arrives_with_placeholders_and_the_callers_messages_are_untouched()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();
        var message = new ChatMessage(ChatRole.User, IdPrompt);

        var response = await Chat(stub, Guard("redact")).GetResponseAsync([message]);

        var received = Assert.Single(stub.Requests).BodyText;
        Assert.DoesNotContain(NationalId, received);
        Assert.Contains("<TW_NATIONAL_ID_1>", received);
        Assert.Contains("<TW_NATIONAL_ID_1>", response.Text);
        Assert.Equal(IdPrompt, message.Text);
    }

    [Fact]
    public async Task Raw_representation_holding_the_value_is_not_sent()
    {
        // Some clients send a message's raw representation instead of its contents; it still holds the original text.
        await using var stub = await StubUpstream.StartAsync();
        var message = new ChatMessage(ChatRole.User, IdPrompt) { RawRepresentation = new global::OpenAI.Chat.UserChatMessage(IdPrompt) };

        await Chat(stub, Guard("redact")).GetResponseAsync([message]);

        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task Pseudonymized_answer_comes_back_with_the_original_value()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();

        var response = await Chat(stub, Guard("pseudonymize")).GetResponseAsync(IdPrompt);

        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
        Assert.Equal(IdPrompt, response.Text);
    }

    [Fact]
    public async Task Pseudonymized_streamed_answer_is_restored_when_a_placeholder_is_split_across_updates()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.Chunks = ["查詢 <", "TW_NATIONAL_I", "D_1", "> 完成", "。<TW_NATIONAL_ID_1"];

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in Chat(stub, Guard("pseudonymize")).GetStreamingResponseAsync(IdPrompt)) updates.Add(update);

        Assert.Equal($"查詢 {NationalId} 完成。<TW_NATIONAL_ID_1", string.Concat(updates.Select(u => u.Text)));
        // Only a possible placeholder is held back: text before it goes out with its own update.
        Assert.Equal("查詢 ", updates.First(u => u.Text.Length > 0).Text);
        Assert.Equal($"查詢 {NationalId} 完成。<TW_NATIONAL_ID_1", updates.ToChatResponse().Text);
        Assert.DoesNotContain(updates, u => u.Text.Contains("<TW_NATIONAL_ID_1>", StringComparison.Ordinal));
        Assert.DoesNotContain(NationalId, Assert.Single(stub.Requests).BodyText);
    }

    [Fact]
    public async Task Function_call_arguments_are_screened()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).GetResponseAsync(ToolConversation()));

        Assert.Empty(stub.Requests);
        Assert.StartsWith("messages[1].tool_calls[0].function.arguments", blocked.Param);
    }

    [Fact]
    public async Task Function_call_arguments_and_results_are_redacted()
    {
        await using var stub = await StubUpstream.StartAsync();

        await Chat(stub, Guard("redact")).GetResponseAsync(ToolConversation());

        var request = Assert.Single(stub.Requests);
        Assert.DoesNotContain(NationalId, request.BodyText);
        var messages = request.Json!["messages"]!.AsArray();
        var arguments = JsonDocument.Parse(messages[1]!["tool_calls"]![0]!["function"]!["arguments"]!.GetValue<string>()).RootElement;
        Assert.Equal("<TW_NATIONAL_ID_1>", arguments.GetProperty("id").GetString());
        Assert.Equal(2, arguments.GetProperty("years").GetInt32());
        Assert.Contains("<TW_NATIONAL_ID_1>", messages[2]!["content"]!.ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Function_result_objects_are_screened()
    {
        await using var stub = await StubUpstream.StartAsync();
        ChatMessage[] conversation =
        [
            new(ChatRole.User, "查詢車主"),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "owner_of", new Dictionary<string, object?> { ["plate"] = "甲車" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", new { owner = "王小明", id = NationalId })]),
        ];

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).GetResponseAsync(conversation));

        Assert.Empty(stub.Requests);
        Assert.StartsWith("messages[2].tool_results[0].content", blocked.Param);
    }

    [Fact]
    public async Task Instructions_are_screened()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() =>
            Chat(stub, Guard()).GetResponseAsync(CleanPrompt, new ChatOptions { Instructions = "本案當事人 " + NationalId }));

        Assert.Empty(stub.Requests);
        Assert.Equal("instructions", blocked.Param);
    }

    [Fact]
    public async Task Images_are_blocked_as_unreadable_by_default()
    {
        await using var stub = await StubUpstream.StartAsync();
        var message = new ChatMessage(ChatRole.User, [new TextContent("這張照片裡是誰？"), new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png")]);

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).GetResponseAsync([message]));

        Assert.Empty(stub.Requests);
        Assert.Equal([new FindingCount(ScreeningPolicy.UnreadableContentType, 1)], blocked.Findings);
    }

    [Fact]
    public async Task Phone_number_in_Chinese_numerals_is_pseudonymized_and_restored()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.EchoPrompt();
        var prompt = $"報案人電話 {ChineseNumeralPhone}，請整理筆錄。";

        var response = await Chat(stub, Guard(phoneAction: "pseudonymize")).GetResponseAsync(prompt);

        var received = Assert.Single(stub.Requests).BodyText;
        Assert.DoesNotContain(ChineseNumeralPhone, received);
        Assert.Contains("<PHONE_NUMBER_1>", received);
        Assert.Equal(prompt, response.Text);
    }

    [Fact]
    public async Task Licence_plate_is_blocked_by_default()
    {
        await using var stub = await StubUpstream.StartAsync();

        var blocked = await Assert.ThrowsAsync<PersonalDataBlockedException>(() => Chat(stub, Guard()).GetResponseAsync($"車牌 {Plate} 的車主是誰？"));

        Assert.Empty(stub.Requests);
        Assert.Contains(blocked.Findings, f => f.Type == "TW_LICENSE_PLATE");
    }

    private static ChatMessage[] ToolConversation() =>
    [
        new(ChatRole.User, "查詢這個人的紀錄"),
        new(ChatRole.Assistant, [new FunctionCallContent("call_1", "lookup", new Dictionary<string, object?> { ["id"] = NationalId, ["years"] = 2 })]),
        new(ChatRole.Tool, [new FunctionResultContent("call_1", $"{NationalId}：查無資料")]),
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
