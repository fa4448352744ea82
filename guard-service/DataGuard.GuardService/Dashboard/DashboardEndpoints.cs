using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataGuard.Audit.Insights;
using DataGuard.Audit.Insights.Rendering;
using DataGuard.GuardService.Audit;
using DataGuard.GuardService.Security;
using DataGuard.Screening;
using Microsoft.AspNetCore.Antiforgery;

namespace DataGuard.GuardService.Dashboard;

/// <summary>
/// The auditors' dashboard at <c>/audit/</c>: overview charts, people by risk, a person's timeline, fingerprint spread, chain
/// integrity, CSV of every table; sign-in with the personal key and sign-out. Every page view is an audit row (verdict
/// <c>view</c>, route naming the person or fingerprint looked at): auditors are watched too.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Maps the pages.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/audit").RequireAuthorization(DashboardSession.Policy).ExcludeFromDescription();
        Page(pages, "/", OverviewAsync);
        Page(pages, "/people", PeopleAsync);
        Page(pages, "/people/{user}", TimelineAsync);
        Page(pages, "/fingerprints", FingerprintsAsync);
        Page(pages, "/fingerprints/{fingerprint}", FingerprintAsync);
        Page(pages, "/integrity", IntegrityAsync);
        app.MapGet("/audit/signin", SignInPageAsync).ExcludeFromDescription();
        app.MapPost("/audit/signin", SignInAsync).WithMetadata(new AuditedEndpoint("/audit/signin", "signin")).ExcludeFromDescription();
        app.MapPost("/audit/signout", SignOutAsync).RequireAuthorization(DashboardSession.Policy).WithMetadata(new AuditedEndpoint("/audit/signout", "signout")).ExcludeFromDescription();
    }

    private static void Page(RouteGroupBuilder pages, string pattern, Func<HttpContext, AuditInsightsService, CultureInfo, Task<DashboardView>> build) =>
        pages.MapGet(pattern, async (HttpContext context, AuditInsightsService insights) =>
        {
            var culture = CultureOf(context);
            var view = await build(context, insights, culture);
            await view.WriteAsync(context, culture);
        }).WithMetadata(new AuditedEndpoint("/audit" + pattern, Verdicts.View));

    private static async Task<DashboardView> OverviewAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var report = await insights.ReportAsync(WindowOf(context, insights), context.RequestAborted);
        return new DashboardView(InsightsText.Get("Title_Overview", c), html =>
        {
            WriteFilter(html, context, report.Window, c);
            HtmlReport.WriteSummary(html, report, c);
            SvgChart.WriteOverview(html, report, c);
        }, [ReportTables.Days(report, c)]);
    }

    private static async Task<DashboardView> PeopleAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var report = await insights.ReportAsync(WindowOf(context, insights), context.RequestAborted);
        return new DashboardView(InsightsText.Get("Title_People", c), html =>
        {
            WriteFilter(html, context, report.Window, c);
            HtmlReport.WriteSummary(html, report, c);
        }, [ReportTables.People(report, c, user => PersonLink(context, user))]);
    }

    private static async Task<DashboardView> TimelineAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var user = (string)context.Request.RouteValues["user"]!;
        Viewed(context, "/audit/people/" + user);
        var window = WindowOf(context, insights);
        var timeline = await insights.TimelineAsync(window, user, context.RequestAborted);
        return new DashboardView(InsightsText.Format("Title_Timeline", c, user), html =>
        {
            WriteFilter(html, context, window, c);
            var e = InsightsText.Html;
            html.Append("<p class=\"person\">").Append(e.Encode(InsightsText.Get("Col_Unit", c))).Append(": ").Append(e.Encode(timeline.Unit ?? InsightsText.Get("NoUnit", c)));
            if (timeline.Risk is { } risk) html.Append(" · ").Append(e.Encode(InsightsText.Get("Col_Score", c))).Append(": <strong id=\"score\">").Append(risk.Score.ToString(CultureInfo.InvariantCulture)).Append("</strong>");
            html.Append("</p>");
            if (timeline.Risk is null) html.Append("<p>").Append(e.Encode(InsightsText.Get("Timeline_NotFlagged", c))).Append("</p>");
            if (timeline.Truncated) html.Append("<p class=\"note\">").Append(e.Encode(InsightsText.Format("Timeline_Truncated", c, timeline.Events.Count))).Append("</p>");
        }, [ReportTables.Timeline(timeline, window, c), ReportTables.Reasons(timeline.Risk, c)]);
    }

    private static async Task<DashboardView> FingerprintsAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var report = await insights.ReportAsync(WindowOf(context, insights), context.RequestAborted);
        return new DashboardView(InsightsText.Get("Title_Fingerprints", c), html =>
        {
            WriteFilter(html, context, report.Window, c);
            html.Append("<p class=\"note\">").Append(InsightsText.Html.Encode(InsightsText.Get("Fingerprint_Note", c))).Append("</p>");
            HtmlReport.WriteSummary(html, report, c);
        }, [ReportTables.Fingerprints(report, c, f => "/audit/fingerprints/" + Uri.EscapeDataString(f) + Query(context), user => PersonLink(context, user))]);
    }

    private static async Task<DashboardView> FingerprintAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var fingerprint = (string)context.Request.RouteValues["fingerprint"]!;
        Viewed(context, "/audit/fingerprints/" + fingerprint);
        var report = await insights.ReportAsync(WindowOf(context, insights), context.RequestAborted);
        var spread = report.Fingerprints.Where(f => f.Fingerprint == fingerprint).ToList();
        var people = spread.SelectMany(f => f.People).Distinct().Select(u => (IReadOnlyList<Cell>)
        [
            new Cell(u, PersonLink(context, u)), report.Person(u)?.Unit ?? context.RequestServices.GetRequiredService<KeyDirectory>().UnitOf(u) ?? InsightsText.Get("NoUnit", c),
            Cell.Number(report.Person(u)?.Score ?? 0),
        ]).ToList();
        return new DashboardView(InsightsText.Format("Title_Fingerprint", c, fingerprint), html =>
        {
            html.Append("<p class=\"note\">").Append(InsightsText.Html.Encode(InsightsText.Get("Fingerprint_Note", c))).Append("</p>");
        },
        [
            (ReportTables.Fingerprints(report, c) is var all ? all with { Id = "fingerprint", Rows = all.Rows.Where(r => r[0].Text == fingerprint).ToList() } : null)!,
            new ReportTable("fingerprint-people", InsightsText.Get("Col_PeopleList", c), [InsightsText.Get("Col_User", c), InsightsText.Get("Col_Unit", c), InsightsText.Get("Col_Score", c)], people),
        ]);
    }

    private static async Task<DashboardView> IntegrityAsync(HttpContext context, AuditInsightsService insights, CultureInfo c)
    {
        var result = await context.RequestServices.GetRequiredService<GuardAudit>().VerifyAsync(context.RequestAborted);
        var text = result.Problem is { } problem
            ? InsightsText.Format("Integrity_Broken", c, problem.Kind, problem.Chain, problem.Sequence, result.Records)
            : InsightsText.Format("Integrity_Intact", c, result.Records, result.Chains.Count, result.Chains.Sum(x => x.Checkpointed), result.Checkpoints);
        var chains = new ReportTable("chains", InsightsText.Get("Title_Chains", c),
            [InsightsText.Get("Col_Chain", c), InsightsText.Get("Col_Records", c), InsightsText.Get("Col_Checkpointed", c), InsightsText.Get("Col_Unanchored", c)],
            result.Chains.Select(x => (IReadOnlyList<Cell>)[x.Chain, Cell.Number(x.Records), Cell.Number(x.Checkpointed), Cell.Number(x.Unanchored)]).ToList());
        return new DashboardView(InsightsText.Get("Title_Integrity", c), html =>
            html.Append("<p id=\"integrity\" class=\"").Append(result.Intact ? "status-ok" : "status-bad").Append("\" data-intact=\"").Append(result.Intact ? "true" : "false").Append("\">")
                .Append(InsightsText.Html.Encode(text)).Append("</p>"), [chains]);
    }

    private static Task SignInPageAsync(HttpContext context) => WriteSignInAsync(context, null, StatusCodes.Status200OK);

    private static async Task SignInAsync(HttpContext context, IAntiforgery antiforgery, KeyDirectory directory)
    {
        if (!await ValidAntiforgeryAsync(context, antiforgery)) return;
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var entry = directory.Find(form["key"].ToString());
        var culture = CultureOf(context);
        if (entry is null)
        {
            await WriteSignInAsync(context, InsightsText.Get("SignIn_Failed", culture), StatusCodes.Status401Unauthorized);
            return;
        }
        if (!entry.Roles.Contains(GuardRoles.Auditor, StringComparer.Ordinal))
        {
            // A valid key without the auditor role: recorded under that person's name, then refused.
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.NameIdentifier, entry.UserId)], "key"));
            await WriteForbiddenAsync(context, culture);
            return;
        }
        await DashboardSession.SignInAsync(context, entry);
        var returnUrl = form["returnUrl"].ToString();
        context.Response.Redirect(returnUrl.StartsWith("/audit/", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/audit/");
    }

    private static async Task SignOutAsync(HttpContext context, IAntiforgery antiforgery, DashboardSession session)
    {
        if (!await ValidAntiforgeryAsync(context, antiforgery)) return;
        await session.SignOutAsync(context);
        context.Response.Redirect("/audit/signin");
    }

    private static async Task<bool> ValidAntiforgeryAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            var culture = CultureOf(context);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await DashboardLayout.WriteAsync(context, culture, InsightsText.Get("Forbidden_Title", culture), html =>
                html.Append("<p id=\"antiforgery\">").Append(InsightsText.Html.Encode(InsightsText.Get("Antiforgery_Failed", culture))).Append("</p>"));
            return false;
        }
    }

    /// <summary>The 403 page for people without the auditor role.</summary>
    public static Task WriteForbiddenAsync(HttpContext context, CultureInfo culture)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return DashboardLayout.WriteAsync(context, culture, InsightsText.Get("Forbidden_Title", culture), html =>
            html.Append("<p id=\"forbidden\">").Append(InsightsText.Html.Encode(InsightsText.Get("Forbidden_Text", culture))).Append("</p>"));
    }

    private static Task WriteSignInAsync(HttpContext context, string? error, int status)
    {
        var culture = CultureOf(context);
        var e = InsightsText.Html;
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        var returnUrl = context.Request.Query["returnUrl"].ToString();
        return DashboardLayout.WriteAsync(context, culture, InsightsText.Get("SignIn_Title", culture), html =>
        {
            if (error is not null) html.Append("<p id=\"signin-error\" class=\"status-bad\">").Append(e.Encode(error)).Append("</p>");
            html.Append("<p>").Append(e.Encode(InsightsText.Get("SignIn_Help", culture))).Append("</p>")
                .Append("<form id=\"signin\" method=\"post\" action=\"/audit/signin\">").Append(DashboardLayout.AntiforgeryField(context))
                .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(e.Encode(returnUrl)).Append("\">")
                .Append("<label>").Append(e.Encode(InsightsText.Get("SignIn_Key", culture))).Append(" <input type=\"password\" name=\"key\" id=\"key\" autocomplete=\"off\" required></label> ")
                .Append("<button type=\"submit\">").Append(e.Encode(InsightsText.Get("SignIn_Submit", culture))).Append("</button></form>");
        });
    }

    private static void WriteFilter(StringBuilder html, HttpContext context, InsightsWindow window, CultureInfo c)
    {
        // A GET form: it only chooses what to show, changes nothing, and so carries no anti-forgery token (that would leak it into URLs).
        var e = InsightsText.Html;
        html.Append("<form id=\"filter\" method=\"get\"><label>").Append(e.Encode(InsightsText.Get("Filter_From", c))).Append(" <input type=\"date\" name=\"from\" value=\"")
            .Append(InsightsText.Day(window.LocalDay(window.From))).Append("\"></label> <label>").Append(e.Encode(InsightsText.Get("Filter_To", c)))
            .Append(" <input type=\"date\" name=\"to\" value=\"").Append(InsightsText.Day(window.LocalDay(window.To))).Append("\"></label> <label>")
            .Append(e.Encode(InsightsText.Get("Filter_Unit", c))).Append(" <input type=\"text\" name=\"unit\" value=\"").Append(e.Encode(window.Unit ?? string.Empty))
            .Append("\" placeholder=\"").Append(e.Encode(InsightsText.Get("Filter_AllUnits", c))).Append("\"></label> <button type=\"submit\">")
            .Append(e.Encode(InsightsText.Get("Filter_Apply", c))).Append("</button></form>");
    }

    // Dates in the filter are local days (end exclusive); anything else is a 400 with the guard's one error shape.
    private static InsightsWindow WindowOf(HttpContext context, AuditInsightsService insights)
    {
        var offset = insights.DefaultWindow().UtcOffset;
        DateTimeOffset? Day(string name)
        {
            var text = context.Request.Query[name].ToString();
            if (text.Length == 0) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset);
            throw new Errors.GuardErrorException(Errors.GuardError.InvalidRequest($"'{name}' must be a date yyyy-MM-dd."));
        }
        try
        {
            return insights.Window(Day("from"), Day("to"), context.Request.Query["unit"].ToString());
        }
        catch (ArgumentException ex)
        {
            throw new Errors.GuardErrorException(Errors.GuardError.InvalidRequest(ex.Message));
        }
    }

    private static string Query(HttpContext context)
    {
        var kept = context.Request.Query.Where(q => q.Key is "from" or "to").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}").ToList();
        return kept.Count == 0 ? string.Empty : "?" + string.Join("&", kept);
    }

    private static string PersonLink(HttpContext context, string user) => "/audit/people/" + Uri.EscapeDataString(user) + Query(context);

    // The audit row of this view names who was looked at.
    private static void Viewed(HttpContext context, string route)
    {
        if (context.Features.Get<RequestAudit>() is { } audit) audit.Route = route;
    }

    private static CultureInfo CultureOf(HttpContext context) => BlockedMessage.CultureFor(context.Request.Headers.AcceptLanguage.ToString());
}
