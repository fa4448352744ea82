using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace DataGuard.Audit.Insights.Rendering;

/// <summary>A bar chart per day as inline SVG, drawn on the server: no script, no external library, prints as it shows.</summary>
public static class SvgChart
{
    private const int Width = 720, Height = 180, Left = 48, Bottom = 24, Top = 12;

    /// <summary>Writes one chart of <paramref name="values"/> per day.</summary>
    public static void WriteBars(StringBuilder svg, string id, string title, IReadOnlyList<(DateOnly Day, int Value)> values, string colour)
    {
        var e = InsightsText.Html;
        var max = Math.Max(1, values.Count == 0 ? 1 : values.Max(v => v.Value));
        var scale = NiceCeiling(max);
        double plotWidth = Width - Left - 8, plotHeight = Height - Top - Bottom;
        double step = values.Count == 0 ? plotWidth : plotWidth / values.Count;
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{e.Encode(title)}</figcaption><svg id=\"{e.Encode(id)}\" role=\"img\" aria-label=\"{e.Encode(title)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int g = 0; g <= 4; g++)
        {
            double y = Top + plotHeight - plotHeight * g / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - 8}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"10\">{scale * g / 4:0}</text>");
        }
        for (int i = 0; i < values.Count; i++)
        {
            var (day, value) = values[i];
            double h = plotHeight * value / scale, x = Left + i * step + step * 0.1;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-day=\"{InsightsText.Day(day)}\" data-value=\"{value}\" x=\"{x:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{Math.Max(1, step * 0.8):0.#}\" height=\"{h:0.#}\" fill=\"{colour}\"><title>{InsightsText.Day(day)}: {value}</title></rect>");
            if (values.Count <= 16 || i % Math.Max(1, values.Count / 10) == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + step * 0.4:0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"10\">{day:MM-dd}</text>");
        }
        svg.Append("</svg></figure>");
    }

    /// <summary>The three overview charts: requests, blocks and evasions per day.</summary>
    public static void WriteOverview(StringBuilder html, InsightsReport report, CultureInfo culture)
    {
        WriteBars(html, "chart-requests", InsightsText.Get("Chart_Requests", culture), report.Days.Select(d => (d.Day, d.Requests)).ToList(), "#2f6db5");
        WriteBars(html, "chart-blocks", InsightsText.Get("Chart_Blocks", culture), report.Days.Select(d => (d.Day, d.Blocks)).ToList(), "#c0392b");
        WriteBars(html, "chart-evasions", InsightsText.Get("Chart_Evasions", culture), report.Days.Select(d => (d.Day, d.Evasions)).ToList(), "#8e44ad");
    }

    private static double NiceCeiling(int max)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var m in new[] { 1, 2, 4, 5, 10 })
        {
            if (m * magnitude >= max) return m * magnitude;
        }
        return 10 * magnitude;
    }
}
