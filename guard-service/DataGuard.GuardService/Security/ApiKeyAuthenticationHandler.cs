using System.Security.Claims;
using System.Text.Encodings.Web;
using DataGuard.GuardService.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Security;

/// <summary>
/// Authenticates a person by their own key, sent as Azure does (<c>api-key</c>) or as <c>Authorization: Bearer</c>.
/// Only SHA-256 hashes of keys are configured; the key list follows configuration reloads.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KeyDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "DataGuardKey";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null) return Task.FromResult(AuthenticateResult.NoResult());
        var entry = directory.Find(key);
        if (entry is not null)
        {
            var claims = new List<Claim>(2 + entry.Roles.Count) { new(ClaimTypes.NameIdentifier, entry.UserId), new(ClaimTypes.Name, entry.UserId) };
            foreach (var role in entry.Roles) claims.Add(new Claim(ClaimTypes.Role, role));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
        return Task.FromResult(AuthenticateResult.Fail("Unknown key."));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => GuardError.Unauthorized().WriteAsync(Context);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => GuardError.Forbidden().WriteAsync(Context);

    /// <summary>The key a request carries, if any.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        var apiKey = request.Headers["api-key"].ToString();
        if (apiKey.Length > 0) return apiKey;
        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }
}
