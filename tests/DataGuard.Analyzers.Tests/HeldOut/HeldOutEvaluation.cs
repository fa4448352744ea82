using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace DataGuard.Analyzers.Tests.HeldOut;

/// <summary>
/// Judges the analyzers on a corpus of police-app code written independently of the rules' unit tests:
/// every file is compiled with the real analyzers, diagnostics are matched to <c>// expect: DGxxxx</c> comments
/// by (rule, file, line), and per-rule precision and recall must stay above the floors below.
/// </summary>
public sealed partial class HeldOutEvaluation(ITestOutputHelper output)
{
    private static readonly string[] Rules = ["DG1001", "DG1002", "DG1003", "DG1004", "DG1005", "DG1006", "DG1007"];

    // Issue 4 targets: overall recall 0.90, precision 0.95, every rule above 0.8. Where a target is not met yet the
    // floor is the measured value rounded down, so a regression fails while the gap (GAPS.md) stays visible.
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new()
    {
        ["DG1001"] = (0.80, 0.80),
        ["DG1002"] = (0.80, 0.80),
        ["DG1003"] = (0.80, 0.80),
        ["DG1004"] = (0.80, 0.80),
        ["DG1005"] = (0.80, 0.80),
        ["DG1006"] = (0.80, 0.80),
        ["DG1007"] = (0.80, 0.80),
        ["ALL"] = (0.95, 0.90),
    };

    // An analyzer exception (AD0001) loses every diagnostic of the method it happened in; none is tolerated.
    private const int MaxKnownAnalyzerCrashes = 0;

    [Fact]
    public async Task Corpus_meets_per_rule_precision_and_recall_floors()
    {
        var baseDir = Path.Combine(AppContext.BaseDirectory, "HeldOut");
        var stubs = Directory.GetFiles(Path.Combine(baseDir, "Stubs"), "*.cs")
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f)).ToArray();
        var corpus = Directory.GetFiles(Path.Combine(baseDir, "Corpus"), "*.cs")
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(corpus.Length >= 60, $"corpus has {corpus.Length} files");

        var analyzers = LoadAnalyzers();
        var expected = new HashSet<Hit>();
        var actual = new HashSet<Hit>();
        var compileErrors = new List<string>();
        var analyzerCrashes = new List<string>();

        foreach (var file in corpus)
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            var mainTree = CSharpSyntaxTree.ParseText(text, ParseOptions, file);
            var trees = new List<SyntaxTree>(stubs) { mainTree };
            var generated = Path.ChangeExtension(file, ".g.cs");
            if (File.Exists(generated))
            {
                trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(generated), ParseOptions, generated));
            }

            // Minimal-API files use top-level statements, which only an executable may have.
            var kind = mainTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any()
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;
            var compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(file), trees, References,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
            compileErrors.AddRange(compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{Path.GetFileName(d.Location.SourceTree?.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}"));

            foreach (var (line, rule) in Expectations(text))
            {
                expected.Add(new Hit(rule, name, line));
            }

            var options = new AnalyzerOptions([], new FileConfigOptionsProvider(FileConfig(text)));
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            analyzerCrashes.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"{name}: {d.GetMessage()}"));
            foreach (var d in diagnostics.Where(d => Rules.Contains(d.Id) && d.Location.SourceTree?.FilePath == file))
            {
                actual.Add(new Hit(d.Id, name, d.Location.GetLineSpan().StartLinePosition.Line + 1));
            }
        }

        Assert.True(compileErrors.Count == 0, "corpus does not compile:\n" + string.Join("\n", compileErrors.Distinct()));

        foreach (var crash in analyzerCrashes)
        {
            output.WriteLine("AD0001 " + crash.Split('\n')[0]);
        }

        var report = Score(expected, actual);
        output.WriteLine(report.Table);
        output.WriteLine(report.Gaps);

        var failures = new List<string>();
        if (analyzerCrashes.Count > MaxKnownAnalyzerCrashes)
        {
            failures.Add($"analyzers threw in {analyzerCrashes.Count} compilations (known: {MaxKnownAnalyzerCrashes}):\n" + string.Join("\n", analyzerCrashes));
        }

        foreach (var (rule, floor) in Floors)
        {
            var (precision, recall) = report.Measures[rule];
            if (precision < floor.Precision) failures.Add($"{rule} precision {precision:0.000} < floor {floor.Precision:0.00}");
            if (recall < floor.Recall) failures.Add($"{rule} recall {recall:0.000} < floor {floor.Recall:0.00}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report.Table + "\n" + report.Gaps);
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
        Assembly.Load("DataGuard.Analyzers").GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    [GeneratedRegex(@"//\s*expect:\s*(?<rules>DG\d{4}(?:\s*,\s*DG\d{4})*)")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"^//\s*config:\s*(?<key>[\w.]+)\s*=\s*(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex ConfigComment();

    private static IEnumerable<(int Line, string Rule)> Expectations(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExpectComment().Match(lines[i]);
            if (!match.Success) continue;
            foreach (var rule in match.Groups["rules"].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                yield return (i + 1, rule);
            }
        }
    }

    private static Dictionary<string, string> FileConfig(string text) =>
        ConfigComment().Matches(text).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim());

    private sealed record Hit(string Rule, string File, int Line);

    private sealed record Report(string Table, string Gaps, Dictionary<string, (double Precision, double Recall)> Measures);

    private static Report Score(HashSet<Hit> expected, HashSet<Hit> actual)
    {
        var measures = new Dictionary<string, (double, double)>();
        var table = new System.Text.StringBuilder();
        table.AppendLine("rule    expected  reported  TP   FP   FN   precision  recall");
        foreach (var rule in Rules.Append("ALL"))
        {
            bool InRule(Hit h) => rule == "ALL" || h.Rule == rule;
            var e = expected.Where(InRule).ToHashSet();
            var a = actual.Where(InRule).ToHashSet();
            var tp = e.Intersect(a).Count();
            var fp = a.Count - tp;
            var fn = e.Count - tp;
            var precision = a.Count == 0 ? 1.0 : (double)tp / a.Count;
            var recall = e.Count == 0 ? 1.0 : (double)tp / e.Count;
            measures[rule] = (precision, recall);
            table.AppendLine($"{rule,-7} {e.Count,8} {a.Count,9} {tp,4} {fp,4} {fn,4} {precision,10:0.000} {recall,7:0.000}");
        }

        var gaps = new System.Text.StringBuilder();
        foreach (var miss in expected.Except(actual).OrderBy(h => h.File).ThenBy(h => h.Line))
            gaps.AppendLine($"MISS {miss.Rule} {miss.File}:{miss.Line}");
        foreach (var fp in actual.Except(expected).OrderBy(h => h.File).ThenBy(h => h.Line))
            gaps.AppendLine($"FP   {fp.Rule} {fp.File}:{fp.Line}");
        return new Report(table.ToString(), gaps.ToString(), measures);
    }

    /// <summary>Per-file <c>dataguard.*</c> options, declared in the corpus file as <c>// config: key = value</c>.</summary>
    private sealed class FileConfigOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly FileConfigOptions options = new(values);
        public override AnalyzerConfigOptions GlobalOptions => options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class FileConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
