using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// The /analyzerconfig files of a csc command line, answered per source path as csc answers them: analyzer options
/// (<c>dataguard.*</c>, <c>build_property.*</c>) for <see cref="AnalyzerOptions"/>, and diagnostic severities
/// (the SDK's analysis-level globalconfig) for the compilation's <see cref="SyntaxTreeOptionsProvider"/>.
/// </summary>
internal sealed class EditorConfigOptions
{
    private readonly AnalyzerConfigSet _set;

    public EditorConfigOptions(IEnumerable<string> paths)
    {
        _set = AnalyzerConfigSet.Create(paths.Select(path => AnalyzerConfig.Parse(File.ReadAllText(path), path)).ToImmutableArray());
    }

    public AnalyzerConfigOptionsProvider Provider(IEnumerable<SyntaxTree> trees, IEnumerable<AdditionalText> additional)
    {
        var perPath = new Dictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var path in trees.Select(t => t.FilePath).Concat(additional.Select(a => a.Path)))
        {
            perPath[path] = new DictionaryOptions(_set.GetOptionsForSourcePath(path).AnalyzerOptions);
        }

        return new OptionsProvider(perPath, new DictionaryOptions(_set.GlobalConfigOptions.AnalyzerOptions));
    }

    public SyntaxTreeOptionsProvider Severities(IEnumerable<SyntaxTree> trees)
        => new Severity(trees.ToDictionary(t => t, t => _set.GetOptionsForSourcePath(t.FilePath)), _set.GlobalConfigOptions);

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class OptionsProvider(Dictionary<string, AnalyzerConfigOptions> perPath, AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perPath.GetValueOrDefault(tree.FilePath, global);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perPath.GetValueOrDefault(textFile.Path, global);
    }

    private sealed class Severity(Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> perTree, AnalyzerConfigOptionsResult global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
            => perTree.TryGetValue(tree, out var options) && options.AnalyzerOptions.TryGetValue("generated_code", out var value)
                ? (bool.TryParse(value, out var generated) && generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return perTree.TryGetValue(tree, out var options) && options.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
