using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataGuard.Testing.Servers;

namespace DataGuard.GuardService.Tests;

/// <summary>
/// <c>dotnet publish</c> output starts on its own (no SDK, no project folder) and answers a request. Published once per run,
/// framework-dependent (the self-contained command is in docs/deployment.md and was checked by hand).
/// </summary>
public sealed class PublishedGuardTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataguard-publish-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task The_published_guard_starts_from_its_folder_and_screens_a_request()
    {
        var repository = RepositoryRoot();
        var output = Path.Combine(_folder, "app");
        var publish = await RunAsync("dotnet", repository, "publish", Path.Combine(repository, "guard-service", "DataGuard.GuardService", "DataGuard.GuardService.csproj"),
            "-c", "Debug", "-o", output, "-nologo", "-v", "q");
        Assert.True(publish.ExitCode == 0, publish.Output);
        var executable = Path.Combine(output, OperatingSystem.IsWindows() ? "DataGuard.GuardService.exe" : "DataGuard.GuardService");
        Assert.True(File.Exists(executable));
        Assert.True(File.Exists(Path.Combine(output, "appsettings.json")));

        var port = ServerProcess.FreePort();
        var info = new ProcessStartInfo(executable) { WorkingDirectory = _folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["DataGuard__Audit__DatabasePath"] = Path.Combine(_folder, "data", "audit.db");
        info.Environment["DataGuard__Access__Keys__0__UserId"] = "staff.alice";
        info.Environment["DataGuard__Access__Keys__0__KeyHash"] = Security.KeyHash.Of("published-key");
        using var guard = Process.Start(info)!;
        guard.OutputDataReceived += (_, _) => { };
        guard.ErrorDataReceived += (_, _) => { };
        guard.BeginOutputReadLine();
        guard.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await WaitReadyAsync(http, guard);
            http.DefaultRequestHeaders.Add("api-key", "published-key");
            using var scan = await http.PostAsync("v1/scan", new StringContent("""{"text":"身分證 A123456789"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
            var body = (await scan.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Contains("TW_NATIONAL_ID", body.ToJsonString(), StringComparison.Ordinal);
            // The content root is the published folder (appsettings.json found), the data where configured.
            Assert.True(File.Exists(Path.Combine(_folder, "data", "audit.db")));
        }
        finally
        {
            guard.Kill();
            await guard.WaitForExitAsync();
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, Process guard)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(90); ; await Task.Delay(200))
        {
            Assert.False(guard.HasExited, "The published guard exited during start-up.");
            try
            {
                using var ready = await http.GetAsync("healthz/ready");
                if (ready.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "DataGuard.sln"))) return folder.FullName;
        throw new InvalidOperationException("DataGuard.sln not found above the test folder.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
