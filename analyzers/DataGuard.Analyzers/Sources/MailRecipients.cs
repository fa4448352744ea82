using System.Collections.Immutable;
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
/// (a configuration read or a constant is no one's address).
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

    protected override void Collect(IOperation operation, IMethodSymbol method, ImmutableHashSet<IParameterSymbol>.Builder found)
    {
        if (EnvelopeRecipient(operation) is { } slotted)
        {
            AddIfOwnParameter(found, slotted, method);
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
                AddIfOwnParameter(found, argument.Value, method);
            }
        }
    }

    /// <summary>The value put in a recipient slot of the program's own mail: <c>To = value</c>, <c>message.Cc.Add(value)</c>.</summary>
    private static IOperation? EnvelopeRecipient(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment when MailEnvelopes.IsRecipient(target.Member) => assignment.Value,
        IInvocationOperation { TargetMethod.Name: "Add", Instance: IMemberReferenceOperation slot, Arguments.Length: 1 } call
            when MailEnvelopes.IsRecipient(slot.Member) => call.Arguments[0].Value,
        _ => null,
    };
}
