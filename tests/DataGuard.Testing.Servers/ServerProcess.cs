using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace DataGuard.Testing.Servers;

/// <summary>
/// A server binary run as an unprivileged user: when the test runs as root, <c>setpriv</c> drops to
/// <see cref="UnprivilegedUser"/> (it execs, so the process id is the server's and signals reach it); otherwise it runs as is.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _name;
    private readonly System.Text.StringBuilder _output = new();

    private ServerProcess(Process process, string name) => (_process, _name) = (process, name);

    /// <summary>The user servers run as when the tests run as root (created by the postgresql package).</summary>
    public const string UnprivilegedUser = "postgres";

    /// <summary>Whether this process is root (servers then drop privileges).</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>The server's process id.</summary>
    public int Id => _process.Id;

    /// <summary>What the server printed (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Runs a command to completion as the unprivileged user (e.g. <c>initdb</c>); throws with its output when it fails.</summary>
    public static async Task RunAsync(string file, params string[] arguments)
    {
        await using var process = Start(file, arguments, Path.GetFileName(file));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process._process.WaitForExitAsync(timeout.Token);
        if (process._process.ExitCode != 0) throw new InvalidOperationException($"{file} exited with {process._process.ExitCode}: {process.Output}");
    }

    /// <summary>Starts a long-running server.</summary>
    public static ServerProcess Start(string file, IEnumerable<string> arguments, string name)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (IsRoot)
        {
            info.FileName = "setpriv";
            foreach (var a in new[] { $"--reuid={UnprivilegedUser}", $"--regid={UnprivilegedUser}", "--init-groups", "--", file }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        var server = new ServerProcess(process, name);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>A folder the unprivileged user owns (mode 0700).</summary>
    public static string CreateOwnedFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        if (IsRoot)
        {
            // Directory.CreateTempSubdirectory makes 0700 folders under /tmp; the server user must own it.
            using var chown = Process.Start("chown", [UnprivilegedUser + ":", folder])!;
            chown.WaitForExit();
            if (chown.ExitCode != 0) throw new InvalidOperationException($"chown {UnprivilegedUser} {folder} failed.");
        }
        return folder;
    }

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether the server has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Asks the server to stop (SIGINT: PostgreSQL's fast shutdown, Redis's normal one), then kills it after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = kill(_process.Id, 2);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            if (_output.Length < 64 * 1024) _output.AppendLine(line);
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial uint geteuid();

    /// <inheritdoc />
    public override string ToString() => _name;
}
