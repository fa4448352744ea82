using System.Security.Cryptography;
using DataGuard.Audit;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using DataGuard.Audit.Verification;
using DataGuard.GuardService.Configuration;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Audit;

/// <summary>
/// The guard's audit trail: the configured store, migrated at start-up, this instance's writer and checkpoint signer, and
/// the query and verification sides the audit API uses. Started before the server accepts requests.
/// </summary>
public sealed class GuardAudit(IOptions<AuditOptions> options, IHostEnvironment environment, ILogger<GuardAudit> logger) : IHostedService, IAsyncDisposable
{
    private readonly AuditOptions _options = options.Value;
    private AuditWriter? _writer;
    private ECDsa? _signingKey;

    /// <summary>The store.</summary>
    public IAuditStore Store { get; } = AuditStores.Open(options.Value.Provider,
        string.Equals(options.Value.Provider, AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase) ? options.Value.ConnectionString ?? string.Empty : DatabasePath(options.Value, environment));

    /// <summary>This instance's writer (after start-up).</summary>
    public AuditWriter Writer => _writer ?? throw new InvalidOperationException("The audit trail has not started.");

    /// <summary>Where checkpoints are written and read.</summary>
    public CheckpointDirectory Checkpoints { get; } = new(Resolve(options.Value.Checkpoints.Directory, "dataguard-audit-checkpoints", options.Value, environment));

    /// <summary>The public key auditors verify checkpoints with, as PEM.</summary>
    public string PublicKeyPem => CheckpointKeys.PublicPem(_signingKey ?? throw new InvalidOperationException("The audit trail has not started."));

    /// <summary>The SQLite path (or the folder generated key files go to, for PostgreSQL).</summary>
    public static string DatabasePath(AuditOptions options, IHostEnvironment environment) =>
        Path.IsPathRooted(options.DatabasePath) ? options.DatabasePath : Path.Combine(environment.ContentRootPath, options.DatabasePath);

    /// <summary>Migrates the store, leases this instance's chain and starts writing.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var version = await Store.MigrateAsync(cancellationToken);
        _signingKey = LoadSigningKey();
        var signer = new CheckpointSigner(_signingKey, Checkpoints);
        var policy = new CheckpointPolicy(_options.Checkpoints.EveryRecords, _options.Checkpoints.Interval);
        _writer = await AuditWriter.StartAsync(Store, _options.ChainName, signer, policy, logger, cancellationToken);
        logger.LogInformation("Audit trail on {Provider} (schema {Version}), chain {Chain} at record {Sequence}; checkpoint key {KeyId}.",
            Store.Provider, version, _writer.Chain, _writer.Head.Sequence, CheckpointKeys.KeyId(_signingKey));
    }

    /// <summary>Stores what is queued and signs the final head.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }
    }

    /// <summary>Checks the whole trail against itself and the checkpoints, with this guard's public key.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken);
        using var publicKey = CheckpointKeys.FromPem(PublicKeyPem);
        return await new AuditVerifier(Store, Checkpoints, publicKey).VerifyAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The key is not disposed here: the host may stop its services (and sign the final head) after disposing them.
        await StopAsync(CancellationToken.None);
        await Store.DisposeAsync();
    }

    private ECDsa LoadSigningKey()
    {
        var checkpoints = _options.Checkpoints;
        if (!string.IsNullOrWhiteSpace(checkpoints.SigningKey)) return CheckpointKeys.FromPem(checkpoints.SigningKey);
        if (!string.IsNullOrWhiteSpace(checkpoints.SigningKeyFile)) return CheckpointKeys.LoadOrCreate(Resolve(checkpoints.SigningKeyFile, checkpoints.SigningKeyFile, _options, environment), createIfMissing: false);
        return CheckpointKeys.LoadOrCreate(Resolve(null, "dataguard-checkpoint-key.pem", _options, environment), createIfMissing: true);
    }

    // Relative paths sit beside the SQLite database (the guard's data folder).
    private static string Resolve(string? configured, string fallback, AuditOptions options, IHostEnvironment environment)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? fallback : configured;
        return Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DatabasePath(options, environment)))!, path);
    }
}
