using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// One scale for the levels of every logging library: 0 trace/verbose, 1 debug, 2 information, 3 warning, 4 error,
/// 5 critical/fatal, 6 none/off. MEL's <c>LogLevel</c> and Serilog's <c>LogEventLevel</c> already number their members so.
/// </summary>
internal static class LogLevelScale
{
    public const int Lowest = 0;

    /// <summary>A level's name or number as configuration or a method name writes it; null when it is neither.</summary>
    public static int? Parse(string text)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "trace": case "verbose": case "0": return 0;
            case "debug": case "1": return 1;
            case "information": case "info": case "2": return 2;
            case "warning": case "warn": case "3": return 3;
            case "error": case "4": return 4;
            case "critical": case "fatal": case "5": return 5;
            case "none": case "off": case "6": return 6;
            default: return null;
        }
    }

    /// <summary>
    /// The level a value of a level type stands for: a constant of an enum (<c>LogLevel.Debug</c>, <c>LogEventLevel.Verbose</c>)
    /// or a static field of NLog's <c>LogLevel</c> class (<c>LogLevel.Trace</c>); null when it is computed.
    /// </summary>
    public static int? Of(IOperation value)
    {
        var unconverted = Flow.OperationShapes.Unconverted(value);
        if (unconverted is IFieldReferenceOperation { Field: { IsStatic: true } field })
        {
            return Parse(field.Name);
        }

        return value.ConstantValue is { HasValue: true, Value: int number } && number is >= 0 and <= 6 ? number : null;
    }

    /// <summary>The argument a level type is passed in (<c>logLevel</c>, <c>level</c>, <c>minimumLevel</c>), or null.</summary>
    public static IArgumentOperation? LevelArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is { Name: "LogLevel" or "LogEventLevel" })
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The library a logging type belongs to, by its namespace's first part.</summary>
    public static LogLibrary LibraryOf(string metadataName)
        => metadataName.StartsWith("Microsoft.Extensions.Logging.", StringComparison.Ordinal) ? LogLibrary.MicrosoftExtensions
            : metadataName.StartsWith("Serilog.", StringComparison.Ordinal) ? LogLibrary.Serilog
            : metadataName.StartsWith("NLog.", StringComparison.Ordinal) ? LogLibrary.NLog
            : metadataName.StartsWith("log4net.", StringComparison.Ordinal) ? LogLibrary.Log4Net
            : LogLibrary.Other;
}

/// <summary>The logging libraries whose levels configuration files can set.</summary>
internal enum LogLibrary
{
    Other,
    MicrosoftExtensions,
    Serilog,
    NLog,
    Log4Net,
}
