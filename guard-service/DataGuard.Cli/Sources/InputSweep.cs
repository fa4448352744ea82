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
    private readonly System.Text.Encoding _encoding;

    public InputSweep(TextReader standardInput, System.Text.Encoding encoding, SweepSummary summary, Action<string> reportError)
    {
        _standardInput = standardInput;
        _encoding = encoding;
        _summary = summary;
        _reportError = reportError;
    }

    /// <summary>Calls <paramref name="process"/> for each readable text input.</summary>
    public void Run(SourceSelection selection, Action<InputSource, OpenedInput> process)
    {
        foreach (var problem in selection.Problems)
        {
            _reportError(problem);
            _summary.AddError();
        }

        foreach (var input in selection.Inputs)
        {
            try
            {
                using var opened = InputReader.Open(input, _standardInput, _encoding);
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
            catch (Exception ex) when (ex is not CliUsageException)
            {
                // An engine failure on one file must not end the sweep; the message is left out as it could quote the text.
                _reportError(string.Format(CultureInfo.CurrentCulture, Messages.ErrorScanFailed, input.DisplayPath, ex.GetType().Name));
                _summary.AddError();
            }
        }
    }
}
