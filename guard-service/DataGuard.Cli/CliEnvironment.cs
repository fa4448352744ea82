using System.Text;

namespace DataGuard.Cli;

/// <summary>
/// The streams, working directory and environment variables one invocation works with. The process uses the console;
/// tests pass their own readers and writers so they can run the real commands in-process.
/// </summary>
public sealed class CliEnvironment : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates an environment.</summary>
    public CliEnvironment(TextReader input, TextWriter output, TextWriter error, string workingDirectory)
    {
        In = input ?? throw new ArgumentNullException(nameof(input));
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        WorkingDirectory = workingDirectory ?? throw new ArgumentNullException(nameof(workingDirectory));
    }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Standard output: machine-readable results only.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: diagnostics, progress and the summary.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether standard error is an interactive terminal (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Directory that relative paths are resolved against and reported relative to.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Reads an environment variable (replaceable so tests do not touch the process environment).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The process console, as UTF-8 whatever the platform's console code page.</summary>
    public static CliEnvironment FromConsole()
    {
        var input = new StreamReader(Console.OpenStandardInput(), Utf8NoBom, detectEncodingFromByteOrderMarks: true);
        var output = new StreamWriter(Console.OpenStandardOutput(), Utf8NoBom, 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true };
        return new CliEnvironment(input, output, error, Directory.GetCurrentDirectory())
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary>Flushes the output streams.</summary>
    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }
}
