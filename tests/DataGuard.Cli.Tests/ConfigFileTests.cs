using Newtonsoft.Json.Linq;

namespace DataGuard.Cli.Tests;

/// <summary><c>--config</c>: the CLI reads the guard's appsettings format, so a sweep finds the types a deployment configured.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private const string Settings = """
        {
          "DataGuard": {
            "Detection": { "MinScore": 0.6 },
            "Recognizers": {
              "Custom": [
                {
                  "Type": "TW_CASE_NUMBER",
                  "Patterns": [ { "Regex": "\\d{2,3}年度?[\\u4e00-\\u9fff]{1,3}字第\\d{3,6}號", "Score": 0.4 } ],
                  "Context": [ "案號" ]
                },
                { "Type": "BADGE_NUMBER", "Patterns": [ { "Regex": "警號\\s*\\d{6}", "Score": 0.9 } ], "DenyList": [ "青鳥專案" ] }
              ]
            }
          }
        }
        """;

    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Scan_finds_the_types_configured_in_the_file()
    {
        _tree.Write("config/appsettings.json", Settings);
        _tree.Write("notes.txt", "案號113年度偵字第012345號\n承辦人警號 123456，青鳥專案\n");

        var result = Cli.Run(_tree.Root, "scan", "notes.txt", "--config", "config/appsettings.json", "--format", "json");
        var without = Cli.Run(_tree.Root, "scan", "notes.txt", "--format", "json");

        Assert.Equal(ExitCodes.FindingsReported, result.ExitCode);
        var findings = JToken.Parse(result.Out)["findings"]!.Select(f => ((string)f["type"]!, (int)f["line"]!)).ToArray();
        Assert.Equal(new[] { ("TW_CASE_NUMBER", 1), ("BADGE_NUMBER", 2), ("BADGE_NUMBER", 2) }, findings);
        Assert.Equal(ExitCodes.Clean, without.ExitCode);
    }

    [Fact]
    public void Sarif_lists_a_rule_for_each_configured_type()
    {
        _tree.Write("appsettings.json", Settings);
        _tree.Write("notes.txt", "案號113年度偵字第012345號\n");

        var result = Cli.Run(_tree.Root, "scan", "notes.txt", "--config", "appsettings.json", "--format", "sarif");

        var run = JToken.Parse(result.Out)["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.Select(r => (string)r["id"]!).ToList();
        Assert.Contains("TW_NATIONAL_ID", rules);
        Assert.Contains("TW_CASE_NUMBER", rules);
        Assert.Contains("BADGE_NUMBER", rules);
        var finding = Assert.Single(run["results"]!);
        Assert.Equal(rules.IndexOf("TW_CASE_NUMBER"), (int)finding["ruleIndex"]!);
    }

    [Fact]
    public void The_file_sets_the_threshold_and_the_option_overrides_it()
    {
        _tree.Write("appsettings.json", Settings);
        // A bare mobile number scores 0.85: reported at the file's 0.6, not at --min-score 0.9.
        _tree.Write("phone.txt", "0912-345-678\n");

        var fromFile = Cli.Run(_tree.Root, "scan", "phone.txt", "--config", "appsettings.json");
        var overridden = Cli.Run(_tree.Root, "scan", "phone.txt", "--config", "appsettings.json", "--min-score", "0.9");

        Assert.Equal(ExitCodes.FindingsReported, fromFile.ExitCode);
        Assert.Equal(ExitCodes.Clean, overridden.ExitCode);
    }

    [Fact]
    public void An_invalid_or_missing_file_is_a_usage_error_that_names_the_problem()
    {
        _tree.Write("bad.json", """{ "DataGuard": { "Recognizers": { "Custom": [ { "Type": "X", "Patterns": [ { "Regex": "(" } ] } ] } } }""");
        _tree.Write("broken.json", "{ not json");
        _tree.Write("notes.txt", "沒有個資\n");

        var bad = Cli.Run(_tree.Root, "scan", "notes.txt", "--config", "bad.json");
        var broken = Cli.Run(_tree.Root, "scan", "notes.txt", "--config", "broken.json");
        var missing = Cli.Run(_tree.Root, "scan", "notes.txt", "--config", "missing.json");

        Assert.Equal(ExitCodes.Failure, bad.ExitCode);
        Assert.Contains("DataGuard:Recognizers:Custom:0:Patterns:0:Regex '(' is not a valid .NET regular expression", bad.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, broken.ExitCode);
        Assert.Contains("broken.json", broken.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, missing.ExitCode);
        Assert.Contains("missing.json", missing.Error, StringComparison.Ordinal);
    }
}
