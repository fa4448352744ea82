namespace DataGuard.Audit.Insights;

/// <summary>The period an auditor asks about, and the local time zone that days and duty hours are counted in.</summary>
/// <param name="From">First instant (inclusive, UTC).</param>
/// <param name="To">Last instant (exclusive, UTC).</param>
/// <param name="UtcOffset">Local offset (Taiwan: +08:00, no daylight saving).</param>
/// <param name="Unit">Only people of this unit, or everyone when null.</param>
public sealed record InsightsWindow(DateTimeOffset From, DateTimeOffset To, TimeSpan UtcOffset, string? Unit = null)
{
    /// <summary>The local day of an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(UtcOffset).DateTime);

    /// <summary>The local time of an instant.</summary>
    public DateTime Local(DateTimeOffset time) => time.ToOffset(UtcOffset).DateTime;

    /// <summary>Checks the window; throws <see cref="ArgumentException"/> with a developer-facing message.</summary>
    public InsightsWindow Validated()
    {
        if (To <= From) throw new ArgumentException("'to' must be after 'from'.");
        if (To - From > TimeSpan.FromDays(370)) throw new ArgumentException("The window may span at most 370 days.");
        return this;
    }
}
