using System.Net.Http.Headers;
using System.Text;
using DataGuard.Testing.StubUpstream;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataGuard.GuardService.Tests;

/// <summary>
/// The real guard (its Program) on Kestrel at 127.0.0.1 with a port from the OS, configured like production
/// (no Development settings) plus the given settings; the audit database lives in a fresh temporary folder.
/// </summary>
internal sealed class GuardHost : WebApplicationFactory<Program>
{
    public const string StaffKey = "staff-key-for-tests-only";
    public const string AuditorKey = "auditor-key-for-tests-only";
    public const string UpstreamKey = "upstream-secret-key";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    private GuardHost(Dictionary<string, string?> settings, string folder, string environment)
    {
        _settings = settings;
        Folder = folder;
        _environment = environment;
    }

    public string Folder { get; }

    public string AuditPath => Path.Combine(Folder, "audit.db");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts a guard in front of <paramref name="stub"/> (null: no upstream configured).</summary>
    public static GuardHost Start(StubUpstream? stub, IDictionary<string, string?>? settings = null, string environment = "Production")
    {
        var folder = NewFolder();
        var host = new GuardHost(Settings(folder, stub, settings), folder, environment);
        // Not UseKestrel(0): with a port, the factory reads the host's services between building and starting it; the port comes
        // from the "urls" setting below.
        host.UseKestrel();
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return host;
    }

    /// <summary>
    /// Runs the guard's own entry point, as an operator would with these settings on its command line, and returns the exception
    /// that stopped its start-up. Not through the factory: a refusal inside the host's start (a hosted service that cannot take
    /// its audit chain) disposes the host on the entry point's thread while the factory may still be reading its services, and
    /// the factory then reports an <see cref="ObjectDisposedException"/> in place of the refusal.
    /// </summary>
    public static Exception Refusal(StubUpstream? stub, IDictionary<string, string?>? settings = null)
    {
        var folder = NewFolder();
        try
        {
            var arguments = CommandLine(Settings(folder, stub, settings)).ToArray();
            var entryPoint = typeof(Program).Assembly.EntryPoint!;
            var run = Task.Factory.StartNew(() => entryPoint.Invoke(null, [arguments]), TaskCreationOptions.LongRunning);
            throw new Xunit.Sdk.XunitException(run.Wait(TimeSpan.FromMinutes(1))
                ? "The guard's entry point returned without refusing its configuration."
                : "The guard started with a configuration it should have refused.");
        }
        catch (AggregateException failed)
        {
            return Unwrap(failed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static Exception Unwrap(Exception error) => error switch
    {
        AggregateException { InnerException: { } inner } => Unwrap(inner),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => error,
    };

    /// <summary>The settings as command-line arguments; a policy file's keys are read out of it, as the host would.</summary>
    private static IEnumerable<string> CommandLine(Dictionary<string, string?> settings)
    {
        yield return "--environment=Production";
        yield return "--urls=http://127.0.0.1:0";
        var all = new ConfigurationBuilder().AddInMemoryCollection(settings);
        if (settings.TryGetValue("test:policyFile", out var policyFile) && policyFile is not null) all.AddJsonFile(policyFile, optional: false);
        foreach (var (key, value) in all.Build().AsEnumerable())
            if (value is not null) yield return $"--{key}={value}";
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dataguard-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static Dictionary<string, string?> Settings(string folder, StubUpstream? stub, IDictionary<string, string?>? settings)
    {
        // Test keys sit at indices 10 and 11 so they add to, not replace, keys of an environment's settings file.
        var all = new Dictionary<string, string?>
        {
            ["DataGuard:Audit:DatabasePath"] = Path.Combine(folder, "audit.db"),
            ["DataGuard:Access:Keys:10:UserId"] = "staff.alice",
            ["DataGuard:Access:Keys:10:KeyHash"] = Security.KeyHash.Of(StaffKey),
            ["DataGuard:Access:Keys:11:UserId"] = "auditor.audra",
            ["DataGuard:Access:Keys:11:KeyHash"] = Security.KeyHash.Of(AuditorKey),
            ["DataGuard:Access:Keys:11:Roles:0"] = "auditor",
            ["DataGuard:Access:RateLimitPermits"] = "100000",
        };
        if (stub is not null)
        {
            all["DataGuard:Upstreams:Azure:Address"] = stub.BaseAddress.ToString();
            all["DataGuard:Upstreams:Azure:ApiKey"] = UpstreamKey;
            all["DataGuard:Upstreams:OpenAI:Address"] = stub.BaseAddress.ToString();
            all["DataGuard:Upstreams:OpenAI:ApiKey"] = UpstreamKey;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            configuration.AddInMemoryCollection(_settings);
            // A policy file watched for changes, as appsettings.json is in production.
            if (_settings.TryGetValue("test:policyFile", out var policyFile) && policyFile is not null)
                configuration.AddJsonFile(policyFile, optional: false, reloadOnChange: true);
        });
    }

    /// <summary>A plain HTTP client over real sockets, with a personal key (or none).</summary>
    public HttpClient Http(string? key = StaffKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null) client.DefaultRequestHeaders.Add("api-key", key);
        return client;
    }

    public async Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? key = StaffKey, string? language = null)
    {
        using var client = Http(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return await client.SendAsync(request);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
