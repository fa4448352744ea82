using System.Globalization;
using System.Resources;

namespace DataGuard.Audit.Insights.Rendering;

/// <summary>Auditor-facing text (<c>Resources/InsightsText.resx</c>): Traditional Chinese by default, English for English cultures.</summary>
public static class InsightsText
{
    /// <summary>The HTML encoder of every page: escapes markup characters but keeps Chinese readable (not as entities).</summary>
    public static System.Text.Encodings.Web.HtmlEncoder Html { get; } = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static readonly ResourceManager Resources = new("DataGuard.Audit.Insights.Resources.InsightsText", typeof(InsightsText).Assembly);

    /// <summary>A text by name.</summary>
    public static string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Resource {name} is missing.");

    /// <summary>A text by name, formatted.</summary>
    public static string Format(string name, CultureInfo culture, params object?[] arguments) => string.Format(culture, Get(name, culture), arguments);

    /// <summary>The name of an indicator.</summary>
    public static string Indicator(string code, CultureInfo culture) => Get("Indicator_" + code, culture);

    /// <summary>One sentence explaining a reason.</summary>
    public static string Explain(Reason reason, CultureInfo culture) =>
        Format("Reason_" + reason.Indicator, culture, reason.Count, reason.Detail, reason.Score);

    /// <summary>A time as auditors read it: local, to the second.</summary>
    public static string Time(DateTimeOffset time, InsightsWindow window) =>
        window.Local(time).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A day.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
