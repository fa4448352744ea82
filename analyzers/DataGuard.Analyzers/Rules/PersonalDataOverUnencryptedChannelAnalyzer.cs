using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1003: personal data sent to an <c>http://</c> or <c>ftp://</c> endpoint (any address the URL can take), or by mail over
/// SMTP without TLS (<c>EnableSsl = false</c>, MailKit <c>useSsl: false</c> / <c>SecureSocketOptions.None</c> /
/// <c>StartTlsWhenAvailable</c>, also through the program's own client adapter) or with a
/// certificate-validation callback that accepts every certificate.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataOverUnencryptedChannelAnalyzer : PersonalDataFlowAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.PersonalDataOverUnencryptedChannel;

    private protected override bool SendsArgumentsWhole => true;

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.Sinks.HasAny(SinkKind.Transmit) || profile.Sinks.HasAny(SinkKind.Mail);

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile)
        => operation is IInvocationOperation invocation
           && (profile.Sinks.Match(invocation, SinkKind.Transmit) is not null || profile.Sinks.Match(invocation, SinkKind.Mail) is not null
               || HandsOverMail(invocation));

    /// <summary>
    /// A whole mail given to a method of a client the program wraps (<c>ISmtpClientAdapter.SendAsync(message)</c>): it sends
    /// the mail over the connection its receiver was given, so it is judged as a mail send when that connection is flawed.
    /// A method of the sender itself (<c>Send(email)</c> on <c>this</c>) is no client: its summary says what it does with the mail.
    /// </summary>
    private static bool HandsOverMail(IInvocationOperation invocation)
        => invocation.Instance is not null and not IInstanceReferenceOperation && invocation.Arguments.Any(a => Sources.MailContent.IsMail(a.Value.Type));

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var invocation = (IInvocationOperation)operation;
        if (Channel(invocation, evaluator) is not { } channel)
        {
            return;
        }

        if (HandedInMail(invocation) is { } mail && !Payload(invocation, evaluator, evaluator.Profile).IsPersonal)
        {
            diagnostics.Add(Rule, invocation, Taint.Of(mail), MaskTarget.InArguments(invocation, evaluator), channel, Describe(invocation.TargetMethod));
            return;
        }

        ReportPersonalPayload(invocation, evaluator, diagnostics, channel, Describe(invocation.TargetMethod));
    }

    /// <summary>
    /// A whole mail the sending method was handed (<c>SendAsync(MimeMessage message)</c> behind the program's mail interface,
    /// or kept in a field): it was built elsewhere, and a mail always carries its recipients' addresses, so on a flawed
    /// channel it is personal unless shown otherwise. A mail built in this method is judged by what was put into it.
    /// </summary>
    private static PersonalSource? HandedInMail(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (!Sources.MailContent.IsMail(argument.Value.Type))
            {
                continue;
            }

            ISymbol? holder = OperationShapes.Unconverted(argument.Value) switch
            {
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (holder is not null)
            {
                return new PersonalSource(holder, argument.Value.Syntax.GetLocation(), wholeRecord: true);
            }
        }

        return null;
    }

    /// <summary>What makes the channel unencrypted, for the message; null when it is not.</summary>
    private static string? Channel(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var sinks = evaluator.Profile.Sinks;
        var flaws = TransmissionEndpoint.Flaws(invocation, evaluator);
        if (sinks.Match(invocation, SinkKind.Mail) is not null || sinks.Match(invocation, SinkKind.Transmit) is null && HandsOverMail(invocation))
        {
            return (flaws & ChannelFlaw.NoTls) != 0 ? "SMTP without SSL"
                : (flaws & ChannelFlaw.AcceptsAnyCertificate) != 0 ? "a certificate callback that accepts any certificate"
                : null;
        }

        var endpoint = TransmissionEndpoint.Of(invocation, sinks.Match(invocation, SinkKind.Transmit)!, evaluator)
            .FirstOrDefault(e => e.Scheme is "http" or "ftp" && !e.IsLoopback);
        if (endpoint.Scheme is not null)
        {
            return endpoint.Scheme + "://" + endpoint.Host;
        }

        return (flaws & ChannelFlaw.AcceptsAnyCertificate) != 0 ? "a certificate callback that accepts any certificate" : null;
    }
}
