using System.Collections.Concurrent;
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
internal sealed class MailRecipients
{
    /// <summary>Operations looked at in one method: a mailer's body is short.</summary>
    private const int MaxOperations = 4000;

    private readonly SourceBodies _bodies;
    private readonly SinkCatalog _sinks;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableHashSet<IParameterSymbol>> _byMethod = new(SymbolEqualityComparer.Default);

    public MailRecipients(SourceBodies bodies, SinkCatalog sinks)
    {
        _bodies = bodies;
        _sinks = sinks;
    }

    /// <summary>True when <paramref name="parameter"/>'s method hands it to a mail library as a recipient.</summary>
    public bool IsRecipient(IParameterSymbol parameter)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var definition = method.OriginalDefinition;
        var recipients = _byMethod.TryGetValue(definition, out var known) ? known : _byMethod.GetOrAdd(definition, Compute(definition));
        return recipients.Contains(parameter.OriginalDefinition);
    }

    private ImmutableHashSet<IParameterSymbol> Compute(IMethodSymbol method)
    {
        if (_bodies.Body(method) is not { } body)
        {
            return ImmutableHashSet<IParameterSymbol>.Empty;
        }

        var found = ImmutableHashSet.CreateBuilder<IParameterSymbol>(SymbolEqualityComparer.Default);
        var libraries = _sinks.HasAny(SinkKind.MailRecipient);
        var seen = 0;
        foreach (var operation in body.Descendants())
        {
            if (++seen > MaxOperations)
            {
                break;
            }

            if (EnvelopeRecipient(operation) is { } slotted)
            {
                AddIfOwnParameter(found, slotted, method);
                continue;
            }

            if (!libraries)
            {
                continue;
            }

            var (target, arguments) = operation switch
            {
                IInvocationOperation call => (call.TargetMethod, call.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (target is null || _sinks.Match(target, SinkKind.MailRecipient) is not { } row)
            {
                continue;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } slot && row.RecipientParameters.Contains(slot.Name))
                {
                    AddIfOwnParameter(found, argument.Value, method);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The value put in a recipient slot of the program's own mail: <c>To = value</c>, <c>message.Cc.Add(value)</c>.</summary>
    private static IOperation? EnvelopeRecipient(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment when MailEnvelopes.IsRecipient(target.Member) => assignment.Value,
        IInvocationOperation { TargetMethod.Name: "Add", Instance: IMemberReferenceOperation slot, Arguments.Length: 1 } call
            when MailEnvelopes.IsRecipient(slot.Member) => call.Arguments[0].Value,
        _ => null,
    };

    private static void AddIfOwnParameter(ImmutableHashSet<IParameterSymbol>.Builder found, IOperation value, IMethodSymbol method)
    {
        if (OperationShapes.Unconverted(value) is IParameterReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol.OriginalDefinition, method))
        {
            found.Add(reference.Parameter.OriginalDefinition);
        }
    }
}
