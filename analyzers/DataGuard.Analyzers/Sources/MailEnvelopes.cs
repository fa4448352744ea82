using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The recipient slots of the program's own mail messages: a type with a subject and a body is a mail by its shape (an
/// <c>EmailRequestEvent</c> on a queue, an <c>EmailMessage</c> DTO handed to the program's mailer), and its <c>To</c>,
/// <c>Cc</c> and <c>Bcc</c> hold the addresses it goes to. Mail goes to people, so each is a person's e-mail address
/// whatever else the type is called, and the worker that logs <c>message.To</c> logs one. Only text slots (a string or a
/// collection of strings): a library's mail (MimeKit's address lists) is a carrier judged by what was put into it
/// (<see cref="MailContent"/>), and framework types never reach here.
/// </summary>
internal static class MailEnvelopes
{
    private static readonly HashSet<string> RecipientSlots = new(StringComparer.OrdinalIgnoreCase) { "To", "Cc", "Bcc" };

    private static readonly HashSet<string> MessageParts = new(StringComparer.OrdinalIgnoreCase) { "Subject", "Body" };

    /// <summary>True for an instance field or property named <c>To</c>, <c>Cc</c> or <c>Bcc</c> holding text, of a type that also has a subject and a body.</summary>
    public static bool IsRecipient(ISymbol member)
        => member is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false }
           && RecipientSlots.Contains(member.Name)
           && PersonalDataClassifier.MemberType(member) is { } type && HoldsText(type)
           && member.ContainingType is { } owner && IsMail(owner);

    /// <summary>A subject and a body among the type's own instance members (or its bases': a generated message has them on itself).</summary>
    private static bool IsMail(INamedTypeSymbol owner)
        => BaseTypes.Chain(owner).SelectMany(t => t.GetMembers()).Where(m => m is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
               .Select(m => m.Name).Where(MessageParts.Contains).Distinct(StringComparer.OrdinalIgnoreCase).Count() == MessageParts.Count;

    private static bool HoldsText(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
           || PersonalDataClassifier.ElementType(type) is { SpecialType: SpecialType.System_String };
}
