using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataGuard.Testing.Servers;

namespace DataGuard.ScaleBench;

/// <summary>One guard process (the built <c>DataGuard.GuardService.dll</c>, Production environment) configured by environment variables.</summary>
internal sealed class GuardProcess : IAsyncDisposable
{
    private readonly Process _process;

    private GuardProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public static async Task<GuardProcess> StartAsync(string guardDll, string name, IReadOnlyDictionary<string, string> settings)
    {
        var port = ServerProcess.FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(guardDll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(guardDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Urls"] = $"http://127.0.0.1:{port}"; // appsettings.json names 5080; the environment wins
        info.Environment["DOTNET_gcServer"] = "1";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DataGuard__Audit__Instance"] = name;
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"[{name}] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var guard = new GuardProcess(process, port);
        using var http = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(120); ; await Task.Delay(200))
        {
            if (process.HasExited) throw new InvalidOperationException($"Guard {name} exited with {process.ExitCode}.");
            try
            {
                using var ready = await http.GetAsync($"http://127.0.0.1:{port}/healthz/ready");
                if (ready.IsSuccessStatusCode) return guard;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    /// <summary>SIGKILL: no shutdown, no final flush, no final checkpoint.</summary>
    public void KillHard() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>nginx (Debian package) as the load balancer: round robin, a dead instance is skipped on connect errors.</summary>
internal static class LoadBalancer
{
    public static async Task<(ServerProcess Process, int Port)> StartAsync(IEnumerable<int> guardPorts)
    {
        var folder = ServerProcess.CreateOwnedFolder("dataguard-nginx-");
        var port = ServerProcess.FreePort();
        var servers = string.Concat(guardPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;\n"));
        var conf = $$"""
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log error;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body; proxy_temp_path {{folder}}/proxy; fastcgi_temp_path {{folder}}/fastcgi; uwsgi_temp_path {{folder}}/uwsgi; scgi_temp_path {{folder}}/scgi;
              upstream guards {
            {{servers}}    keepalive 64;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://guards;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_connect_timeout 1s;
                  proxy_next_upstream error timeout;
                }
              }
            }
            """;
        var path = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(path, conf);
        if (ServerProcess.IsRoot) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var process = ServerProcess.Start("/usr/sbin/nginx", ["-p", folder, "-c", path, "-e", Path.Combine(folder, "error.log")], "nginx");
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(100))
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return (process, port);
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }
            catch (System.Net.Sockets.SocketException)
            {
                throw new InvalidOperationException("nginx did not start: " + process.Output);
            }
        }
    }
}

/// <summary>The people sending traffic: one key each, configured on every instance.</summary>
internal static class People
{
    public static string Key(int i) => "scale-bench-key-" + i.ToString(CultureInfo.InvariantCulture);

    public static string User(int i) => "staff." + i.ToString("D2", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Settings(int count)
    {
        var settings = new Dictionary<string, string>();
        for (int i = 0; i < count; i++)
        {
            settings[$"DataGuard:Access:Keys:{i}:UserId"] = User(i);
            settings[$"DataGuard:Access:Keys:{i}:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key(i))));
        }
        return settings;
    }
}
