using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.AnalyzerReplay;

/// <summary>
/// The "--" variant's stand-in for any operation analyzer: it makes the driver bind every method body and visits every
/// operation, so the binding that whichever analyzer comes first pays is in the baseline, and the SDK's and DataGuard's
/// marginal CPU are their own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BindingBaseline : DiagnosticAnalyzer
{
#pragma warning disable RS2008 // a yardstick of the bench, never shipped
    private static readonly DiagnosticDescriptor Never = new("BASE0001", "never", "never", "bench", DiagnosticSeverity.Hidden, true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(block =>
        {
            var count = 0;
            foreach (var root in block.OperationBlocks)
            {
                foreach (var _ in root.DescendantsAndSelf())
                {
                    count++;
                }
            }

            GC.KeepAlive(count);
        });
    }
}
