using System.Text;
using System.Text.Encodings.Web;

namespace DataGuard.Audit.Insights.Rendering;

/// <summary>One cell: its text and, on the dashboard, where it links to.</summary>
public readonly record struct Cell(string Text, string? Link = null, bool Numeric = false)
{
    /// <summary>A number, right-aligned.</summary>
    public static Cell Number(double value, string? link = null) =>
        new(value.ToString(value % 1 == 0 ? "0" : "0.##", System.Globalization.CultureInfo.InvariantCulture), link, true);

    /// <summary>Plain text.</summary>
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// A table as auditors see it, rendered to HTML (dashboard, printed report) or CSV (export) from one definition, so the
/// two cannot disagree.
/// </summary>
/// <param name="Id">Stable HTML id and CSV file name.</param>
/// <param name="Title">Caption.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Rows of cells.</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    /// <summary>Writes the table as HTML (every text encoded).</summary>
    public void WriteHtml(StringBuilder html, string? csvLink = null, string? csvLabel = null)
    {
        var e = InsightsText.Html;
        html.Append("<section class=\"table\"><h2>").Append(e.Encode(Title)).Append("</h2>");
        if (csvLink is not null)
            html.Append("<p class=\"export\"><a class=\"csv\" href=\"").Append(e.Encode(csvLink)).Append("\" download>").Append(e.Encode(csvLabel ?? "CSV")).Append("</a></p>");
        html.Append("<table id=\"").Append(e.Encode(Id)).Append("\"><thead><tr>");
        foreach (var column in Columns) html.Append("<th>").Append(e.Encode(column)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell.Numeric ? "<td class=\"n\">" : "<td>");
                if (cell.Link is not null) html.Append("<a href=\"").Append(e.Encode(cell.Link)).Append("\">").Append(e.Encode(cell.Text)).Append("</a>");
                else html.Append(e.Encode(cell.Text));
                html.Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></section>");
    }

    /// <summary>The table as CSV (RFC 4180, UTF-8 with BOM so that Excel reads Chinese), formula-like cells defused.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("\uFEFF");
        AppendLine(csv, Columns);
        foreach (var row in Rows) AppendLine(csv, row.Select(c => c.Text));
        return csv.ToString();
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) csv.Append(',');
            first = false;
            // A cell starting with = + - @ would run as a formula in a spreadsheet: prefix it with an apostrophe.
            var text = field.Length > 0 && "=+-@\t\r".Contains(field[0], StringComparison.Ordinal) && !double.TryParse(field, System.Globalization.CultureInfo.InvariantCulture, out _) ? "'" + field : field;
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0) csv.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else csv.Append(text);
        }
        csv.Append("\r\n");
    }
}
