using System.Diagnostics;
using System.Security.Claims;
using DataGuard.Detection;
using DataGuard.GuardService.Errors;
using DataGuard.Screening;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// Writes one audit record per request to an audited endpoint, after the answer has been sent: who, which route, the
/// verdict, counts per type, fingerprints, latency. Also logs the same facts (no text, no values).
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditTrail trail, FingerprintKey key, ILogger<AuditMiddleware> logger)
{
    /// <summary>Runs the request and records it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint()?.Metadata.GetMetadata<AuditedEndpoint>();
        if (endpoint is null)
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var time = DateTimeOffset.UtcNow;
        var audit = new RequestAudit(endpoint.Route);
        var ticket = trail.Begin();
        context.Features.Set(audit);
        int? status = null;
        try
        {
            await next(context);
        }
        catch (GuardErrorException ex)
        {
            status = ex.Error.Status;
            throw;
        }
        catch
        {
            status = StatusCodes.Status503ServiceUnavailable;
            throw;
        }
        finally
        {
            var record = Record(context, audit, time, status ?? context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
            await trail.Append(record, ticket, CancellationToken.None);
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("Request {RequestId} by {User} on {Route}: {Verdict}, status {Status}, findings {Counts}, evasion {Evasion}, {LatencyMs:0.0} ms",
                    record.RequestId, record.User, record.Route, record.Verdict, record.Status, string.Join(",", record.Counts.Select(c => c.Key + "=" + c.Value)), record.EvasionUndone, record.LatencyMs);
        }
    }

    private AuditRecord Record(HttpContext context, RequestAudit audit, DateTimeOffset time, int status, TimeSpan latency)
    {
        var decision = audit.Decision;
        var fingerprints = new SortedSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (decision is not null)
        {
            foreach (var finding in decision.Findings) fingerprints.Add(Fingerprint.Compute(key.Key, finding.Finding));
            foreach (var count in decision.Counts) counts[count.Type] = count.Count;
            if (decision.Unreadable.Count > 0) counts[ScreeningPolicy.UnreadableContentType] = decision.Unreadable.Count;
        }
        return new AuditRecord
        {
            Time = time,
            RequestId = context.TraceIdentifier,
            User = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "(anonymous)",
            Route = audit.Route,
            Deployment = audit.Deployment,
            Model = audit.Model,
            Verdict = decision is not null ? DataGuardMetrics.VerdictTag(decision.Verdict) : status >= 500 ? "error" : "refused",
            Status = status,
            Counts = counts,
            EvasionUndone = decision?.EvasionUndone ?? false,
            Fingerprints = fingerprints.ToList(),
            LatencyMs = Math.Round(latency.TotalMilliseconds, 3),
        };
    }
}
