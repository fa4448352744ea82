using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DataGuard.GuardService.Security;
using DataGuard.Testing.StubUpstream;
using Microsoft.Extensions.Configuration;

namespace PromptScreening;

/// <summary>
/// Offline mode (<c>--offline</c>): the stub upstream the tests use plays Azure OpenAI (its "model" repeats what it
/// received), and the real guard service runs in this process in front of it with the sample's own DataGuard policy,
/// so one policy file serves both routes. Nothing leaves 127.0.0.1.
/// </summary>
internal sealed class OfflineEnvironment : IAsyncDisposable
{
    private const string StubKey = "offline-stub-key";
    private readonly StubUpstream _stub;
    private readonly InProcessGuardService _guard;
    private readonly string _folder;

    private OfflineEnvironment(StubUpstream stub, InProcessGuardService guard, string personalKey, string folder)
    {
        _stub = stub;
        _guard = guard;
        PersonalKey = personalKey;
        _folder = folder;
    }

    /// <summary>The guard service's address.</summary>
    public Uri GuardEndpoint => _guard.Address;

    /// <summary>A personal key the guard knows (user <c>sample.staff</c>), made for this run.</summary>
    public string PersonalKey { get; }

    /// <summary>The stub upstream's address (plays the Azure OpenAI resource).</summary>
    public Uri UpstreamEndpoint => _stub.BaseAddress;

    /// <summary>The stub's key (it accepts any).</summary>
    public static string UpstreamKey => StubKey;

    /// <summary>How many requests reached the upstream so far.</summary>
    public int ReceivedCount => _stub.Requests.Count;

    /// <summary>Starts the stub and the guard with the policy under <paramref name="dataGuard"/> (the <c>DataGuard</c> section).</summary>
    public static async Task<OfflineEnvironment> StartAsync(IConfiguration dataGuard)
    {
        var stub = await StubUpstream.StartAsync();
        stub.Answer = request => "（離線示範模型）我收到的是：「" + LastUserText(request.Json) + "」";
        var folder = Directory.CreateTempSubdirectory("dataguard-sample-").FullName;
        var personalKey = "dg-sample-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var settings = new Dictionary<string, string>
        {
            ["contentRoot"] = folder,
            ["environment"] = "Production",
            ["Logging:LogLevel:Default"] = "None",
            ["DataGuard:Upstreams:Azure:Address"] = stub.BaseAddress.ToString(),
            ["DataGuard:Upstreams:Azure:ApiKey"] = StubKey,
            ["DataGuard:Access:Keys:0:UserId"] = "sample.staff",
            ["DataGuard:Access:Keys:0:KeyHash"] = KeyHash.Of(personalKey),
            ["DataGuard:Audit:DatabasePath"] = Path.Combine(folder, "audit.db"),
        };
        // The same Policy and Detection settings the in-process guard reads.
        foreach (var section in new[] { "Policy", "Detection" })
        {
            foreach (var (key, value) in dataGuard.GetSection(section).AsEnumerable())
            {
                if (value is not null) settings[key] = value;
            }
        }
        try
        {
            var guard = await InProcessGuardService.StartAsync(settings);
            return new OfflineEnvironment(stub, guard, personalKey, folder);
        }
        catch
        {
            // The guard refused to start (a configuration error): leave nothing running and nothing behind.
            await stub.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>What the upstream received in requests after the first <paramref name="since"/>: the user's text, or null when nothing arrived.</summary>
    public string? ReceivedSince(int since)
    {
        var requests = _stub.Requests;
        return requests.Count > since ? LastUserText(requests[^1].Json) : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _guard.DisposeAsync();
        await _stub.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { } // the audit file may still be closing; it is in the temp folder
    }

    private static string LastUserText(JsonNode? request) => request?["messages"] is JsonArray { Count: > 0 } messages
        ? messages[^1]?["content"] switch
        {
            JsonValue text => text.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
            _ => string.Empty,
        }
        : string.Empty;
}
