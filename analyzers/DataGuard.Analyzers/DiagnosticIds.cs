namespace DataGuard.Analyzers;

/// <summary>The rule IDs. They are a public contract: never renumber.</summary>
public static class DiagnosticIds
{
    /// <summary>A rule failed on a piece of code: the exception is reported instead of crashing the build.</summary>
    public const string AnalyzerInternalError = "DG0001";

    /// <summary>Personal data reaches a logging sink.</summary>
    public const string PersonalDataLogged = "DG1001";

    /// <summary>Personal data in an HTTP request URL.</summary>
    public const string PersonalDataInUrl = "DG1002";

    /// <summary>Personal data over an unencrypted channel.</summary>
    public const string PersonalDataOverUnencryptedChannel = "DG1003";

    /// <summary>Personal data sent to a generative-AI service.</summary>
    public const string PersonalDataSentToGenerativeAi = "DG1004";

    /// <summary>Personal data sent to an external host outside the allowlist.</summary>
    public const string PersonalDataSentToExternalHost = "DG1005";

    /// <summary>Personal data in an exception message.</summary>
    public const string PersonalDataInExceptionMessage = "DG1006";

    /// <summary>A type exposes personal members through ToString.</summary>
    public const string PersonalDataExposedByToString = "DG1007";

    /// <summary>A method reads personal records without calling an audit method.</summary>
    public const string PersonalDataQueryNotAudited = "DG1008";

    /// <summary>A checksum-valid national ID, resident certificate or card number written in source.</summary>
    public const string PersonalNumberInSource = "DG1009";
}
