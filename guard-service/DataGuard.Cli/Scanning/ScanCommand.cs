using System.CommandLine;
using DataGuard.Cli.Output;
using DataGuard.Cli.Reporting;
using DataGuard.Cli.Resources;
using DataGuard.Cli.Sources;
using Spectre.Console;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// <c>dataguard scan [paths…]</c>: reports personal data in files, folders or standard input.
/// Exit 0 clean, 1 findings at or above <c>--min-score</c>, 2 usage or I/O error.
/// </summary>
internal sealed class ScanCommand
{
    private readonly SourceArguments _sources = new();
    private readonly DetectionArguments _detection = new();

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = Messages.FormatDescription,
        DefaultValueFactory = _ => OutputFormats.Text,
    };

    private readonly Option<bool> _showValues = new("--show-values") { Description = Messages.ShowValuesDescription };

    private readonly Option<bool> _jsonLines = new("--jsonl") { Description = Messages.JsonlDescription };

    private readonly ChunkSizeOption _chunkSize = new();

    private ScanCommand() => _format.AcceptOnlyFromAmong(OutputFormats.Names);

    public static Command Create(CliEnvironment environment)
    {
        var definition = new ScanCommand();
        var command = new Command("scan", Messages.ScanDescription);
        definition._sources.AddTo(command);
        definition._detection.AddTo(command);
        command.Options.Add(definition._format);
        command.Options.Add(definition._showValues);
        command.Options.Add(definition._jsonLines);
        command.Options.Add(definition._chunkSize);
        command.SetAction(parseResult => definition.Execute(parseResult, environment));
        return command;
    }

    private int Execute(ParseResult parseResult, CliEnvironment environment)
    {
        var scanner = _detection.CreateScanner(parseResult, environment.WorkingDirectory);
        double minScore = scanner.Options.MinScore;

        if (parseResult.GetValue(_jsonLines))
        {
            if (_sources.GetPaths(parseResult).Count > 0) throw new CliUsageException(Messages.ErrorJsonlWithPaths);
            return JsonLinesSession.Run(environment.In, environment.Out, scanner, minScore);
        }

        var selection = _sources.Select(parseResult, environment.WorkingDirectory);
        var console = DiagnosticConsole.Create(environment);
        var summary = new SweepSummary();
        var formatter = OutputFormats.Create(parseResult.GetValue(_format) ?? OutputFormats.Text, environment.Out, scanner.Recognizers.EntityTypes);
        var streamScanner = new StreamScanner(scanner, parseResult.GetValue(_chunkSize));
        bool showValues = parseResult.GetValue(_showValues);
        bool showProgress = environment.ErrorIsTerminal && !selection.IsStandardInput;

        formatter.Begin();
        SweepProgress.Run(console, showProgress, progress =>
        {
            var sweep = new InputSweep(environment.In, _sources.GetEncoding(parseResult), summary, message => console.WriteLine(message, Style.Plain));
            sweep.Run(selection, (input, opened) =>
            {
                var locator = new FindingLocator(input.DisplayPath, showValues);
                foreach (var segment in streamScanner.Scan(opened.Reader))
                {
                    foreach (var finding in locator.Locate(segment))
                    {
                        if (finding.Score < minScore) continue;
                        formatter.Write(finding);
                        summary.AddFinding(finding.Type);
                    }
                    progress.Update(summary, opened.BytesRead);
                }
            });
            return summary;
        });
        formatter.End(summary);
        environment.Out.Flush();

        if (!selection.IsStandardInput) SummaryTable.Write(console, summary);
        return summary.Errors > 0 ? ExitCodes.Failure : summary.Findings > 0 ? ExitCodes.FindingsReported : ExitCodes.Clean;
    }
}
