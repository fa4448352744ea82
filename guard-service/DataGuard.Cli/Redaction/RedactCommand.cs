using System.CommandLine;
using DataGuard.Cli.Reporting;
using DataGuard.Cli.Resources;
using DataGuard.Cli.Scanning;
using DataGuard.Cli.Sources;
using DataGuard.Detection.Redaction;
using Spectre.Console;

namespace DataGuard.Cli.Redaction;

/// <summary>
/// <c>dataguard redact [paths…]</c>: writes the text with personal data replaced. Standard input goes to standard output;
/// files go to <c>--output DIR</c> (mirroring folders) or back to themselves with <c>--in-place</c>.
/// Exit 0 when everything was written, 2 on a usage or I/O error.
/// </summary>
internal sealed class RedactCommand
{
    private readonly SourceArguments _sources = new();
    private readonly DetectionArguments _detection = new();
    private readonly RedactionArguments _redaction = new();
    private readonly ChunkSizeOption _chunkSize = new();

    private readonly Option<DirectoryInfo> _output = new("--output", "-o") { Description = Messages.OutputDirDescription, HelpName = "dir" };

    private readonly Option<bool> _inPlace = new("--in-place") { Description = Messages.InPlaceDescription };

    private readonly Option<FileInfo> _map = new("--map") { Description = Messages.MapDescription, HelpName = "file" };

    public static Command Create(CliEnvironment environment)
    {
        var definition = new RedactCommand();
        var command = new Command("redact", Messages.RedactDescription);
        definition._sources.AddTo(command);
        definition._detection.AddTo(command);
        definition._redaction.AddTo(command);
        command.Options.Add(definition._output);
        command.Options.Add(definition._inPlace);
        command.Options.Add(definition._map);
        command.Options.Add(definition._chunkSize);
        command.SetAction(parseResult => definition.Execute(parseResult, environment));
        return command;
    }

    private int Execute(ParseResult parseResult, CliEnvironment environment)
    {
        var options = _redaction.Read(parseResult, environment);
        var selection = _sources.Select(parseResult, environment.WorkingDirectory);
        var outputDirectory = parseResult.GetValue(_output) is { } directory ? Path.GetFullPath(directory.ToString(), environment.WorkingDirectory) : null;
        bool inPlace = parseResult.GetValue(_inPlace);
        if (selection.IsStandardInput && (outputDirectory is not null || inPlace)) throw new CliUsageException(Messages.ErrorRedactStdinTarget);
        if (!selection.IsStandardInput && (outputDirectory is null) == !inPlace) throw new CliUsageException(Messages.ErrorRedactFileTarget);
        var mapFile = parseResult.GetValue(_map) is { } file ? Path.GetFullPath(file.ToString(), environment.WorkingDirectory) : null;
        if (mapFile is not null && options.Operator is not (RedactionOperator.Placeholder or RedactionOperator.Pseudonymize))
            throw new CliUsageException(Messages.ErrorMapOperator);

        var streamScanner = new StreamScanner(_detection.CreateScanner(parseResult, environment.WorkingDirectory), parseResult.GetValue(_chunkSize));
        var map = new PseudonymMap(); // one map per run: the same value gets the same placeholder in every file
        var console = DiagnosticConsole.Create(environment);
        var summary = new SweepSummary();

        var encoding = _sources.GetEncoding(parseResult);
        new InputSweep(environment.In, encoding, summary, message => console.WriteLine(message, Style.Plain)).Run(selection, (input, opened) =>
        {
            using var target = input.IsStandardInput ? RedactionTarget.StandardOutput(environment.Out) : RedactionTarget.File(input, outputDirectory, encoding);
            foreach (var segment in streamScanner.Scan(opened.Reader))
            {
                target.Writer.Write(Redactor.Redact(segment.Text, segment.Findings, options, map).Text);
                foreach (var finding in segment.Findings) summary.AddFinding(finding.Type);
            }
            opened.Dispose(); // release the input before replacing it in place
            target.Commit();
        });
        environment.Out.Flush();
        if (mapFile is not null) WriteMap(mapFile, map, summary, message => console.WriteLine(message, Style.Plain));

        if (!selection.IsStandardInput) SummaryTable.Write(console, summary);
        return summary.Errors > 0 ? ExitCodes.Failure : ExitCodes.Clean;
    }

    private static void WriteMap(string path, PseudonymMap map, SweepSummary summary, Action<string> reportError)
    {
        try
        {
            PseudonymMapFile.Write(path, map);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reportError(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.ErrorUnwritable, path, ex.Message));
            summary.AddError();
        }
    }
}
