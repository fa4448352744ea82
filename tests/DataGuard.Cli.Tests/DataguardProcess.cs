using System.Diagnostics;
using System.Text;

namespace DataGuard.Cli.Tests;

/// <summary>Starts the built <c>dataguard</c> tool as a separate process (<c>dotnet exec dataguard.dll</c>).</summary>
public static class DataguardProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The tool's entry assembly, copied next to the tests with its runtimeconfig by the project reference.</summary>
    public static string EntryAssembly
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "dataguard.dll");
            Assert.True(File.Exists(path), "dataguard.dll is not next to the tests: " + path);
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "dataguard.runtimeconfig.json")), "dataguard.runtimeconfig.json missing");
            return path;
        }
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(EntryAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment.Remove("DATAGUARD_HASH_KEY");
        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Runs to completion with <paramref name="stdin"/> as input.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, string stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(process.ExitCode, await output, await error);
    }
}
