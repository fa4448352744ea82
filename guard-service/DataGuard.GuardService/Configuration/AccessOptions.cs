namespace DataGuard.GuardService.Configuration;

/// <summary>
/// Per-person credentials (section <c>DataGuard:Access</c>). Keys are stored only as SHA-256 hashes; create one with
/// <c>dotnet run --project guard-service/DataGuard.GuardService -- keys add --user &lt;id&gt; [--role auditor]</c>.
/// </summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Access";

    /// <summary>The people allowed to use the guard.</summary>
    public List<AccessKey> Keys { get; set; } = new();

    /// <summary>Requests per user per <see cref="RateLimitWindow"/> (screened routes and the standalone API). Default 60.</summary>
    public int RateLimitPermits { get; set; } = 60;

    /// <summary>Rate limit window. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>One person's credential.</summary>
public sealed class AccessKey
{
    /// <summary>Who this is (e.g. the staff number); appears in the audit trail.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string KeyHash { get; set; } = string.Empty;

    /// <summary>Roles, e.g. <c>auditor</c> for the audit endpoints.</summary>
    public List<string> Roles { get; set; } = new();

    /// <summary>The person's unit (分局/單位), optional: audit insights compare people with their unit.</summary>
    public string? Unit { get; set; }
}
