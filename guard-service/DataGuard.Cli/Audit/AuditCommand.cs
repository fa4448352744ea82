using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using DataGuard.Audit.Verification;
using DataGuard.Cli.Resources;

namespace DataGuard.Cli.Audit;

/// <summary>
/// <c>dataguard audit verify</c>: the auditors' offline check of a guard's trail (SQLite file or PostgreSQL) against their
/// copy of the checkpoint files and the public key; the same verifier as <c>GET /v1/audit/verify</c>.
/// <c>dataguard audit keygen</c>: a checkpoint signing key pair. <c>dataguard audit report</c>: the insights
/// (<see cref="AuditReportCommand"/>).
/// </summary>
internal static class AuditCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliEnvironment environment)
    {
        var audit = new Command("audit", Messages.AuditDescription);
        audit.Subcommands.Add(Verify(environment));
        audit.Subcommands.Add(Keygen(environment));
        audit.Subcommands.Add(AuditReportCommand.Create(environment));
        return audit;
    }

    private static Command Verify(CliEnvironment environment)
    {
        var database = new Option<FileInfo>("--database") { Description = Messages.AuditDatabaseDescription, HelpName = "file" };
        var provider = new Option<string>("--provider") { Description = Messages.AuditProviderDescription, DefaultValueFactory = _ => AuditStores.Sqlite };
        var connection = new Option<string>("--connection") { Description = Messages.AuditConnectionDescription };
        var checkpoints = new Option<DirectoryInfo>("--checkpoints") { Description = Messages.AuditCheckpointsDescription, HelpName = "dir", Required = true };
        var publicKey = new Option<FileInfo>("--public-key") { Description = Messages.AuditPublicKeyDescription, HelpName = "pem", Required = true };
        var json = new Option<bool>("--json") { Description = Messages.AuditJsonDescription };
        var command = new Command("verify", Messages.AuditVerifyDescription) { database, provider, connection, checkpoints, publicKey, json };
        command.SetAction(parseResult =>
        {
            string Full(FileSystemInfo info) => Path.GetFullPath(info.ToString(), environment.WorkingDirectory);
            var kind = parseResult.GetValue(provider);
            var target = string.Equals(kind, AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase) ? parseResult.GetValue(connection)
                : parseResult.GetValue(database) is { } file ? Full(file) : null;
            if (string.IsNullOrWhiteSpace(target)) throw new CliUsageException(Messages.AuditNeedsTarget);
            if (!string.Equals(kind, AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase) && !File.Exists(target)) throw new FileNotFoundException(target);
            using var key = CheckpointKeys.FromPem(File.ReadAllText(Full(parseResult.GetValue(publicKey)!)));
            return RunAsync(environment, kind, target, new CheckpointDirectory(Full(parseResult.GetValue(checkpoints)!)), key, parseResult.GetValue(json)).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string? provider, string target, CheckpointDirectory checkpoints, System.Security.Cryptography.ECDsa key, bool json)
    {
        await using var store = AuditStores.Open(provider, target);
        var result = await new AuditVerifier(store, checkpoints, key).VerifyAsync();
        if (json) environment.Out.WriteLine(JsonSerializer.Serialize(result, Json));
        var culture = CultureInfo.CurrentCulture;
        environment.Error.WriteLine(result.Problem is { } problem
            ? string.Format(culture, Messages.AuditTampered, problem.Kind, problem.Chain, problem.Sequence, problem.Detail)
            : string.Format(culture, Messages.AuditIntact, result.Records, result.Chains.Count, result.Chains.Sum(c => c.Checkpointed), result.Checkpoints));
        return result.Intact ? ExitCodes.Clean : ExitCodes.FindingsReported;
    }

    private static Command Keygen(CliEnvironment environment)
    {
        var output = new Option<FileInfo>("--out", "-o") { Description = Messages.AuditKeyOutDescription, HelpName = "file", Required = true };
        var command = new Command("keygen", Messages.AuditKeygenDescription) { output };
        command.SetAction(parseResult =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(output)!.ToString(), environment.WorkingDirectory);
            if (File.Exists(path)) throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorOutput, path));
            using var key = CheckpointKeys.LoadOrCreate(path, createIfMissing: true);
            var publicPath = Path.ChangeExtension(path, ".pub.pem");
            File.WriteAllText(publicPath, CheckpointKeys.PublicPem(key));
            environment.Error.WriteLine(string.Format(CultureInfo.CurrentCulture, Messages.AuditKeyWritten, path, publicPath));
            return ExitCodes.Clean;
        });
        return command;
    }
}
