namespace PoliceRecords.Api.QueryLogging;

/// <summary>Source-generated log messages of the query log.</summary>
internal static partial class QueryLogMessages
{
    [LoggerMessage(EventId = 1650, Level = LogLevel.Information, Message = "Officer {OfficerId} looked up plate {PlateNumber} ({Reason})")]
    public static partial void PlateLookedUp(ILogger logger, string officerId, string plateNumber, string reason);

    [LoggerMessage(EventId = 1651, Level = LogLevel.Information, Message = "Officer {OfficerId} looked up subject {Subject} ({Reason})")]
    public static partial void SubjectLookedUp(ILogger logger, string officerId, string subject, string reason);
}
