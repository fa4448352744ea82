namespace DataGuard.GuardService.Configuration;

/// <summary>
/// Where screened requests go (section <c>DataGuard:Upstreams</c>): <c>Azure</c> receives the <c>/openai/…</c> routes,
/// <c>OpenAI</c> the <c>/v1/…</c> routes. An upstream without an address is not configured: clean requests get 503.
/// </summary>
public sealed class UpstreamOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Upstreams";

    /// <summary>Azure OpenAI resource (<c>https://name.openai.azure.com/</c>).</summary>
    public Upstream Azure { get; set; } = new() { KeyHeader = "api-key" };

    /// <summary>OpenAI or an OpenAI-compatible server (<c>https://api.openai.com</c>; the <c>/v1/…</c> path is appended).</summary>
    public Upstream OpenAI { get; set; } = new() { KeyHeader = "Authorization" };

    /// <summary>The upstream of a route family.</summary>
    public Upstream For(RouteFamily family) => family == RouteFamily.Azure ? Azure : OpenAI;
}

/// <summary>One upstream service.</summary>
public sealed class Upstream
{
    /// <summary>Base address; empty means not configured.</summary>
    public string? Address { get; set; }

    /// <summary>The key the guard sends upstream (staff never hold it). Use an environment variable or a secret store.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>api-key</c> (Azure) or <c>Authorization</c> (sent as <c>Bearer</c>).</summary>
    public string KeyHeader { get; set; } = "api-key";

    /// <summary>Whether an address is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Address);
}

/// <summary>The two families of screened routes.</summary>
public enum RouteFamily
{
    /// <summary>Azure OpenAI routes under <c>/openai/</c>.</summary>
    Azure,

    /// <summary>OpenAI-compatible routes under <c>/v1/</c>.</summary>
    OpenAI,
}
