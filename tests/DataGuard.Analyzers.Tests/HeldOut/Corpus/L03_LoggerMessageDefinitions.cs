using Microsoft.Extensions.Logging;

namespace Police.Cases.Logging;

internal static partial class CaseLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Case {CaseNo} opened for suspect {SuspectNationalId}")]
    public static partial void CaseOpened(ILogger logger, string caseNo, string suspectNationalId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Case {CaseNo} assigned to unit {Unit}")]
    public static partial void CaseAssigned(ILogger logger, string caseNo, string unit);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Victim contact {VictimPhone} unreachable")]
    public static partial void VictimUnreachable(ILogger logger, string victimPhone);
}

public sealed class CaseIntake
{
    private readonly ILogger<CaseIntake> _logger;

    public CaseIntake(ILogger<CaseIntake> logger) => _logger = logger;

    public void Open(string caseNo, string suspectNationalId, string unit, string victimPhone)
    {
        CaseLog.CaseOpened(_logger, caseNo, suspectNationalId); // expect: DG1001
        CaseLog.CaseAssigned(_logger, caseNo, unit);
        CaseLog.VictimUnreachable(_logger, victimPhone); // expect: DG1001
        CaseLog.VictimUnreachable(_logger, DataGuard.Masking.Mask(victimPhone));
    }
}
