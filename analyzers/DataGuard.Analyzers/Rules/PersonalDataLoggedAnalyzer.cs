using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1001: personal data reaches a logging sink (ILogger, [LoggerMessage], Console, Debug/Trace, Serilog, NLog, log4net, the
/// team's <c>dataguard.log_sinks</c>). A record is dumped whole by a <c>{@X}</c> hole or by a configured sink, which serialises
/// its template arguments; a plain <c>{X}</c> hole prints only what <c>ToString()</c> shows.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLoggedAnalyzer : PersonalDataFlowAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataLoggedAnalyzer()
        : base(Descriptors.PersonalDataLogged)
    {
    }

    private protected override bool IsEnabled(DataGuardProfile profile)
        => profile.Sinks.HasAny(SinkKind.Log) || profile.Sinks.HasAny(SinkKind.File) || profile.Sinks.HasAny(SinkKind.Mail) || profile.Sinks.HasAny(SinkKind.Store);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (WrittenLogSink(invocation, profile) is not null || profile.Sinks.Match(invocation, SinkKind.Mail) is not null
               || LogFile(invocation, profile) is not null || LogTable(invocation, profile) is not null || FileWrite(invocation, profile) is not null);

    /// <summary>The log row of a call the logger writes, or null: a call below every configured minimum level is dropped.</summary>
    private static SinkSpec? WrittenLogSink(IInvocationOperation invocation, DataGuardProfile profile)
        => profile.Sinks.Match(invocation, SinkKind.Log) is { } spec && !profile.LogLevels.IsUnwritten(invocation, spec) ? spec : null;

    /// <summary>The row of a write that goes to a file, whatever its folder (what is written may make it a log), or null.</summary>
    private static SinkSpec? FileWrite(IInvocationOperation invocation, DataGuardProfile profile)
        => profile.Sinks.Match(invocation, SinkKind.File) is { } spec && LogDestinations.IsFileWrite(invocation, spec) ? spec : null;

    /// <summary>The entity of an error-log table this call stores a row in, or null.</summary>
    private static string? LogTable(IInvocationOperation invocation, DataGuardProfile profile)
        => profile.Sinks.Match(invocation, SinkKind.Store) is not null ? profile.LogDestinations.LogTable(invocation) : null;

    /// <summary>The constant part of the path that makes this file write a log (<c>logs</c>, <c>mail-drop</c>), or null.</summary>
    private static string? LogFile(IInvocationOperation invocation, DataGuardProfile profile)
        => profile.Sinks.Match(invocation, SinkKind.File) is { } spec ? profile.LogDestinations.LogFile(invocation, spec, profile.Endpoints) : null;

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var profile = evaluator.Profile;
        if (WrittenLogSink(invocation, profile) is not { } logSink)
        {
            InspectLogLikeDestination(invocation, evaluator, diagnostics);
            return;
        }

        var method = invocation.TargetMethod;
        var loggerMessage = logSink.MarkedWith is not null;
        var template = Template(invocation, loggerMessage);
        var holes = MessageTemplates.Holes(template);

        // Serilog ForContext(name, value, destructureObjects: true) destructures the value like a {@X} hole.
        var destructureAll = invocation.Arguments.Any(a => a.Parameter?.Name == "destructureObjects" && a.Value.ConstantValue is { HasValue: true, Value: true });

        // A configured writer without a message template (ErrorXml.Encode(error, writer)) writes the records it is given, as data.
        var position = 0;
        IArgumentOperation? templateArgument = null;
        var afterTemplate = logSink.SerializesArguments && !invocation.Arguments.Any(a => IsTemplateParameter(a.Parameter));
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (IsInfrastructure(parameter, profile) && !CarriedPersonalMembers.ShownBy(argument.Value))
            {
                continue;
            }

            if (!loggerMessage && IsTemplateParameter(parameter))
            {
                Check(argument.Value, destructured: false);
                afterTemplate = true;
                templateArgument = argument;
                continue;
            }

            // A constant template without a hole writes none of the values after it (see MessageTemplates.DropsValues); a
            // sink that serialises its arguments, or destructures them all, writes them anyway.
            if (templateArgument is not null && !logSink.SerializesArguments && !destructureAll && MessageTemplates.DropsValues(templateArgument.Value))
            {
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
                Check(value, destructured: destructureAll || afterTemplate && logSink.SerializesArguments || hole?.StartsWith("@", StringComparison.Ordinal) == true);
                position++;
            }
        }

        void Check(IOperation value, bool destructured)
        {
            var taint = evaluator.Evaluate(value);
            taint = LogEvents.WithoutLogEvents(destructured ? evaluator.Serialize(taint) : evaluator.Stringify(taint));
            if (!taint.IsPersonal || profile.ConsoleScreen.Shows(invocation))
            {
                return;
            }

            if (templateArgument is not null && ForwardedTemplate(templateArgument, diagnostics) is { } templateOrdinal && !logSink.SerializesArguments && !destructureAll)
            {
                diagnostics.AddAfterTemplate(Rule, invocation, taint, MaskTarget.Find(value, evaluator), templateOrdinal, Describe(method));
                return;
            }

            diagnostics.Add(Rule, invocation, taint, MaskTarget.Find(value, evaluator), Describe(method));
        }
    }

    /// <summary>A file under a logs/drop folder, a mail to a configured log address or into a pickup folder: a log by another name.</summary>
    private void InspectLogLikeDestination(IInvocationOperation invocation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var profile = evaluator.Profile;
        string? destination = null;
        var spec = profile.Sinks.Match(invocation, SinkKind.Mail);
        if (spec is not null)
        {
            var logMailbox = TransmissionEndpoint.Recipients(invocation, evaluator).FirstOrDefault(LogDestinations.IsLogMailbox);
            destination = logMailbox.ConfigurationKey is { } key
                ? "mail to the configured address '" + key + "'"
                : (TransmissionEndpoint.Flaws(invocation, evaluator) & ChannelFlaw.PickupDirectory) != 0 ? "mail written to a pickup directory" : null;
        }
        else if (profile.Sinks.Match(invocation, SinkKind.Store) is { } store)
        {
            spec = store;
            destination = LogTable(invocation, profile) is { } table ? "row of the log table '" + table + "'" : null;
        }
        else
        {
            spec = profile.Sinks.Match(invocation, SinkKind.File);
            if (spec is not null && FileWrite(invocation, profile) is not null
                && profile.LogDestinations.WebRootFile(invocation, spec, profile.Endpoints) is { } served
                && InspectServedFile(invocation, spec, served, evaluator, diagnostics))
            {
                return;
            }

            if (spec is { WritesReceiver: true } && FileWrite(invocation, profile) is { } whole)
            {
                // The mail itself is what is written (its arguments are the path): a drop whatever the folder is called.
                InspectRecordWrittenToFile(invocation, whole, evaluator, diagnostics);
                return;
            }

            if (spec is not null && LogFile(invocation, profile) is { } fragment)
            {
                destination = "file under '" + fragment + "'";
            }
            else if (FileWrite(invocation, profile) is { } write)
            {
                InspectRecordWrittenToFile(invocation, write, evaluator, diagnostics);
                return;
            }
        }

        if (spec is null || destination is null)
        {
            return;
        }

        var description = Describe(invocation.TargetMethod) + " (" + destination + ")";
        foreach (var argument in invocation.Arguments)
        {
            if (IsInfrastructure(argument.Parameter, profile) || argument.Parameter is { } p && spec.PathParameters.Contains(p.Name))
            {
                continue;
            }

            var evaluated = evaluator.Evaluate(argument.Value);
            var taint = spec.Kind is SinkKind.Mail or SinkKind.Store ? evaluator.Serialize(evaluated) : evaluator.Stringify(evaluated);
            if (spec.Kind == SinkKind.Store)
            {
                taint = ColumnsOnly(taint);
            }

            if (spec.Kind != SinkKind.Mail)
            {
                // Log events written to a file or a table stay a log; mailed to a log address they leave it.
                taint = LogEvents.WithoutLogEvents(taint);
            }
            else
            {
                taint = MailContent.WithoutOwnRecipients(taint, evaluated);
            }

            if (taint.IsPersonal)
            {
                diagnostics.Add(Rule, invocation, taint, MaskTarget.Find(argument.Value, evaluator), description);
                return;
            }
        }

        // FluentEmail: the body was set on the builder the send is called on (the arguments were judged above).
        if (spec.Kind == SinkKind.Mail && invocation.Instance is { } builder && evaluator.Serialize(evaluator.Evaluate(builder)) is { IsPersonal: true } built)
        {
            diagnostics.Add(Rule, invocation, built, null, description);
        }
    }

    /// <summary>
    /// A file under the publicly served web root is published to anyone who guesses its URL: a person's uploaded file copied
    /// there (a photo, signature, fingerprint, prescription) or personal data written into it is reported. True when reported.
    /// </summary>
    private bool InspectServedFile(IInvocationOperation invocation, SinkSpec spec, string served, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var description = Describe(invocation.TargetMethod) + " (a file under the publicly served web root '" + served + "')";
        if (spec.WritesReceiver)
        {
            if (WalkShapes.Receiver(invocation) is not { } file || PersonalUploads.Owner(file, evaluator.Profile.Classifier) is not { } owner)
            {
                return false;
            }

            diagnostics.Add(Rule, invocation, Taint.Of(new PersonalSource(owner, file.Syntax.GetLocation())), null, description);
            return true;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (IsInfrastructure(argument.Parameter, evaluator.Profile) || argument.Parameter is { } p && spec.PathParameters.Contains(p.Name))
            {
                continue;
            }

            var taint = LogEvents.WithoutLogEvents(evaluator.Stringify(evaluator.Evaluate(argument.Value)));
            if (taint.IsPersonal)
            {
                diagnostics.Add(Rule, invocation, taint, MaskTarget.Find(argument.Value, evaluator), description);
                return true;
            }

            if (GeneratedDocuments.Source(argument.Value, evaluator.Profile.Classifier) is { } record)
            {
                diagnostics.Add(Rule, invocation, Taint.Of(new PersonalSource(Named(record), record.Syntax.GetLocation())), null, description + " (a document generated from a person's record)");
                return true;
            }

            // The bytes of a person's upload, copied through a stream: File.WriteAllBytesAsync(path, ms.ToArray()).
            if (PersonalUploads.Owner(argument.Value, evaluator.Profile.Classifier) is { } upload)
            {
                diagnostics.Add(Rule, invocation, Taint.Of(new PersonalSource(upload, argument.Value.Syntax.GetLocation())), null, description);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A row stored in a table holds its columns: a navigation (<c>AuditLog.User</c>) is a row of its own table, not written
    /// into the log's. An audit trail that stores <c>UserId</c> beside a user navigation does not copy the user into the log.
    /// </summary>
    private static Taint ColumnsOnly(Taint taint)
        => taint.Values.Any(v => PersonalDataClassifier.IsNavigation(v.Symbol))
            ? Taint.Of(taint.Values.Where(v => !PersonalDataClassifier.IsNavigation(v.Symbol)).ToImmutableArray())
            : taint;

    /// <summary>
    /// A file whose folder says nothing is a log by what is written to it: a mail's recipients or body (a mail drop, such as a
    /// debug sender that saves each mail to a folder), or the personal data of an error or log record (a JSON error store).
    /// </summary>
    private void InspectRecordWrittenToFile(IInvocationOperation invocation, SinkSpec spec, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var description = Describe(invocation.TargetMethod);
        if (spec.WritesReceiver && invocation.Instance is { } mail && MailContent.IsMail(mail.Type))
        {
            diagnostics.Add(Rule, invocation, Taint.Of(new PersonalSource(Named(mail), mail.Syntax.GetLocation())), null, description + " (a mail written to a file: a mail drop)");
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (IsInfrastructure(argument.Parameter, evaluator.Profile) || argument.Parameter is { } p && spec.PathParameters.Contains(p.Name))
            {
                continue;
            }

            if (MailContent.CarriedIn(argument.Value, evaluator.Profile.StoredValues, evaluator.Profile.Bodies) is { } read)
            {
                diagnostics.Add(Rule, invocation, Taint.Of(new PersonalSource(read.Member, read.Syntax.GetLocation())), null,
                    description + " (a mail's recipients or body written to a file: a mail drop)");
                return;
            }

            var taint = LogEvents.WithoutLogEvents(evaluator.Stringify(evaluator.Evaluate(argument.Value)));
            if (taint.IsPersonal && taint.Values.Any(v => LogDestinations.IsLogEntryType(v.Symbol.ContainingType)))
            {
                diagnostics.Add(Rule, invocation, taint, MaskTarget.Find(argument.Value, evaluator), description + " (an error record written to a file)");
                return;
            }
        }
    }

    /// <summary>The local, parameter or member an object written whole is read from, else its type: the name the report shows.</summary>
    private static ISymbol Named(IOperation value)
        => (ISymbol?)(value as ILocalReferenceOperation)?.Local ?? (ISymbol?)(value as IParameterReferenceOperation)?.Parameter
           ?? (value as IMemberReferenceOperation)?.Member ?? value.Type!;

    /// <summary>
    /// While summarizing a wrapper: the ordinal of the wrapper's own parameter passed on as this sink's template, whose
    /// callers decide whether the values after it are written; null otherwise.
    /// </summary>
    private static int? ForwardedTemplate(IArgumentOperation template, DiagnosticCollector diagnostics)
        => diagnostics.Summarizing
           && OperationShapes.Unconverted(template.Value) is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.LambdaMethod or MethodKind.LocalFunction) } } parameter }
            ? parameter.Ordinal
            : null;

    private static bool IsTemplateParameter(IParameterSymbol? parameter)
        => parameter is { Type.SpecialType: SpecialType.System_String } && parameter.Name is "message" or "messageTemplate" or "format";

    private static string? Template(IInvocationOperation invocation, bool loggerMessage)
    {
        if (loggerMessage)
        {
            return LoggerMessageMethods.Argument(invocation.TargetMethod, "Message") as string;
        }

        return invocation.Arguments.FirstOrDefault(a => IsTemplateParameter(a.Parameter))?.Value.ConstantValue.Value as string;
    }
}
