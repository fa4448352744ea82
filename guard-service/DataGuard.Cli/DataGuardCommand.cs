using System.CommandLine;
using DataGuard.Cli.Redaction;
using DataGuard.Cli.Resources;
using DataGuard.Cli.Scanning;

namespace DataGuard.Cli;

/// <summary>The <c>dataguard</c> root command: parses the arguments and runs one subcommand.</summary>
public static class DataGuardCommand
{
    /// <summary>Runs the command line against <paramref name="environment"/> and returns the process exit code.</summary>
    public static int Invoke(string[] args, CliEnvironment environment)
    {
        if (args is null) throw new ArgumentNullException(nameof(args));
        if (environment is null) throw new ArgumentNullException(nameof(environment));

        var root = new RootCommand(Messages.RootDescription)
        {
            ScanCommand.Create(environment),
            RedactCommand.Create(environment),
            Audit.AuditCommand.Create(environment),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors) environment.Error.WriteLine(error.Message);
            environment.Error.WriteLine(Messages.SeeHelp);
            return ExitCodes.Failure;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException ex)
        {
            environment.Error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Typically standard output closed early (`dataguard scan | head`) or an output folder that cannot be written.
            environment.Error.WriteLine(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.ErrorOutput, ex.Message));
            return ExitCodes.Failure;
        }
        finally
        {
            try { environment.Out.Flush(); }
            catch (IOException) { } // the reader went away; the exit code already says so
        }
    }
}
