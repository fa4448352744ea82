using System.Globalization;
using System.Text;
using DataGuard.Cli.Reporting;
using DataGuard.Detection;

namespace DataGuard.Cli.Output;

/// <summary>
/// One line per finding, in the <c>file:line:column:</c> form editors and grep users know:
/// <c>logs/a.txt:3:7: TW_NATIONAL_ID A12******* score=0.95</c>.
/// </summary>
internal sealed class TextFormatter : IFindingFormatter
{
    private readonly TextWriter _output;

    public TextFormatter(TextWriter output) => _output = output;

    public void Begin() { }

    public void Write(ReportedFinding finding)
    {
        var line = new StringBuilder(96)
            .Append(finding.Source).Append(':')
            .Append(finding.Start.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
            .Append(finding.Start.Column.ToString(CultureInfo.InvariantCulture)).Append(": ")
            .Append(finding.Type).Append(' ');
        AppendVisible(line, finding.DisplayValue);
        line.Append(" score=").Append(finding.RoundedScore.ToString("0.00#", CultureInfo.InvariantCulture));
        if (finding.Evasions != Evasions.None) line.Append(" evasions=").Append(finding.Evasions.ToString().Replace(" ", "", StringComparison.Ordinal));
        _output.Write(line.Append('\n').ToString());
    }

    public void End(SweepSummary summary) { }

    // A value may span lines or hide invisible characters; show them escaped so one finding stays one line.
    private static void AppendVisible(StringBuilder line, string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                line.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                line.Append(c);
        }
    }
}
