using System.Net;
using System.Text.Json.Nodes;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>The blocked response contract, over every screened route and field kind.</summary>
public class BlockedResponseTests : GuardWithStub
{
    [Fact]
    public async Task Blocked_response_has_the_contract_shape_and_request_id()
    {
        using var response = await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("x-dataguard-request-id").Single());
        var error = (await JsonAsync(response))["error"]!.AsObject();
        Assert.Equal("dataguard_blocked", error["code"]!.GetValue<string>());
        Assert.Equal("invalid_request_error", error["type"]!.GetValue<string>());
        Assert.Equal("messages[1].content", error["param"]!.GetValue<string>());
        Assert.Contains("身分證統一編號", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""[{"type":"TW_NATIONAL_ID","count":1}]""", error["findings"]!.ToJsonString());
        Assert.DoesNotContain(Id, error.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_message_with_accept_language_en()
    {
        using var response = await _guard.PostJsonAsync(AzureChat, Chat($"check {Id}"), language: "en");
        var message = (await JsonAsync(response))["error"]!["message"]!.GetValue<string>();
        Assert.Contains("national ID number", message, StringComparison.Ordinal);
        Assert.DoesNotContain("身分證", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escaped_id_in_raw_json_is_blocked()
    {
        using var response = await _guard.PostJsonAsync(AzureChat, """{"messages":[{"role":"user","content":"\u0041123456789"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("v1/responses", """{"model":"m","input":"查 A123456789"}""", "input")]
    [InlineData("openai/v1/responses", """{"model":"m","instructions":"A123456789","input":"hi"}""", "instructions")]
    [InlineData("v1/responses", """{"model":"m","input":[{"type":"function_call_output","call_id":"c","output":"{\"id\":\"A123456789\"}"}]}""", "input[0].output.id")]
    [InlineData("v1/completions", """{"model":"m","prompt":["ok","A123456789"]}""", "prompt[1]")]
    [InlineData("openai/deployments/d/completions?api-version=2024-10-21", """{"prompt":"A123456789"}""", "prompt")]
    [InlineData("v1/embeddings", """{"model":"m","input":["ok","A123456789"]}""", "input[1]")]
    [InlineData("openai/v1/embeddings", """{"model":"m","input":"A123456789"}""", "input")]
    [InlineData("openai/deployments/d/embeddings?api-version=2024-10-21", """{"input":"A123456789"}""", "input")]
    [InlineData("openai/v1/chat/completions", """{"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"q\":\"A123456789\"}"}}]}]}""", "messages[0].tool_calls[0].function.arguments.q")]
    [InlineData("v1/chat/completions", """{"model":"m","messages":[{"role":"user","name":"A123456789","content":"hi"}]}""", "messages[0].name")]
    [InlineData("v1/chat/completions", """{"model":"m","messages":[{"role":"tool","tool_call_id":"c","content":"A123456789"}]}""", "messages[0].content")]
    [InlineData("v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"lookup","description":"look up A123456789"}}]}""", "tools[0].function.description")]
    [InlineData("v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"hi"},{"type":"text","text":"A123456789"}]}]}""", "messages[0].content[1].text")]
    [InlineData("v1/responses", """{"model":"m","input":[{"role":"user","content":[{"type":"input_text","text":"A123456789"}]}]}""", "input[0].content[0].text")]
    public async Task Every_screened_route_and_field_is_blocked(string path, string json, string param)
    {
        using var response = await _guard.PostJsonAsync(path, json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(param, (await JsonAsync(response))["error"]!["param"]!.GetValue<string>());
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData("v1/responses", """{"model":"m","input":"hello"}""")]
    [InlineData("v1/completions", """{"model":"m","prompt":"hello"}""")]
    [InlineData("v1/embeddings", """{"model":"m","input":["hello"]}""")]
    [InlineData("openai/v1/chat/completions", """{"model":"m","messages":[{"role":"user","content":"hello"}]}""")]
    public async Task Clean_requests_on_every_route_are_forwarded_byte_for_byte(string path, string json)
    {
        using var response = await _guard.PostJsonAsync(path, json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_stub.Requests);
        Assert.Equal("/" + path.Split('?')[0], received.Path);
        Assert.Equal(json, received.BodyText);
    }
}
