using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataGuard.GuardService.Audit;

/// <summary>Readiness: the audit store answers. A guard that cannot store records answers nothing, so the load balancer should skip it.</summary>
public sealed class AuditStoreHealthCheck(GuardAudit audit) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await audit.Store.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{audit.Store.Provider} audit store reachable.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return HealthCheckResult.Unhealthy($"{audit.Store.Provider} audit store unreachable ({ex.GetType().Name}).");
        }
    }
}
