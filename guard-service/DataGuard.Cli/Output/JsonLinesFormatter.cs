using DataGuard.Cli.Reporting;

namespace DataGuard.Cli.Output;

/// <summary>One JSON object per finding per line (<c>--format jsonl</c>), for <c>jq</c> and log pipelines.</summary>
internal sealed class JsonLinesFormatter : IFindingFormatter
{
    private readonly JsonOutput _json;

    public JsonLinesFormatter(TextWriter output) => _json = new JsonOutput(output, indented: false);

    public void Begin() { }

    public void Write(ReportedFinding finding)
    {
        FindingJson.Write(_json.Writer, finding);
        _json.EndLine();
    }

    public void End(SweepSummary summary) => _json.Dispose();
}
