using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Police.Hotline165;

public sealed class FraudReport
{
    public string ReportId { get; set; } = "";
    public string VictimName { get; set; } = "";
    public string VictimPhone { get; set; } = "";
    public string ScammerAccount { get; set; } = "";
    public decimal Loss { get; set; }
    public string Email { get; set; } = "";
}

public sealed class FraudHotlineService
{
    private readonly ILogger<FraudHotlineService> _logger;
    private readonly Dictionary<string, FraudReport> _open = new();

    public FraudHotlineService(ILogger<FraudHotlineService> logger) => _logger = logger;

    public void Intake(FraudReport report)
    {
        _open[report.ReportId] = report;
        _logger.LogInformation("165 report {ReportId}, loss {Loss}", report.ReportId, report.Loss);
        var who = report.VictimName ?? "unknown";
        _logger.LogInformation("Victim {Victim}", who); // expect: DG1001
        object[] args = { report.ReportId, report.VictimPhone };
        _logger.LogInformation("Report {ReportId} callback {Phone}", args); // expect: DG1001
        _logger.LogInformation("Open reports: {Count}", _open.Count);
        _logger.LogInformation("Victim email on file: {HasEmail}", report.Email != null);
        _logger.Log(LogLevel.Information, "Confirmation sent to {Email}", report.Email); // expect: DG1001
    }
}
