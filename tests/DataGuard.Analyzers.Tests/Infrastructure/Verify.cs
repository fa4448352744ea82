using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer over test code the way a user writes it, with the stub APIs and an optional .editorconfig.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task Analyzer(string source, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? editorConfig = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source }.Use(References.Net80);
        AddCommon(test.TestState, editorConfig);
        return test;
    }

    public static void AddCommon(SolutionState state, string? editorConfig)
    {
        state.Sources.Add(("Stubs.Annotations.cs", Stubs.Annotations));
        state.Sources.Add(("Stubs.Logging.cs", Stubs.Logging));
        state.Sources.Add(("Stubs.OtherLoggers.cs", Stubs.OtherLoggers));
        state.Sources.Add(("Stubs.GenerativeAi.cs", Stubs.GenerativeAi));
        state.Sources.Add(("Stubs.Compliance.cs", Stubs.Compliance));
        state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + (editorConfig ?? string.Empty) + "\n"));
    }
}
