using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Whether DG1008 applies to a compilation. Until a project names its audit method — with
/// <c>[AuditsPersonalDataAccess]</c> on one of its own methods or in <c>dataguard.audit_methods</c> — no read could
/// satisfy the rule, and reporting every query would bury the other rules; <c>dataguard.require_audit = true</c> turns the
/// rule on regardless, for a project that has yet to write its audit method.
/// </summary>
internal static class AuditRequirement
{
    public static bool Applies(Compilation compilation, AuditCalls audits, bool required) =>
        required || audits.AnyConfigured || DeclaredAuditMethod(compilation) is not null;

    /// <summary>The first method of the compilation's own source marked <c>[AuditsPersonalDataAccess]</c>, or null.</summary>
    public static IMethodSymbol? DeclaredAuditMethod(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(AuditCalls.AuditAttribute) is null) return null;

        // Reading every method's attributes binds them all: first look for the attribute's name in the source text.
        if (!compilation.SyntaxTrees.Any(tree => tree.GetText().ToString().IndexOf(AttributeName, System.StringComparison.Ordinal) >= 0)) return null;

        // An explicit stack, not recursion: namespaces nest arbitrarily deep in generated code.
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container) pending.Push(container);
                if (member is IMethodSymbol method && method.GetAttributes().Any(a => IsAuditAttribute(a.AttributeClass))) return method;
            }
        }
        return null;
    }

    /// <summary>How the attribute is written in source: <c>[AuditsPersonalDataAccess]</c>, with or without the suffix.</summary>
    private const string AttributeName = "AuditsPersonalDataAccess";

    private static bool IsAuditAttribute(INamedTypeSymbol? type) =>
        type is not null && Sources.PersonalAttributes.MetadataName(type) == AuditCalls.AuditAttribute;
}
