using System.Text.Json.Nodes;
using System.Net;
using System.Net.Sockets;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>What happens around the upstream: none configured, unreachable, failing, limits.</summary>
public class UpstreamTests
{
    // A response without a guard error says what it was instead (its status and body: the tests' prompts hold no personal
    // data), so an intermittent failure shows its cause rather than a NullReferenceException.
    private static async Task<(HttpStatusCode, string)> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var code = JsonNode.Parse(body)?["error"]?["code"]?.GetValue<string>();
        Assert.True(code is not null, $"expected a guard error, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        return (response.StatusCode, code!);
    }

    [Fact]
    public async Task Without_an_upstream_screening_works_and_clean_requests_get_503()
    {
        await using var guard = GuardHost.Start(stub: null);
        using (var clean = await guard.PostJsonAsync(AzureChat, Chat("hello"), language: "en"))
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "no_upstream"), await ErrorAsync(clean));
            var message = (await JsonAsync(clean))["error"]!["message"]!.GetValue<string>();
            Assert.Contains("no upstream configured", message, StringComparison.Ordinal);
        }
        using (var blocked = await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"))) Assert.Equal((HttpStatusCode.BadRequest, "dataguard_blocked"), await ErrorAsync(blocked));
        using var scan = await guard.PostJsonAsync("v1/scan", $$"""{"text":"{{Id}}"}""");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
    }

    [Fact]
    public async Task Unreachable_upstream_is_502()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var guard = GuardHost.Start(stub: null, new Dictionary<string, string?>
        {
            ["DataGuard:Upstreams:Azure:Address"] = $"http://127.0.0.1:{port}/",
        });
        using var response = await guard.PostJsonAsync(AzureChat, Chat("hello"));
        Assert.Equal((HttpStatusCode.BadGateway, "upstream_unreachable"), await ErrorAsync(response));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(401)]
    public async Task Upstream_errors_pass_through(int status)
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.FailWithStatus = status;
        await using var guard = GuardHost.Start(stub);
        using var response = await guard.PostJsonAsync(AzureChat, Chat("hello"));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("stub_error", (await JsonAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upstream_error_answers_are_restored_when_pseudonymizing()
    {
        await using var stub = await StubUpstream.StartAsync();
        stub.FailWithStatus = 500;
        await using var guard = GuardHost.Start(stub, new Dictionary<string, string?> { ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = "pseudonymize" });
        using var response = await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Each_person_has_their_own_rate_limit()
    {
        await using var stub = await StubUpstream.StartAsync();
        await using var guard = GuardHost.Start(stub, new Dictionary<string, string?> { ["DataGuard:Access:RateLimitPermits"] = "2" });
        for (int i = 0; i < 2; i++)
        {
            using var ok = await guard.PostJsonAsync("v1/scan", """{"text":"hello"}""");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var limited = await guard.PostJsonAsync(AzureChat, Chat("hello")))
        {
            Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            Assert.Equal((HttpStatusCode.TooManyRequests, "rate_limit_exceeded"), await ErrorAsync(limited));
        }
        Assert.Empty(stub.Requests);
        // Another person is not affected.
        using var other = await guard.PostJsonAsync("v1/scan", """{"text":"hello"}""", key: GuardHost.AuditorKey);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Screening_time_out_is_503_and_nothing_is_forwarded()
    {
        await using var stub = await StubUpstream.StartAsync();
        // A body that takes far longer than the 1 ms budget to screen on any machine, so the time-out always wins.
        await using var guard = GuardHost.Start(stub, new Dictionary<string, string?>
        {
            ["DataGuard:Guard:ScanTimeout"] = "00:00:00.001",
            ["DataGuard:Guard:MaxBodyBytes"] = "16777216",
        });
        var many = "{\"messages\":[" + string.Join(",", Enumerable.Range(0, 60000).Select(i => $"{{\"role\":\"user\",\"content\":\"message number {i} with some ordinary words in it\"}}")) + "]}";
        using var response = await guard.PostJsonAsync(AzureChat, many);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "screening_unavailable"), await ErrorAsync(response));
        Assert.Empty(stub.Requests);
    }
}
