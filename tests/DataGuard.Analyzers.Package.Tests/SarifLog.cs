using System.Text.Json;

namespace DataGuard.Analyzers.Package.Tests;

/// <summary>A diagnostic as the compiler's SARIF 2.1 error log records it.</summary>
public sealed record SarifResult(string RuleId, string Level, string File, int Line, int RelatedLocations, string Message);

/// <summary>Reads the results of a compiler SARIF 2.1 log (<c>-p:ErrorLog=file,version=2.1</c>).</summary>
public static class SarifLog
{
    /// <summary>Every unsuppressed result, with its file made relative to <paramref name="sourceRoot"/>.</summary>
    public static IReadOnlyList<SarifResult> Read(string path, string sourceRoot)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (root.GetProperty("version").GetString() != "2.1.0")
        {
            throw new InvalidDataException($"{path} is not SARIF 2.1.0.");
        }

        var results = new List<SarifResult>();
        foreach (var run in root.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                {
                    continue;
                }

                results.Add(ToResult(result, sourceRoot));
            }
        }

        return results;
    }

    private static SarifResult ToResult(JsonElement result, string sourceRoot)
    {
        var ruleId = result.GetProperty("ruleId").GetString() ?? "";
        var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
        var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
        var related = result.TryGetProperty("relatedLocations", out var r) ? r.GetArrayLength() : 0;

        var file = "";
        var line = 0;
        if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
        {
            var physical = locations[0].GetProperty("physicalLocation");
            var uri = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            file = Path.GetRelativePath(sourceRoot, uri.LocalPath).Replace('\\', '/');
            line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
        }

        return new SarifResult(ruleId, level, file, line, related, message);
    }
}
