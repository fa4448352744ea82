using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The recipient slots of the program's own mail (<see cref="MailContent.IsOwnMailModel"/>: a recipient and a body, such
/// as an <c>EmailRequestEvent</c> on a queue or an <c>EmailMessage</c> handed to the program's mailer): its <c>To</c>,
/// <c>Cc</c> and <c>Bcc</c> hold the addresses it goes to. Mail goes to people, so each is a person's e-mail address
/// whatever the type is called, and the worker that logs <c>message.To</c> logs one. Only text slots (a string or a
/// collection of strings): a library's mail (MimeKit's address lists) is a carrier judged by what was put into it.
/// </summary>
internal static class MailEnvelopes
{
    /// <summary>True for an instance field or property of the program's own mail, named as a recipient list and holding text.</summary>
    public static bool IsRecipient(ISymbol member)
        => member is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false }
           && MailContent.RecipientMembers.Contains(member.Name)
           && PersonalDataClassifier.MemberType(member) is { } type && HoldsText(type)
           && member.ContainingType is { } owner && MailContent.IsOwnMailModel(owner);

    private static bool HoldsText(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
           || PersonalDataClassifier.ElementType(type) is { SpecialType: SpecialType.System_String };
}
