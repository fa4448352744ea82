using System.Net;
using System.Text.Json.Nodes;
using DataGuard.GuardService.Security;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

public class OperationsTests
{
    [Fact]
    public async Task Health_metrics_and_openapi_are_served()
    {
        await using var guard = GuardHost.Start(stub: null);
        using (await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"))) { }
        using var client = guard.Http(key: null);

        Assert.Equal("Healthy", await client.GetStringAsync("healthz"));
        var metrics = await client.GetStringAsync("metrics");
        Assert.Contains("dataguard_requests_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("verdict=\"block\"", metrics, StringComparison.Ordinal);
        Assert.Contains("type=\"TW_NATIONAL_ID\"", metrics, StringComparison.Ordinal);
        Assert.Contains("dataguard_scan_duration_milliseconds_bucket", metrics, StringComparison.Ordinal);

        var openapi = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var paths = openapi["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/v1/scan", paths);
        Assert.Contains("/v1/redact", paths);
        Assert.Contains("/v1/audit", paths);
        Assert.Contains("/v1/audit/verify", paths);
    }

    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]
    [InlineData("Production", HttpStatusCode.Unauthorized)]
    public async Task Demo_key_of_the_quick_start_only_works_in_development(string environment, HttpStatusCode expected)
    {
        await using var guard = GuardHost.Start(stub: null, environment: environment);
        using var response = await guard.PostJsonAsync("v1/scan", """{"text":"hello"}""", key: "dg-demo-key-for-development-only");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Keys_add_prints_a_key_and_only_its_hash_for_configuration()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, KeysCommand.Run(["keys", "add", "--user", "officer.lin", "--role", "auditor"], output, error));
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var key = lines[1];
        Assert.StartsWith("dg-", key, StringComparison.Ordinal);
        var entry = JsonNode.Parse(output.ToString()[output.ToString().IndexOf('{', StringComparison.Ordinal)..])!;
        Assert.Equal("officer.lin", entry["UserId"]!.GetValue<string>());
        Assert.Equal(KeyHash.Of(key), entry["KeyHash"]!.GetValue<string>());
        Assert.Equal("auditor", entry["Roles"]![0]!.GetValue<string>());
        Assert.DoesNotContain(key, entry.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_add_without_user_fails_with_usage()
    {
        var error = new StringWriter();
        Assert.Equal(2, KeysCommand.Run(["keys", "add"], new StringWriter(), error));
        Assert.Contains("--user is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_policy_stops_start_up_with_a_clear_message()
    {
        var error = GuardHost.Refusal(stub: null, new Dictionary<string, string?> { ["DataGuard:Policy:Types:TW_NATIONAL_ID:Action"] = "blok" });
        Assert.Contains("'blok'; expected block, redact, pseudonymize or allow", error.ToString(), StringComparison.Ordinal);
    }
}
