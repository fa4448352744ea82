using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataGuard.Audit.Insights.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace DataGuard.GuardService.Dashboard;

/// <summary>
/// One dashboard page: a title, what goes above the tables, and the tables. Rendered as HTML in the layout (navigation,
/// sign-out form with its anti-forgery token), or as the CSV of one of its tables with <c>?format=csv&amp;table=id</c>.
/// </summary>
public sealed record DashboardView(string Title, Action<StringBuilder>? WriteIntro, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Writes the page, or the CSV of the asked-for table (the first one when not named).</summary>
    public Task WriteAsync(HttpContext context, CultureInfo culture, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Query["format"] == "csv")
        {
            var id = context.Request.Query["table"].ToString();
            var table = Tables.FirstOrDefault(t => t.Id == id) ?? Tables.FirstOrDefault();
            if (table is null) return Results.NotFound().ExecuteAsync(context);
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"dataguard-{table.Id}.csv\"";
            return context.Response.WriteAsync(table.ToCsv());
        }
        var html = new StringBuilder();
        foreach (var t in Tables) t.WriteHtml(html, CsvLink(context, t.Id), InsightsText.Get("Export_Csv", culture));
        return DashboardLayout.WriteAsync(context, culture, Title, body =>
        {
            WriteIntro?.Invoke(body);
            body.Append(html);
        });
    }

    private static string CsvLink(HttpContext context, string table)
    {
        var query = context.Request.Query.Where(q => q.Key is not ("format" or "table")).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return context.Request.Path + "?" + string.Join("&", query.Append("format=csv").Append("table=" + Uri.EscapeDataString(table)));
    }
}

/// <summary>The page around every dashboard view: language, style (inline: police networks are offline), navigation, sign-out.</summary>
public static class DashboardLayout
{
    /// <summary>Writes a page.</summary>
    public static Task WriteAsync(HttpContext context, CultureInfo culture, string title, Action<StringBuilder> writeBody)
    {
        var e = InsightsText.Html;
        var html = new StringBuilder();
        var lang = culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-TW";
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(e.Encode(title)).Append(" · ").Append(e.Encode(InsightsText.Get("App_Name", culture))).Append("</title><style>").Append(HtmlReport.Style).Append("</style></head><body>");
        if (context.User.Identity?.IsAuthenticated == true && context.User.Identity.AuthenticationType == DashboardSession.Scheme)
        {
            html.Append("<nav>");
            foreach (var (href, name) in new[] { ("/audit/", "Title_Overview"), ("/audit/people", "Title_People"), ("/audit/fingerprints", "Title_Fingerprints"), ("/audit/integrity", "Title_Integrity") })
                html.Append("<a href=\"").Append(href).Append("\">").Append(e.Encode(InsightsText.Get(name, culture))).Append("</a>");
            html.Append("<span class=\"who\">").Append(e.Encode(InsightsText.Format("SignedInAs", culture, context.User.Identity.Name))).Append("</span> ");
            html.Append("<form class=\"inline\" id=\"signout\" method=\"post\" action=\"/audit/signout\">").Append(AntiforgeryField(context))
                .Append("<button type=\"submit\">").Append(e.Encode(InsightsText.Get("SignOut", culture))).Append("</button></form></nav>");
        }
        html.Append("<h1>").Append(e.Encode(title)).Append("</h1>");
        writeBody(html);
        html.Append("</body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return context.Response.WriteAsync(html.ToString());
    }

    /// <summary>The hidden anti-forgery field of a POST form.</summary>
    public static string AntiforgeryField(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{InsightsText.Html.Encode(tokens.FormFieldName)}\" value=\"{InsightsText.Html.Encode(tokens.RequestToken ?? string.Empty)}\">";
    }
}
