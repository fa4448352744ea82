using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The minimum levels the program's own code sets, whatever its configuration files say: MEL's <c>SetMinimumLevel</c> and
/// <c>AddFilter</c>, Serilog's <c>MinimumLevel.Debug()</c> / <c>Is</c> / <c>Override</c> / <c>ControlledBy</c> and level
/// switches, NLog's <c>AddRule</c> and filters. Found from syntax by name, bound only when the name matches; a level the code
/// computes counts as the lowest, since it may be anything.
/// </summary>
internal static class CodeConfiguredLogLevels
{
    private static readonly HashSet<string> Setters = new(StringComparer.Ordinal)
    {
        "SetMinimumLevel", "AddFilter", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Is", "ControlledBy", "Override",
        "AddRule", "AddRuleForAllLevels", "AddRuleForOneLevel", "FilterMinLevel", "FilterLevel", "FilterLevels",
    };

    /// <summary>Properties that set a minimum level when assigned (Serilog's and NLog's configuration objects).</summary>
    private static readonly string[] LevelMembers = { "MinimumLevel", "MinLevel" };

    /// <summary>The lowest level the compilation's code sets, or null when it sets none.</summary>
    public static int? Lowest(Flow.SourceSyntax syntax, Flow.SourceBodies bodies)
    {
        int? lowest = null;
        foreach (var node in Candidates(syntax))
        {
            if (Level(bodies.Model(node.SyntaxTree).GetOperation(node)) is { } level)
            {
                lowest = lowest is { } known ? Math.Min(known, level) : level;
            }
        }

        return lowest;
    }

    /// <summary>The setters' calls by name, <c>new …LoggingLevelSwitch(…)</c> and <c>x.MinimumLevel = …</c>, from the source's syntax index.</summary>
    private static IEnumerable<SyntaxNode> Candidates(Flow.SourceSyntax syntax)
    {
        foreach (var setter in Setters)
        {
            foreach (var call in syntax.Calls(setter))
            {
                if (call.Expression is MemberAccessExpressionSyntax or IdentifierNameSyntax)
                {
                    yield return call;
                }
            }
        }

        foreach (var creation in syntax.Creations)
        {
            if (creation.Type.ToString().EndsWith("LoggingLevelSwitch", StringComparison.Ordinal))
            {
                yield return creation;
            }
        }

        foreach (var assigned in LevelMembers)
        {
            foreach (var assignment in syntax.AssignmentsTo(assigned))
            {
                if (assignment.Left is MemberAccessExpressionSyntax)
                {
                    yield return assignment;
                }
            }
        }
    }

    /// <summary>The level a bound setter sets; null when it is no logging library's level setter.</summary>
    private static int? Level(IOperation? operation) => operation switch
    {
        IInvocationOperation invocation when IsLibrary(invocation.TargetMethod.ContainingType) => InvocationLevel(invocation),
        IObjectCreationOperation creation when IsLibrary(creation.Type) => creation.Arguments.Length == 0 || creation.Arguments[0].IsImplicit
            ? LogLevelScale.Parse("Information")
            : LogLevelScale.Of(creation.Arguments[0].Value) ?? LogLevelScale.Lowest,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when IsLibrary(property.Property.ContainingType)
            => LogLevelScale.Of(assignment.Value) ?? LogLevelScale.Lowest,
        _ => null,
    };

    private static int? InvocationLevel(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType.Name == "LoggerMinimumLevelConfiguration" && LogLevelScale.Parse(method.Name) is { } named)
        {
            return named;
        }

        if (LogLevelScale.Parse(method.Name) is not null)
        {
            // Log.Debug(...) and its kind log; they set nothing.
            return null;
        }

        return LogLevelScale.LevelArgument(invocation) is { } argument ? LogLevelScale.Of(argument.Value) ?? LogLevelScale.Lowest : LogLevelScale.Lowest;
    }

    private static bool IsLibrary(ITypeSymbol? type)
        => type is not null && LogLevelScale.LibraryOf(type.ContainingNamespace?.ToDisplayString() + ".") is LogLibrary.MicrosoftExtensions or LogLibrary.Serilog or LogLibrary.NLog;
}
