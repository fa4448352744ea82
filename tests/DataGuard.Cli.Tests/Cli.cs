using System.Globalization;

namespace DataGuard.Cli.Tests;

/// <summary>Runs the real <c>dataguard</c> command line in-process with redirected streams.</summary>
public static class Cli
{
    public static CliResult Run(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? variables, params string[] args)
        => Run(workingDirectory, stdin, variables, CultureInfo.InvariantCulture, args);

    public static CliResult Run(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? variables, CultureInfo uiCulture, params string[] args)
        => Run(workingDirectory, stdin, variables, uiCulture, errorIsTerminal: false, args);

    public static CliResult Run(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? variables, CultureInfo uiCulture, bool errorIsTerminal, params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            using var environment = new CliEnvironment(new StringReader(stdin), output, error, workingDirectory)
            {
                ErrorIsTerminal = errorIsTerminal,
                GetVariable = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            };
            int exitCode = DataGuardCommand.Invoke(args, environment);
            return new CliResult(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, string.Empty, null, args);

    public static CliResult RunWithInput(string stdin, params string[] args) => Run(Path.GetTempPath(), stdin, null, args);
}
