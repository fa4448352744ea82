namespace DataGuard.Audit.Insights.Indicators;

/// <summary>
/// Requests outside the duty hours of the person's unit (<see cref="InsightsOptions.UnitDutyHours"/>, else
/// <see cref="InsightsOptions.DutyHours"/>; weekends too when configured), enough of them on enough days.
/// </summary>
internal sealed class OffHoursIndicator : IIndicator
{
    public IEnumerable<(string User, Reason Reason)> Find(InsightsData data)
    {
        foreach (var (user, buckets) in data.ActivityByUser)
        {
            var duty = data.Options.DutyHoursOf(data.UnitOf(user));
            var off = buckets.Where(b => IsOffHours(b, duty, data.Options)).ToList();
            var requests = off.Sum(b => b.Requests);
            var days = off.Select(b => b.Day).Distinct().ToList();
            if (requests < data.Options.MinOffHoursRequests || days.Count < data.Options.MinOffHoursDays) continue;
            var offSet = off.Select(b => (b.Day, b.Hour)).ToHashSet();
            var rows = (data.NotableByUser.GetValueOrDefault(user) ?? [])
                .Where(e => { var local = data.Window.Local(e.Time); return offSet.Contains((DateOnly.FromDateTime(local), local.Hour)); })
                .Select(e => e.Id);
            yield return (user, data.Reason(IndicatorCodes.OffHours, requests, days.Count, null, days, rows));
        }
    }

    private static bool IsOffHours(ActivityBucket bucket, DutyHours duty, InsightsOptions options) =>
        !duty.Covers(bucket.Hour) || (options.WeekendsAreOffHours && bucket.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
}
