using System;
using System.Collections.Generic;
using DataGuard.Analyzers.Flow;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A mail's recipients and body: the people it goes to and what it tells them. Kept apart from the personal members the
/// classifier knows, because a mail library is a carrier (sending a mail is judged by what was put into it, DG1003/DG1005);
/// read out of a mail and written to a file, they make that file a mail drop (DG1001).
/// </summary>
internal static class MailContent
{
    /// <summary>Type metadata name and member: the recipient lists and bodies of the mail types of System.Net.Mail, MimeKit, FluentEmail and SendGrid.</summary>
    private static readonly ImmutableHashSet<string> Members = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.Net.Mail.MailMessage.To", "System.Net.Mail.MailMessage.CC", "System.Net.Mail.MailMessage.Bcc",
        "System.Net.Mail.MailMessage.ReplyToList", "System.Net.Mail.MailMessage.Body",
        "MimeKit.MimeMessage.To", "MimeKit.MimeMessage.Cc", "MimeKit.MimeMessage.Bcc", "MimeKit.MimeMessage.ReplyTo",
        "MimeKit.MimeMessage.TextBody", "MimeKit.MimeMessage.HtmlBody", "MimeKit.MimeMessage.Body",
        "FluentEmail.Core.Models.EmailData.ToAddresses", "FluentEmail.Core.Models.EmailData.CcAddresses",
        "FluentEmail.Core.Models.EmailData.BccAddresses", "FluentEmail.Core.Models.EmailData.ReplyToAddresses",
        "FluentEmail.Core.Models.EmailData.Body", "FluentEmail.Core.Models.EmailData.PlaintextAlternativeBody",
        "SendGrid.Helpers.Mail.SendGridMessage.Personalizations", "SendGrid.Helpers.Mail.SendGridMessage.HtmlContent",
        "SendGrid.Helpers.Mail.SendGridMessage.PlainTextContent");

    /// <summary>Whole mails written as they are (<c>MimeMessage.WriteTo(stream)</c>).</summary>
    private static readonly ImmutableHashSet<string> MailTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.Net.Mail.MailMessage", "MimeKit.MimeMessage", "FluentEmail.Core.Models.EmailData", "SendGrid.Helpers.Mail.SendGridMessage");

    /// <summary>Operations looked at in one written value: a line of a mail drop is short.</summary>
    private const int MaxOperations = 200;

    /// <summary>Steps from a written value back to where its parts were stored: a local, a queue field, a helper's return, its local.</summary>
    private const int MaxSteps = 6;

    /// <summary>
    /// The first read of a mail's recipients or body that <paramref name="value"/> carries: in the value itself, or where it
    /// was stored before — the values of its locals, of the class's fields and properties (a mail formatted in <c>Add</c>,
    /// put on a queue field and written out in <c>FlushAsync</c>) and what the program's own methods it calls return.
    /// </summary>
    public static IMemberReferenceOperation? CarriedIn(IOperation value, StoredValues stored, SourceBodies bodies)
    {
        var pending = new Queue<(IOperation Operation, int Depth)>();
        pending.Enqueue((value, 0));
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var seen = 0;
        while (pending.Count > 0)
        {
            var (next, depth) = pending.Dequeue();
            foreach (var operation in next.DescendantsAndSelf())
            {
                if (++seen > 20 * MaxOperations)
                {
                    return null;
                }

                if (operation is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read && IsRecipientsOrBody(read.Member))
                {
                    return read;
                }

                if (depth < MaxSteps)
                {
                    foreach (var origin in Origins(operation, stored, bodies, visited))
                    {
                        pending.Enqueue((origin, depth + 1));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Where the value of a local, an own field or property, or a call of the program's own method was stored.</summary>
    internal static IEnumerable<IOperation> Origins(IOperation operation, StoredValues stored, SourceBodies bodies, HashSet<ISymbol> visited)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when visited.Add(local.Local):
                return StoredValues.Held(local.Local, local);
            case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member when StoredValues.IsOwn(member, member.Member)
                                                                                              && member.Member.Locations.Any(l => l.IsInSource) && visited.Add(member.Member):
                return stored.Held(member.Member);
            case IInvocationOperation { TargetMethod: { ReturnsVoid: false } method } when bodies.Body(method) is { } body && visited.Add(method.OriginalDefinition):
                return body.Descendants().OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).Select(r => r.ReturnedValue!);
            default:
                return Enumerable.Empty<IOperation>();
        }
    }

    /// <summary>True for a mail message object itself (written whole by <c>WriteTo</c>).</summary>
    public static bool IsMail(ITypeSymbol? type)
        => type is INamedTypeSymbol named && MailTypes.Contains(PersonalAttributes.MetadataName(named.OriginalDefinition));

    /// <summary>A whole mail: a mail library's message or the program's own mail model (recipients and a body).</summary>
    public static bool IsMailMessage(ITypeSymbol? type)
        => IsMail(type) || type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && IsOwnMailModel(named);

    /// <summary>
    /// True when <paramref name="body"/>, a helper's body, writes the recipients or body of the mail its parameter
    /// <paramref name="mail"/> holds (<c>SetRecipients(to, mail) { foreach (var r in to) mail.To.Add(…); }</c>): the helper
    /// fills the caller's mail with what the caller gives it, as <c>mail.To.Add(…)</c> at the call would.
    /// </summary>
    public static bool IsFilledBy(IParameterSymbol mail, IOperation? body)
    {
        if (body is null || !IsMail(mail.Type))
        {
            return false;
        }

        var seen = 0;
        foreach (var operation in body.Descendants())
        {
            if (++seen > 4 * MaxOperations)
            {
                return false;
            }

            if (operation is IMemberReferenceOperation { Instance: IParameterReferenceOperation owner } member
                && SymbolEqualityComparer.Default.Equals(owner.Parameter, mail) && IsRecipientsOrBody(member.Member)
                && (member.Parent is IAssignmentOperation assignment && assignment.Target == member || member.Parent is IInvocationOperation { Instance: var list, TargetMethod.Name: var adds } && list == member && adds.StartsWith("Add", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a read of a mail's recipients or body, or a mail itself: the method has a mail to write (a pre-check).</summary>
    public static bool Touches(IOperation operation)
        => operation is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member && IsRecipientsOrBody(member.Member)
           || operation is ILocalReferenceOperation or IParameterReferenceOperation && IsMail(operation.Type);

    /// <summary>
    /// <paramref name="revealed"/> (what <paramref name="mail"/> shows serialized) without its own recipients: the members of
    /// the program's mail model that list them (<c>To</c>) and of the address type they hold (<c>MailAddress.Address</c>,
    /// <c>.DisplayName</c>). A mail sent to a log mailbox is addressed to that mailbox, no one's data; what it carries there is
    /// its body and whatever else was put in it.
    /// </summary>
    public static Taint WithoutOwnRecipients(Taint revealed, Taint mail)
    {
        var models = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var addressTypes = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var composite in mail.Composites)
        {
            if (composite.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } model || !IsOwnMailModel(model))
            {
                continue;
            }

            models.Add(model);
            foreach (var name in RecipientMembers)
            {
                foreach (var member in model.GetMembers(name))
                {
                    var held = member switch { IPropertySymbol p => p.Type, IFieldSymbol f => f.Type, _ => null };
                    if (held is not null && (PersonalDataClassifier.ElementType(held) ?? held) is INamedTypeSymbol { TypeKind: TypeKind.Class } address && !PersonalDataClassifier.IsFramework(address))
                    {
                        addressTypes.Add(address);
                    }
                }
            }
        }

        if (models.Count == 0)
        {
            return revealed;
        }

        // The model's own addresses (To, and From or ReplyTo of the same address type) and the address type's members.
        var kept = revealed.Values.Where(v => v.Symbol.ContainingType is not { } owner
                                              || !(addressTypes.Contains(owner) || models.Contains(owner) && IsAddress(v.Symbol, addressTypes)))
            .ToImmutableArray();
        return kept.Length == revealed.Values.Length ? revealed : Taint.Of(kept);
    }

    private static bool IsAddress(ISymbol member, HashSet<ITypeSymbol> addressTypes)
    {
        if (RecipientMembers.Contains(member.Name))
        {
            return true;
        }

        var type = member switch { IPropertySymbol p => p.Type, IFieldSymbol f => f.Type, _ => null };
        return type is not null && addressTypes.Contains(PersonalDataClassifier.ElementType(type) ?? type);
    }

    private static bool IsRecipientsOrBody(ISymbol member)
        => member.ContainingType is { } owner
           && (Members.Contains(PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + member.Name)
               || (RecipientMembers.Contains(member.Name) || BodyMembers.Contains(member.Name)) && IsOwnMailModel(owner));

    /// <summary>Names of a mail model's recipient lists and bodies, for the program's own mail types (<c>EmailModel</c>).</summary>
    public static readonly ImmutableHashSet<string> RecipientMembers = ImmutableHashSet.Create(StringComparer.Ordinal,
        "To", "Recipients", "ToAddresses", "Cc", "Bcc");

    private static readonly ImmutableHashSet<string> BodyMembers = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Body", "TextBody", "HtmlBody", "PlainTextBody", "PlaintextBody");

    /// <summary>
    /// A type of the program that is a mail by its shape — a recipient list and a body (<c>EmailModel { Recipients, Subject,
    /// TextBody }</c>) — handed to the program's own senders: its recipients and body are a mail's, as a MimeMessage's are.
    /// </summary>
    public static bool IsOwnMailModel(INamedTypeSymbol owner)
        => !PersonalDataClassifier.IsFramework(owner)
           && RecipientMembers.Any(name => owner.GetMembers(name).Any(m => m is IPropertySymbol or IFieldSymbol))
           && BodyMembers.Any(name => owner.GetMembers(name).Any(m => m is IPropertySymbol or IFieldSymbol));
}
