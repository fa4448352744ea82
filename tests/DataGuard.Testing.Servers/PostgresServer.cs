using Npgsql;

namespace DataGuard.Testing.Servers;

/// <summary>
/// A throw-away PostgreSQL: <c>initdb</c> into a temporary folder and <c>postgres</c> on a free 127.0.0.1 port, from the
/// Debian package (<c>postgresql</c>; binaries under <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>). Trust authentication
/// on loopback only. Each test takes its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string User = "dataguard";
    private readonly ServerProcess _process;
    private readonly string _folder;
    private int _databases;

    private PostgresServer(ServerProcess process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Connection string to the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    /// <summary>Starts a server; <paramref name="durable"/> false turns fsync off (tests), true keeps PostgreSQL's defaults (benchmarks).</summary>
    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        var bin = BinFolder();
        var folder = ServerProcess.CreateOwnedFolder("dataguard-pg-");
        var data = Path.Combine(folder, "data");
        await ServerProcess.RunAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", User, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var port = ServerProcess.FreePort();
        var arguments = new List<string> { "-D", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", folder, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200" };
        if (!durable) arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        var process = ServerProcess.Start(Path.Combine(bin, "postgres"), arguments, "postgres");
        var server = new PostgresServer(process, folder, port);
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>A connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Maximum Pool Size=50;Timeout=15";

    /// <summary>The newest installed PostgreSQL's bin folder.</summary>
    public static string BinFolder()
    {
        var root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root) ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "bin", "initdb"))).ToList() : [];
        if (versions.Count == 0)
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql (the tests look under /usr/lib/postgresql/*/bin).");
        return Path.Combine(versions.OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Last(), "bin");
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException && DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"PostgreSQL did not start: {_process.Output}", ex);
            }
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _process.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
