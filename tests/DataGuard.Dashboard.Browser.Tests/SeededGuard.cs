using System.Globalization;
using DataGuard.GuardService.Tests;
using DataGuard.Testing.AuditMonth;

namespace DataGuard.Dashboard.Browser.Tests;

/// <summary>
/// A real guard on Kestrel whose audit database holds a small synthetic fortnight ending today (planted cases included),
/// written through the guard's own AuditWriter before start-up; every seeded person has a key entry with their unit.
/// </summary>
public sealed class SeededGuard : IAsyncLifetime
{
    public SyntheticMonth Month { get; private set; } = null!;

    internal GuardHost Host { get; private set; } = null!;

    public Uri BaseAddress => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Month = SyntheticMonth.Generate(SyntheticMonthShape.Small(today.AddDays(-13)));
        var folder = Path.Combine(Path.GetTempPath(), "dataguard-dashboard-seed", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "audit.db");
        await AuditMonthDatabase.WriteAsync(database, Month.Events);
        var settings = new Dictionary<string, string?> { ["DataGuard:Audit:DatabasePath"] = database, ["DataGuard:Dashboard:ReportCacheDuration"] = "00:00:00" };
        int index = 20;
        foreach (var (user, unit) in Month.Units)
        {
            var i = (index++).ToString(CultureInfo.InvariantCulture);
            settings[$"DataGuard:Access:Keys:{i}:UserId"] = user;
            settings[$"DataGuard:Access:Keys:{i}:KeyHash"] = GuardService.Security.KeyHash.Of("unused-key-of-" + user);
            settings[$"DataGuard:Access:Keys:{i}:Unit"] = unit;
        }
        foreach (var (unit, hours) in Month.Options.UnitDutyHours) settings[$"DataGuard:Insights:UnitDutyHours:{unit}"] = hours;
        Host = GuardHost.Start(null, settings);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
