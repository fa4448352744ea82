using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Audit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1008: a method reads personal records (see <see cref="PersonalRecordReads"/>) and calls no audit method on the same
/// path (see <see cref="AuditCalls"/>), nor is wrapped by a component that audits (<see cref="AuditingWrappers"/>). A minimal-API handler lambda is its own path. Methods marked
/// <c>[PersonalDataQuery]</c> hand the duty to their callers, and audit methods are not asked to audit themselves; a method
/// whose callers all audit is on audited paths (<see cref="AuditingCallers"/>). Start-up code (<see cref="StartupSeeding"/>),
/// methods an application never calls (<see cref="UncalledMethods"/>), reads whose rows reach nobody (<see cref="DisclosedReads"/>)
/// reads of the signed-in user's own record (<see cref="SignedInUser"/>) and sign-in code (<see cref="SignInLookups"/>) look nobody up.
/// A library's query that other projects call is judged at their calls (<see cref="LibraryQueries"/>), and a helper whose
/// callers all write (a command handler's validation or loading helper) reads for their writes (<see cref="WritingCallers"/>).
/// Reported once per path, on the first read, with the other reads as additional locations.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataQueryNotAuditedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.PersonalDataQueryNotAudited, Descriptors.AnalyzerInternalError);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(Analyze);
    }

    private static void Analyze(OperationBlockAnalysisContext context)
    {
        if (context.OwningSymbol is not IMethodSymbol method || context.OperationBlocks.IsEmpty) return;
        RuleFailure.Guard(DiagnosticIds.PersonalDataQueryNotAudited, method, context.OperationBlocks[0].Syntax.GetLocation(), context.ReportDiagnostic,
            () => ReportUnauditedReads(context, method));
    }

    private static void ReportUnauditedReads(OperationBlockAnalysisContext context, IMethodSymbol method)
    {
        var profile = DataGuardProfile.For(context.Compilation, context.Options, context.OperationBlocks[0].Syntax.SyntaxTree);
        var audits = profile.AuditCalls;
        // Until the project names an audit method no read could satisfy the rule: nothing to look for (and nothing to pay).
        if (!profile.AuditApplies || MarkedMethods.Has(method, PersonalRecordReads.QueryAttribute) || audits.IsAuditMethod(method)
            || StartupSeeding.Is(method) || SignInLookups.Contains(method) || profile.NeverRuns(method)) return;

        var programStart = StartupSeeding.IsProgramStart(method, context.Compilation, context.CancellationToken);
        foreach (var path in AuditPaths.Of(context.OperationBlocks))
        {
            // The entry point's own statements run once at start-up; the handlers it maps are requests of their own.
            if (path.Name is null && programStart) continue;

            var owner = path.Name is null ? method : null;
            var reads = path.Operations.Select(o => (Operation: o, Read: profile.RecordReads.Read(o)))
                .Where(r => r.Read is not null && LooksSomeoneUp(profile, r.Operation, path, owner)).ToList();
            // A library's query left to its callers binds every call of it to find out: asked only of a path that reads (a
            // asked of every method first, it was 15 % of DataGuard's sampled CPU on a 14k-line pharmacy application).
            if (reads.Count == 0 || profile.LibraryQueries.LeftToCallers(method) || audits.Audits(path.Roots) || profile.AuditingWrappers.Wrap(method, path.Name is not null, path.Roots) || owner is not null && (profile.AuditingCallers.AllAudit(method) || HasNoCallerHere(profile, method) || profile.WritingCallers.AllWrite(method)) || path.Name is null && profile.WritingCallers.IsWritingCommand(method)) continue;

            var what = string.Join(", ", reads.Select(r => r.Read).Distinct());
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PersonalDataQueryNotAudited,
                reads[0].Operation.Syntax.GetLocation(),
                reads.Skip(1).Select(r => r.Operation.Syntax.GetLocation()),
                path.Name ?? method.Name,
                what));
        }
    }

    /// <summary>
    /// A reading method that is no request handler belongs to the paths of its callers: when the interface it implements is
    /// consumed in this compilation and none of those calls reaches it, it is on no path (a library's repository query its
    /// service replaced). Public API nothing here calls, and handlers the framework invokes, stay judged.
    /// </summary>
    private static bool HasNoCallerHere(DataGuardProfile profile, IMethodSymbol method)
        => !profile.Options.ReportUnreachableCode && profile.UncalledMethods.IsUncalledMemberOfConsumedInterface(method);

    /// <summary>
    /// A read looks someone up when it is no write action's command (<see cref="WriteRequests"/>), its rows reach anyone
    /// (<see cref="DisclosedReads"/>) and they are not the signed-in user's own (<see cref="SignedInUser"/>).
    /// </summary>
    private static bool LooksSomeoneUp(DataGuardProfile profile, IOperation read, AuditPaths path, IMethodSymbol? owner)
        => !WriteRequests.IsCommandOf(read, owner) && profile.DisclosedReads.Discloses(read, path.Operations, owner)
           && !profile.SignedInUser.OwnsRead(read, path.Operations, owner);
}
