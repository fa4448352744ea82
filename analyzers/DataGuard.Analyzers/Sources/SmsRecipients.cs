using System;
using System.Collections.Concurrent;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The recipient of a text message the program sends: a text parameter named as a recipient (<c>to</c>, <c>recipient</c>,
/// <c>toPhoneNumber</c>) of a sending method that names an SMS — by its own name (<c>SendSmsAsync(to, message)</c>), its
/// type's (<c>SmsGateway.SendAsync</c>) or an interface of the program it implements (<c>ISmsService.SendAsync(recipient,
/// message)</c>, round 29's CRM and clinic). The callers decide: the parameter holds a person's phone when a call in the
/// compilation — directly or through the interface — passes one (a <c>patientPhone</c>, a number parsed from the request's
/// <c>Recipient</c>, another SMS sender's recipient handed on), or when no call is in the compilation (the sender of another
/// project's messages: an SMS goes to a person, as mail does in <see cref="MailRecipients"/>). Callers that pass only other
/// values (a configured duty phone) leave it no one's.
/// </summary>
internal sealed class SmsRecipients
{
    private readonly Audit.CallSites _sites;
    private readonly FilledRecipients _filled;
    private readonly PersonalDataClassifier _classifier;
    private readonly Func<IParameterSymbol, bool> _personalByUse;
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public SmsRecipients(Audit.CallSites sites, FilledRecipients filled, PersonalDataClassifier classifier, Func<IParameterSymbol, bool> personalByUse)
    {
        _sites = sites;
        _filled = filled;
        _classifier = classifier;
        _personalByUse = personalByUse;
    }

    /// <summary>True for an SMS sender's recipient parameter that a person's phone fills (or unknown callers may fill).</summary>
    public bool IsRecipient(IParameterSymbol parameter)
        => IsRecipientSlot(parameter) && (_answers.TryGetValue(parameter.OriginalDefinition, out var known) ? known : Compute(parameter.OriginalDefinition));

    /// <summary>
    /// A text parameter named as the recipient of an SMS sender (<c>toPhone</c> of <c>TwilioSmsProvider.SendAsync</c>), or named
    /// as the bare number (<c>SendTwilioSmsAsync(string phoneNumber, string message)</c>, round 32), whoever fills it: the number
    /// the SMS provider exists to deliver to (DG1005 leaves it out, as a mail service's recipients).
    /// </summary>
    public static bool IsRecipientSlot(ISymbol symbol)
        => symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method, Type.SpecialType: SpecialType.System_String } parameter
           && (FilledRecipients.IsRecipientName(parameter.Name) || FilledRecipients.IsAddressName(parameter.Name)) && IsSmsSender(method);

    /// <summary>A sending method (first word a sending verb of the sink table) whose name, type or implemented interface names an SMS.</summary>
    internal static bool IsSmsSender(IMethodSymbol method)
        => method.MethodKind == MethodKind.Ordinary && Sinks.SinkTable.MailServiceVerbs.Any(verb => method.Name.StartsWith(verb, StringComparison.Ordinal))
           && (NamesSms(method.Name) || NamesSms(method.ContainingType.Name) || ImplementsSmsInterface(method));

    private static bool NamesSms(string name) => IdentifierWords.Words(name).Contains("sms");

    private static bool ImplementsSmsInterface(IMethodSymbol method)
        => method.ContainingType.AllInterfaces.Any(@interface => NamesSms(@interface.Name)
            && @interface.GetMembers(method.Name).Any(member => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method)));

    /// <summary>Callers of callers are followed as <see cref="ConstantParameters"/> follows them: bounded, a cycle answers "no phone shown".</summary>
    private bool Compute(IParameterSymbol parameter)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Callers, parameter);
        if (!walk.Entered)
        {
            return false;
        }

        var sites = _sites.Of((IMethodSymbol)parameter.ContainingSymbol);
        var answer = sites is not { Count: > 0 } || sites.Any(site => PassesPhone(site, parameter));

        // An answer cut short by a cycle or the bound below the first level is not kept.
        if (BoundedWalk.Depth(WalkKind.Callers) <= 1)
        {
            _answers.TryAdd(parameter, answer);
        }

        return answer;
    }

    /// <summary>The call's argument for the parameter (a call through an interface binds the same position) holds a person's datum.</summary>
    private bool PassesPhone(Audit.CallSites.Site site, IParameterSymbol parameter)
        => site.Call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal) is { } argument
           && _filled.Reaches(argument.Value, parameter, IsPersonsValue);

    private bool IsPersonsValue(IOperation operation) => operation switch
    {
        IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read => _classifier.IsPersonal(read.Member) && !OperatorValues.IsConfigurationRead(read),
        ILocalReferenceOperation local => _classifier.IsPersonal(local.Local),
        IParameterReferenceOperation handed => _classifier.IsPersonal(handed.Parameter) || _personalByUse(handed.Parameter),
        _ => false,
    };
}
