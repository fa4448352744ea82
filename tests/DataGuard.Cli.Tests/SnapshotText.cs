using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace DataGuard.Cli.Tests;

/// <summary>
/// Makes outputs snapshot-stable while the engine's scores are tuned in parallel: scores become "&lt;score&gt;" (their range is
/// asserted separately) and SARIF's rule list becomes its ids.
/// </summary>
public static partial class SnapshotText
{
    public static string[] TextLines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => TextScore().Replace(line, "score=<score>")).ToArray();

    public static double[] TextScores(string output) => TextScore().Matches(output).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static JToken Json(string output)
    {
        var token = JToken.Parse(output);
        foreach (var score in token.SelectTokens("$..score").ToList()) score.Replace("<score>");
        foreach (var rules in token.SelectTokens("$..driver.rules").ToList()) rules.Replace(new JArray(rules.Select(r => r["id"])));
        foreach (var version in token.SelectTokens("$..driver.semanticVersion").ToList()) version.Replace("<version>");
        return token;
    }

    public static JArray JsonLines(string output) => new(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json));

    /// <summary>Scores in a JSON document.</summary>
    public static double[] JsonScores(string output) => Scores(JToken.Parse(output));

    /// <summary>Scores in JSON Lines.</summary>
    public static double[] JsonLinesScores(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(line => Scores(JToken.Parse(line))).ToArray();

    private static double[] Scores(JToken token) => token.SelectTokens("$..score").Select(t => t.Value<double>()).ToArray();

    [GeneratedRegex(@"score=([0-9.]+)")]
    private static partial Regex TextScore();
}
