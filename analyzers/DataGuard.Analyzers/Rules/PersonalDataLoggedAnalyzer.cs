using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>DG1001: personal data reaches a logging sink (ILogger, [LoggerMessage], Console, Debug/Trace, Serilog, NLog, log4net).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggedAnalyzer : PersonalDataFlowAnalyzer
{
    private const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";

    private static readonly Regex Placeholder = new(@"(?<!\{)\{([^{}]+)\}", RegexOptions.Compiled);

    private protected override DiagnosticDescriptor Rule => Descriptors.PersonalDataLogged;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.Log);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (profile.Sinks.Match(invocation.TargetMethod, SinkKind.Log) is not null || IsLoggerMessage(invocation.TargetMethod)
               || IsLoggerMessageDelegate(invocation.TargetMethod) || IsConsoleWriter(invocation));

    /// <summary><c>Console.Out.WriteLine(…)</c> and <c>Console.Error.Write(…)</c>.</summary>
    private static bool IsConsoleWriter(IInvocationOperation invocation)
        => invocation.TargetMethod.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync"
           && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error", Property.ContainingType.Name: "Console" } console
           && console.Property.ContainingType.ContainingNamespace?.Name == "System";

    /// <summary>The delegate made by <c>LoggerMessage.Define</c>: <c>Action&lt;ILogger, T1, …, Exception?&gt;</c>.</summary>
    private static bool IsLoggerMessageDelegate(IMethodSymbol method)
        => method.MethodKind == MethodKind.DelegateInvoke && method.Parameters.Length > 1
           && method.Parameters[0].Type is { Name: "ILogger" } logger && logger.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging";

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var profile = evaluator.Profile;
        var method = invocation.TargetMethod;
        var template = Template(invocation);
        var holes = template is null ? new List<string>() : Placeholder.Matches(template).Cast<Match>().Select(m => m.Groups[1].Value.Trim()).ToList();
        var loggerMessage = IsLoggerMessage(method);

        var position = 0;
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (IsInfrastructure(parameter, profile))
            {
                continue;
            }

            if (!loggerMessage && IsTemplateParameter(parameter))
            {
                Check(argument.Value, destructured: false);
                continue;
            }

            var values = parameter is { IsParams: true } && argument.Value is IArrayCreationOperation { Initializer: { } initializer } && argument.IsImplicit
                ? initializer.ElementValues
                : (IEnumerable<IOperation>)new[] { argument.Value };
            foreach (var value in values)
            {
                var hole = loggerMessage
                    ? holes.FirstOrDefault(h => string.Equals(h.TrimStart('@', '$').Split(':', ',')[0], parameter?.Name, StringComparison.OrdinalIgnoreCase))
                    : position < holes.Count ? holes[position] : null;
                Check(value, destructured: hole?.StartsWith("@", StringComparison.Ordinal) == true);
                position++;
            }
        }

        void Check(IOperation value, bool destructured)
        {
            var taint = evaluator.Evaluate(value);
            taint = destructured ? evaluator.Serialize(taint) : evaluator.Stringify(taint);
            if (taint.IsPersonal)
            {
                diagnostics.Add(Rule, invocation, taint, evaluator.FindMaskable(value), Describe(method));
            }
        }
    }

    private static bool IsTemplateParameter(IParameterSymbol? parameter)
        => parameter is { Type.SpecialType: SpecialType.System_String } && parameter.Name is "message" or "messageTemplate" or "format";

    private static string? Template(IInvocationOperation invocation)
    {
        if (IsLoggerMessage(invocation.TargetMethod))
        {
            var attribute = invocation.TargetMethod.GetAttributes().First(a => a.AttributeClass is { } c && PersonalAttributes.MetadataName(c) == LoggerMessageAttribute);
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Message" && named.Value.Value is string message)
                {
                    return message;
                }
            }

            var parameters = attribute.AttributeConstructor?.Parameters ?? default;
            for (var i = 0; i < attribute.ConstructorArguments.Length && !parameters.IsDefault && i < parameters.Length; i++)
            {
                if (parameters[i].Name == "message" && attribute.ConstructorArguments[i].Value is string message)
                {
                    return message;
                }
            }

            return null;
        }

        return invocation.Arguments.FirstOrDefault(a => IsTemplateParameter(a.Parameter))?.Value.ConstantValue.Value as string;
    }

    private static bool IsLoggerMessage(IMethodSymbol method)
        => (method.IsPartialDefinition || method.PartialDefinitionPart is not null) && PersonalAttributes.Has(method, LoggerMessageAttribute);
}
