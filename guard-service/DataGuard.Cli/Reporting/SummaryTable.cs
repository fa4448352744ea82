using System.Globalization;
using DataGuard.Cli.Resources;
using Spectre.Console;

namespace DataGuard.Cli.Reporting;

/// <summary>The table printed on standard error at the end of a sweep: findings per type, files scanned and skipped.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, SweepSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Messages.SummaryTitle);
        table.AddColumn(Messages.SummaryItem);
        table.AddColumn(new TableColumn(Messages.SummaryCount).RightAligned());
        foreach (var (type, count) in summary.FindingsByType) table.AddRow(Markup.Escape(type), Count(count));
        if (summary.FindingsByType.Count > 0) table.AddEmptyRow();
        table.AddRow(Messages.SummaryFindings, Count(summary.Findings));
        table.AddRow(Messages.SummaryFilesScanned, Count(summary.FilesScanned));
        table.AddRow(Messages.SummaryFilesSkipped, Count(summary.FilesSkipped));
        table.AddRow(Messages.SummaryErrors, Count(summary.Errors));
        console.Write(table);
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
