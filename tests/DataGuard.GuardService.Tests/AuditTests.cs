using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataGuard.Testing.StubUpstream;
using Microsoft.Data.Sqlite;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>The audit trail: one row per request, no values anywhere in the file, a hash chain that shows tampering.</summary>
public class AuditTests : IAsyncLifetime
{
    private StubUpstream _stub = null!;
    private GuardHost _guard = null!;

    public async Task InitializeAsync()
    {
        _stub = await StubUpstream.StartAsync();
        _guard = GuardHost.Start(_stub, new Dictionary<string, string?> { ["DataGuard:Policy:Types:PHONE_NUMBER:Action"] = "pseudonymize" });
    }

    public async Task DisposeAsync()
    {
        await _guard.DisposeAsync();
        await _stub.DisposeAsync();
    }

    private async Task<JsonNode> AuditAsync(string query = "")
    {
        using var client = _guard.Http(GuardHost.AuditorKey);
        using var response = await client.GetAsync("v1/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [Fact]
    public async Task Each_request_gets_one_record_with_counts_and_fingerprints_but_no_values()
    {
        using (var blocked = await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id} 與 {OtherId} 與 {Id}"))) Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        using (var clean = await _guard.PostJsonAsync("v1/chat/completions", Chat("hello"))) Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        using (var scan = await _guard.PostJsonAsync("v1/scan", $$"""{"text":"{{Id}}"}""")) Assert.Equal(HttpStatusCode.OK, scan.StatusCode);

        var page = await AuditAsync();
        var records = page["records"]!.AsArray();
        Assert.Equal(3, records.Count);
        var block = records[0]!;
        Assert.Equal("staff.alice", block["user"]!.GetValue<string>());
        Assert.Equal("/openai/deployments/{deployment}/chat/completions", block["route"]!.GetValue<string>());
        Assert.Equal("gpt-4o", block["deployment"]!.GetValue<string>());
        Assert.Equal("gpt-4o", block["model"]!.GetValue<string>());
        Assert.Equal("block", block["verdict"]!.GetValue<string>());
        Assert.Equal(400, block["status"]!.GetValue<int>());
        Assert.Equal(3, block["counts"]!["TW_NATIONAL_ID"]!.GetValue<int>());
        Assert.Equal(2, block["fingerprints"]!.AsArray().Count); // two distinct IDs
        Assert.Matches("^[0-9a-f]{32}$", block["requestId"]!.GetValue<string>());
        Assert.Equal("allow", records[1]!["verdict"]!.GetValue<string>());
        // The same ID in another request has the same fingerprint: repeated sending is visible without the value.
        Assert.Contains(records[2]!["fingerprints"]![0]!.GetValue<string>(), block["fingerprints"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.DoesNotContain(Id, page.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_file_never_holds_the_values_sent()
    {
        const string phone = "0912345678";
        var values = new[] { Id, OtherId, phone };
        _stub.EchoPrompt();
        using (await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"))) { }
        using (await _guard.PostJsonAsync("v1/chat/completions", Chat($"電話 {phone}"))) { }
        using (await _guard.PostJsonAsync("v1/redact", $$"""{"text":"{{OtherId}} {{phone}}","operator":"mask"}""")) { }
        using (await _guard.PostJsonAsync("v1/scan", """{"text":"\u0042120863130"}""")) { }
        var page = await AuditAsync();
        Assert.Equal(4, page["records"]!.AsArray().Count);

        // Read every byte of the database and its write-ahead log, while the guard still has them open.
        var bytes = new List<byte>();
        foreach (var path in new[] { _guard.AuditPath, _guard.AuditPath + "-wal" })
        {
            if (!File.Exists(path)) continue;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }
        Assert.True(bytes.Count > 4096);
        var haystack = bytes.ToArray();
        foreach (var value in values)
        {
            Assert.Equal(-1, haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)));
            Assert.Equal(-1, haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(value)));
            Assert.Equal(-1, haystack.AsSpan().IndexOf(Encoding.BigEndianUnicode.GetBytes(value)));
        }
        // The audit rows are really there (the search above would pass on an empty file).
        Assert.NotEqual(-1, haystack.AsSpan().IndexOf("staff.alice"u8));
    }

    [Fact]
    public async Task Concurrent_requests_each_get_one_record_in_an_intact_chain_visible_as_soon_as_they_are_answered()
    {
        const int clean = 120, blocked = 30;
        var requests = Enumerable.Range(0, clean + blocked).Select(async i =>
        {
            using var response = await _guard.PostJsonAsync(AzureChat, i < clean ? Chat($"hello {i}") : Chat($"查 {Id}"));
            Assert.Equal(i < clean ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
            return response.Headers.GetValues("x-dataguard-request-id").Single();
        });
        var ids = await Task.WhenAll(requests);

        // No waiting: the audit API itself waits for the records of answered requests.
        using var auditor = _guard.Http(GuardHost.AuditorKey);
        using (var verify = await auditor.GetAsync("v1/audit/verify"))
        {
            Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
            var result = (await verify.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.True(result["intact"]!.GetValue<bool>());
            Assert.Equal(clean + blocked, result["records"]!.GetValue<int>());
        }
        var page = await AuditAsync("?pageSize=500");
        Assert.Equal(clean + blocked, page["total"]!.GetValue<int>());
        var recorded = page["records"]!.AsArray().Select(r => r!["requestId"]!.GetValue<string>()).ToHashSet();
        Assert.True(recorded.SetEquals(ids));
        Assert.Equal(blocked, (await AuditAsync("?verdict=block"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Tampering_with_a_row_breaks_the_chain()
    {
        for (int i = 0; i < 3; i++)
        {
            using (await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"))) { }
        }
        using var auditor = _guard.Http(GuardHost.AuditorKey);
        using (var intact = await auditor.GetAsync("v1/audit/verify"))
        {
            Assert.Equal(HttpStatusCode.OK, intact.StatusCode);
            var result = (await intact.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.True(result["intact"]!.GetValue<bool>());
            Assert.Equal(3, result["records"]!.GetValue<int>());
        }

        await using (var connection = new SqliteConnection($"Data Source={_guard.AuditPath}"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE audit SET verdict = 'allow' WHERE id = 2";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        using var broken = await auditor.GetAsync("v1/audit/verify");
        Assert.Equal(HttpStatusCode.Conflict, broken.StatusCode);
        var verdict = (await broken.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.False(verdict["intact"]!.GetValue<bool>());
        Assert.Equal(2, verdict["brokenAt"]!.GetValue<int>());
    }

    [Fact]
    public async Task Deleting_a_row_breaks_the_chain()
    {
        for (int i = 0; i < 3; i++)
        {
            using (await _guard.PostJsonAsync("v1/scan", """{"text":"hello"}""")) { }
        }
        using var auditor = _guard.Http(GuardHost.AuditorKey);
        (await auditor.GetAsync("v1/audit/verify")).Dispose();
        await using (var connection = new SqliteConnection($"Data Source={_guard.AuditPath}"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM audit WHERE id = 2";
            await delete.ExecuteNonQueryAsync();
        }
        using var broken = await auditor.GetAsync("v1/audit/verify");
        Assert.Equal(HttpStatusCode.Conflict, broken.StatusCode);
    }

    [Fact]
    public async Task Audit_filters_and_pages()
    {
        using (await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"))) { }
        using (await _guard.PostJsonAsync("v1/scan", """{"text":"hello"}""")) { }
        using (await _guard.PostJsonAsync("v1/scan", """{"text":"world"}""")) { }

        Assert.Equal(1, (await AuditAsync("?verdict=block"))["total"]!.GetValue<int>());
        Assert.Equal(3, (await AuditAsync("?user=staff.alice"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await AuditAsync("?user=somebody.else"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await AuditAsync("?to=2000-01-01T00:00:00Z"))["total"]!.GetValue<int>());
        Assert.Equal(3, (await AuditAsync($"?from={DateTime.UtcNow.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}"))["total"]!.GetValue<int>());
        var second = await AuditAsync("?pageSize=2&page=2");
        Assert.Single(second["records"]!.AsArray());
        Assert.Equal(3, second["records"]![0]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Refused_requests_are_audited_too()
    {
        using (var wrongKey = await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"), key: "stolen-or-guessed")) Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        using (var badJson = await _guard.PostJsonAsync(AzureChat, "{oops")) Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        var records = (await AuditAsync())["records"]!.AsArray();
        Assert.Equal(2, records.Count);
        Assert.Equal(("(anonymous)", "refused", 401), (records[0]!["user"]!.GetValue<string>(), records[0]!["verdict"]!.GetValue<string>(), records[0]!["status"]!.GetValue<int>()));
        Assert.Equal(("staff.alice", "refused", 400), (records[1]!["user"]!.GetValue<string>(), records[1]!["verdict"]!.GetValue<string>(), records[1]!["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Audit_endpoints_need_the_auditor_role()
    {
        using var staff = _guard.Http(GuardHost.StaffKey);
        using (var forbidden = await staff.GetAsync("v1/audit")) Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using (var forbidden = await staff.GetAsync("v1/audit/verify")) Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var anonymous = _guard.Http(key: null);
        using var unauthorized = await anonymous.GetAsync("v1/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    [Fact]
    public async Task Disguised_values_are_flagged_as_evasions()
    {
        using (await _guard.PostJsonAsync(AzureChat, Chat("查 Ａ１２３４５６７８９"))) { }
        using (await _guard.PostJsonAsync(AzureChat, Chat($"查 {Id}"))) { }
        var records = (await AuditAsync())["records"]!.AsArray();
        Assert.Equal(1, records[0]!["counts"]!["TW_NATIONAL_ID"]!.GetValue<int>());
        Assert.True(records[0]!["evasionUndone"]!.GetValue<bool>());
        Assert.False(records[1]!["evasionUndone"]!.GetValue<bool>());
        // Normalised before fingerprinting: the disguised and the plain ID have the same fingerprint.
        Assert.Equal(records[0]!["fingerprints"]!.ToJsonString(), records[1]!["fingerprints"]!.ToJsonString());
    }
}
