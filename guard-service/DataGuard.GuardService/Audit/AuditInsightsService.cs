using System.Collections.Concurrent;
using DataGuard.Audit.Insights;
using DataGuard.Audit.Insights.Reading;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Security;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// The insights of the guard's own audit trail for the API and the dashboard: waits for this instance's pending records,
/// reads the trail through the audit store (SQLite or PostgreSQL: every instance's chain), takes units from the key
/// directory, and reuses a report for the same window briefly (one page view computes it once).
/// </summary>
public sealed class AuditInsightsService(
    GuardAudit audit, IOptionsMonitor<InsightsOptions> insights, IOptions<DashboardOptions> dashboard, KeyDirectory directory)
{
    private readonly ConcurrentDictionary<(DateTimeOffset, DateTimeOffset, string?), (DateTimeOffset At, Task<InsightsReport> Report)> _cache = new();

    /// <summary>The default window: the last 30 local days including today.</summary>
    public InsightsWindow DefaultWindow(string? unit = null)
    {
        var offset = insights.CurrentValue.UtcOffset;
        var tomorrow = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(offset).DateTime).AddDays(1);
        var to = new DateTimeOffset(tomorrow.ToDateTime(TimeOnly.MinValue), offset);
        return new InsightsWindow(to.AddDays(-30), to, offset, unit);
    }

    /// <summary>A window from local dates (<c>yyyy-MM-dd</c>, end exclusive) or ISO 8601 times.</summary>
    public InsightsWindow Window(DateTimeOffset? from, DateTimeOffset? to, string? unit)
    {
        var fallback = DefaultWindow(unit);
        var offset = insights.CurrentValue.UtcOffset;
        return new InsightsWindow(from ?? (to ?? fallback.To).AddDays(-30), to ?? (from?.AddDays(30) ?? fallback.To), offset, string.IsNullOrWhiteSpace(unit) ? null : unit).Validated();
    }

    /// <summary>The report for a window.</summary>
    public async Task<InsightsReport> ReportAsync(InsightsWindow window, CancellationToken cancellationToken)
    {
        await audit.Writer.FlushAsync(cancellationToken);
        var key = (window.From, window.To, window.Unit);
        var now = DateTimeOffset.UtcNow;
        if (_cache.TryGetValue(key, out var cached) && now - cached.At < dashboard.Value.ReportCacheDuration && !cached.Report.IsFaulted)
            return await cached.Report;
        var report = Engine().ComputeAsync(Reader(), window, cancellationToken);
        _cache[key] = (now, report);
        foreach (var stale in _cache.Where(c => now - c.Value.At >= dashboard.Value.ReportCacheDuration).Select(c => c.Key).ToList()) _cache.TryRemove(stale, out _);
        return await report;
    }

    /// <summary>A person's rows and reasons.</summary>
    public async Task<PersonTimeline> TimelineAsync(InsightsWindow window, string user, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(window with { Unit = null }, cancellationToken);
        return await Engine().TimelineAsync(Reader(), report, user, dashboard.Value.MaxTimelineRows, cancellationToken);
    }

    private InsightsEngine Engine() => new(insights.CurrentValue, directory.UnitOf);

    private AuditStoreEventReader Reader() => new(audit.Store, insights.CurrentValue.FingerprintKeyRotations);
}
