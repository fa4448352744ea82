using Microsoft.Extensions.Logging;

namespace Police.Reports.Daily;

public sealed class DailyDigest
{
    private readonly ILogger<DailyDigest> _logger;

    public DailyDigest(ILogger<DailyDigest> logger) => _logger = logger;

    public void Write(string unit, int arrests, string topSuspectName, string dob)
    {
        var header = $"""
            Unit: {unit}
            Arrests: {arrests}
            """;
        _logger.LogInformation(header);

        var detail = $$"""
            {"unit":"{{unit}}","top":"{{topSuspectName}}"}
            """;
        _logger.LogInformation(detail); // expect: DG1001

        var line = string.Concat("Top suspect born ", dob);
        _logger.LogInformation(line); // expect: DG1001

        var parts = new[] { unit, arrests.ToString() };
        _logger.LogInformation(string.Join("|", parts));

        string[] withName = [unit, topSuspectName];
        _logger.LogInformation(string.Join("|", withName)); // expect: DG1001
    }
}
