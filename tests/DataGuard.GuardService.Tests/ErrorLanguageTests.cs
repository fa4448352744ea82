using System.Net;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>The guard's own errors speak to staff in Traditional Chinese by default and in English on request; the contract fields do not change.</summary>
public class ErrorLanguageTests
{
    [Fact]
    public async Task Unauthorized_message_is_traditional_chinese_by_default()
    {
        await using var guard = GuardHost.Start(stub: null);
        using var response = await guard.PostJsonAsync(AzureChat, Chat("hello"), key: "not-a-key");
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(("invalid_api_key", "authentication_error"), (error["code"]!.GetValue<string>(), error["type"]!.GetValue<string>()));
        Assert.Null(error["param"]);
        Assert.Equal("需要有效的個人 DataGuard 金鑰（api-key 標頭或 Authorization: Bearer）。", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unauthorized_message_is_english_when_accept_language_prefers_english()
    {
        await using var guard = GuardHost.Start(stub: null);
        using var response = await guard.PostJsonAsync(AzureChat, Chat("hello"), key: "not-a-key", language: "en-US");
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(("invalid_api_key", "authentication_error"), (error["code"]!.GetValue<string>(), error["type"]!.GetValue<string>()));
        Assert.Equal("A valid personal DataGuard key is required (api-key header or Authorization: Bearer).", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_json_gets_a_chinese_lead_before_the_readers_detail()
    {
        await using var guard = GuardHost.Start(stub: null);
        using var chinese = await guard.PostJsonAsync(AzureChat, "{\"messages\": [");
        using var english = await guard.PostJsonAsync(AzureChat, "{\"messages\": [", language: "en");
        var zh = (await JsonAsync(chinese))["error"]!;
        var en = (await JsonAsync(english))["error"]!;
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), (chinese.StatusCode, zh["code"]!.GetValue<string>()));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_json"), (english.StatusCode, en["code"]!.GetValue<string>()));
        Assert.StartsWith("請求內容不是有效的 JSON：", zh["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("請求", en["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith(en["message"]!.GetValue<string>(), zh["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
