using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Log events as a logging target or sink receives them: what the application logged, whatever it was (a citizen's name in a
/// message, a form dumped by a careless call). Their content is personal unless shown otherwise, like request content, so a
/// target that mails or posts the events (a log-to-mail appender, a crash reporter's logger) transmits personal data. Written
/// to another log they stay a log (DG1001 drops them, see <see cref="WithoutLogEvents"/>).
/// Where each framework hands them over is a row of the sink table (<see cref="SinkKind.LogEventReceiver"/>): the type, the
/// method a target overrides or implements, and the parameters that receive the log — which also covers parameters whose type
/// says nothing (<c>ILogger.Log&lt;TState&gt;</c>'s <c>state</c> and <c>exception</c>).
/// </summary>
internal static class LogEvents
{
    /// <summary>The event types of NLog, Serilog and log4net (one event, or NLog's asynchronous wrapper of one).</summary>
    private static readonly ImmutableHashSet<string> Types = ImmutableHashSet.Create(StringComparer.Ordinal,
        "NLog.LogEventInfo", "NLog.Common.AsyncLogEventInfo", "Serilog.Events.LogEvent", "log4net.Core.LoggingEvent");

    /// <summary>Simple names of <see cref="Types"/>: the cheap test before the qualified name is built.</summary>
    private static readonly ImmutableHashSet<string> Names = SimpleNames.Of(Types);

    /// <summary>The sink table's receiver rows, and their method names: the cheap test before overrides are followed.</summary>
    private static readonly ImmutableArray<SinkSpec> Receivers = SinkTable.Default.Where(s => s.Kind == SinkKind.LogEventReceiver).ToImmutableArray();

    private static readonly ImmutableHashSet<string> ReceiverMethods = Receivers.SelectMany(r => r.Methods).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Overrides followed up to the framework's declaration: target hierarchies are shallow.</summary>
    private const int MaxOverrideDepth = 8;

    /// <summary>True for a log event, or a batch of them (<c>IEnumerable&lt;LogEvent&gt;</c>, <c>AsyncLogEventInfo[]</c>) as a batching sink gets them.</summary>
    public static bool IsEventOrBatch(ITypeSymbol? type)
        => IsEvent(type)
           || type is IArrayTypeSymbol array && IsEvent(array.ElementType)
           || type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && IsEvent(generic.TypeArguments[0]);

    private static bool IsEvent(ITypeSymbol? type)
        => type is INamedTypeSymbol named && Names.Contains(named.Name) && Types.Contains(PersonalAttributes.MetadataName(named));

    /// <summary>
    /// True for a member of a log event that holds what was logged although it is not text: log4net's <c>MessageObject</c> and
    /// <c>ExceptionObject</c>, NLog's <c>Parameters</c> and <c>Exception</c>. Its level, time and logger name are not data.
    /// </summary>
    public static bool IsContentMember(ISymbol member, ITypeSymbol? owner)
        => IsEvent(owner) && OperationShapes.ValueTypeOf(member) is { } type
           && (type.SpecialType == SpecialType.System_Object || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object }
               || BaseTypes.Any(type, t => t.Name == "Exception" && t.ContainingNamespace?.Name == "System"));

    /// <summary>
    /// True for a parameter through which a logging framework hands a target the application's log: a parameter of an
    /// override or implementation of a receiver row's method, at the position of one of the row's event parameters.
    /// </summary>
    public static bool IsReceived(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol method && ReceiverMethods.Contains(method.Name)
           && FrameworkDeclaration(method) is { } declaration && parameter.Ordinal < declaration.Method.Parameters.Length
           && declaration.Row.EventParameters.Contains(declaration.Method.Parameters[parameter.Ordinal].Name);

    /// <summary>The framework method (and its row) that <paramref name="method"/> overrides or implements, or null.</summary>
    private static (IMethodSymbol Method, SinkSpec Row)? FrameworkDeclaration(IMethodSymbol method)
    {
        var current = method.OriginalDefinition;
        for (var depth = 0; current is not null && depth < MaxOverrideDepth; current = current.OverriddenMethod?.OriginalDefinition, depth++)
        {
            if (RowOf(current) is { } row)
            {
                return (current, row);
            }
        }

        foreach (var declared in method.ExplicitInterfaceImplementations)
        {
            if (RowOf(declared.OriginalDefinition) is { } row)
            {
                return (declared.OriginalDefinition, row);
            }
        }

        return method.ContainingType is { } owner ? ImplementedInterfaceMember(method, owner) : null;
    }

    private static (IMethodSymbol Method, SinkSpec Row)? ImplementedInterfaceMember(IMethodSymbol method, INamedTypeSymbol owner)
    {
        foreach (var @interface in owner.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (member is IMethodSymbol declared && RowOf(declared.OriginalDefinition) is { } row
                    && SymbolEqualityComparer.Default.Equals(owner.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method.OriginalDefinition))
                {
                    return (declared.OriginalDefinition, row);
                }
            }
        }

        return null;
    }

    private static SinkSpec? RowOf(IMethodSymbol method)
    {
        if (method.ContainingType is not { } type)
        {
            return null;
        }

        var name = PersonalAttributes.MetadataName(type.OriginalDefinition);
        foreach (var row in Receivers)
        {
            if (row.TypeName == name && row.Covers(method.Name))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>
    /// Without the log events: a target that writes what it was given to a console, a file or a table is a log, and its
    /// events were judged where the application logged them.
    /// </summary>
    public static Taint WithoutLogEvents(Taint taint)
        => taint.Values.Any(IsLogEventSource) ? Taint.Of(taint.Values.Where(v => !IsLogEventSource(v)).ToImmutableArray()) : taint;

    /// <summary>
    /// Only the log events of <paramref name="taint"/>; with <paramref name="keepMarkers"/>, also a summarized method's
    /// parameters, whose callers say what they hold.
    /// </summary>
    public static Taint Only(Taint taint, bool keepMarkers)
        => Taint.Of(taint.Values.Where(v => v.IsMarker ? keepMarkers : IsLogEventSource(v)).ToImmutableArray());

    /// <summary>True for a parameter that holds log events: one a framework hands its target, or of an event type.</summary>
    public static bool Holds(IParameterSymbol parameter) => IsReceived(parameter) || IsEventOrBatch(parameter.Type);

    private static bool IsLogEventSource(PersonalSource source)
        => source.WholeRecord && (IsEventOrBatch(OperationShapes.ValueTypeOf(source.Symbol)) || source.Symbol is IParameterSymbol parameter && IsReceived(parameter));
}
