using System;
using System.Collections.Generic;
using System.Threading;
using DataGuard.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// DG1001's level decision: a log call below the minimum level that every applicable setting of the program's configuration
/// files gives (<c>LogDebug</c> under Serilog's <c>MinimumLevel: Information</c>) is dropped by the logger, so nothing it
/// is given reaches a log. Sound, not hopeful: with no configuration files (a class library), no setting that applies to the
/// call's library, a level the files or the code set lower anywhere (any category override, any environment's file,
/// appsettings.Development.json included), or a level the call computes, the call is written.
/// </summary>
internal sealed class UnwrittenLogLevels
{
    private readonly AppSettings _settings;
    private readonly Lazy<int?> _codeFloor;
    private readonly Lazy<int?>[] _fileFloors;
    private readonly Compilation _compilation;
    private readonly Lazy<bool> _unseenProvider;

    public UnwrittenLogLevels(AppSettings settings, Compilation compilation, Flow.SourceSyntax syntax, Flow.SourceBodies bodies)
    {
        _settings = settings;
        _compilation = compilation;
        _unseenProvider = new Lazy<bool>(FindUnseenProvider, LazyThreadSafetyMode.ExecutionAndPublication);
        _codeFloor = new Lazy<int?>(() => CodeConfiguredLogLevels.Lowest(syntax, bodies), LazyThreadSafetyMode.ExecutionAndPublication);
        _fileFloors = new Lazy<int?>[5];
        for (var i = 0; i < _fileFloors.Length; i++)
        {
            var library = (LogLibrary)i;
            _fileFloors[i] = new Lazy<int?>(() => FileFloor(library), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>True when the logger drops this call (of the log row <paramref name="spec"/>) wherever the program runs.</summary>
    public bool IsUnwritten(IInvocationOperation invocation, SinkSpec spec)
    {
        var library = LogLevelScale.LibraryOf(spec.TypeName);
        if (library == LogLibrary.Other || spec.DelegateTakingFirst is not null || !_settings.HasFiles
            || (spec.MarkedWith is null ? CallLevel(invocation, library) : AttributeLevel(invocation.TargetMethod)) is not { } level)
        {
            return false;
        }

        return _fileFloors[(int)library].Value is { } floor && level < floor
               && !(_codeFloor.Value is { } code && code <= level)
               && !(library == LogLibrary.MicrosoftExtensions && HasUnseenProvider());
    }

    /// <summary>
    /// True when a MEL call may end in a provider whose levels live where this analysis does not look and which sets MEL's
    /// own filters aside: log4net (<c>AddLog4Net</c>: XML files) or NLog (<c>UseNLog</c>, <c>AddNLog</c>: <c>nlog.config</c>,
    /// with <c>RemoveLoggerFactoryFilter</c> on by default) when no configuration file has NLog rules. Found by the wiring
    /// call's name in the source, as a referenced assembly alone wires nothing.
    /// </summary>
    private bool HasUnseenProvider() => _unseenProvider.Value;

    private bool FindUnseenProvider()
    {
        var nlogUnseen = _fileFloors[(int)LogLibrary.NLog].Value is null;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var text = tree.GetText().ToString();
            if (text.IndexOf("AddLog4Net", StringComparison.Ordinal) >= 0
                || nlogUnseen && (text.IndexOf("UseNLog", StringComparison.Ordinal) >= 0 || text.IndexOf("AddNLog", StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The level a call logs at: by its name (<c>LogDebug</c>, <c>Verbose</c>, <c>DebugFormat</c>) or its constant level argument.</summary>
    private static int? CallLevel(IInvocationOperation invocation, LogLibrary library)
    {
        var name = invocation.TargetMethod.Name;
        if (library == LogLibrary.MicrosoftExtensions && name.StartsWith("Log", StringComparison.Ordinal) && name.Length > 3)
        {
            name = name.Substring(3);
        }
        else if (library == LogLibrary.NLog && name.StartsWith("Conditional", StringComparison.Ordinal))
        {
            name = name.Substring("Conditional".Length);
        }
        else if (library == LogLibrary.Log4Net && name.EndsWith("Format", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Format".Length);
        }

        if (LogLevelScale.Parse(name) is { } named)
        {
            return named;
        }

        return name is "Log" or "Write" && LogLevelScale.LevelArgument(invocation) is { } argument ? LogLevelScale.Of(argument.Value) : null;
    }

    /// <summary>The level a <c>[LoggerMessage(Level = LogLevel.Debug)]</c> method logs at, by its attribute; null when the level is a parameter.</summary>
    private static int? AttributeLevel(IMethodSymbol method) => LoggerMessageMethods.Argument(method, "Level") as int?;

    /// <summary>
    /// The lowest level the configuration files let through for calls of <paramref name="library"/>, or null when no file sets
    /// one. A MEL call may end in any provider — MEL's own filters, Serilog behind <c>UseSerilog</c>, NLog behind
    /// <c>UseNLog</c> — so every library's settings apply to it. log4net reads only its XML file, which is not passed here.
    /// </summary>
    private int? FileFloor(LogLibrary library)
    {
        int? floor = null;
        var nlogRules = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in _settings.AllValues())
        {
            var parts = pair.Key.Split(':');
            if (library is LogLibrary.MicrosoftExtensions && IsMicrosoftLevel(parts)
                || library is LogLibrary.MicrosoftExtensions or LogLibrary.Serilog && IsSerilogLevel(parts))
            {
                floor = Lower(floor, LevelOf(pair.Value));
            }
            else if (library is LogLibrary.MicrosoftExtensions or LogLibrary.NLog && parts.Length >= 4 && Is(parts[0], "NLog") && Is(parts[1], "rules"))
            {
                NLogRule(nlogRules, parts, pair.Value);
            }
        }

        foreach (var rule in nlogRules.Values)
        {
            floor = Lower(floor, rule ?? LogLevelScale.Lowest);
        }

        return floor;
    }

    /// <summary><c>Logging:LogLevel:&lt;category&gt;</c> or a provider's <c>Logging:Console:LogLevel:&lt;category&gt;</c>.</summary>
    private static bool IsMicrosoftLevel(string[] parts)
        => parts.Length >= 3 && Is(parts[0], "Logging") && (Is(parts[1], "LogLevel") || parts.Length >= 4 && Is(parts[2], "LogLevel"));

    /// <summary>
    /// <c>Serilog:MinimumLevel</c> as a string, its <c>Default</c>, every <c>Override</c>, its <c>ControlledBy</c> (a switch's
    /// name: not a level, so the lowest) and the <c>LevelSwitches</c> that code may hand out.
    /// </summary>
    private static bool IsSerilogLevel(string[] parts)
        => parts.Length >= 2 && Is(parts[0], "Serilog") && (Is(parts[1], "MinimumLevel") || Is(parts[1], "LevelSwitches"));

    /// <summary>
    /// One NLog rule of <c>NLog:rules</c> (by index or name): the lowest of its <c>minLevel</c>, <c>finalMinLevel</c>,
    /// <c>level</c> and <c>levels</c>; a rule with none of them takes every level.
    /// </summary>
    private static void NLogRule(Dictionary<string, int?> rules, string[] parts, string value)
    {
        var field = parts[3];
        var isLevel = parts.Length == 4 && (Is(field, "minLevel") || Is(field, "finalMinLevel") || Is(field, "level") || Is(field, "levels"));
        rules.TryGetValue(parts[2], out var known);
        rules[parts[2]] = isLevel ? Math.Min(known ?? int.MaxValue, LevelOf(value)) : known;
    }

    /// <summary>A configured level (<c>Debug</c>, <c>Info,Warn</c>); text that names none is the lowest, as it may let anything through.</summary>
    private static int LevelOf(string text)
    {
        var lowest = int.MaxValue;
        foreach (var part in text.Split(','))
        {
            lowest = Math.Min(lowest, LogLevelScale.Parse(part) ?? LogLevelScale.Lowest);
        }

        return lowest;
    }

    private static int? Lower(int? floor, int level) => floor is { } known ? Math.Min(known, level) : level;

    private static bool Is(string part, string name) => string.Equals(part, name, StringComparison.OrdinalIgnoreCase);
}
