namespace PoliceRecords.Api.QueryLogging;

/// <summary>
/// The team's own wrapper around the audit log. <c>.editorconfig</c> declares <see cref="Write"/> a logging sink
/// (<c>dataguard.log_sinks</c>), so DG1001 covers it like ILogger.
/// </summary>
public sealed class AuditTrail(ILogger<AuditTrail> logger)
{
    public void Write(string entry) => logger.LogInformation("AUDIT {Entry}", entry);
}
