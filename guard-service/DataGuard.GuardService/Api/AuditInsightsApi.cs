using DataGuard.Audit.Insights;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Errors;

namespace DataGuard.GuardService.Api;

/// <summary><c>GET /v1/audit/insights</c> and <c>GET /v1/audit/insights/people/{user}</c> (auditor role).</summary>
public static class AuditInsightsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, Func<RouteHandlerBuilder, RouteHandlerBuilder> protect)
    {
        protect(endpoints.MapGet("/v1/audit/insights", ReportAsync)
            .WithName("AuditInsights").WithSummary("People ranked by risk with reasons and rows, requests per day, fingerprints sent by several people; from/to ISO 8601 (default the last 30 days), unit optional.")
            .Produces<InsightsReport>());
        protect(endpoints.MapGet("/v1/audit/insights/people/{user}", TimelineAsync)
            .WithName("AuditInsightsTimeline").WithSummary("One person's audit rows in the window, oldest first, with their reasons if flagged.")
            .Produces<PersonTimeline>());
    }

    private static async Task<IResult> ReportAsync(AuditInsightsService insights, CancellationToken cancellationToken, string? from = null, string? to = null, string? unit = null) =>
        Results.Ok(await insights.ReportAsync(WindowOf(insights, from, to, unit), cancellationToken));

    private static async Task<IResult> TimelineAsync(AuditInsightsService insights, string user, CancellationToken cancellationToken, string? from = null, string? to = null) =>
        Results.Ok(await insights.TimelineAsync(WindowOf(insights, from, to, null), user, cancellationToken));

    /// <summary>The window of a request's <c>from</c>, <c>to</c> and <c>unit</c>; a bad value is a 400 with the one error shape.</summary>
    public static InsightsWindow WindowOf(AuditInsightsService insights, string? from, string? to, string? unit)
    {
        try
        {
            return insights.Window(AuditApi.Time(from, nameof(from)), AuditApi.Time(to, nameof(to)), unit);
        }
        catch (ArgumentException ex)
        {
            throw new GuardErrorException(GuardError.InvalidRequest(ex.Message));
        }
    }
}
