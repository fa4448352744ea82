using System.ClientModel;
using System.Net;
using System.Text;
using Azure.AI.OpenAI;
using DataGuard.Testing.StubUpstream;
using OpenAI.Chat;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>The guard with the full detection engine: every core type, disguises, and restoring what was written.</summary>
public class EngineTypesTests : IAsyncLifetime
{
    private StubUpstream _stub = null!;

    public async Task InitializeAsync() => _stub = await StubUpstream.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task Id_plate_and_chinese_numeral_phone_are_named_in_the_message()
    {
        await using var guard = GuardHost.Start(_stub);
        using var response = await guard.PostJsonAsync(AzureChat, Chat($"身分證 {Id}，車號 ABC-1234 的車主，手機零九一二三四五六七八"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response))["error"]!;
        var types = error["findings"]!.AsArray().Select(f => f!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["TW_NATIONAL_ID", "TW_LICENSE_PLATE", "PHONE_NUMBER"], types);
        var message = error["message"]!.GetValue<string>();
        Assert.Contains("身分證統一編號 1 筆", message, StringComparison.Ordinal);
        Assert.Contains("車牌號碼 1 筆", message, StringComparison.Ordinal);
        Assert.Contains("電話號碼 1 筆", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ABC-1234", message, StringComparison.Ordinal);
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("電話 0912-345-678")]
    [InlineData("信箱 officer.lin@example.com")]
    [InlineData("居留證 A800000014")]
    [InlineData("卡號 4111 1111 1111 1111")]
    [InlineData("身分證 A\u200B123456789")]
    [InlineData("身分證 Ａ１２３４５６７８９")]
    public async Task Every_core_type_and_disguise_is_blocked_through_the_azure_client(string prompt)
    {
        await using var guard = GuardHost.Start(_stub);
        var chat = new AzureOpenAIClient(guard.BaseAddress, new ApiKeyCredential(GuardHost.StaffKey)).GetChatClient("gpt-4o");
        var error = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage(prompt)]));
        Assert.Equal(400, error.Status);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Pseudonymized_phone_comes_back_as_it_was_written()
    {
        await using var guard = GuardHost.Start(_stub, new Dictionary<string, string?> { ["DataGuard:Policy:Types:PHONE_NUMBER:Action"] = "pseudonymize" });
        _stub.EchoPrompt();
        _stub.ChunkSize = 2;
        var chat = new AzureOpenAIClient(guard.BaseAddress, new ApiKeyCredential(GuardHost.StaffKey)).GetChatClient("gpt-4o");
        var answer = new StringBuilder();
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("請回撥零九一二三四五六七八或 0987-654-321")]))
        {
            foreach (var part in update.ContentUpdate) answer.Append(part.Text);
        }
        Assert.Equal("請回撥零九一二三四五六七八或 0987-654-321", answer.ToString());
        var sent = Assert.Single(_stub.Requests).Json!["messages"]![0]!["content"]!.GetValue<string>();
        Assert.Equal("請回撥<PHONE_NUMBER_1>或 <PHONE_NUMBER_2>", sent);
    }
}
