using DataGuard.Cli.Reporting;

namespace DataGuard.Cli.Output;

/// <summary>One JSON document: <c>{"findings": [...], "summary": {...}}</c>, streamed as findings arrive.</summary>
internal sealed class JsonFormatter : IFindingFormatter
{
    private readonly JsonOutput _json;

    public JsonFormatter(TextWriter output) => _json = new JsonOutput(output, indented: true);

    public void Begin()
    {
        _json.Writer.WriteStartObject();
        _json.Writer.WriteStartArray("findings");
    }

    public void Write(ReportedFinding finding)
    {
        FindingJson.Write(_json.Writer, finding);
        _json.Drain();
    }

    public void End(SweepSummary summary)
    {
        var writer = _json.Writer;
        writer.WriteEndArray();
        writer.WritePropertyName("summary");
        summary.WriteJson(writer);
        writer.WriteEndObject();
        _json.EndLine();
        _json.Dispose();
    }
}
