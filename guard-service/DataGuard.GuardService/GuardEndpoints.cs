using DataGuard.GuardService.Api;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Dashboard;
using DataGuard.GuardService.Errors;
using DataGuard.GuardService.Screening;
using DataGuard.GuardService.Security;
using DataGuard.GuardService.SharedState;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace DataGuard.GuardService;

/// <summary>The guard's routes: screened proxy routes, the standalone and audit APIs, operations, and refusal of the rest.</summary>
public static class GuardEndpoints
{
    /// <summary>Maps every route.</summary>
    public static WebApplication MapGuardEndpoints(this WebApplication app)
    {
        var additional = app.Configuration.GetSection(GuardOptions.SectionName).Get<GuardOptions>()?.AdditionalRoutes ?? [];
        foreach (var route in ScreenedRoute.BuiltIn.Concat(additional.Select(ScreenedRoute.Additional)))
        {
            app.MapPost(route.Template, (HttpContext context, ScreenedRequestHandler handler) => handler.HandleAsync(context, route))
                .RequireAuthorization(GuardRoles.StaffPolicy)
                .RequireRateLimiting(GuardRoles.PerUserRateLimit)
                .WithMetadata(new AuditedEndpoint(route.Template))
                .ExcludeFromDescription();
        }

        StandaloneApi.Map(app, b => b.RequireAuthorization(GuardRoles.StaffPolicy).RequireRateLimiting(GuardRoles.PerUserRateLimit));
        AuditApi.Map(app, b => b.RequireAuthorization(GuardRoles.AuditorPolicy));
        AuditInsightsApi.Map(app, b => b.RequireAuthorization(GuardRoles.AuditorPolicy));
        DashboardEndpoints.Map(app);

        // Liveness (the process answers; restart it if not), readiness (it can store audit records and reach Redis; route traffic to it).
        app.MapHealthChecks("/healthz");
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(GuardHealth.Ready) });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi("/openapi/{documentName}.json");

        // Everything else is refused: an unknown route is never forwarded unscanned.
        app.MapFallback(new RequestDelegate(context => GuardError.UnknownRoute().WriteAsync(context)));
        return app;
    }
}
