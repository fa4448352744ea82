namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// Requests whose findings needed an evasion undone (zero-width characters, look-alikes, Chinese numerals, split digits…).
/// The same values sent again count once: someone who types IDs with full-width digits and resends an unchanged prompt
/// is one habit, not several attempts.
/// </summary>
internal sealed class EvasionIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        foreach (var (user, events) in data.NotableByUser)
        {
            var evasions = events.Where(e => e.EvasionUndone).ToList();
            var attempts = evasions.Select(e => e.Fingerprints.Count == 0 ? "#" + e.Id : e.KeyPeriod + ":" + string.Join(',', e.Fingerprints)).Distinct().Count();
            if (attempts < data.Options.MinEvasions) continue;
            yield return (user, data.Reason(IndicatorCodes.Evasion, attempts, evasions.Count, null,
                evasions.Select(e => data.Window.LocalDay(e.Time)), evasions.Select(e => e.Id)));
        }
    }
}
