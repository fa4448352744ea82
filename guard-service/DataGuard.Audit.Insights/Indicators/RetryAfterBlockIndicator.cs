namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// A person blocked, then within <see cref="InsightsOptions.RetryWindow"/> sending a request with a fingerprint of the
/// blocked request again: above all with an evasion undone that the blocked request did not need (they disguised the value they had just been
/// stopped for).
/// Only linked within one key period.
/// </summary>
internal sealed class RetryAfterBlockIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        var window = data.Options.RetryWindow;
        foreach (var (user, events) in data.NotableByUser)
        {
            int retries = 0, evasive = 0;
            var rows = new List<long>();
            var days = new List<DateOnly>();
            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            var blocks = new List<AuditEvent>();
            string? period = null;
            foreach (var e in events)
            {
                blocks.RemoveAll(b => e.Time - b.Time > window || b.KeyPeriod != e.KeyPeriod);
                var retried = blocks.FirstOrDefault(b => b.Time < e.Time && Shares(b, e));
                if (retried is not null)
                {
                    retries++;
                    // Disguised only now: a value typed the same odd way twice (full-width digits, say) is a plain retry.
                    if (e.EvasionUndone && !retried.EvasionUndone) evasive++;
                    rows.Add(retried.Id);
                    rows.Add(e.Id);
                    days.Add(data.Window.LocalDay(e.Time));
                    fingerprints.UnionWith(e.Fingerprints.Intersect(retried.Fingerprints));
                    period = e.KeyPeriod;
                }
                if (e.Verdict == Verdicts.Block && e.Fingerprints.Count > 0) blocks.Add(e);
            }
            if (evasive >= data.Options.MinEvasiveRetries || retries >= data.Options.MinRetries)
            {
                // A disguised retry is the clearest sign of intent: it counts double.
                yield return (user, data.Reason(IndicatorCodes.RetryAfterBlock, retries, evasive, null, days, rows, fingerprints, period, evasive > 0 ? 2 : 1));
            }
        }
    }

    private static bool Shares(AuditEvent block, AuditEvent later)
    {
        foreach (var f in later.Fingerprints)
        {
            if (block.Fingerprints.Contains(f)) return true;
        }
        return false;
    }
}
