using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace DataGuard.Audit.Insights.Rendering;

/// <summary>The report as one printable HTML file (no script, no external font or style): what <c>dataguard audit report</c> writes.</summary>
public static class HtmlReport
{
    /// <summary>Inline style shared with the dashboard.</summary>
    public const string Style = """
        body{font-family:"Noto Sans TC","Microsoft JhengHei","PingFang TC",sans-serif;margin:1.5rem;color:#222;max-width:1100px}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}table{border-collapse:collapse;width:100%;font-size:.85rem}
        th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}td.n{text-align:right}th{background:#f0f3f7}
        .note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4rem .6rem}figure.chart{margin:.5rem 0}figcaption{font-weight:bold}
        nav a{margin-right:1rem}nav{border-bottom:1px solid #ccc;padding-bottom:.5rem;margin-bottom:1rem}.status-ok{color:#1e7e34}.status-bad{color:#b00020}
        form.inline{display:inline}@media print{nav,.export,form{display:none}a{color:inherit;text-decoration:none}}
        """;

    /// <summary>Writes the whole report.</summary>
    public static string Render(InsightsReport report, CultureInfo culture, DateTimeOffset generated)
    {
        var e = InsightsText.Html;
        var html = new StringBuilder();
        var lang = culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-TW";
        var title = InsightsText.Get("Report_Title", culture);
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><title>").Append(e.Encode(title))
            .Append("</title><style>").Append(Style).Append("</style></head><body><h1>").Append(e.Encode(title)).Append("</h1>");
        WriteSummary(html, report, culture);
        html.Append("<p>").Append(e.Encode(InsightsText.Format("Generated", culture, generated.ToOffset(report.Window.UtcOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))).Append("</p>");
        SvgChart.WriteOverview(html, report, culture);
        ReportTables.People(report, culture).WriteHtml(html);
        foreach (var person in report.People)
        {
            var reasons = ReportTables.Reasons(person, culture);
            (reasons with { Id = "reasons-" + person.User, Title = person.User + (person.Unit is null ? "" : "（" + person.Unit + "）") }).WriteHtml(html);
        }
        ReportTables.Fingerprints(report, culture).WriteHtml(html);
        ReportTables.Days(report, culture).WriteHtml(html);
        html.Append("<p class=\"note\">").Append(e.Encode(InsightsText.Get("Fingerprint_Note", culture))).Append("</p></body></html>");
        return html.ToString();
    }

    /// <summary>The one-line summary and the key-rotation notes.</summary>
    public static void WriteSummary(StringBuilder html, InsightsReport report, CultureInfo culture)
    {
        var e = InsightsText.Html;
        var w = report.Window;
        html.Append("<p class=\"summary\">").Append(e.Encode(InsightsText.Format("Summary", culture,
            w.Local(w.From).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), w.Local(w.To).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            report.PeopleSeen, report.People.Count))).Append("</p>");
        foreach (var rotation in report.Rotations)
        {
            html.Append("<p class=\"note rotation\">").Append(e.Encode(InsightsText.Format("Note_Rotation", culture,
                InsightsText.Time(rotation.At, w), rotation.Before, rotation.After, rotation.UnlinkedBlocks))).Append("</p>");
        }
    }
}
