using System.Net;
using System.Text.RegularExpressions;

namespace DataGuard.GuardService.Tests;

/// <summary>
/// A cookie-keeping HTTP client for the <c>/audit/</c> dashboard that signs in the way the form does (anti-forgery token
/// from the sign-in page), or replays a copied session cookie.
/// </summary>
internal sealed partial class DashboardClient : IDisposable
{
    public const string SessionCookie = "dataguard-audit-session";

    private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };

    public DashboardClient(Uri baseAddress, string? sessionCookie = null)
    {
        Http = new HttpClient(_handler) { BaseAddress = baseAddress };
        if (sessionCookie is not null) _handler.CookieContainer.Add(baseAddress, new Cookie(SessionCookie, sessionCookie, "/audit"));
    }

    public HttpClient Http { get; }

    /// <summary>The session cookie the guard set, if signed in.</summary>
    public string? Session => _handler.CookieContainer.GetCookies(new Uri(Http.BaseAddress!, "/audit/"))[SessionCookie]?.Value;

    public async Task<HttpResponseMessage> SignInAsync(string key) =>
        await Http.PostAsync("/audit/signin", new FormUrlEncodedContent([new("__antiforgery", await TokenAsync("/audit/signin")), new("key", key)]));

    public async Task<HttpResponseMessage> SignOutAsync() =>
        await Http.PostAsync("/audit/signout", new FormUrlEncodedContent([new("__antiforgery", await TokenAsync("/audit/"))]));

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    private async Task<string> TokenAsync(string page) => WebUtility.HtmlDecode(TokenField().Match(await Http.GetStringAsync(page)).Groups[1].Value);

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
