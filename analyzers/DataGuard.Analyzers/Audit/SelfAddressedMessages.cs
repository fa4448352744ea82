using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A message sent to the person whose row was read: <c>SendWelcomeEmailAsync(new WelcomeEmail(user.Email, user.FullName))</c>,
/// <c>SendSmsAsync(guest.Phone, guest.FirstName)</c>. The row's own e-mail or phone is the address — the first argument
/// the call (or the message object it is handed) takes at a parameter named for an address or recipient — so what the
/// message carries of the row goes back to its person and looks nobody up (DG1008; round 14: booking and account
/// notifications of two booking systems). A message whose first address is anyone else's stays a disclosure.
/// </summary>
internal static class SelfAddressedMessages
{
    /// <summary>Words of a parameter that takes the message's address: <c>to</c>, <c>recipient</c>, <c>toEmail</c>, <c>phoneNumber</c>.</summary>
    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "to", "recipient", "receiver", "addressee", "email", "mail", "phone", "mobile", "telephone", "cellphone", "sms",
    };

    /// <summary>Words of a row's member that is a channel to its person: <c>Email</c>, <c>PhoneNumber</c>, <c>MobileNo</c>.</summary>
    private static readonly HashSet<string> ChannelWords = new(StringComparer.Ordinal) { "email", "mail", "phone", "mobile", "telephone", "cellphone", "tel" };

    /// <summary>Steps through locals, members and message objects from an argument back to the row.</summary>
    private const int MaxSteps = 6;

    /// <summary>
    /// True when <paramref name="call"/> is addressed to the row <paramref name="read"/> brought back (held in a local of
    /// <paramref name="scope"/>).
    /// </summary>
    public static bool AddressedToRow(IInvocationOperation call, IOperation read, IReadOnlyList<IOperation> scope)
        => Address(call.Arguments) is { } address && IsRowChannel(address, read, scope, 0);

    private static IOperation? Address(IEnumerable<IArgumentOperation> arguments)
        => arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal)
            .FirstOrDefault(a => IdentifierWords.Words(a.Parameter!.Name).Any(AddressWords.Contains))?.Value;

    private static bool IsRowChannel(IOperation value, IOperation read, IReadOnlyList<IOperation> scope, int steps)
    {
        value = OperationShapes.Unconverted(value);
        if (steps > MaxSteps) return false;
        return value switch
        {
            IMemberReferenceOperation { Instance: { } instance } member
                => IsRow(instance, read, scope) ? IdentifierWords.Words(member.Member.Name).Any(ChannelWords.Contains) : IsRowChannel(instance, read, scope, steps + 1),
            IConditionalAccessOperation access => access.WhenNotNull.DescendantsAndSelf().OfType<IMemberReferenceOperation>().FirstOrDefault(m => m.Instance is IConditionalAccessInstanceOperation) is { } member
                                                  && IsRow(access.Operation, read, scope) && IdentifierWords.Words(member.Member.Name).Any(ChannelWords.Contains),
            ILocalReferenceOperation local => Initializer(local.Local, scope) is { } initial && IsRowChannel(initial, read, scope, steps + 1),
            IObjectCreationOperation created => Address(created.Arguments) is { } address && IsRowChannel(address, read, scope, steps + 1),
            _ => false,
        };
    }

    /// <summary>A local whose only value is the row the read brought back (<c>var user = await repo.GetByIdAsync(id) ?? throw …</c>).</summary>
    private static bool IsRow(IOperation instance, IOperation read, IReadOnlyList<IOperation> scope)
        => OperationShapes.Unconverted(instance) is ILocalReferenceOperation local && Initializer(local.Local, scope) is { } initial
           && initial.DescendantsAndSelf().Contains(read)
           && !scope.OfType<ISimpleAssignmentOperation>().Any(a => a.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local.Local));

    private static IOperation? Initializer(ILocalSymbol local, IReadOnlyList<IOperation> scope)
        => scope.OfType<IVariableDeclaratorOperation>().FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local))?.Initializer?.Value;
}
