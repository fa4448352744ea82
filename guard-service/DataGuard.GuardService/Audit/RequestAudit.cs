using DataGuard.Screening;

namespace DataGuard.GuardService.Audit;

/// <summary>What a request handler tells the audit middleware about the request it handled.</summary>
public sealed class RequestAudit(string route)
{
    /// <summary>The route template, or the page with whom it showed (dashboard views: who looked at whom).</summary>
    public string Route { get; set; } = route;

    /// <summary>Azure deployment, when the route has one.</summary>
    public string? Deployment { get; set; }

    /// <summary>The requested model.</summary>
    public string? Model { get; set; }

    /// <summary>The screening decision, once made.</summary>
    public ScreeningDecision? Decision { get; set; }
}

/// <summary>Marks an endpoint whose requests are audited; <paramref name="Verdict"/> names what it does when it screens nothing (e.g. <c>view</c>).</summary>
public sealed record AuditedEndpoint(string Route, string? Verdict = null);
