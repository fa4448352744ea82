namespace DataGuard.GuardService.Configuration;

/// <summary>
/// State shared between guard instances (section <c>DataGuard:Shared</c>): per-person rate limits and Data Protection keys.
/// Without it each instance keeps its own (fine for one instance).
/// </summary>
public sealed class SharedStateOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Shared";

    /// <summary>StackExchange.Redis configuration, e.g. <c>redis.internal:6379,password=…,ssl=true</c>. When set, rate limits (and, without <see cref="DataProtectionKeyDirectory"/>, Data Protection keys) live in Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Folder (shared by every instance) for the Data Protection key ring, e.g. a file share. Takes precedence over Redis for keys.</summary>
    public string? DataProtectionKeyDirectory { get; set; }

    /// <summary>Prefix of DataGuard's Redis keys. Default <c>dataguard:</c>.</summary>
    public string RedisKeyPrefix { get; set; } = "dataguard:";
}
