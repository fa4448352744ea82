using System.Text.Json;
using DataGuard.Detection;

namespace DataGuard.Cli.Output;

/// <summary>The JSON shape of one file finding, shared by <c>--format json</c> and <c>--format jsonl</c>.</summary>
internal static class FindingJson
{
    /// <summary>Writes <paramref name="finding"/> as an object.</summary>
    public static void Write(Utf8JsonWriter writer, ReportedFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("file", finding.Source);
        writer.WriteNumber("line", finding.Start.Line);
        writer.WriteNumber("column", finding.Start.Column);
        writer.WriteNumber("endLine", finding.End.Line);
        writer.WriteNumber("endColumn", finding.End.Column);
        writer.WriteNumber("offset", finding.Offset);
        writer.WriteNumber("length", finding.Length);
        writer.WriteString("type", finding.Type);
        writer.WriteNumber("score", finding.RoundedScore);
        WriteEvasions(writer, finding.Evasions);
        writer.WriteString("value", finding.DisplayValue);
        writer.WriteBoolean("masked", finding.Value is null);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>evasions</c> array: the names of the disguises undone, empty for a plain value.</summary>
    public static void WriteEvasions(Utf8JsonWriter writer, Evasions evasions)
    {
        writer.WriteStartArray("evasions");
        foreach (var flag in Enum.GetValues<Evasions>())
        {
            if (flag != Evasions.None && evasions.HasFlag(flag)) writer.WriteStringValue(flag.ToString());
        }
        writer.WriteEndArray();
    }
}
