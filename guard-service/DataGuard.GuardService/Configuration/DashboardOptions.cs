namespace DataGuard.GuardService.Configuration;

/// <summary>
/// The auditors' web dashboard at <c>/audit/</c> (section <c>DataGuard:Dashboard</c>). Its cookies are encrypted with the
/// guard's Data Protection key ring: share it between instances with <c>DataGuard:Shared</c> (a key folder or Redis).
/// </summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Dashboard";

    /// <summary>How long a sign-in lasts (not sliding). Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Rows shown on a timeline page at most. Default 2000.</summary>
    public int MaxTimelineRows { get; set; } = 2000;

    /// <summary>How long a computed report is reused for the same window and unit. Default 30 seconds.</summary>
    public TimeSpan ReportCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
