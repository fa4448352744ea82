using System;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>Which shape a sink row matches methods by, when it names no type (see <see cref="LogShapes"/>).</summary>
internal enum SinkShape
{
    None,

    /// <summary>A method that formats a message template into a log: <c>[MessageTemplateFormatMethod]</c>, or <c>string messageTemplate</c> then <c>params object[]</c>.</summary>
    MessageTemplate,

    /// <summary>A logging facade of another project: a <c>Log…</c> or level-named method of a type named as a logger.</summary>
    LoggingFacade,
}

/// <summary>
/// Log sinks by shape, not by library: methods that say by their signature (a message template, wherever they are) or,
/// in another assembly whose bodies the compilation cannot follow, by their owner's name that they write a log. Serilog's own timing and enrichment helpers
/// (<c>Operation.Begin("… {Email}", email)</c>), a team's <c>ILoggingService.LogError(message, ex, data)</c>.
/// </summary>
internal static class LogShapes
{
    private const string TemplateAttribute = "MessageTemplateFormatMethodAttribute";
    private const string TemplateParameter = "messageTemplate";
    private const string LoggerInterface = "ILogger";

    /// <summary>Words that name a type as a logger: <c>ILoggingService</c>, <c>IAppLogger&lt;T&gt;</c>, <c>ILoggerManager</c>, <c>ILogService</c>.</summary>
    private static readonly string[] LoggerTypeWords = { "Logger", "Logging", "LogService", "LogManager" };

    /// <summary>First words of a facade's writing methods: <c>LogError</c>, <c>Error</c>, <c>LogSecurityEvent</c>.</summary>
    public static readonly string[] FacadeVerbs =
        { "Log", "Trace", "Debug", "Info", "Information", "Warn", "Warning", "Error", "Fatal", "Critical", "Verbose" };

    private static readonly ImmutableArray<string> Verbs = ImmutableArray.Create(FacadeVerbs);

    /// <summary>
    /// True when <paramref name="method"/>, in no row by type, has the row's shape. A message template declares what the
    /// method does with it wherever the method is (a package, a project reference, a helper compiled in); a facade is
    /// matched by name only in another assembly — in this one its body is followed.
    /// </summary>
    public static bool Matches(SinkShape shape, IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        return shape switch
        {
            SinkShape.MessageTemplate => FormatsTemplate(method),
            SinkShape.LoggingFacade => method.DeclaringSyntaxReferences.IsEmpty && method.ContainingType is { } owner && IsLoggingFacade(owner)
                                       && SinkSpec.StartsWithWord(method.Name, Verbs) && method.Parameters.Length > 0,
            _ => false,
        };
    }

    /// <summary>Marked <c>[MessageTemplateFormatMethod("messageTemplate")]</c> (any library's copy), or a template parameter followed by <c>params object[]</c>.</summary>
    private static bool FormatsTemplate(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == TemplateAttribute)
            {
                return true;
            }
        }

        var parameters = method.Parameters;
        for (var i = 0; i + 1 < parameters.Length; i++)
        {
            if (parameters[i].Name == TemplateParameter && parameters[i].Type.SpecialType == SpecialType.System_String && parameters[parameters.Length - 1].IsParams)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Named as a logger, and not as an audit trail's writer: <c>IAuditLogService.LogActionAsync(action, entityType, userId,
    /// userName)</c> adds a row to the application's audit table, which administrators read — the record DG1008 asks for, not a
    /// log (round 14's line for audit tables, round 30's library). An audit-named type that is itself a logger
    /// (<c>AuditLogger : ILogger</c>) stays one.
    /// </summary>
    private static bool IsLoggingFacade(INamedTypeSymbol owner)
        => NamedAsLogger(owner.Name) && (!LogDestinations.NamesAuditTrail(IdentifierWords.Split(owner.Name)) || IsLogger(owner));

    /// <summary>An <c>ILogger</c> of any library (Microsoft.Extensions.Logging, Serilog): the type or an interface it implements.</summary>
    private static bool IsLogger(INamedTypeSymbol type)
    {
        if (type.Name == LoggerInterface)
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == LoggerInterface)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedAsLogger(string typeName)
    {
        foreach (var word in LoggerTypeWords)
        {
            if (typeName.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
