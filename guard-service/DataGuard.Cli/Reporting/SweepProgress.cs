using System.Diagnostics;
using System.Globalization;
using DataGuard.Cli.Resources;
using Spectre.Console;

namespace DataGuard.Cli.Reporting;

/// <summary>
/// A live status line on standard error (files, MB, findings so far), shown only when standard error is a terminal so
/// redirected runs and pipelines get clean output.
/// </summary>
internal sealed class SweepProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);

    private readonly StatusContext? _context;
    private readonly Stopwatch _sinceUpdate = Stopwatch.StartNew();

    private SweepProgress(StatusContext? context) => _context = context;

    /// <summary>Runs <paramref name="sweep"/>, with a live status line when <paramref name="enabled"/>.</summary>
    public static T Run<T>(IAnsiConsole console, bool enabled, Func<SweepProgress, T> sweep)
    {
        if (!enabled) return sweep(new SweepProgress(null));
        return console.Status().Spinner(Spinner.Known.Dots).Start(Messages.ProgressStarting, context => sweep(new SweepProgress(context)));
    }

    /// <summary>Reports the totals so far, plus <paramref name="bytesInCurrentFile"/> of the file being read.</summary>
    public void Update(SweepSummary summary, long bytesInCurrentFile)
    {
        if (_context is null || _sinceUpdate.Elapsed < Interval) return;
        _sinceUpdate.Restart();
        double megabytes = (summary.BytesScanned + bytesInCurrentFile) / (1024.0 * 1024.0);
        _context.Status = string.Format(CultureInfo.CurrentCulture, Messages.ProgressStatus, summary.FilesScanned, megabytes, summary.Findings);
        _context.Refresh();
    }
}
