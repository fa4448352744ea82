using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Finds calls of the application's audit methods (<c>[AuditsPersonalDataAccess]</c> or <c>dataguard.audit_methods</c>),
/// directly or through the application's own helpers, followed into their bodies to a bounded depth (see <see cref="BoundedWalk"/>).
/// </summary>
internal sealed class AuditCalls
{
    public const string AuditAttribute = "DataGuard.AuditsPersonalDataAccessAttribute";

    private readonly ConfiguredMethods _configured;
    private readonly SourceBodies _bodies;
    private readonly BoundedVerdicts _inside = new(WalkKind.Summary);

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
    public bool Audits(IEnumerable<IOperation> operations) => operations.Any(CallsAudit);

    private bool CallsAudit(IOperation root)
        => root.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call => IsAuditMethod(call.TargetMethod) || AuditsInside(call.TargetMethod));

    /// <summary>
    /// A method of this compilation that calls an audit method, directly or through helpers of its own (controller → service →
    /// audit writer): one answer per method, and call chains bounded like every summary (<see cref="WalkKind.Summary"/>).
    /// </summary>
    private bool AuditsInside(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_inside.TryGet(method, out var known))
        {
            return known;
        }

        if (_bodies.Body(method) is not { } body)
        {
            return _inside.Keep(method, 0, false);
        }

        var level = _inside.Level;
        using var walk = BoundedWalk.Enter(WalkKind.Summary, method);
        if (!walk.Entered)
        {
            return false;
        }

        return _inside.Keep(method, level, CallsAudit(body));
    }
}
