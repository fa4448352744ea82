using System.Threading.RateLimiting;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Forwarding;
using DataGuard.GuardService.Screening;
using DataGuard.GuardService.Security;
using DataGuard.Screening;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DataGuard.GuardService;

/// <summary>The guard's services, one concern per method; <c>Program.cs</c> calls them in order.</summary>
public static class GuardServiceCollectionExtensions
{
    /// <summary>Options bound from configuration and validated at start-up.</summary>
    public static IServiceCollection AddGuardOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GuardOptions>().Bind(configuration.GetSection(GuardOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UpstreamOptions>().Bind(configuration.GetSection(UpstreamOptions.SectionName))
            .Validate(u => Valid(u.Azure) && Valid(u.OpenAI), "DataGuard:Upstreams:*:Address must be an absolute http(s) URL, and KeyHeader api-key, Authorization or another header name.")
            .ValidateOnStart();
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.SectionName))
            .Validate(a => a.Keys.TrueForAll(k => !string.IsNullOrWhiteSpace(k.UserId) && k.KeyHash.Length == 64 && k.KeyHash.All(Uri.IsHexDigit)),
                "Every DataGuard:Access:Keys entry needs a UserId and a KeyHash of 64 hex characters (SHA-256; see `keys add`).")
            .Validate(a => a.RateLimitPermits > 0 && a.RateLimitWindow > TimeSpan.Zero, "DataGuard:Access rate limit must be positive.")
            .ValidateOnStart();
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName)).ValidateOnStart();
        services.AddDataGuardScreening(configuration.GetSection("DataGuard"));
        return services;
    }

    /// <summary>Personal keys, roles and per-person rate limits.</summary>
    public static IServiceCollection AddGuardAccess(this IServiceCollection services)
    {
        services.AddSingleton<KeyDirectory>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(GuardRoles.StaffPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(GuardRoles.AuditorPolicy, p => p.RequireRole(GuardRoles.Auditor));
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, _) => new ValueTask(GuardError.RateLimited().WriteAsync(context.HttpContext));
            limiter.AddPolicy(GuardRoles.PerUserRateLimit, context =>
            {
                var access = context.RequestServices.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;
                var user = context.User.Identity?.Name ?? string.Empty;
                return RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = access.RateLimitPermits,
                    Window = access.RateLimitWindow,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Screening, forwarding and the audit trail.</summary>
    public static IServiceCollection AddGuardPipeline(this IServiceCollection services)
    {
        services.AddHttpForwarder();
        services.AddSingleton<RequestBodyReader>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<UpstreamForwarder>();
        services.AddSingleton<ScreenedRequestHandler>();
        services.AddSingleton(sp =>
        {
            var path = AuditPath(sp);
            return new AuditTrail(path, sp.GetRequiredService<ILogger<AuditTrail>>());
        });
        services.AddSingleton(sp => FingerprintKey.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value, AuditPath(sp)));
        return services;
    }

    /// <summary>Metrics (Prometheus), OpenAPI, health.</summary>
    public static IServiceCollection AddGuardOperations(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(DataGuardMetrics.MeterName).AddPrometheusExporter());
        services.AddOpenApi();
        services.AddHealthChecks();
        return services;
    }

    private static string AuditPath(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<AuditOptions>>().Value.DatabasePath;
        return Path.IsPathRooted(path) ? path : Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, path);
    }

    private static bool Valid(Upstream upstream) =>
        (!upstream.IsConfigured || (Uri.TryCreate(upstream.Address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        && !string.IsNullOrWhiteSpace(upstream.KeyHeader);
}
