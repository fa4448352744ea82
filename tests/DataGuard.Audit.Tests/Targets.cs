using System.Data.Common;
using DataGuard.Audit.Storage;
using DataGuard.Testing.Servers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DataGuard.Audit.Tests;

/// <summary>One real PostgreSQL server for the whole test run (each test gets its own database).</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

/// <summary>A fresh, empty store of one provider, plus raw SQL access for playing the attacker.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("dataguard-audit-tests-").FullName;

    public abstract IAuditStore Open();

    public abstract Task<DbConnection> ConnectAsync();

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public virtual ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

public sealed class SqliteTarget : StoreTarget
{
    public string DatabasePath => Path.Combine(Folder, "audit.db");

    public override IAuditStore Open() => AuditStores.Open(AuditStores.Sqlite, DatabasePath);

    public override async Task<DbConnection> ConnectAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }
}

public sealed class PostgresTarget(string connectionString) : StoreTarget
{
    public override IAuditStore Open() => AuditStores.Open(AuditStores.PostgreSql, connectionString);

    public override async Task<DbConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
