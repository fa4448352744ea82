using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Finds calls of the application's audit methods (<c>[AuditsPersonalDataAccess]</c> or <c>dataguard.audit_methods</c>),
/// directly or through the application's own helpers, followed into their bodies to a bounded depth.
/// </summary>
internal sealed class AuditCalls
{
    public const string AuditAttribute = "DataGuard.AuditsPersonalDataAccessAttribute";

    /// <summary>How many calls deep a helper may hide the audit call: controller → service → audit writer.</summary>
    private const int MaxHelperDepth = 3;

    private readonly ConfiguredMethods _configured;
    private readonly SourceBodies _bodies;

    public AuditCalls(DataGuardOptions options, SourceBodies bodies)
    {
        _configured = new ConfiguredMethods(options.AuditMethods);
        _bodies = bodies;
    }

    /// <summary>True when an audit method is named in configuration.</summary>
    public bool AnyConfigured => !_configured.IsEmpty;

    public bool IsAuditMethod(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        return MarkedMethods.Has(method, AuditAttribute) || _configured.Matches(method);
    }

    /// <summary>True when <paramref name="operations"/> call an audit method, directly or through source helpers.</summary>
    public bool Audits(IEnumerable<IOperation> operations)
    {
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var frontier = new List<IOperation>(operations);
        for (int depth = 0; depth <= MaxHelperDepth && frontier.Count > 0; depth++)
        {
            var next = new List<IOperation>();
            foreach (var invocation in frontier.SelectMany(o => o.DescendantsAndSelf()).OfType<IInvocationOperation>())
            {
                var target = invocation.TargetMethod;
                if (IsAuditMethod(target)) return true;
                if (visited.Add(target.OriginalDefinition) && _bodies.Body(target) is { } body) next.Add(body);
            }
            frontier = next;
        }
        return false;
    }
}
