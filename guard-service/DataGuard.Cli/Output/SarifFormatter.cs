using System.Globalization;
using System.Reflection;
using DataGuard.Cli.Reporting;
using DataGuard.Cli.Resources;
using DataGuard.Cli.Sources;
using DataGuard.Detection;

namespace DataGuard.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (the static-analysis results format read by GitHub code scanning, Azure DevOps and VS Code): one rule per
/// entity type, one result per finding. Messages carry the masked value only, even with <c>--show-values</c>, because
/// SARIF files get uploaded to dashboards.
/// </summary>
internal sealed class SarifFormatter : IFindingFormatter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly JsonOutput _json;

    /// <summary>One rule per type the scanner can report: built-in and configured (<see cref="RecognizerRegistry.EntityTypes"/>).</summary>
    private readonly string[] _knownTypes;

    public SarifFormatter(TextWriter output, IReadOnlyList<string> entityTypes)
    {
        _json = new JsonOutput(output, indented: true);
        _knownTypes = entityTypes.ToArray();
    }

    public void Begin()
    {
        var writer = _json.Writer;
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "dataguard");
        writer.WriteString("semanticVersion", ToolVersion());
        writer.WriteStartArray("rules");
        foreach (var type in _knownTypes) WriteRule(type);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        _json.Drain();
    }

    public void Write(ReportedFinding finding)
    {
        var writer = _json.Writer;
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Type);
        int ruleIndex = Array.IndexOf(_knownTypes, finding.Type);
        if (ruleIndex >= 0) writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Score));
        writer.WriteStartObject("message");
        writer.WriteString("text", string.Format(CultureInfo.CurrentCulture, Messages.SarifResultMessage, finding.Type, finding.MaskedValue));
        writer.WriteEndObject();

        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ArtifactUri(finding.Source));
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Start.Line);
        writer.WriteNumber("startColumn", finding.Start.Column);
        writer.WriteNumber("endLine", finding.End.Line);
        writer.WriteNumber("endColumn", finding.End.Column);
        writer.WriteNumber("charOffset", finding.Offset);
        writer.WriteNumber("charLength", finding.Length);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("properties");
        writer.WriteNumber("score", finding.RoundedScore);
        FindingJson.WriteEvasions(writer, finding.Evasions);
        writer.WriteEndObject();
        writer.WriteEndObject();
        _json.Drain();
    }

    public void End(SweepSummary summary)
    {
        var writer = _json.Writer;
        writer.WriteEndArray();
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", summary.Errors == 0);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        _json.EndLine();
        _json.Dispose();
    }

    /// <summary>SARIF level from the score: confident findings are errors, borderline ones warnings, weak ones notes.</summary>
    internal static string Level(double score) => score switch
    {
        >= 0.8 => "error",
        >= 0.5 => "warning",
        _ => "note",
    };

    private void WriteRule(string type)
    {
        var writer = _json.Writer;
        writer.WriteStartObject();
        writer.WriteString("id", type);
        writer.WriteString("name", RuleName(type));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", Messages.ResourceManager.GetString("Rule_" + type, Messages.Culture) ?? type);
        writer.WriteEndObject();
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", "error");
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteStartArray("tags");
        writer.WriteStringValue("privacy");
        writer.WriteStringValue("personal-data");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // TW_NATIONAL_ID -> TwNationalId (SARIF rule names are identifiers).
    private static string RuleName(string type) =>
        string.Concat(type.Split('_').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLowerInvariant()));

    // Relative URI reference: each path segment percent-encoded (spaces, CJK file names).
    private static string ArtifactUri(string source) =>
        source == InputSource.StandardInput.DisplayPath
            ? "stdin"
            : string.Join('/', source.Split('/').Select(segment => segment == ".." ? segment : Uri.EscapeDataString(segment)));

    private static string ToolVersion() =>
        typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
