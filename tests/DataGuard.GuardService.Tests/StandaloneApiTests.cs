using System.Net;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

public class StandaloneApiTests : IAsyncLifetime
{
    private GuardHost _guard = null!;

    public Task InitializeAsync()
    {
        _guard = GuardHost.Start(stub: null);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _guard.DisposeAsync();

    [Fact]
    public async Task Scan_returns_verdict_and_utf16_offsets()
    {
        using var response = await _guard.PostJsonAsync("v1/scan", $$"""{"text":"報案人😀 {{Id}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("block", body["verdict"]!.GetValue<string>());
        var finding = body["findings"]![0]!;
        Assert.Equal("TW_NATIONAL_ID", finding["type"]!.GetValue<string>());
        Assert.Equal("報案人😀 ".Length, finding["start"]!.GetValue<int>());
        Assert.Equal(10, finding["length"]!.GetValue<int>());
        Assert.InRange(finding["score"]!.GetValue<double>(), 0.5, 1);
    }

    [Fact]
    public async Task Scan_of_clean_text_allows()
    {
        using var response = await _guard.PostJsonAsync("v1/scan", """{"text":"今天天氣很好"}""");
        var body = await JsonAsync(response);
        Assert.Equal("allow", body["verdict"]!.GetValue<string>());
        Assert.Empty(body["findings"]!.AsArray());
    }

    [Theory]
    [InlineData("placeholder", "id <TW_NATIONAL_ID_1> again <TW_NATIONAL_ID_1>")]
    [InlineData("mask", "id A********* again A*********")]
    public async Task Redact_replaces_values(string op, string expected)
    {
        using var response = await _guard.PostJsonAsync("v1/redact", $$"""{"text":"id {{Id}} again {{Id}}","operator":"{{op}}"}""");
        var body = await JsonAsync(response);
        Assert.Equal(expected, body["text"]!.GetValue<string>());
        Assert.Equal(2, body["findings"]!.AsArray().Count);
        Assert.Equal(3, body["findings"]![0]!["start"]!.GetValue<int>());
    }

    [Fact]
    public async Task Redact_hash_is_keyed_and_stable()
    {
        using var first = await _guard.PostJsonAsync("v1/redact", $$"""{"text":"{{Id}}","operator":"hash"}""");
        using var second = await _guard.PostJsonAsync("v1/redact", $$"""{"text":"x {{Id}}","operator":"hash"}""");
        var a = (await JsonAsync(first))["text"]!.GetValue<string>();
        var b = (await JsonAsync(second))["text"]!.GetValue<string>();
        Assert.Matches("^<TW_NATIONAL_ID:[0-9a-f]{32}>$", a);
        Assert.Equal("x " + a, b);
        Assert.DoesNotContain(Id, a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":"x","operator":"shred"}""", "invalid_request")]
    [InlineData("""{"nottext":"x"}""", "invalid_json")]
    [InlineData("""not json""", "invalid_json")]
    public async Task Bad_requests_are_400(string json, string code)
    {
        using var response = await _guard.PostJsonAsync("v1/redact", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await JsonAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Standalone_api_needs_a_key()
    {
        using var response = await _guard.PostJsonAsync("v1/scan", """{"text":"x"}""", key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
