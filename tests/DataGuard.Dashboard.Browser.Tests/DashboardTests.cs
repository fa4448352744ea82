using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataGuard.GuardService.Tests;
using OpenQA.Selenium;

namespace DataGuard.Dashboard.Browser.Tests;

/// <summary>The auditors' dashboard in a real headless Chromium against a real guard with a seeded audit trail.</summary>
public sealed class DashboardTests(SeededGuard guard) : IClassFixture<SeededGuard>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_page_renders_the_seeded_data_and_is_saved_as_a_screenshot()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.SignIn(GuardHost.AuditorKey);
        Assert.EndsWith("/audit/", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Equal("zh-TW", browser.Find("html").GetDomAttribute("lang"));
        Assert.Equal("總覽", browser.Find("h1").Text);
        Assert.Equal(3, browser.FindAll("svg[role=img]").Count);
        var days = browser.Rows("days");
        Assert.Equal(days.Count, browser.FindAll("#chart-requests rect.bar").Count);
        // Every seeded row is counted; so are the auditors' own page views (they are audit rows too).
        Assert.InRange(days.Sum(d => int.Parse(d[1], CultureInfo.InvariantCulture)), guard.Month.Events.Count + 1, guard.Month.Events.Count + 100);
        browser.Screenshot("overview");

        browser.Go("/audit/people");
        var people = browser.Rows("people");
        Assert.Subset(guard.Month.Planted.Keys.ToHashSet(), people.Select(r => r[1]).Take(3).ToHashSet());
        browser.Screenshot("people");

        var top = people[0][1];
        browser.Find($"#people a[href^='/audit/people/{top}']").Click();
        browser.WaitFor(d => d.Url.Contains("/audit/people/" + top, StringComparison.Ordinal));
        Assert.NotEmpty(browser.Rows("timeline"));
        Assert.NotEmpty(browser.Rows("reasons"));
        browser.Screenshot("timeline");

        browser.Go("/audit/fingerprints");
        var spread = browser.Rows("fingerprints");
        Assert.NotEmpty(spread);
        Assert.All(spread, r => Assert.Matches("^[0-9a-f]{12}$", r[0]));
        browser.Screenshot("fingerprints");
        browser.Find("#fingerprints a").Click();
        browser.WaitFor(d => d.Url.Contains("/audit/fingerprints/", StringComparison.Ordinal));
        Assert.Equal(int.Parse(spread[0][2], CultureInfo.InvariantCulture), browser.Rows("fingerprint-people").Count);
        browser.Screenshot("fingerprint");

        browser.Go("/audit/integrity");
        Assert.Equal("true", browser.Find("#integrity").GetDomAttribute("data-intact"));
        Assert.Contains("稽核軌跡完整", browser.Find("#integrity").Text, StringComparison.Ordinal);
        Assert.Equal("guard", Assert.Single(browser.Rows("chains"))[0]);
        browser.Screenshot("integrity");
    }

    [Fact]
    public async Task The_ranked_list_and_a_timeline_match_the_api()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.SignIn(GuardHost.AuditorKey);
        browser.Go("/audit/people");
        var rows = browser.Rows("people");
        using var api = guard.Host.Http(GuardHost.AuditorKey);
        using var report = JsonDocument.Parse(await api.GetStringAsync("/v1/audit/insights"));
        var expected = report.RootElement.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("user").GetString(), p.GetProperty("score").GetDouble())).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => ((string?)r[1], double.Parse(r[3], CultureInfo.InvariantCulture))).ToList());

        var user = expected[0].Item1!;
        browser.Go("/audit/people/" + user);
        var timeline = browser.Rows("timeline").Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).ToList();
        using var apiTimeline = JsonDocument.Parse(await api.GetStringAsync("/v1/audit/insights/people/" + user));
        Assert.Equal(apiTimeline.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList(), timeline);
        Assert.Equal(guard.Month.Events.Count(e => e.User == user), timeline.Count);
    }

    [Fact]
    public void The_csv_export_downloads_the_table()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.SignIn(GuardHost.AuditorKey);
        browser.Go("/audit/people");
        var rows = browser.Rows("people");
        browser.Find("a.csv").Click();
        var file = Path.Combine(browser.Downloads, "dataguard-people.csv");
        browser.WaitFor(_ => File.Exists(file) && new FileInfo(file).Length > 0);
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0).ToList();
        Assert.Equal(rows.Count + 1, lines.Count);
        Assert.StartsWith("排名,人員,單位,風險分數,理由", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith($"1,{rows[0][1]},{rows[0][2]},{rows[0][3]},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_without_the_auditor_role_gets_403()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.SignIn(GuardHost.StaffKey);
        Assert.NotEmpty(browser.FindAll("#forbidden"));
        browser.Screenshot("forbidden");
        browser.Go("/audit/people");
        Assert.Contains("/audit/signin", browser.Driver.Url, StringComparison.Ordinal);

        using var client = new DashboardClient(guard.Host.BaseAddress);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SignInAsync(GuardHost.StaffKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/audit/people")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_even_for_a_copied_cookie()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.SignIn(GuardHost.AuditorKey);
        var session = browser.Driver.Manage().Cookies.GetCookieNamed("dataguard-audit-session");
        Assert.NotNull(session);
        Assert.True(session.IsHttpOnly);
        Assert.Equal("Strict", session.SameSite);
        using (var copy = new DashboardClient(guard.Host.BaseAddress, session.Value))
            Assert.Equal(HttpStatusCode.OK, (await copy.Http.GetAsync("/audit/people")).StatusCode);

        browser.Find("#signout button").Click();
        browser.WaitFor(d => d.Url.Contains("/audit/signin", StringComparison.Ordinal));
        browser.Go("/audit/people");
        Assert.Contains("/audit/signin", browser.Driver.Url, StringComparison.Ordinal);
        using var replay = new DashboardClient(guard.Host.BaseAddress, session.Value);
        var response = await replay.Http.GetAsync("/audit/people");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/audit/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_refused()
    {
        using var browser = new Browser(guard.BaseAddress);
        browser.Go("/audit/signin");
        browser.Driver.ExecuteScript("document.querySelector('#signin input[name=__antiforgery]').remove();");
        browser.Find("#key").SendKeys(GuardHost.AuditorKey);
        browser.Find("#signin button[type=submit]").Click();
        browser.WaitFor(d => d.FindElements(By.CssSelector("#antiforgery")).Count > 0);
        browser.Go("/audit/people");
        Assert.Contains("/audit/signin", browser.Driver.Url, StringComparison.Ordinal);

        // Signed in, a sign-out posted from elsewhere (no token) does not end the session.
        using var client = new DashboardClient(guard.Host.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(GuardHost.AuditorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.PostAsync("/audit/signout", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/audit/people")).StatusCode);
        using var noToken = new DashboardClient(guard.Host.BaseAddress);
        Assert.Equal(HttpStatusCode.BadRequest, (await noToken.Http.PostAsync("/audit/signin", new FormUrlEncodedContent([new("key", GuardHost.AuditorKey)]))).StatusCode);
    }

    [Fact]
    public async Task English_is_served_to_an_English_browser_and_every_view_is_audited()
    {
        using var browser = new Browser(guard.BaseAddress, "en-US");
        browser.SignIn(GuardHost.AuditorKey);
        browser.Go("/audit/people");
        Assert.Equal("People by risk", browser.Find("h1").Text);
        Assert.Equal("en", browser.Find("html").GetDomAttribute("lang"));
        var viewed = guard.Month.Planted.Keys.First();
        browser.Go("/audit/people/" + viewed);
        browser.Screenshot("timeline-en");

        using var api = guard.Host.Http(GuardHost.AuditorKey);
        var page = await api.GetFromJsonAsync<JsonElement>("/v1/audit?user=auditor.audra&verdict=view&pageSize=500", Web);
        var routes = page.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("route").GetString()).ToList();
        Assert.Contains("/audit/people/" + viewed, routes);
        Assert.Contains("/audit/people", routes);
    }
}
