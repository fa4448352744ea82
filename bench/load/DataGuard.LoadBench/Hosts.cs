using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DataGuard.LoadBench;

/// <summary>The real guard (its Program) on Kestrel, loopback, configured for load: no rate limit, warnings-only logs.</summary>
internal sealed class GuardUnderLoad(Uri upstream, string folder) : WebApplicationFactory<Program>
{
    public const string Key = "load-bench-key";

    public Uri Start()
    {
        // The guard's settings are copied beside this program; there is no solution-relative project folder to find.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DATAGUARD_GUARDSERVICE", AppContext.BaseDirectory);
        UseKestrel(0);
        StartServer();
        return Address(Services);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["DataGuard:Audit:DatabasePath"] = Path.Combine(folder, "audit.db"),
            ["DataGuard:Access:Keys:0:UserId"] = "load",
            ["DataGuard:Access:Keys:0:KeyHash"] = DataGuard.GuardService.Security.KeyHash.Of(Key),
            ["DataGuard:Access:RateLimitPermits"] = "100000000",
            ["DataGuard:Upstreams:Azure:Address"] = upstream.ToString(),
            ["DataGuard:Upstreams:Azure:ApiKey"] = "upstream-key",
        }));
    }

    public static Uri Address(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}

/// <summary>
/// The baseline: a plain YARP forwarder to the same upstream, nothing else, on the same host defaults as the guard
/// (WebApplication.CreateBuilder, console logging at Warning): a real deployment logs, and a host with logging also starts a
/// request activity that the forwarder propagates, so a baseline without it would do less per request than any real proxy.
/// </summary>
internal static class PassThrough
{
    public static async Task<WebApplication> StartAsync(Uri upstream)
    {
        // Its own empty content root: the guard's appsettings.json beside this program is not the pass-through's.
        var contentRoot = Directory.CreateTempSubdirectory("dataguard-pass-through-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = contentRoot });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        app.MapForwarder("/{**path}", upstream.ToString());
        await app.StartAsync();
        return app;
    }
}
