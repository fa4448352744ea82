using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1007: a type exposes public personal members through a record's synthesized ToString, an explicit ToString override or
/// [DebuggerDisplay]. Reported on the type's name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataExposedByToStringAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.PersonalDataExposedByToString, Descriptors.AnalyzerInternalError);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var location = type.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || Audit.StartupSeeding.IsSeedDataType(type))
        {
            return;
        }

        RuleFailure.Guard(DiagnosticIds.PersonalDataExposedByToString, type, location, context.ReportDiagnostic, () =>
        {
            var profile = DataGuardProfile.For(context.Compilation, context.Options, location.SourceTree!);
            var exposure = profile.Exposures.Of(type);
            if (exposure.Members.IsEmpty)
            {
                return;
            }

            var names = string.Join(", ", exposure.Members.Select(m => m.Name));
            var additional = exposure.Members.Select(m => m.Locations.FirstOrDefault(l => l.IsInSource)).Where(l => l is not null).Cast<Location>();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PersonalDataExposedByToString, location, additional, type.Name, names, exposure.Via));
        });
    }
}
