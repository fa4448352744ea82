using DataGuard.Cli.Reporting;

namespace DataGuard.Cli.Output;

/// <summary>Writes the findings of a scan to standard output in one format. Findings arrive in input order.</summary>
internal interface IFindingFormatter
{
    /// <summary>Called once before the first finding.</summary>
    void Begin();

    /// <summary>Writes one finding.</summary>
    void Write(ReportedFinding finding);

    /// <summary>Called once after the last input, with the totals.</summary>
    void End(SweepSummary summary);
}
