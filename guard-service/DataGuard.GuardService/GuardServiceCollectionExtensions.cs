using System.Globalization;
using System.Threading.RateLimiting;
using DataGuard.Audit.Insights;
using DataGuard.Audit.Storage;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Dashboard;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Forwarding;
using DataGuard.GuardService.Screening;
using DataGuard.GuardService.Security;
using DataGuard.GuardService.SharedState;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using DataGuard.Screening;
using Microsoft.AspNetCore.Authentication.Cookies;
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
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName))
            .Validate(a => a.Provider.Equals(AuditStores.Sqlite, StringComparison.OrdinalIgnoreCase)
                || (a.Provider.Equals(AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(a.ConnectionString)),
                "DataGuard:Audit:Provider must be Sqlite or PostgreSQL; PostgreSQL needs DataGuard:Audit:ConnectionString.")
            .Validate(a => AuditStores.IsValidChainName(a.ChainName), "DataGuard:Audit:Instance must be 1-64 letters, digits, '-', '_' or '.'.")
            .Validate(a => a.Checkpoints.EveryRecords > 0 && a.Checkpoints.Interval > TimeSpan.Zero, "DataGuard:Audit:Checkpoints:EveryRecords and Interval must be positive.")
            .ValidateOnStart();
        services.AddOptions<SharedStateOptions>().Bind(configuration.GetSection(SharedStateOptions.SectionName)).ValidateOnStart();
        services.AddOptions<InsightsOptions>().Bind(configuration.GetSection(InsightsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InsightsOptions>, InsightsOptionsValidation>();
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName))
            .Validate(d => d.SessionLifetime > TimeSpan.Zero && d.MaxTimelineRows > 0 && d.ReportCacheDuration >= TimeSpan.Zero,
                "DataGuard:Dashboard: SessionLifetime and MaxTimelineRows must be positive, ReportCacheDuration not negative.")
            .ValidateOnStart();
        services.AddDataGuardScreening(configuration.GetSection("DataGuard"));
        return services;
    }

    /// <summary>
    /// Runs the start-up validation of <see cref="AddGuardOptions"/> on the built host's services, before the host starts: a
    /// refused configuration then stops the process before any hosted service, server or listener exists. Validated inside
    /// the host's start instead, a refusal disposes the host on the thread that runs it while whoever built the host (a test's
    /// WebApplicationFactory, a service manager) may still be reading its services, and sees an
    /// <see cref="ObjectDisposedException"/> instead of the refusal. Validated before the host is built, it would miss the
    /// configuration sources added while building (a test host's settings).
    /// </summary>
    public static void ValidateGuardOptions(this IServiceProvider services) =>
        services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>
    /// Personal keys, roles, per-person rate limits (shared through Redis when configured), the dashboard's session cookie and
    /// the one Data Protection key ring that encrypts it and its anti-forgery tokens (shared, so a session works on every instance).
    /// </summary>
    public static IServiceCollection AddGuardAccess(this IServiceCollection services)
    {
        services.AddSingleton<SharedRedis>();
        // The key ring: a shared folder, else Redis, else the default per-machine location (one instance).
        services.AddDataProtection().SetApplicationName("DataGuard");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SharedStateOptions>, SharedRedis, ILoggerFactory>((keys, shared, redis, logging) =>
        {
            if (!string.IsNullOrWhiteSpace(shared.Value.DataProtectionKeyDirectory))
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(shared.Value.DataProtectionKeyDirectory), logging);
            else if (redis.Connection is { } connection)
                keys.XmlRepository = new RedisXmlRepository(() => connection.GetDatabase(), redis.KeyPrefix + "data-protection-keys");
        });
        services.AddSingleton<KeyDirectory>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(DashboardSession.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(DashboardSession.Scheme)
            .Configure<IOptions<DashboardOptions>>((cookie, dashboard) => DashboardSession.Configure(cookie, dashboard.Value));
        services.AddAuthorizationBuilder()
            .AddPolicy(GuardRoles.StaffPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(GuardRoles.AuditorPolicy, p => p.RequireRole(GuardRoles.Auditor))
            .AddPolicy(DashboardSession.Policy, DashboardSession.AuditorPolicy());
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return new ValueTask(GuardError.RateLimited().WriteAsync(context.HttpContext));
            };
            limiter.AddPolicy(GuardRoles.PerUserRateLimit, context =>
            {
                var access = context.RequestServices.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;
                var user = context.User.Identity?.Name ?? string.Empty;
                var shared = context.RequestServices.GetRequiredService<SharedRedis>();
                if (shared.Connection is { } redis)
                    return RateLimitPartition.Get(user, u => new SharedRateLimiter(redis.GetDatabase(), shared.KeyPrefix + "rate:" + u, access.RateLimitPermits, access.RateLimitWindow));
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
        services.AddSingleton<GuardAudit>();
        services.AddHostedService(sp => sp.GetRequiredService<GuardAudit>());
        services.AddSingleton(sp => FingerprintKey.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value,
            GuardAudit.DatabasePath(sp.GetRequiredService<IOptions<AuditOptions>>().Value, sp.GetRequiredService<IHostEnvironment>())));
        return services;
    }

    /// <summary>Audit insights and the auditors' dashboard: anti-forgery, sessions (sign-out seen by every instance through Redis when configured).</summary>
    public static IServiceCollection AddGuardDashboard(this IServiceCollection services)
    {
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "dataguard-audit-antiforgery";
            antiforgery.Cookie.Path = "/audit";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__antiforgery";
        });
        services.AddSingleton<DashboardSession>();
        services.AddSingleton<AuditInsightsService>();
        return services;
    }

    /// <summary>Metrics (Prometheus), OpenAPI, health (liveness, and readiness including the audit store and Redis).</summary>
    public static IServiceCollection AddGuardOperations(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(DataGuardMetrics.MeterName).AddPrometheusExporter());
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddCheck<AuditStoreHealthCheck>("audit-store", tags: [GuardHealth.Ready])
            .AddCheck<SharedStateHealthCheck>("shared-state", tags: [GuardHealth.Ready]);
        return services;
    }

    private static bool Valid(Upstream upstream) =>
        (!upstream.IsConfigured || (Uri.TryCreate(upstream.Address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        && !string.IsNullOrWhiteSpace(upstream.KeyHeader);
}
