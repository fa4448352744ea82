using System.Text.Json;

namespace DataGuard.Cli.Reporting;

/// <summary>Running totals of a scan: files, bytes, errors and findings per type.</summary>
internal sealed class SweepSummary
{
    private readonly SortedDictionary<string, int> _findingsByType = new(StringComparer.Ordinal);

    /// <summary>Text inputs read to the end.</summary>
    public int FilesScanned { get; private set; }

    /// <summary>Binary files that were not scanned.</summary>
    public int FilesSkipped { get; private set; }

    /// <summary>Paths that were missing or could not be read.</summary>
    public int Errors { get; private set; }

    /// <summary>Bytes of the inputs finished so far.</summary>
    public long BytesScanned { get; private set; }

    /// <summary>Findings reported so far.</summary>
    public int Findings { get; private set; }

    /// <summary>Findings per entity type, ordered by type name.</summary>
    public IReadOnlyDictionary<string, int> FindingsByType => _findingsByType;

    public void AddFinding(string type)
    {
        Findings++;
        _findingsByType[type] = _findingsByType.GetValueOrDefault(type) + 1;
    }

    public void AddScanned(long bytes)
    {
        FilesScanned++;
        BytesScanned += bytes;
    }

    public void AddSkipped() => FilesSkipped++;

    public void AddError() => Errors++;

    /// <summary>Writes the totals as a JSON object.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("filesScanned", FilesScanned);
        writer.WriteNumber("filesSkipped", FilesSkipped);
        writer.WriteNumber("errors", Errors);
        writer.WriteNumber("findings", Findings);
        writer.WriteStartObject("findingsByType");
        foreach (var (type, count) in _findingsByType) writer.WriteNumber(type, count);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
