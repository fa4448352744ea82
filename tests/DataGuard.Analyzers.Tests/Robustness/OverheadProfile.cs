using System.Collections.Immutable;
using System.Diagnostics;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// The in-process overhead harness of bench/README.md (<c>--profile-overhead DIR [ROUNDS]</c>): compiles every .cs file under
/// DIR (a project of <c>bench/analyzers/generate.sh</c>) against the net8.0 pack and Logging.Abstractions, then runs, in
/// alternating rounds, a do-nothing analyzer that visits every operation block (what any operation analyzer pays) and the
/// DataGuard analyzers, each on a fresh compilation. Prints the analyzers' own execution time and the process CPU time per
/// round: ratios within one run, never absolute targets.
/// </summary>
internal static class OverheadProfile
{
    public const string Argument = "--profile-overhead";

    public static int Run(string folder, int rounds)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, parse, "GlobalUsings.g.cs"))
            .ToImmutableArray();
        var references = References.Net80.AddRange(References.RealPackages.Where(r => r.Display?.Contains("Logging.Abstractions", StringComparison.Ordinal) == true));
        references = references.Add(AnnotationsAssembly(parse, references));
        var editorConfig = new ProfileOptions("api.police.internal, *.npa.gov.tw");
        Console.WriteLine($"files {trees.Length - 1}");

        var dataGuard = ShapeAnalysis.AllAnalyzers();
        var baseline = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (label, analyzers) in round % 2 == 1
                         ? new[] { ("baseline", baseline), ("dataguard", dataGuard) }
                         : new[] { ("dataguard", dataGuard), ("baseline", baseline) })
            {
                var compilation = CSharpCompilation.Create("Profile", trees, references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                var (perAnalyzer, cpu, reports) = Analyze(compilation, analyzers, editorConfig);
                Console.WriteLine($"round {round} {label}: analyzers {perAnalyzer.Sum(a => a.Seconds):F2} s, process cpu {cpu:F2} s, diagnostics {reports}");
                foreach (var (name, seconds) in perAnalyzer.Where(_ => analyzers.Length > 1).OrderByDescending(a => a.Seconds))
                {
                    Console.WriteLine($"  {name} {seconds:F2} s");
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// DataGuard.Annotations (<c>[PersonalField]</c>, <c>Masking</c>) as a referenced assembly, as the package brings it: compiled
    /// into the project, its attribute and masking methods would count as the team's own code (callees to summarise, a declared
    /// audit attribute to look for), which a real build never pays for.
    /// </summary>
    private static MetadataReference AnnotationsAssembly(CSharpParseOptions parse, IEnumerable<MetadataReference> references)
    {
        var annotations = CSharpCompilation.Create("DataGuard.Annotations", [CSharpSyntaxTree.ParseText(Stubs.Annotations, parse)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = annotations.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The annotation stubs do not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Each analyzer's own execution time (the per-rule figures ReportAnalyzer prints), the process CPU and the DG count.</summary>
    private static ((string Name, double Seconds)[] PerAnalyzer, double Cpu, int Reports) Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerConfigOptionsProvider config)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config),
            onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var perAnalyzer = analyzers
            .Select(a => (a.GetType().Name, withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds))
            .ToArray();
        return (perAnalyzer, cpu, diagnostics.Count(d => d.Id.StartsWith("DG", StringComparison.Ordinal)));
    }

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>Visits every operation of every block, as the cheapest operation analyzer would.</summary>
#pragma warning disable RS1001 // handed to the harness's own driver, never found by a compiler host: no export attribute
    private sealed class DoNothingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // a yardstick inside the tests, never shipped: no release tracking
        private static readonly DiagnosticDescriptor Never = new("BASE0001", "never", "never", "bench", DiagnosticSeverity.Hidden, true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(block =>
            {
                var count = 0;
                foreach (var root in block.OperationBlocks)
                {
                    count += root.DescendantsAndSelf().Count();
                }

                GC.KeepAlive(count);
            });
        }
    }

    /// <summary>The generated solution's .editorconfig, for every tree.</summary>
    private sealed class ProfileOptions(string allowedHosts) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(allowedHosts);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string allowedHosts) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "dataguard.allowed_hosts" ? allowedHosts : null!;
                return value is not null;
            }
        }
    }
}
