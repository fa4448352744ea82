using DataGuard.Audit.Insights.Reading;

namespace DataGuard.Audit.Insights.Tests;

/// <summary>Hand-built timelines: a fluent list of audit events in Taiwan time, and the report they give.</summary>
internal sealed class Timeline
{
    public static readonly TimeSpan Taiwan = TimeSpan.FromHours(8);
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, Taiwan);
    private readonly List<AuditEvent> _events = [];

    public IReadOnlyList<AuditEvent> Events => _events;

    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    public InsightsOptions Options { get; } = new();

    /// <summary>Adds a request at <paramref name="day"/> days after Monday, local hour:minute.</summary>
    public Timeline Add(string user, int day, int hour, int minute, string verdict = Verdicts.Allow, bool evasion = false, string keyPeriod = "K0", params string[] values)
    {
        var time = Monday.AddDays(day).AddHours(hour).AddMinutes(minute);
        var fingerprints = values.Select(v => Testing.AuditMonth.SyntheticMonth.FingerprintOf(keyPeriod + v)).ToArray();
        _events.Add(new AuditEvent(_events.Count + 1, time, user, "/v1/chat/completions", verdict,
            new Dictionary<string, int>(), evasion, [], fingerprints, keyPeriod));
        return this;
    }

    /// <summary>Ordinary use: <paramref name="perDay"/> allowed requests between 09:00 and 17:00 on each of <paramref name="days"/> weekdays.</summary>
    public Timeline Ordinary(string user, int days = 10, int perDay = 10, string unit = "中山分局")
    {
        Units[user] = unit;
        for (int d = 0; d < days; d++)
            for (int i = 0; i < perDay; i++) Add(user, d, 9 + i * 8 / perDay, (i * 7) % 60);
        return this;
    }

    public InsightsReport Report(int days = 14, string? unit = null) =>
        new InsightsEngine(Options, u => Units.GetValueOrDefault(u))
            .ComputeAsync(new InMemoryAuditEventReader(_events), new InsightsWindow(Monday, Monday.AddDays(days), Taiwan, unit)).GetAwaiter().GetResult();
}

internal static class ReportAssertions
{
    public static Reason? ReasonOf(this InsightsReport report, string user, string indicator) =>
        report.Person(user)?.Reasons.FirstOrDefault(r => r.Indicator == indicator);
}
