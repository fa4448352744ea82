using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers;

/// <summary>The registry of every DataGuard diagnostic descriptor.</summary>
public static class Descriptors
{
    /// <summary>Where the rule pages live; each descriptor links to <c>{HelpLinkBase}{id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/dataguard/dataguard/blob/main/analyzers/docs/";

    private const string Category = "PersonalData";

    /// <summary>DG0001: a rule threw while analyzing a symbol. The rule skips that symbol; the build goes on.</summary>
    public static readonly DiagnosticDescriptor AnalyzerInternalError = Create(
        DiagnosticIds.AnalyzerInternalError,
        "DataGuard analyzer internal error",
        "DataGuard rule {0} could not analyze '{1}' and skipped it: {2}",
        DiagnosticSeverity.Warning,
        "A DataGuard rule failed on this code. Nothing was checked there by that rule. Please report the message (it names the rule, the symbol and the exception, not your data).");

    /// <summary>DG1001.</summary>
    public static readonly DiagnosticDescriptor PersonalDataLogged = Create(
        DiagnosticIds.PersonalDataLogged,
        "Personal data is written to a log",
        "Personal data '{0}' reaches the logging call '{1}'",
        DiagnosticSeverity.Warning,
        "Log files are copied, shipped and read far more widely than the records they describe. Mask the value or leave it out.");

    /// <summary>DG1002.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInUrl = Create(
        DiagnosticIds.PersonalDataInUrl,
        "Personal data in an HTTP request URL",
        "Personal data '{0}' is placed in the request URL of '{1}'",
        DiagnosticSeverity.Warning,
        "URLs end up in proxy, gateway and server logs whatever the host. Send personal data in the request body instead.");

    /// <summary>DG1003.</summary>
    public static readonly DiagnosticDescriptor PersonalDataOverUnencryptedChannel = Create(
        DiagnosticIds.PersonalDataOverUnencryptedChannel,
        "Personal data over an unencrypted channel",
        "Personal data '{0}' is sent over an unencrypted channel ({1}) by '{2}'",
        DiagnosticSeverity.Warning,
        "http://, ftp:// and SMTP without SSL expose the data to anyone on the network path. Use https:// or enable SSL.");

    /// <summary>DG1004.</summary>
    public static readonly DiagnosticDescriptor PersonalDataSentToGenerativeAi = Create(
        DiagnosticIds.PersonalDataSentToGenerativeAi,
        "Personal data sent to a generative-AI service",
        "Personal data '{0}' is sent to a generative-AI service by '{1}'",
        DiagnosticSeverity.Error,
        "Prompts and embeddings sent to AI services leave the agency's control. Mask or remove personal data before the call.");

    /// <summary>DG1005.</summary>
    public static readonly DiagnosticDescriptor PersonalDataSentToExternalHost = Create(
        DiagnosticIds.PersonalDataSentToExternalHost,
        "Personal data sent to an external host",
        "Personal data '{0}' is sent to the external host '{1}' by '{2}'",
        DiagnosticSeverity.Warning,
        "Messaging APIs and webhooks (LINE, Telegram, Discord, Slack) and hosts outside dataguard.allowed_hosts are outside the agency's control.");

    /// <summary>DG1006.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessage = Create(
        DiagnosticIds.PersonalDataInExceptionMessage,
        "Personal data in an exception message",
        "Personal data '{0}' is placed in the message of '{1}'",
        DiagnosticSeverity.Warning,
        "Exception messages are logged, shown in error pages and sent to monitoring services. Mask the value or leave it out.");

    /// <summary>DG1007.</summary>
    public static readonly DiagnosticDescriptor PersonalDataExposedByToString = Create(
        DiagnosticIds.PersonalDataExposedByToString,
        "Type exposes personal data through ToString",
        "'{0}' exposes personal data ({1}) through {2}",
        DiagnosticSeverity.Warning,
        "A record's synthesized ToString, a ToString override or [DebuggerDisplay] puts personal members into every log line or debugger view that prints the object.");

    /// <summary>DG1008.</summary>
    public static readonly DiagnosticDescriptor PersonalDataQueryNotAudited = Create(
        DiagnosticIds.PersonalDataQueryNotAudited,
        "Personal records are read without an audit call",
        "'{0}' reads personal records ({1}) but calls no audit method",
        DiagnosticSeverity.Warning,
        "Every look-up of a citizen's records must leave an audit row naming the person who looked: complete query logs are how misuse is found. Call a method marked [AuditsPersonalDataAccess] or listed in dataguard.audit_methods on the same path.");

    /// <summary>DG1009.</summary>
    public static readonly DiagnosticDescriptor PersonalNumberInSource = Create(
        DiagnosticIds.PersonalNumberInSource,
        "A real personal number is written in source",
        "This literal contains a checksum-valid {0}; real people's numbers must not be committed to source",
        DiagnosticSeverity.Warning,
        "A checksum-valid national ID, resident certificate or card number in code or test data is most likely a real person's, copied from a record. Use a checksum-invalid placeholder of the same shape.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        AnalyzerInternalError,
        PersonalDataLogged,
        PersonalDataInUrl,
        PersonalDataOverUnencryptedChannel,
        PersonalDataSentToGenerativeAi,
        PersonalDataSentToExternalHost,
        PersonalDataInExceptionMessage,
        PersonalDataExposedByToString,
        PersonalDataQueryNotAudited,
        PersonalNumberInSource);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md");
}
