using System.Collections.Immutable;
using DataGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>An exception inside a rule is a DG0001 diagnostic naming the rule and the symbol, never AD0001 or a crash.</summary>
public class InternalErrorTests
{
    /// <summary>A rule whose work throws on one method, run through the same guard as the real rules.</summary>
#pragma warning disable RS1036 // A test analyzer in a test project, not a shipped one.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingRule : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.AnalyzerInternalError);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(block => RuleFailure.Guard("DG1006", block.OwningSymbol, null, block.ReportDiagnostic, () =>
            {
                if (block.OwningSymbol.Name == "Explodes")
                {
                    throw new InvalidCastException("the walk met a shape it did not expect");
                }
            }));
        }
    }
#pragma warning restore RS1036

    [Fact]
    public async Task Exception_in_a_rule_is_reported_as_DG0001_naming_the_rule_and_the_symbol()
    {
        var compilation = CSharpCompilation.Create("C",
            new[] { CSharpSyntaxTree.ParseText("class Service { void Explodes() { } void Fine() { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var escaped = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => escaped.Add(e), false, false);

        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingRule()), options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(escaped);
        var failure = Assert.Single(diagnostics);
        Assert.Equal("DG0001", failure.Id);
        var message = failure.GetMessage();
        Assert.Contains("DG1006", message);
        Assert.Contains("Service.Explodes()", message);
        Assert.Contains("InvalidCastException", message);
        Assert.Equal("Explodes", failure.Location.SourceTree!.GetText().ToString(failure.Location.SourceSpan));
    }

    [Fact]
    public void Cancellation_is_not_an_internal_error()
    {
        var reported = new List<Diagnostic>();
        Assert.Throws<OperationCanceledException>(() =>
            RuleFailure.Guard("DG1001", null, null, reported.Add, () => throw new OperationCanceledException()));
        Assert.Empty(reported);
    }
}
