using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Members of library types that carry a person's data whatever their names say, as rows (declaring type's metadata name,
/// member, whether the object's text shows it): an SMTP failure names the recipient it could not reach; a validation
/// failure keeps the value the client typed (a phone number, a password). Library members are otherwise never personal by
/// name (<see cref="PersonalDataClassifier"/>), so these are listed. A type holding one is a record with a personal member:
/// the exception object itself, logged or serialised, carries the address (<c>SmtpCommandException.Mailbox</c>), and a
/// list of validation failures serialised carries every attempted value (<c>JsonConvert.SerializeObject(result.Errors)</c>)
/// while its error messages alone do not.
/// </summary>
internal static class CarriedPersonalMembers
{
    private static readonly (string Type, string Member, bool InText)[] Rows =
    {
        ("System.Net.Mail.SmtpFailedRecipientException", "FailedRecipient", true),
        ("MailKit.Net.Smtp.SmtpCommandException", "Mailbox", true),
        // What the client typed into a field that failed validation or binding; ToString shows the message, not the value.
        ("FluentValidation.Results.ValidationFailure", "AttemptedValue", false),
        ("Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry", "AttemptedValue", false),
        ("Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry", "RawValue", false),
    };

    /// <summary>
    /// The rows' members of <paramref name="type"/> or a base of it: an SMTP failure's text is the server's reply to the
    /// recipient command, which names the mailbox it rejects, so the exception turned into text (a log's exception argument,
    /// <c>ex.ToString()</c>) shows them as well.
    /// </summary>
    public static IEnumerable<ISymbol> InText(ITypeSymbol? type)
    {
        foreach (var current in BaseTypes.Chain(type))
        {
            if (current is not INamedTypeSymbol named || !PersonalDataClassifier.IsFramework(named))
            {
                continue;
            }

            foreach (var (declaring, name, inText) in Rows)
            {
                if (inText && string.Equals(PersonalAttributes.MetadataName(named.OriginalDefinition), declaring, StringComparison.Ordinal))
                {
                    foreach (var member in named.GetMembers(name))
                    {
                        yield return member;
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when the value, before any conversion (an exception passed as <c>Exception</c>), is of a type whose text shows a
    /// row's member: a log's exception argument is written as that text.
    /// </summary>
    public static bool ShownBy(IOperation value) => InText(OperationShapes.Unconverted(value).Type).Any();

    /// <summary>True when <paramref name="member"/> is one of the rows.</summary>
    public static bool Carries(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol) || member.ContainingType is not { } owner)
        {
            return false;
        }

        foreach (var (type, name, _) in Rows)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal)
                && string.Equals(PersonalAttributes.MetadataName(owner.OriginalDefinition), type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
