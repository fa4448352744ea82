using System.Globalization;
using System.Net.Sockets;

namespace DataGuard.Testing.Servers;

/// <summary>A throw-away Redis (Debian package <c>redis-server</c>) on a free 127.0.0.1 port, no persistence, in a temporary folder.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly string _folder;

    private RedisServer(ServerProcess process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>StackExchange.Redis configuration string.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},abortConnect=false";

    /// <summary>Starts a server.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Redis is not installed: apt-get install -y redis-server.");
        var folder = ServerProcess.CreateOwnedFolder("dataguard-redis-");
        var port = ServerProcess.FreePort();
        var process = ServerProcess.Start(binary,
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"],
            "redis-server");
        var server = new RedisServer(process, folder, port);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (read > 0 && buffer[0] == (byte)'+') return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }
            catch (SocketException ex)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"Redis did not start: {process.Output}", ex);
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
