using Spectre.Console;

namespace DataGuard.Cli.Reporting;

/// <summary>Creates the Spectre console for standard error: colours and live progress only on a terminal.</summary>
internal static class DiagnosticConsole
{
    public static IAnsiConsole Create(CliEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Error),
            Ansi = environment.ErrorIsTerminal ? AnsiSupport.Yes : AnsiSupport.No, // the writer is not Console.Error, so Spectre cannot detect it
            ColorSystem = environment.ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Redirected: no terminal width to respect, and wrapped messages would break log parsers.
        if (!environment.ErrorIsTerminal) console.Profile.Width = 4096;
        return console;
    }
}
