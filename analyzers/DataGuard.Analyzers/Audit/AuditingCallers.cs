using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// DG1008's look upwards: a gateway or repository method that reads records is on an audited path when every call of it in
/// this compilation is made from a method that audits — the use case or controller that calls <c>IAudit.CreateAuditEntry</c>
/// beside it — or, up to <see cref="WalkKind.Callers"/> levels, from one whose own callers all do. A method nobody in the
/// compilation calls (a controller action, a public API) has no such caller and stays reported. A caller wrapped by an
/// auditing filter, middleware, pipeline behaviour or interceptor audits (<see cref="AuditingWrappers"/>).
/// </summary>
internal sealed class AuditingCallers
{
    private readonly SourceBodies _bodies;
    private readonly CallSites _sites;
    private readonly AuditCalls _audits;
    private readonly AuditingWrappers _wrappers;
    private readonly BoundedVerdicts _answers = new(WalkKind.Callers);

    public AuditingCallers(SourceBodies bodies, CallSites sites, AuditCalls audits, AuditingWrappers wrappers)
    {
        _wrappers = wrappers;
        _bodies = bodies;
        _sites = sites;
        _audits = audits;
    }

    /// <summary>True when <paramref name="method"/> is called in this compilation, and every caller's path audits.</summary>
    public bool AllAudit(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_answers.TryGet(method, out var known)) return known;

        var level = _answers.Level;
        using var walk = BoundedWalk.Enter(WalkKind.Callers, method);
        if (!walk.Entered) return false;

        var sites = _sites.Of(method);
        var audited = sites is { Count: > 0 } && sites.All(site => _bodies.Body(site.Caller) is { } body && Audited(site.Caller, body) || AllAudit(site.Caller));
        return _answers.Keep(method, level, audited);
    }

    /// <summary>The caller's body calls an audit method, or an auditing filter, middleware, behaviour or interceptor wraps it.</summary>
    private bool Audited(IMethodSymbol caller, IOperation body)
    {
        var roots = new[] { body };
        return _audits.Audits(roots) || _wrappers.Wrap(caller, handler: false, roots);
    }
}
