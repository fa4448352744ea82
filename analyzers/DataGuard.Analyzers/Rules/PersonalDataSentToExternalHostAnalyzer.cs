using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sources;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1005: personal data sent to a messaging or webhook API or to an address a webhook subscriber registered (always), to a
/// public mail service, or — when an allowlist is configured — to any host or mail domain outside <c>dataguard.allowed_hosts</c>;
/// without an allowlist, a client's request content (a crash report's copy of the request) sent to any constant public host;
/// and log events handed to a sending method of another assembly, whose address this compilation cannot see.
/// Every constant the address can take counts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSentToExternalHostAnalyzer : PersonalDataFlowAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataSentToExternalHostAnalyzer()
        : base(Descriptors.PersonalDataSentToExternalHost)
    {
    }

    private protected override bool SendsArgumentsWhole => true;

    private protected override bool IsEnabled(DataGuardProfile profile)
        => profile.Sinks.HasAny(SinkKind.Transmit) || profile.Sinks.HasAny(SinkKind.Messaging) || profile.Sinks.HasAny(SinkKind.Mail);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (profile.Sinks.Match(invocation, SinkKind.Transmit) is not null || profile.Sinks.Match(invocation, SinkKind.Messaging) is not null
               || profile.Sinks.Match(invocation, SinkKind.Mail) is not null || profile.Sinks.IsForeignTransmitter(invocation.TargetMethod));

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        var sinks = evaluator.Profile.Sinks;
        if (sinks.IsForeignTransmitter(invocation.TargetMethod))
        {
            ReportLogEvents(invocation, evaluator, diagnostics);
            if (!sinks.IsMailService(invocation.TargetMethod))
            {
                return;
            }
        }

        if (ExternalHost(invocation, evaluator) is { } host)
        {
            ReportPersonalPayload(invocation, evaluator, diagnostics, host, Describe(invocation.TargetMethod));
        }
        else if (!evaluator.Profile.Hosts.HasAllowList && VendorHost(invocation, evaluator) is { } vendor)
        {
            ReportRequestContent(invocation, evaluator, diagnostics, vendor);
        }
    }

    /// <summary>
    /// Without an allowlist nobody has said which hosts may receive personal data, and a partner API given the fields it needs
    /// (a plate to an insurer) is a purpose-bound transfer the team decides on. A client's whole request — form, headers,
    /// cookies, body — sent to a vendor (Raygun, Bugsnag, Rollbar, Exceptionless) serves no such purpose: a constant public host
    /// receiving it is reported whatever is configured.
    /// </summary>
    private static string? VendorHost(IInvocationOperation invocation, TaintEvaluator evaluator)
        => evaluator.Profile.Sinks.Match(invocation, SinkKind.Transmit) is { } transmit
            ? TransmissionEndpoint.Of(invocation, transmit, evaluator).FirstOrDefault(ExternalHosts.IsPublicHost).Host
            : null;

    private void ReportRequestContent(IInvocationOperation invocation, TaintEvaluator evaluator, DiagnosticCollector diagnostics, string host)
    {
        // A wrapper's parameter (a marker) that reaches the vendor is kept: its callers hand in the report (see WrapperSink).
        var content = RequestContent.Only(Payload(invocation, evaluator, evaluator.Profile), evaluator.Profile.Classifier, keepMarkers: true);
        if (content.IsPersonal)
        {
            diagnostics.AddRequestContent(Rule, invocation, content, MaskTarget.InArguments(invocation, evaluator), host, Describe(invocation.TargetMethod));
        }
    }

    /// <summary>
    /// Log events handed to a method of another assembly that sends them (<see cref="Sinks.ForeignTransmitters"/>): a sink,
    /// target or appender that ships the application's whole log to an address this compilation cannot see — set in the
    /// other assembly or in configuration — sends whatever was logged. Only the events count: a partner API's client given
    /// the fields it needs is judged by the other rules where its address is known.
    /// </summary>
    private void ReportLogEvents(IInvocationOperation invocation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var events = LogEvents.Only(Payload(invocation, evaluator, evaluator.Profile, MailedRecipients(invocation, evaluator) ?? TextedContent(invocation)), keepMarkers: true);
        if (events.IsPersonal)
        {
            var method = invocation.TargetMethod;
            var destination = "the address " + method.ContainingType.Name + " (" + method.ContainingAssembly.Name + ") sends to";
            diagnostics.AddLogEvents(Rule, invocation, events, MaskTarget.InArguments(invocation, evaluator), destination, Describe(method));
        }
    }

    /// <summary>
    /// The recipient parameters of another assembly's mail or notification client (GOV.UK Notify's <c>SendEmailAsync(emailAddress,
    /// …)</c>, a provider's <c>SendAsync(to, …)</c>): the address handed there is the one the provider exists to deliver to, as an
    /// SMTP client's recipient is (round 27). Decided by the parameter's role in the sink table's row, not by the product. When no
    /// recipient is a constant or configured address — the program's own users or customers, looked up by id or preferences
    /// (round 33: notifications to a landlord's staff) — the subject and body go to the person they are addressed to, no
    /// external host (issue 10 §3): only what the provider keeps besides (a reference) is judged.
    /// </summary>
    private static ImmutableHashSet<string>? MailedRecipients(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var sinks = evaluator.Profile.Sinks;
        if (!sinks.IsMailService(invocation.TargetMethod) || sinks.Match(invocation, SinkKind.Mail)?.RecipientParameters is not { IsEmpty: false } recipients)
        {
            return null;
        }

        return TransmissionEndpoint.Recipients(invocation, evaluator).IsEmpty ? recipients.Union(SinkTable.MessageContent) : recipients;
    }

    /// <summary>
    /// An SMS sender of another assembly (<c>ISMSService.SendSMSAsync(phoneNumber, message)</c>) whose recipient — the text
    /// parameter named as a recipient or a phone — is no constant or configured number: the message goes to the person whose
    /// number the program looked up, as a mail to a looked-up address does (<see cref="MailedRecipients"/>).
    /// </summary>
    private static ImmutableHashSet<string>? TextedContent(IInvocationOperation invocation)
    {
        if (!SmsRecipients.IsSmsSender(invocation.TargetMethod))
        {
            return null;
        }

        var recipients = invocation.Arguments.Where(a => a.Parameter is { Type.SpecialType: SpecialType.System_String } p && IsNumberSlot(p.Name)).ToList();
        return recipients.Count > 0 && !recipients.Any(a => OperatorValues.IsOperatorValue(a.Value)) ? SinkTable.MessageContent : null;
    }

    private static bool IsNumberSlot(string name)
        => FilledRecipients.IsRecipientName(name) || IdentifierWords.Words(name).Any(w => w is "phone" or "mobile" or "cellphone");

    /// <summary>
    /// An SMS sender's recipient number handed to the provider's API (Twilio's <c>Messages.json</c> given <c>To</c>, a gateway's
    /// <c>phones</c> or <c>Destinations</c>) is what the provider exists to deliver to, as a mail service's recipients are
    /// (<see cref="MailedRecipients"/>, round 29); a log line or URL with it is still reported by the other rules.
    /// </summary>
    private protected override Taint Received(Taint payload) => payload.Without(source => SmsRecipients.IsRecipientSlot(source.Symbol));

    private static string? ExternalHost(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var sinks = evaluator.Profile.Sinks;
        var hosts = evaluator.Profile.Hosts;
        if (sinks.Match(invocation, SinkKind.Messaging) is { } messaging)
        {
            return messaging.TypeName;
        }

        if (sinks.Match(invocation, SinkKind.Mail) is { } mail)
        {
            var recipient = TransmissionEndpoint.Recipients(invocation, evaluator)
                .FirstOrDefault(e => e.IsMailbox && (ExternalHosts.IsPublicMailbox(e) || hosts.IsOutsideAllowList(e)));
            if (recipient.IsMailbox)
            {
                return recipient.Display;
            }

            return TransmissionEndpoint.Of(invocation, mail, evaluator).FirstOrDefault(hosts.IsOutsideAllowList).Host;
        }

        var endpoint = TransmissionEndpoint.Of(invocation, sinks.Match(invocation, SinkKind.Transmit)!, evaluator)
            .FirstOrDefault(e => ExternalHosts.IsMessagingApi(e) || ExternalHosts.IsRegisteredBySubscriber(e) || hosts.IsOutsideAllowList(e));
        return endpoint.Host ?? (ExternalHosts.IsRegisteredBySubscriber(endpoint) ? endpoint.Display : null);
    }
}
