using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DataGuard.GuardService.SharedState;

/// <summary>Readiness: Redis answers, when rate limits are shared through it (without it every limited request would fail).</summary>
public sealed class SharedStateHealthCheck(SharedRedis shared) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (shared.Connection is not { } redis) return HealthCheckResult.Healthy("No shared state configured.");
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy("Redis reachable.");
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy($"Redis unreachable ({ex.GetType().Name}).");
        }
    }
}

/// <summary>Health endpoints for load balancers.</summary>
public static class GuardHealth
{
    /// <summary>Tag of the checks that decide readiness.</summary>
    public const string Ready = "ready";
}
