using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Security;
using DataGuard.GuardService.SharedState;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DataGuard.GuardService.Dashboard;

/// <summary>
/// The dashboard's sign-in: an auditor's personal key is exchanged once for a session cookie (HttpOnly, SameSite=Strict,
/// Secure over https, encrypted with the guard's one Data Protection key ring, shared between instances). The cookie carries
/// the key's hash, never the key; every request re-checks that the key still exists with the auditor role, and a signed-out
/// session id is refused until it would have expired anyway — on every instance when Redis (<c>DataGuard:Shared:Redis</c>)
/// is configured, else on this instance only.
/// </summary>
public sealed class DashboardSession(SharedRedis shared, IOptions<DashboardOptions> options)
{
    /// <summary>The cookie authentication scheme.</summary>
    public const string Scheme = "DataGuardDashboard";

    /// <summary>The authorization policy of every dashboard page.</summary>
    public const string Policy = "dashboard";

    private const string SessionClaim = "dataguard:session";
    private const string KeyHashClaim = "dataguard:keyhash";
    private readonly ConcurrentDictionary<string, DateTimeOffset> _signedOut = new(StringComparer.Ordinal);

    /// <summary>Configures the cookie.</summary>
    public static void Configure(CookieAuthenticationOptions cookie, DashboardOptions options)
    {
        cookie.Cookie.Name = "dataguard-audit-session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.Path = "/audit";
        cookie.ExpireTimeSpan = options.SessionLifetime;
        cookie.SlidingExpiration = false;
        cookie.LoginPath = "/audit/signin";
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<DashboardSession>().ValidateAsync(context);
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>The policy: a dashboard session of an auditor.</summary>
    public static AuthorizationPolicy AuditorPolicy() =>
        new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().RequireRole(GuardRoles.Auditor).Build();

    /// <summary>Signs an auditor in; the principal is also set on the request so that its audit row names them.</summary>
    public static async Task SignInAsync(HttpContext context, AccessKey entry)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, entry.UserId), new(ClaimTypes.Name, entry.UserId),
            new(SessionClaim, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))), new(KeyHashClaim, entry.KeyHash.ToLowerInvariant()),
        };
        claims.AddRange(entry.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        await context.SignInAsync(Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        context.User = principal;
    }

    /// <summary>
    /// Ends the session: its id is refused from now on (recorded in Redis first when configured: if that fails, the sign-out
    /// fails and the auditor can retry, rather than leaving a copy of the cookie valid on other instances), then the cookie is removed.
    /// </summary>
    public async Task SignOutAsync(HttpContext context)
    {
        var session = context.User.FindFirstValue(SessionClaim);
        if (session is not null)
        {
            if (shared.Connection is { } redis)
                await redis.GetDatabase().StringSetAsync(RevokedKey(session), 1, options.Value.SessionLifetime);
            _signedOut[session] = DateTimeOffset.UtcNow;
        }
        foreach (var old in _signedOut.Where(s => DateTimeOffset.UtcNow - s.Value > options.Value.SessionLifetime).Select(s => s.Key).ToList()) _signedOut.TryRemove(old, out _);
        await context.SignOutAsync(Scheme);
    }

    // Revoked ids expire with the longest session they could belong to; the id is random, nobody's data.
    private RedisKey RevokedKey(string session) => shared.KeyPrefix + "dashboard:signed-out:" + session;

    private async Task<bool> IsSignedOutAsync(string session)
    {
        if (_signedOut.ContainsKey(session)) return true;
        if (shared.Connection is not { } redis) return false;
        try
        {
            return await redis.GetDatabase().KeyExistsAsync(RevokedKey(session));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Redis is down: whether the session was ended elsewhere cannot be checked, so it is not honoured (fail closed).
            return true;
        }
    }

    private async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirstValue(SessionClaim);
        var keyHash = context.Principal?.FindFirstValue(KeyHashClaim);
        var entry = keyHash is null ? null : context.HttpContext.RequestServices.GetRequiredService<KeyDirectory>().FindByHash(keyHash);
        // Signed out, or the key was removed or lost the auditor role since sign-in: the session ends now.
        if (session is null || entry is null || !entry.Roles.Contains(GuardRoles.Auditor, StringComparer.Ordinal) || await IsSignedOutAsync(session))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
