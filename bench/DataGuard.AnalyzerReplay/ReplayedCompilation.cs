using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// One csc call of a real build, rebuilt in process from the command line MSBuild logged (a file of
/// <c>bench/analyzers/csc-commands.py</c>: the project folder in quotes, then the csc command): sources, references,
/// analyzer config files and the /analyzer list. Source generators run once, up front; every round then analyses a fresh
/// copy of the generated compilation, so no round profits from another's binding.
/// </summary>
internal sealed class ReplayedCompilation
{
    private readonly Compilation _compilation;

    public string Name { get; }

    /// <summary>The analyzers of the command line other than DataGuard's (the SDK's, ASP.NET Core's, packages').</summary>
    public ImmutableArray<DiagnosticAnalyzer> OtherAnalyzers { get; }

    public AnalyzerOptions Options { get; }

    private ReplayedCompilation(string name, Compilation compilation, ImmutableArray<DiagnosticAnalyzer> others, AnalyzerOptions options)
    {
        Name = name;
        _compilation = compilation;
        OtherAnalyzers = others;
        Options = options;
    }

    public Compilation Fresh() => _compilation.Clone();

    public static ReplayedCompilation Load(string commandFile, IAnalyzerAssemblyLoader loader)
    {
        var line = File.ReadAllText(commandFile).Trim();
        var split = CommandLineParser.SplitCommandLineIntoArguments(line, removeHashComments: false).ToArray();
        var folder = split[0];
        var arguments = CSharpCommandLineParser.Default.Parse(split.Skip(2), folder, sdkDirectory: null);
        var parseOptions = arguments.ParseOptions;
        var trees = arguments.SourceFiles
            .Select(file => CSharpSyntaxTree.ParseText(ReadSource(file.Path), parseOptions, file.Path))
            .ToImmutableArray();
        var additional = arguments.AdditionalFiles.Select(file => (AdditionalText)new FileText(file.Path)).ToImmutableArray();
        var config = new EditorConfigOptions(arguments.AnalyzerConfigPaths);
        var references = arguments.MetadataReferences
            .Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(r.Reference, folder), r.Properties))
            .ToArray();
        var compilation = CSharpCompilation.Create(arguments.CompilationName, trees, references,
            arguments.CompilationOptions.WithSyntaxTreeOptionsProvider(config.Severities(trees)));

        var loaded = arguments.AnalyzerReferences
            .Where(r => !IsDataGuard(r.FilePath))
            .Select(r => new AnalyzerFileReference(Path.GetFullPath(r.FilePath, folder), loader))
            .ToArray();
        var generated = RunGenerators(compilation, loaded, parseOptions, additional, config);
        var options = new AnalyzerOptions(additional, config.Provider(generated.SyntaxTrees, additional));
        var others = loaded.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        return new ReplayedCompilation(Path.GetFileNameWithoutExtension(commandFile), generated, others, options);
    }

    private static SourceText ReadSource(string path)
    {
        using var stream = File.OpenRead(path);
        return SourceText.From(stream);
    }

    public static bool IsDataGuard(string path) => Path.GetFileName(path).StartsWith("DataGuard.", StringComparison.Ordinal);

    /// <summary>The generators run before analysis in csc too; their trees get the severities of the whole set.</summary>
    private static Compilation RunGenerators(Compilation compilation, AnalyzerFileReference[] references, CSharpParseOptions parse,
        ImmutableArray<AdditionalText> additional, EditorConfigOptions config)
    {
        var generators = references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToArray();
        var driver = CSharpGeneratorDriver.Create(generators, additional, parse, config.Provider(compilation.SyntaxTrees, additional));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return generated.WithOptions(generated.Options.WithSyntaxTreeOptionsProvider(config.Severities(generated.SyntaxTrees)));
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
