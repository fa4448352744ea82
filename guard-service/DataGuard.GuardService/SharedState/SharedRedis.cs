using DataGuard.GuardService.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DataGuard.GuardService.SharedState;

/// <summary>The one Redis connection shared by rate limiting, Data Protection and readiness; none when <c>DataGuard:Shared:Redis</c> is empty.</summary>
public sealed class SharedRedis(IOptions<SharedStateOptions> options) : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer?> _connection = new(() =>
        string.IsNullOrWhiteSpace(options.Value.Redis) ? null : ConnectionMultiplexer.Connect(WithoutAbort(options.Value.Redis)));

    /// <summary>The connection, or null when Redis is not configured.</summary>
    public IConnectionMultiplexer? Connection => _connection.Value;

    /// <summary>Prefix for DataGuard's keys.</summary>
    public string KeyPrefix => options.Value.RedisKeyPrefix;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_connection.IsValueCreated) _connection.Value?.Dispose();
    }

    // Start even while Redis is down (readiness reports it, limited requests fail closed) and reconnect when it is back.
    private static ConfigurationOptions WithoutAbort(string configuration)
    {
        var parsed = ConfigurationOptions.Parse(configuration);
        parsed.AbortOnConnectFail = false;
        return parsed;
    }
}
