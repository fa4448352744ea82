using System.Globalization;

namespace DataGuard.Audit.Insights.Rendering;

/// <summary>The tables of a report, shared by the dashboard and the printed report; links are the caller's (null: none).</summary>
public static class ReportTables
{
    /// <summary>Requests, blocks, evasions and redactions per day.</summary>
    public static ReportTable Days(InsightsReport report, CultureInfo c) => new("days", InsightsText.Get("Title_Days", c),
        [T("Col_Day", c), T("Col_Requests", c), T("Col_Blocks", c), T("Col_Evasions", c), T("Col_Redactions", c)],
        report.Days.Select(d => (IReadOnlyList<Cell>)[InsightsText.Day(d.Day), Cell.Number(d.Requests), Cell.Number(d.Blocks), Cell.Number(d.Evasions), Cell.Number(d.Redactions)]).ToList());

    /// <summary>Flagged people, highest risk first, with their reasons in words.</summary>
    public static ReportTable People(InsightsReport report, CultureInfo c, Func<string, string>? personLink = null) => new("people", InsightsText.Get("Title_People", c),
        [T("Col_Rank", c), T("Col_User", c), T("Col_Unit", c), T("Col_Score", c), T("Col_Reasons", c)],
        report.People.Select((p, i) => (IReadOnlyList<Cell>)
        [
            Cell.Number(i + 1), new Cell(p.User, personLink?.Invoke(p.User)), p.Unit ?? T("NoUnit", c), Cell.Number(p.Score),
            string.Join("；", p.Reasons.Select(r => InsightsText.Indicator(r.Indicator, c) + "：" + InsightsText.Explain(r, c))),
        ]).ToList());

    /// <summary>A person's reasons with the rows behind each.</summary>
    public static ReportTable Reasons(PersonRisk? person, CultureInfo c) => new("reasons", InsightsText.Get("Col_Reasons", c),
        [T("Col_Indicator", c), T("Col_Points", c), T("Col_Explanation", c), T("Col_Day", c), T("Col_Rows", c)],
        (person?.Reasons ?? []).Select(r => (IReadOnlyList<Cell>)
        [
            InsightsText.Indicator(r.Indicator, c), Cell.Number(r.Points), InsightsText.Explain(r, c),
            string.Join(" ", r.Days.Select(InsightsText.Day)), string.Join(" ", r.Rows.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        ]).ToList());

    /// <summary>A person's rows, oldest first.</summary>
    public static ReportTable Timeline(PersonTimeline timeline, InsightsWindow window, CultureInfo c) => new("timeline", InsightsText.Format("Title_Timeline", c, timeline.User),
        [T("Col_Row", c), T("Col_Time", c), T("Col_Route", c), T("Col_Verdict", c), T("Col_Findings", c), T("Col_Evasion", c), T("Col_Fingerprints", c)],
        timeline.Events.Select(e => (IReadOnlyList<Cell>)
        [
            Cell.Number(e.Id), InsightsText.Time(e.Time, window), e.Route, e.Verdict,
            string.Join(" ", e.Counts.Select(k => $"{k.Key}×{k.Value}")), e.EvasionUndone ? T("Yes", c) : T("No", c),
            string.Join(" ", e.Fingerprints.Select(FingerprintSpread.Shorten)),
        ]).ToList());

    /// <summary>Fingerprints sent by two or more people.</summary>
    public static ReportTable Fingerprints(InsightsReport report, CultureInfo c, Func<string, string>? fingerprintLink = null, Func<string, string>? personLink = null) =>
        new("fingerprints", InsightsText.Get("Title_Fingerprints", c),
        [T("Col_Fingerprint", c), T("Col_KeyPeriod", c), T("Col_People", c), T("Col_PeopleList", c), T("Col_Requests", c), T("Col_First", c), T("Col_Last", c)],
        report.Fingerprints.Select(f => (IReadOnlyList<Cell>)
        [
            new Cell(f.Fingerprint, fingerprintLink?.Invoke(f.Fingerprint)), f.KeyPeriod, Cell.Number(f.People.Count), string.Join(" ", f.People),
            Cell.Number(f.Requests), InsightsText.Time(f.First, report.Window), InsightsText.Time(f.Last, report.Window),
        ]).ToList());

    private static string T(string name, CultureInfo c) => InsightsText.Get(name, c);
}
