using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>Runs a code fix on test code and compares with the expected result, one fix at a time and with fix-all.</summary>
internal static class VerifyFix<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task Fix(string source, string fixedSource, int iterations = 1)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        }.Use(References.Net80);
        Verify<TAnalyzer>.AddCommon(test.TestState, null);
        Verify<TAnalyzer>.AddCommon(test.FixedState, null);
        return test.RunAsync();
    }
}
