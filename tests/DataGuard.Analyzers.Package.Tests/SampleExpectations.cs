using System.Text.RegularExpressions;

namespace DataGuard.Analyzers.Package.Tests;

/// <summary>A diagnostic the sample declares with <c>// expect: DGxxxx</c>: rule, file (relative, '/') and 1-based line.</summary>
public sealed record ExpectedDiagnostic(string RuleId, string File, int Line)
{
    public override string ToString() => $"{File}:{Line} {RuleId}";
}

/// <summary>Reads the <c>// expect: DG1001[, DG1005]</c> comments of the sample's sources.</summary>
public static partial class SampleExpectations
{
    public static IReadOnlyList<ExpectedDiagnostic> Read(string sampleDirectory)
    {
        var expected = new List<ExpectedDiagnostic>();
        foreach (var path in Directory.EnumerateFiles(sampleDirectory, "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(sampleDirectory, path).Replace('\\', '/');
            if (file.StartsWith("bin/", StringComparison.Ordinal) || file.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var match = ExpectComment().Match(lines[i]);
                foreach (var id in match.Success ? match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries) : [])
                {
                    expected.Add(new ExpectedDiagnostic(id, file, i + 1));
                }
            }
        }

        return expected;
    }

    [GeneratedRegex(@"//\s*expect:\s*(?<ids>DG\d{4}(?:\s*,\s*DG\d{4})*)\s*$")]
    private static partial Regex ExpectComment();
}
