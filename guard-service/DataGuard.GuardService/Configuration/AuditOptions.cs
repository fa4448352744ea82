using DataGuard.Audit.Storage;

namespace DataGuard.GuardService.Configuration;

/// <summary>The audit trail (section <c>DataGuard:Audit</c>).</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Audit";

    /// <summary><c>Sqlite</c> (default: one file beside the guard) or <c>PostgreSQL</c> (several instances, one trail).</summary>
    public string Provider { get; set; } = AuditStores.Sqlite;

    /// <summary>PostgreSQL connection string (Npgsql), required when <see cref="Provider"/> is <c>PostgreSQL</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite file (relative paths are under the content root); also the folder for generated key files. Default <c>dataguard-audit.db</c>.</summary>
    public string DatabasePath { get; set; } = "dataguard-audit.db";

    /// <summary>
    /// This instance's name: it writes its own hash chain under this name. Default <c>guard</c> with SQLite and the machine
    /// name with PostgreSQL. Two running instances must not share one (the second refuses to start).
    /// </summary>
    public string? Instance { get; set; }

    /// <summary>
    /// Base64 key for the HMAC fingerprints of found values (at least 32 bytes). When empty, a random key is created once
    /// in <see cref="KeyFilePath"/> and reused, so fingerprints stay comparable across restarts.
    /// </summary>
    public string? FingerprintKey { get; set; }

    /// <summary>Where a generated fingerprint key is kept. Default <c>dataguard-audit.key</c> beside the database.</summary>
    public string? KeyFilePath { get; set; }

    /// <summary>Largest page of <c>GET /v1/audit</c>. Default 500.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Signed checkpoints of the chain head.</summary>
    public CheckpointOptions Checkpoints { get; set; } = new();

    /// <summary>The chain name this instance writes.</summary>
    public string ChainName => !string.IsNullOrWhiteSpace(Instance) ? Instance
        : string.Equals(Provider, AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase)
            ? new string(Environment.MachineName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).TrimStart('.')
            : AuditStores.DefaultSqliteChain;
}

/// <summary>Signed checkpoints (section <c>DataGuard:Audit:Checkpoints</c>).</summary>
public sealed class CheckpointOptions
{
    /// <summary>Append-only folder of checkpoint files; share it between instances. Default <c>dataguard-audit-checkpoints</c> beside the database.</summary>
    public string? Directory { get; set; }

    /// <summary>Sign after this many records. Default 1000.</summary>
    public int EveryRecords { get; set; } = 1000;

    /// <summary>…or after this long, if the chain moved. Default 5 minutes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The ECDSA P-256 private key as PEM (e.g. from a secret store). Takes precedence over <see cref="SigningKeyFile"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// PEM file with the private key; keep it outside the database and its backups. When neither is set, a key is created
    /// once in <c>dataguard-checkpoint-key.pem</c> beside the database (fine for one machine; configure one for production).
    /// </summary>
    public string? SigningKeyFile { get; set; }
}
