using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Log events as a logging target or sink receives them: what the application logged, whatever it was (a citizen's name in a
/// message, a form dumped by a careless call). Their content is personal unless shown otherwise, like request content, so a
/// target that mails or posts the events (a log-to-mail target, a crash reporter's logger) transmits personal data. Written
/// to another log they stay a log (DG1001 drops them, see <see cref="WithoutLogEvents"/>).
/// </summary>
internal static class LogEvents
{
    /// <summary>The event types of NLog, Serilog and log4net (one event, or NLog's asynchronous wrapper of one).</summary>
    private static readonly ImmutableHashSet<string> Types = ImmutableHashSet.Create(StringComparer.Ordinal,
        "NLog.LogEventInfo", "NLog.Common.AsyncLogEventInfo", "Serilog.Events.LogEvent", "log4net.Core.LoggingEvent");

    /// <summary>Simple names of <see cref="Types"/>: the cheap test before the qualified name is built.</summary>
    private static readonly ImmutableHashSet<string> Names = SimpleNames.Of(Types);

    /// <summary>True for a log event, or a batch of them (<c>IEnumerable&lt;LogEvent&gt;</c>, <c>AsyncLogEventInfo[]</c>) as a batching sink gets them.</summary>
    public static bool IsEventOrBatch(ITypeSymbol? type)
        => IsEvent(type)
           || type is IArrayTypeSymbol array && IsEvent(array.ElementType)
           || type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsEvent(generic.TypeArguments[0]);

    private static bool IsEvent(ITypeSymbol? type)
        => type is INamedTypeSymbol named && Names.Contains(named.Name) && Types.Contains(PersonalAttributes.MetadataName(named));

    /// <summary>
    /// Without the log events: a target that writes what it was given to a console, a file or a table is a log, and its
    /// events were judged where the application logged them.
    /// </summary>
    public static Taint WithoutLogEvents(Taint taint)
        => taint.Values.Any(IsLogEventSource) ? Taint.Of(taint.Values.Where(v => !IsLogEventSource(v)).ToImmutableArray()) : taint;

    private static bool IsLogEventSource(PersonalSource source)
        => source.WholeRecord && IsEventOrBatch(OperationShapes.ValueTypeOf(source.Symbol));
}
