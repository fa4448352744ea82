using System.Globalization;
using DataGuard.Cli.Reporting;
using DataGuard.Cli.Resources;

namespace DataGuard.Cli.Sources;

/// <summary>
/// Visits every input of a selection: missing and unreadable paths are reported (and counted) and the sweep goes on,
/// binary files are skipped, text inputs are handed to the command.
/// </summary>
internal sealed class InputSweep
{
    private readonly TextReader _standardInput;
    private readonly SweepSummary _summary;
    private readonly Action<string> _reportError;

    public InputSweep(TextReader standardInput, SweepSummary summary, Action<string> reportError)
    {
        _standardInput = standardInput;
        _summary = summary;
        _reportError = reportError;
    }

    /// <summary>Calls <paramref name="process"/> for each readable text input.</summary>
    public void Run(SourceSelection selection, Action<InputSource, OpenedInput> process)
    {
        foreach (var path in selection.MissingPaths)
        {
            _reportError(string.Format(CultureInfo.CurrentCulture, Messages.ErrorPathNotFound, path));
            _summary.AddError();
        }

        foreach (var input in selection.Inputs)
        {
            try
            {
                using var opened = InputReader.Open(input, _standardInput);
                if (opened is null)
                {
                    _summary.AddSkipped();
                    continue;
                }
                process(input, opened);
                _summary.AddScanned(opened.BytesRead);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _reportError(string.Format(CultureInfo.CurrentCulture, Messages.ErrorUnreadable, input.DisplayPath, ex.Message));
                _summary.AddError();
            }
        }
    }
}
