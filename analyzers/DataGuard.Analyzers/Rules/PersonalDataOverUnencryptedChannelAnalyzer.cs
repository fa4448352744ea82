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
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataOverUnencryptedChannelAnalyzer()
        : base(Descriptors.PersonalDataOverUnencryptedChannel)
    {
    }

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
    /// A whole mail handed to a sender behind an abstraction (<c>SendAsync(MimeMessage message)</c> implementing the program's
    /// mail interface, or an override): its callers reach it through the interface, where the summaries that judge a private
    /// wrapper at each call do not follow, and a mail always carries its recipients' addresses — so on a flawed channel it is
    /// personal unless shown otherwise. A mail built in this method, or handed to a plain wrapper, is judged by what was put into it.
    /// </summary>
    private static PersonalSource? HandedInMail(IInvocationOperation invocation)
    {
        if (OutsideLambdas(invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart)) is not IMethodSymbol sender || !IsBehindAbstraction(sender))
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (!Sources.MailContent.IsMail(argument.Value.Type))
            {
                continue;
            }

            if (OperationShapes.Unconverted(argument.Value) is IParameterReferenceOperation { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, sender))
            {
                return new PersonalSource(parameter, argument.Value.Syntax.GetLocation(), wholeRecord: true);
            }
        }

        return null;
    }

    /// <summary>Lambdas and local functions nested in one member (a retry policy's <c>() =&gt; client.SendMailAsync(message)</c>) looked through.</summary>
    private const int MaxNestedFunctions = 8;

    /// <summary>The member a lambda or local function is written in: the send inside a retry's lambda is the sender's.</summary>
    private static ISymbol? OutsideLambdas(ISymbol? symbol)
    {
        for (var steps = 0; steps < MaxNestedFunctions && symbol is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction }; steps++)
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol;
    }

    /// <summary>An override, or the implementation of an interface member: called through the abstraction.</summary>
    private static bool IsBehindAbstraction(IMethodSymbol method)
        => method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty
           || method.ContainingType.AllInterfaces.Any(i => i.GetMembers(method.Name).Any(member => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method)));

    /// <summary>What makes the channel unencrypted, for the message; null when it is not.</summary>
    private static string? Channel(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var sinks = evaluator.Profile.Sinks;
        var flaws = TransmissionEndpoint.Flaws(invocation, evaluator);
        if (sinks.Match(invocation, SinkKind.Mail) is not null || sinks.Match(invocation, SinkKind.Transmit) is null && HandsOverMail(invocation))
        {
            // A mail written to a pickup folder never crosses the network (DG1001 judges the folder).
            return (flaws & ChannelFlaw.PickupDirectory) != 0 ? null : MailChannel(flaws);
        }

        var endpoint = TransmissionEndpoint.Of(invocation, sinks.Match(invocation, SinkKind.Transmit)!, evaluator)
            .FirstOrDefault(e => e.Scheme is "http" or "ftp" && !e.IsLoopback);
        if (endpoint.Scheme is not null)
        {
            return endpoint.Scheme + "://" + endpoint.Host;
        }

        return (flaws & ChannelFlaw.AcceptsAnyCertificate) != 0 ? AcceptsAnyCertificate : null;
    }

    private const string AcceptsAnyCertificate = "a certificate callback that accepts any certificate";

    /// <summary>What makes a mail connection unencrypted, for the message; null when nothing does.</summary>
    internal static string? MailChannel(ChannelFlaw flaws)
        => (flaws & ChannelFlaw.NoTls) != 0 ? "SMTP without SSL"
            : (flaws & ChannelFlaw.AcceptsAnyCertificate) != 0 ? AcceptsAnyCertificate
            : null;
}
