namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// One citizen, many officers: the same fingerprint sent by <see cref="InsightsOptions.MinOfficersPerFingerprint"/> or more
/// people in one key period (a ring looking one person up). Everyone in the ring is flagged.
/// </summary>
internal sealed class SharedFingerprintIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        var byPerson = new Dictionary<string, List<(FingerprintUse Use, string Fingerprint)>>(StringComparer.Ordinal);
        foreach (var (key, use) in FingerprintUse.Collect(data.Notable))
        {
            if (use.Users.Count < data.Options.MinOfficersPerFingerprint) continue;
            foreach (var user in use.Users)
            {
                if (!byPerson.TryGetValue(user, out var list)) byPerson[user] = list = [];
                list.Add((use, key.Fingerprint));
            }
        }
        foreach (var (user, uses) in byPerson)
        {
            var rows = uses.SelectMany(u => u.Use.Rows.Where(r => r.User == user).Select(r => r.Id));
            var days = uses.SelectMany(u => u.Use.Rows.Where(r => r.User == user).Select(r => data.Window.LocalDay(r.Time)));
            yield return (user, data.Reason(IndicatorCodes.SharedFingerprint, uses.Count, uses.Max(u => u.Use.Users.Count), null, days, rows,
                uses.Select(u => u.Fingerprint), uses[0].Use.KeyPeriod));
        }
    }
}

/// <summary>Who sent one fingerprint in one key period, and in which rows.</summary>
internal sealed class FingerprintUse(string keyPeriod)
{
    public string KeyPeriod { get; } = keyPeriod;

    public HashSet<string> Users { get; } = new(StringComparer.Ordinal);

    public List<(long Id, string User, DateTimeOffset Time)> Rows { get; } = [];

    /// <summary>Groups the notable rows by (key period, fingerprint): fingerprints of different periods are never the same value.</summary>
    public static Dictionary<(string KeyPeriod, string Fingerprint), FingerprintUse> Collect(IEnumerable<AuditEvent> events)
    {
        var uses = new Dictionary<(string, string), FingerprintUse>();
        foreach (var e in events)
        {
            foreach (var f in e.Fingerprints)
            {
                if (!uses.TryGetValue((e.KeyPeriod, f), out var use)) uses[(e.KeyPeriod, f)] = use = new FingerprintUse(e.KeyPeriod);
                use.Users.Add(e.User);
                use.Rows.Add((e.Id, e.User, e.Time));
            }
        }
        return uses;
    }
}
