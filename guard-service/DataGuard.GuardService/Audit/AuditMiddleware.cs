using System.Diagnostics;
using System.Security.Claims;
using DataGuard.Audit;
using DataGuard.Detection;
using DataGuard.GuardService.Errors;
using DataGuard.Screening;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// Stores one audit record per request to an audited endpoint <em>before its answer starts</em>: who, which route, the
/// verdict, counts per type, fingerprints, time to the answer. A request whose record cannot be stored gets no answer (the
/// connection is aborted): every answer a caller receives has exactly one row, even if the instance dies right after.
/// Dashboard pages are audited the same way (verdict <c>view</c>, the route naming whom the auditor looked at).
/// Also logs the same facts (no text, no values).
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, GuardAudit audit, FingerprintKey key, ILogger<AuditMiddleware> logger)
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
        var requestAudit = new RequestAudit(endpoint.Route);
        context.Features.Set(requestAudit);
        var recorded = 0;
        Task Store(int status)
        {
            if (Interlocked.Exchange(ref recorded, 1) != 0) return Task.CompletedTask;
            return StoreAsync(context, Record(context, requestAudit, endpoint, time, status, Stopwatch.GetElapsedTime(started)));
        }
        // The common case: the answer is about to start (status known); it waits for the commit.
        context.Response.OnStarting(() => Store(context.Response.StatusCode));
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
            // Errors (written by the error middleware after this) and answers that have not started yet are stored here, still first.
            if (!context.Response.HasStarted) await Store(status ?? context.Response.StatusCode);
        }
    }

    private async Task StoreAsync(HttpContext context, AuditRecord record)
    {
        try
        {
            await audit.Writer.AppendAsync(record);
        }
        catch (AuditStoreUnavailableException)
        {
            // Fail closed: no record, no answer.
            context.Abort();
            throw;
        }
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Request {RequestId} by {User} on {Route}: {Verdict}, status {Status}, findings {Counts}, evasion {Evasion}, {LatencyMs:0.0} ms",
                record.RequestId, record.User, record.Route, record.Verdict, record.Status, string.Join(",", record.Counts.Select(c => c.Key + "=" + c.Value)), record.EvasionUndone, record.LatencyMs);
    }

    private AuditRecord Record(HttpContext context, RequestAudit audit, AuditedEndpoint endpoint, DateTimeOffset time, int status, TimeSpan latency)
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
            Verdict = decision is not null ? DataGuardMetrics.VerdictTag(decision.Verdict) : status >= 500 ? "error" : endpoint.Verdict ?? "refused",
            Status = status,
            Counts = counts,
            EvasionUndone = decision?.EvasionUndone ?? false,
            Fingerprints = fingerprints.ToList(),
            LatencyMs = Math.Round(latency.TotalMilliseconds, 3),
        };
    }
}
