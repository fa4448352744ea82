namespace DataGuard.GuardService.Configuration;

/// <summary>The audit trail (section <c>DataGuard:Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Audit";

    /// <summary>SQLite file (relative paths are under the content root). Default <c>dataguard-audit.db</c>.</summary>
    public string DatabasePath { get; set; } = "dataguard-audit.db";

    /// <summary>
    /// Base64 key for the HMAC fingerprints of found values (at least 32 bytes). When empty, a random key is created once
    /// in <see cref="KeyFilePath"/> and reused, so fingerprints stay comparable across restarts.
    /// </summary>
    public string? FingerprintKey { get; set; }

    /// <summary>Where a generated fingerprint key is kept. Default <c>dataguard-audit.key</c> beside the database.</summary>
    public string? KeyFilePath { get; set; }

    /// <summary>Largest page of <c>GET /v1/audit</c>. Default 500.</summary>
    public int MaxPageSize { get; set; } = 500;
}
