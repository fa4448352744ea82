using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace DataGuard.GuardService.SharedState;

/// <summary>
/// A per-person fixed window counted in Redis, so N instances give one quota, not N. The window starts at the person's
/// first request (the key expires with it); a refusal carries the time left as <c>Retry-After</c>. If Redis cannot be
/// reached the request fails (503): the guard fails closed rather than dropping the limit.
/// </summary>
public sealed class SharedRateLimiter(IDatabase redis, RedisKey key, int permits, TimeSpan window) : RateLimiter
{
    // INCR and set the expiry in one step; a key left without one (never expected) gets it too, so no count lives forever.
    private static readonly LuaScript Count = LuaScript.Prepare("""
        local count = redis.call('INCRBY', @key, @permits)
        local ttl = redis.call('PTTL', @key)
        if ttl < 0 then redis.call('PEXPIRE', @key, @window) ttl = tonumber(@window) end
        return {count, ttl}
        """);

    /// <inheritdoc />
    public override TimeSpan? IdleDuration => null;

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics() => null;

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? Lease.Granted : Decide(redis.ScriptEvaluate(Count, Arguments(permitCount)));

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        permitCount == 0 ? Lease.Granted : Decide(await redis.ScriptEvaluateAsync(Count, Arguments(permitCount)));

    private object Arguments(int permitCount) => new { key, permits = permitCount, window = (long)window.TotalMilliseconds };

    private Lease Decide(RedisResult result)
    {
        var values = (RedisResult[])result!;
        var count = (long)values[0];
        var ttl = TimeSpan.FromMilliseconds(Math.Max(1, (long)values[1]));
        return count <= permits ? Lease.Granted : new Lease(false, ttl);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
