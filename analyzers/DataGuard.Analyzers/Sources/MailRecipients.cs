using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Parameters a method uses as a mail recipient (<c>new MailAddress(to)</c>, <c>msg.To.Add(to)</c>,
/// <c>MailboxAddress.Parse(to)</c>, SendGrid's <c>EmailAddress(to)</c>, FluentEmail's <c>.To(to)</c>: the
/// <see cref="SinkKind.MailRecipient"/> rows of the sink table), or puts in a recipient slot of the program's own mail
/// (<c>new EmailMessage { To = to }</c>, <c>message.Cc.Add(to)</c>: <see cref="MailEnvelopes"/>). Mail goes to people: such a parameter holds a person's
/// address whatever it is called, unless every call fills it with a constant (an organisation's address, see
/// <see cref="ConstantParameters"/>) — so the program's mailer that logs its <c>to</c> logs a personal value even when all
/// its callers sit in another project behind the program's mail interface. A local is judged by what the flow assigns it
/// (a configuration read or a constant is no one's address). A list of addresses is one too when its items become recipients
/// (<c>foreach (var r in to) message.To.Add(MailboxAddress.Parse(r))</c>, <c>to.Select(MailboxAddress.Parse)</c>), and so is a
/// parameter the method hands to one of the compilation's methods that uses it so (an overload taking one address, a
/// template sender handing its <c>to</c> to the sender).
/// </summary>
internal sealed class MailRecipients : ParametersByUse
{
    private readonly SinkCatalog _sinks;

    public MailRecipients(SourceBodies bodies, SinkCatalog sinks)
        : base(bodies)
    {
        _sinks = sinks;
    }

    /// <summary>True when <paramref name="parameter"/>'s method hands it to a mail library as a recipient.</summary>
    public bool IsRecipient(IParameterSymbol parameter) => IsUsed(parameter);

    /// <summary>Text, or a list of it whose items are addresses.</summary>
    protected override bool Holds(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String || PersonalDataClassifier.ElementType(type) is { SpecialType: SpecialType.System_String };

    protected override bool FollowsCalls => true;

    protected override void Collect(IOperation operation, IMethodSymbol method, Uses uses)
    {
        if (EnvelopeRecipient(operation) is { } slotted)
        {
            AddIfOwnParameter(uses, slotted, method);
            return;
        }

        // A recipient maker handed over as a method group maps a list's items to recipients: to.Select(MailboxAddress.Parse).
        if (operation is IMethodReferenceOperation { Method: var mapped } && IsRecipientMaker(mapped) && SequenceHandedTo(operation) is { } items)
        {
            AddIfOwnParameter(uses, items, method);
            return;
        }

        var (target, arguments) = operation switch
        {
            IInvocationOperation call => (call.TargetMethod, call.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (target is null || !_sinks.HasAny(SinkKind.MailRecipient) || _sinks.Match(target, SinkKind.MailRecipient) is not { } row)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } slot && row.RecipientParameters.Contains(slot.Name))
            {
                AddIfOwnParameter(uses, argument.Value, method);
            }
        }
    }

    /// <summary>A mail library's method or constructor that takes a recipient (<c>MailboxAddress.Parse</c>, <c>new MailAddress</c>).</summary>
    private bool IsRecipientMaker(IMethodSymbol method)
        => _sinks.HasAny(SinkKind.MailRecipient) && _sinks.Match(method, SinkKind.MailRecipient) is { } row
           && method.Parameters.Any(p => row.RecipientParameters.Contains(p.Name));

    /// <summary>The value put in a recipient slot of the program's own mail: <c>To = value</c>, <c>message.Cc.Add(value)</c>.</summary>
    private static IOperation? EnvelopeRecipient(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment when MailEnvelopes.IsRecipient(target.Member) => assignment.Value,
        IInvocationOperation { TargetMethod.Name: "Add", Instance: IMemberReferenceOperation slot, Arguments.Length: 1 } call
            when MailEnvelopes.IsRecipient(slot.Member) => call.Arguments[0].Value,
        _ => null,
    };
}
