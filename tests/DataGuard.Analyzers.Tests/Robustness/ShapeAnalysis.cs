using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// Runs every DataGuard analyzer over one adversarial shape, in a child process started by <see cref="AdversarialShapeTests"/>:
/// a stack overflow ends the process it happens in, so it must not be the test host. The analysis runs on a thread with
/// a 1 MB stack (the size of a Windows thread, smaller than a build's) and prints what happened, one fact a line.
/// </summary>
internal static class ShapeAnalysis
{
    public const string Argument = "--analyze-shape";

    public const int StackSize = 1024 * 1024;

    public static int Run(string shape)
    {
        var source = AdversarialShapes.All[shape];
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: shape + ".cs");
        // A shape with top-level statements is a program (a minimal API's Program.cs); the others are libraries.
        var kind = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(
            "Shape",
            new[] { tree },
            PlatformReferences(),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        Console.WriteLine($"compile-errors {compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error)}");

        var failures = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = default;
        var thread = new Thread(
            () => diagnostics = compilation.WithAnalyzers(AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult(),
            StackSize);
        thread.Start();
        thread.Join();

        foreach (var failure in failures)
        {
            Console.WriteLine("analyzer-exception " + failure.ReplaceLineEndings(" "));
        }

        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            Console.WriteLine($"diagnostic {group.Key} {group.Count()}");
        }

        foreach (var diagnostic in diagnostics)
        {
            Console.WriteLine($"diagnostic-line {diagnostic.Id} {diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}");
        }

        return 0;
    }

    /// <summary>Every analyzer of the package, found by reflection so a new rule is covered without editing a list.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers()
        => typeof(Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                        && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The running runtime's own assemblies: enough for System, LINQ and collections, with nothing to resolve.</summary>
    private static IEnumerable<MetadataReference> PlatformReferences()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            // Only the runtime's folder: the test project's packages (MimeKit's System.Security.Cryptography.Pkcs…) would clash.
            .Where(p => Path.GetDirectoryName(p) == Path.GetDirectoryName(typeof(object).Assembly.Location))
            .Where(p => Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" || Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
}
