using DataGuard.Audit;
using DataGuard.Audit.Checkpoints;
using DataGuard.Audit.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataGuard.Cli.Tests;

/// <summary><c>dataguard audit keygen</c> and <c>dataguard audit verify</c> on a real SQLite trail written by the audit library.</summary>
public sealed class AuditVerifyTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _tree.Dispose();
    }

    private async Task WriteTrailAsync(string keyFile, int records)
    {
        await using var store = AuditStores.Open(AuditStores.Sqlite, _tree.PathOf("audit.db"));
        await store.MigrateAsync();
        using var key = CheckpointKeys.FromPem(File.ReadAllText(keyFile));
        await using var writer = await AuditWriter.StartAsync(store, "guard", new CheckpointSigner(key, new CheckpointDirectory(_tree.PathOf("checkpoints"))),
            new CheckpointPolicy(5, TimeSpan.FromHours(1)), NullLogger.Instance);
        for (int i = 0; i < records; i++)
            await writer.AppendAsync(new AuditRecord { Time = DateTimeOffset.UtcNow, RequestId = "r" + i, User = "staff.alice", Route = "/v1/scan", Verdict = "allow", Status = 200 });
    }

    private CliResult Verify(string publicKey, params string[] extra) =>
        Cli.Run(_tree.Root, ["audit", "verify", "--database", "audit.db", "--checkpoints", "checkpoints", "--public-key", publicKey, .. extra]);

    [Fact]
    public async Task Keygen_then_verify_an_intact_trail_then_a_tampered_one()
    {
        var keygen = Cli.Run(_tree.Root, "audit", "keygen", "--out", "keys/checkpoint.pem");
        Assert.Equal(0, keygen.ExitCode);
        Assert.Contains("BEGIN PUBLIC KEY", File.ReadAllText(_tree.PathOf("keys/checkpoint.pub.pem")), StringComparison.Ordinal);
        await WriteTrailAsync(_tree.PathOf("keys/checkpoint.pem"), 10);

        var intact = Verify("keys/checkpoint.pub.pem", "--json");
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("\"intact\": true", intact.Out, StringComparison.Ordinal);
        Assert.Contains("10", intact.Error, StringComparison.Ordinal);

        await using (var connection = new SqliteConnection($"Data Source={_tree.PathOf("audit.db")}"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM audit WHERE seq > 7";
            Assert.Equal(3, await delete.ExecuteNonQueryAsync());
        }
        var truncated = Verify("keys/checkpoint.pub.pem");
        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains("truncated", truncated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoints_signed_by_another_key_are_refused()
    {
        Assert.Equal(0, Cli.Run(_tree.Root, "audit", "keygen", "--out", "guard.pem").ExitCode);
        Assert.Equal(0, Cli.Run(_tree.Root, "audit", "keygen", "--out", "other.pem").ExitCode);
        await WriteTrailAsync(_tree.PathOf("guard.pem"), 5);
        var result = Verify("other.pub.pem");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad_signature", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_database_it_is_a_usage_error()
    {
        Assert.Equal(0, Cli.Run(_tree.Root, "audit", "keygen", "--out", "guard.pem").ExitCode);
        var result = Cli.Run(_tree.Root, "audit", "verify", "--checkpoints", "checkpoints", "--public-key", "guard.pub.pem");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--database", result.Error, StringComparison.Ordinal);
    }
}
