using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataGuard.Testing.Servers;
using DataGuard.Testing.StubUpstream;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

/// <summary>Real PostgreSQL and Redis servers (Debian packages), started once for the scale-out tests.</summary>
public sealed class SharedServers : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync();
        var redis = RedisServer.StartAsync();
        (Postgres, Redis) = (await postgres, await redis);
    }

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedServersCollection : ICollectionFixture<SharedServers>
{
    public const string Name = "shared servers";
}

/// <summary>Several guard instances: one trail in PostgreSQL, one quota per person through Redis, one Data Protection key ring.</summary>
[Collection(SharedServersCollection.Name)]
public sealed class ScaleOutTests(SharedServers servers) : IAsyncLifetime
{
    private StubUpstream _stub = null!;
    private readonly string _shared = Directory.CreateTempSubdirectory("dataguard-scale-out-").FullName;

    public async Task InitializeAsync() => _stub = await StubUpstream.StartAsync();

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        try { Directory.Delete(_shared, recursive: true); } catch (IOException) { }
    }

    private GuardHost Instance(string name, Dictionary<string, string?> settings) => GuardHost.Start(_stub, Named(name, settings));

    private static Dictionary<string, string?> Named(string name, Dictionary<string, string?> settings)
    {
        settings["DataGuard:Audit:Instance"] = name;
        return settings;
    }

    private Dictionary<string, string?> OnPostgres(string connectionString)
    {
        var key = Path.Combine(_shared, "checkpoint-key.pem");
        if (!File.Exists(key)) File.WriteAllText(key, DataGuard.Audit.Checkpoints.CheckpointKeys.PrivatePem(DataGuard.Audit.Checkpoints.CheckpointKeys.Create()));
        return new()
        {
        ["DataGuard:Audit:Provider"] = "PostgreSQL",
        ["DataGuard:Audit:ConnectionString"] = connectionString,
        ["DataGuard:Audit:Checkpoints:Directory"] = Path.Combine(_shared, "checkpoints"),
        ["DataGuard:Audit:Checkpoints:SigningKeyFile"] = Path.Combine(_shared, "checkpoint-key.pem"),
        ["DataGuard:Audit:Checkpoints:EveryRecords"] = "4",
        };
    }

    [Fact]
    public async Task Two_instances_over_one_PostgreSQL_keep_one_trail_that_verifies_on_either()
    {
        var database = await servers.Postgres.CreateDatabaseAsync();
        await using var one = Instance("guard-1", OnPostgres(database));
        await using var two = Instance("guard-2", OnPostgres(database));
        var answered = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            var guard = i % 2 == 0 ? one : two;
            using var response = await guard.PostJsonAsync(AzureChat, i % 3 == 0 ? Chat($"查 {Id}") : Chat("hello"));
            Assert.Equal(i % 3 == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
            answered.Add(response.Headers.GetValues("x-dataguard-request-id").Single());
        }

        foreach (var guard in new[] { one, two })
        {
            using var auditor = guard.Http(GuardHost.AuditorKey);
            var page = (await auditor.GetFromJsonAsync<JsonNode>("v1/audit?pageSize=100"))!;
            Assert.Equal(answered, page["records"]!.AsArray().Select(r => r!["requestId"]!.GetValue<string>()));
            Assert.Equal(["guard-1", "guard-2"], page["records"]!.AsArray().Select(r => r!["chain"]!.GetValue<string>()).Distinct().Order());
            Assert.DoesNotContain(Id, page.ToJsonString(), StringComparison.Ordinal);
            using var verify = await auditor.GetAsync("v1/audit/verify");
            Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
            var result = (await verify.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.True(result["intact"]!.GetValue<bool>());
            Assert.Equal(10, result["records"]!.GetValue<int>());
            Assert.Equal([4, 4], result["chains"]!.AsArray().Select(c => c!["checkpointed"]!.GetValue<int>()));
            var checkpoints = (await auditor.GetFromJsonAsync<JsonNode>("v1/audit/checkpoints"))!;
            Assert.StartsWith("-----BEGIN PUBLIC KEY-----", checkpoints["publicKey"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(2, checkpoints["checkpoints"]!.AsArray().Count);
        }

        // Someone with database access edits a row: both instances see it.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var edit = new NpgsqlCommand("UPDATE audit SET verdict = 'allow' WHERE chain = 'guard-2' AND seq = 2", connection);
            Assert.Equal(1, await edit.ExecuteNonQueryAsync());
        }
        using var tampered = await one.Http(GuardHost.AuditorKey).GetAsync("v1/audit/verify");
        Assert.Equal(HttpStatusCode.Conflict, tampered.StatusCode);
        var problem = (await tampered.Content.ReadFromJsonAsync<JsonNode>())!["problem"]!;
        Assert.Equal(("edited", "guard-2", 2), (problem["kind"]!.GetValue<string>(), problem["chain"]!.GetValue<string>(), problem["sequence"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_second_instance_with_the_same_name_refuses_to_start()
    {
        var database = await servers.Postgres.CreateDatabaseAsync();
        await using var one = Instance("guard-1", OnPostgres(database));
        var error = GuardHost.Refusal(_stub, Named("guard-1", OnPostgres(database)));
        Assert.Contains("being written by another guard instance", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_audit_store_is_lost_requests_get_no_answer()
    {
        var database = await servers.Postgres.CreateDatabaseAsync();
        await using var guard = Instance("guard-1", OnPostgres(database));
        using (var ok = await guard.PostJsonAsync("v1/scan", """{"text":"hello"}""")) Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await using (var admin = new NpgsqlConnection(servers.Postgres.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var block = new NpgsqlCommand($"ALTER DATABASE {name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", admin);
            await block.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await Assert.ThrowsAsync<HttpRequestException>(() => guard.PostJsonAsync("v1/scan", """{"text":"hello"}"""));
        using var ready = await guard.Http(key: null).GetAsync("healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var live = await guard.Http(key: null).GetAsync("healthz/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Theory]
    [InlineData(true, 5)]
    [InlineData(false, 10)]
    public async Task The_per_person_limit_holds_across_instances_only_with_Redis(bool shared, int expectedAccepted)
    {
        var prefix = "test-" + Guid.NewGuid().ToString("N") + ":";
        var settings = () => new Dictionary<string, string?>
        {
            ["DataGuard:Access:RateLimitPermits"] = "5",
            ["DataGuard:Access:RateLimitWindow"] = "00:01:00",
            ["DataGuard:Shared:Redis"] = shared ? servers.Redis.Configuration : null,
            ["DataGuard:Shared:RedisKeyPrefix"] = prefix,
        };
        await using var one = Instance("guard-1", settings());
        await using var two = Instance("guard-2", settings());
        int accepted = 0;
        for (int i = 0; i < 10; i++)
        {
            using var response = await (i % 2 == 0 ? one : two).PostJsonAsync("v1/scan", """{"text":"hello"}""");
            if (response.StatusCode == HttpStatusCode.OK) accepted++;
            else
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
                Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            }
        }
        // Without a shared store two instances give twice the quota: the reason for Redis.
        Assert.Equal(expectedAccepted, accepted);
        // Another person has their own quota.
        using var other = await two.PostJsonAsync("v1/scan", """{"text":"hello"}""", key: GuardHost.AuditorKey);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Readiness_fails_while_Redis_is_unreachable_and_liveness_does_not()
    {
        await using var guard = Instance("guard-1", new Dictionary<string, string?>
        {
            ["DataGuard:Shared:Redis"] = $"127.0.0.1:{ServerProcess.FreePort()},abortConnect=false,connectTimeout=500",
        });
        using var client = guard.Http(key: null);
        using (var ready = await client.GetAsync("healthz/ready")) Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using (var live = await client.GetAsync("healthz/live")) Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Theory]
    [InlineData("directory")]
    [InlineData("redis")]
    public async Task A_cookie_protected_on_one_instance_is_read_on_another(string keyRing)
    {
        var (one, two) = SharingKeys(keyRing);
        await using var _ = one;
        await using var __ = two;
        var protectedText = one.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("dashboard-session").Protect("session of auditor.audra");
        Assert.Equal("session of auditor.audra", two.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("dashboard-session").Unprotect(protectedText));
    }

    [Theory]
    [InlineData("directory")]
    [InlineData("redis")]
    public async Task A_dashboard_session_works_on_every_instance_and_sign_out_reaches_them_through_Redis(string keyRing)
    {
        var (one, two) = SharingKeys(keyRing);
        await using var _ = one;
        await using var __ = two;
        using var auditor = new DashboardClient(one.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.SignInAsync(GuardHost.AuditorKey)).StatusCode);
        var session = auditor.Session;
        Assert.NotNull(session);
        using var onTwo = new DashboardClient(two.BaseAddress, session);
        Assert.Equal(HttpStatusCode.OK, (await onTwo.Http.GetAsync("/audit/people")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await auditor.SignOutAsync()).StatusCode);
        using var replayOnOne = new DashboardClient(one.BaseAddress, session);
        Assert.Equal(HttpStatusCode.Redirect, (await replayOnOne.Http.GetAsync("/audit/people")).StatusCode);
        // Without Redis the other instance cannot know (documented): the session ends there when it expires.
        using var replayOnTwo = new DashboardClient(two.BaseAddress, session);
        Assert.Equal(keyRing == "redis" ? HttpStatusCode.Redirect : HttpStatusCode.OK, (await replayOnTwo.Http.GetAsync("/audit/people")).StatusCode);
    }

    [Fact]
    public async Task While_Redis_is_unreachable_a_dashboard_session_is_not_honoured()
    {
        await using var guard = Instance("guard-1", new Dictionary<string, string?>
        {
            ["DataGuard:Shared:DataProtectionKeyDirectory"] = Path.Combine(_shared, "keys-no-redis"),
            ["DataGuard:Shared:Redis"] = $"127.0.0.1:{ServerProcess.FreePort()},abortConnect=false,connectTimeout=500",
        });
        using var auditor = new DashboardClient(guard.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.SignInAsync(GuardHost.AuditorKey)).StatusCode);
        // Whether the session was signed out on another instance cannot be checked: refused, back to sign-in.
        using var page = await auditor.Http.GetAsync("/audit/people");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/audit/signin", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    // Two instances sharing the Data Protection key ring through a folder (no Redis) or through Redis.
    private (GuardHost One, GuardHost Two) SharingKeys(string keyRing)
    {
        var common = new Dictionary<string, string?>
        {
            ["DataGuard:Shared:DataProtectionKeyDirectory"] = keyRing == "directory" ? Path.Combine(_shared, "keys") : null,
            ["DataGuard:Shared:Redis"] = keyRing == "redis" ? servers.Redis.Configuration : null,
            ["DataGuard:Shared:RedisKeyPrefix"] = "test-" + Guid.NewGuid().ToString("N") + ":",
        };
        return (Instance("guard-1", new Dictionary<string, string?>(common)), Instance("guard-2", new Dictionary<string, string?>(common)));
    }
}
