using System.Diagnostics;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// Every rule on every adversarial shape completes without an exception, an AD0001 or an internal-error diagnostic. Each
/// shape runs in a child process (this assembly, <see cref="Program"/>): a stack overflow would otherwise end the test
/// host with no result, and here it fails the test with the child's exit code and output.
/// </summary>
public class AdversarialShapeTests
{
    /// <summary>Generous for a loaded 2-core machine; a hang never ends, a slow run ends in seconds.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static TheoryData<string> Shapes() => new(AdversarialShapes.All.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_rule_completes_on_the_shape(string shape)
    {
        var (exitCode, output) = await RunChildAsync(shape);
        Assert.True(exitCode == 0, $"The analysis of '{shape}' ended with exit code {exitCode} (134 is an abort: a stack overflow):\n{Tail(output)}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("compile-errors 0", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("analyzer-exception", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("diagnostic AD0001", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("diagnostic " + DiagnosticIds.AnalyzerInternalError, StringComparison.Ordinal));

        // The shapes leak a phone number into a log or an exception: the rules did their work, they did not just give up.
        Assert.Contains(lines, l => l.StartsWith("diagnostic DG1", StringComparison.Ordinal));
        foreach (var (rule, line) in AdversarialShapes.Expected(shape))
        {
            Assert.True(lines.Contains($"diagnostic-line {rule} {line}"), $"'{shape}': {rule} expected on line {line}, not reported:\n{Tail(output)}");
        }

        foreach (var (rule, line) in AdversarialShapes.NotExpected(shape))
        {
            Assert.False(lines.Contains($"diagnostic-line {rule} {line}"), $"'{shape}': {rule} reported on line {line}, expected none:\n{Tail(output)}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunChildAsync(string shape)
    {
        var assembly = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(ShapeAnalysis.Argument);
        start.ArgumentList.Add(shape);

        // Thread-pool threads get the same 1 MB stack as the analysis thread.
        start.Environment["DOTNET_DefaultStackSize"] = ShapeAnalysis.StackSize.ToString("X");

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await child.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail($"The analysis of '{shape}' did not finish within {Timeout.TotalMinutes} minutes: a hang.");
        }

        return (child.ExitCode, await stdout + await stderr);
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}
