using DataGuard.GuardService.Configuration;

namespace DataGuard.GuardService.Screening;

/// <summary>A POST route whose body is screened before it is forwarded to the upstream of its family.</summary>
/// <param name="Template">ASP.NET route template.</param>
/// <param name="Family">Which upstream receives it.</param>
public sealed record ScreenedRoute(string Template, RouteFamily Family)
{
    /// <summary>The built-in screened routes (issue 3).</summary>
    public static IReadOnlyList<ScreenedRoute> BuiltIn { get; } =
    [
        new("/openai/deployments/{deployment}/chat/completions", RouteFamily.Azure),
        new("/openai/deployments/{deployment}/completions", RouteFamily.Azure),
        new("/openai/deployments/{deployment}/embeddings", RouteFamily.Azure),
        new("/openai/v1/chat/completions", RouteFamily.Azure),
        new("/openai/v1/responses", RouteFamily.Azure),
        new("/openai/v1/embeddings", RouteFamily.Azure),
        new("/v1/chat/completions", RouteFamily.OpenAI),
        new("/v1/responses", RouteFamily.OpenAI),
        new("/v1/completions", RouteFamily.OpenAI),
        new("/v1/embeddings", RouteFamily.OpenAI),
    ];

    /// <summary>A configured extra route: <c>/openai/…</c> goes to Azure, anything else to the OpenAI-compatible upstream.</summary>
    public static ScreenedRoute Additional(string template) =>
        new(template, template.StartsWith("/openai/", StringComparison.OrdinalIgnoreCase) ? RouteFamily.Azure : RouteFamily.OpenAI);
}
