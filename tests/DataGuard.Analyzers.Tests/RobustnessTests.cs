using System.Collections.Concurrent;
using System.Collections.Immutable;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Tests;

/// <summary>
/// An analyzer that throws turns into AD0001 and fails every -warnaserror build. Run all rules over the repository's own
/// C# (code that was not written for these tests, with unresolved references) and require that none throws.
/// </summary>
public class RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllRules = ImmutableArray.Create<DiagnosticAnalyzer>(
        new PersonalDataLoggedAnalyzer(), new PersonalDataInUrlAnalyzer(), new PersonalDataOverUnencryptedChannelAnalyzer(),
        new PersonalDataSentToGenerativeAiAnalyzer(), new PersonalDataSentToExternalHostAnalyzer(), new PersonalDataInExceptionMessageAnalyzer(),
        new PersonalDataExposedByToStringAnalyzer());

    [Fact]
    public async Task Rules_do_not_throw_on_the_repository_sources()
    {
        var root = DescriptorTests.RepositoryRoot();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(files);

        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        var compilation = CSharpCompilation.Create("Repository", trees, References.Net80, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var failures = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AllRules, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(2)));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
