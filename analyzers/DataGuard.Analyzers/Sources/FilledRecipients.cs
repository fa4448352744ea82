using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The recipient of the program's own message or notification (<c>Notification.Recipient</c>, <c>SmsRequest.To</c>,
/// <c>Receiver</c>) that the program fills from a person's e-mail or phone — <c>Recipient = patient.Email</c>, or a local taken
/// from a list a helper builds of them — to be sent: it holds that person's address or number whatever else it is called,
/// and a worker that logs it logs one (round 22's clinic). The same member of a mail request — a type named for mail
/// (<c>SendTestEmailCommand.To</c>, <c>EmailRequest.Recipient</c>) — holds the address whoever asks for the mail types in, unless
/// every assignment in the compilation gives it a constant or configuration (round 23's hotel). Assignments are found through
/// the compilation's one syntax index (<see cref="SourceSyntax.AssignmentsTo"/>), wherever the type is declared; a recipient
/// filled only with constants, configuration or the team's settings is the organisation's own.
/// <para>
/// An authorship stamp (<c>CreatedBy</c>, <c>ModifiedBy</c>: <see cref="Audit.AuthorshipStamps"/>) is judged the same way, by what
/// the program stores in it: filled from the signed-in user's e-mail (<c>report.CreatedBy = UserEmail</c>), it holds that e-mail
/// wherever the record is logged (round 36's FitGym-Tool); filled with a constant (<c>"system"</c>) or an id, it names nobody.
/// </para>
/// </summary>
internal sealed class FilledRecipients
{
    /// <summary>Words that name the party a message goes to.</summary>
    private static readonly ImmutableHashSet<string> RecipientWords = ImmutableHashSet.Create(StringComparer.Ordinal, "recipient", "recipients", "receiver", "receivers");

    /// <summary>Words that may follow a leading "To" in a recipient's name: <c>To</c>, <c>ToEmail</c>, <c>ToPhoneNumber</c>.</summary>
    private static readonly ImmutableHashSet<string> AddressWords = ImmutableHashSet.Create(StringComparer.Ordinal,
        "email", "mail", "address", "addresses", "phone", "number", "mobile");

    /// <summary>Steps from an assigned value back to where its parts were stored (a local, a helper's returned list, its adds).</summary>
    private const int MaxSteps = 6;

    /// <summary>Operations looked at behind one assignment.</summary>
    private const int MaxOperations = 1000;

    /// <summary>Words of a type's name that, after a sending verb, make it a request for mail (<c>SendTestEmailCommand</c>).</summary>
    private static readonly ImmutableHashSet<string> MailWords = ImmutableHashSet.Create(StringComparer.Ordinal, "email", "emails", "mail", "mails");

    private readonly Compilation _compilation;
    private readonly SourceSyntax _syntax;
    private readonly SourceBodies _bodies;
    private readonly StoredValues _stored;
    private readonly ConcurrentDictionary<ISymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public FilledRecipients(Compilation compilation, SourceSyntax syntax, SourceBodies bodies)
    {
        _compilation = compilation;
        _syntax = syntax;
        _bodies = bodies;
        _stored = new StoredValues(bodies);
    }

    /// <summary>
    /// True for a text member named as a message's recipient, or an authorship stamp, that this compilation fills from a
    /// person's e-mail or phone, or a recipient that a mail request holds and this compilation does not fill with constants or configuration only.
    /// </summary>
    public bool IsFilledFromPerson(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_String }
               or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, Type.SpecialType: SpecialType.System_String }
           && (IsRecipientName(member.Name) || Audit.AuthorshipStamps.Is(member))
           && member.ContainingType is { } owner && !PersonalDataClassifier.IsFramework(owner) && !PersonalDataClassifier.IsTeamSettingsType(owner)
           && _answers.GetOrAdd(member.OriginalDefinition, m => IsFilled(m, names) || IsRecipientName(m.Name) && IsMailRequestRecipient(m));

    /// <summary>A name for the party a message goes to: <c>Recipient</c>, <c>Receivers</c>, <c>To</c>, <c>ToPhoneNumber</c>.</summary>
    internal static bool IsRecipientName(string name)
    {
        var words = IdentifierWords.Words(name);
        return words.Any(RecipientWords.Contains) || words.Count > 0 && words[0] == "to" && words.Skip(1).All(AddressWords.Contains);
    }

    /// <summary>A name made only of address words: <c>phoneNumber</c>, <c>mobile</c>, <c>email</c> — the address itself.</summary>
    internal static bool IsAddressName(string name) => IdentifierWords.Words(name) is { Count: > 0 } words && words.All(AddressWords.Contains);

    private bool IsFilled(ISymbol member, PersonalNames names)
    {
        foreach (var filled in Assignments(member))
        {
            if (HoldsPersonsContact(filled.Value, member, names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A recipient of a request for mail: typed in by whoever asks for the mail (a bound request, a deserialised command)
    /// unless the compilation assigns it, and only constants or configuration.
    /// </summary>
    private bool IsMailRequestRecipient(ISymbol member)
    {
        if (!IsMailRequest(member.ContainingType.Name))
        {
            return IsSmsRequestRecipient(member);
        }

        var assigned = false;
        foreach (var filled in Assignments(member))
        {
            if (!OperatorValues.IsOperatorValue(OperationShapes.Unconverted(filled.Value)))
            {
                return true;
            }

            assigned = true;
        }

        return !assigned;
    }

    /// <summary>
    /// A type named as a request to send mail: its first word a sending verb (<c>Send</c>, <c>Resend</c>, <c>Queue</c>: the mail
    /// service verbs of the sink table) and a later word a mail (<c>SendTestEmailCommand</c>). The name alone (<c>MailRequest</c>
    /// with a transfer's <c>From</c>, <c>To</c> and <c>Amount</c>) is not enough.
    /// </summary>
    private static bool IsMailRequest(string typeName)
    {
        var words = IdentifierWords.Words(typeName);
        return words.Count > 1 && Sinks.SinkTable.MailServiceVerbs.Any(verb => words[0].EndsWith(verb.ToLowerInvariant(), StringComparison.Ordinal))
               && words.Skip(1).Any(MailWords.Contains);
    }

    /// <summary>
    /// The recipient of a type named for a text message (<c>SmsDetailsDto.Recipient</c>) that the compilation never assigns: bound
    /// from what whoever asks for the SMS types in, a phone (round 29's CRM). One the program fills (its <c>SmsLog</c> history) is
    /// judged by what fills it, as any message's recipient.
    /// </summary>
    private bool IsSmsRequestRecipient(ISymbol member)
        => IdentifierWords.Words(member.ContainingType.Name).Contains("sms") && !Assignments(member).Any();

    /// <summary>The compilation's assignments to the member (<c>Recipient = …</c>, <c>n.Recipient = …</c>, in initializers too).</summary>
    private IEnumerable<ISimpleAssignmentOperation> Assignments(ISymbol member)
    {
        SemanticModel? model = null;
        foreach (var assignment in _syntax.AssignmentsTo(member.Name))
        {
            if (model?.SyntaxTree != assignment.SyntaxTree)
            {
                model = _compilation.GetSemanticModel(assignment.SyntaxTree);
            }

            if (model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } filled
                && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member))
            {
                yield return filled;
            }
        }
    }

    /// <summary>
    /// True when the value, or what it was stored from, reads a member or parameter named for a person's datum (an e-mail,
    /// a phone) that is neither configuration nor the team's settings.
    /// </summary>
    private bool HoldsPersonsContact(IOperation value, ISymbol member, PersonalNames names)
        => Reaches(value, member, operation => IsPersonsContact(operation, names));

    /// <summary>
    /// True when <paramref name="isContact"/> holds for the value or a part of it, or of what it was stored from (a local's
    /// assignments, a field's stores, a helper's returns), followed at most <see cref="MaxSteps"/> steps back and
    /// <see cref="MaxOperations"/> operations; <paramref name="start"/> is the symbol being filled, never followed again.
    /// </summary>
    internal bool Reaches(IOperation value, ISymbol start, Func<IOperation, bool> isContact)
    {
        var pending = new Queue<(IOperation Operation, int Depth)>();
        pending.Enqueue((value, 0));
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { start };
        var seen = 0;
        while (pending.Count > 0)
        {
            var (next, depth) = pending.Dequeue();
            foreach (var operation in next.DescendantsAndSelf())
            {
                if (++seen > MaxOperations)
                {
                    return false;
                }

                if (isContact(operation))
                {
                    return true;
                }

                if (depth < MaxSteps)
                {
                    foreach (var origin in MailContent.Origins(operation, _stored, _bodies, visited))
                    {
                        pending.Enqueue((origin, depth + 1));
                    }
                }
            }
        }

        return false;
    }

    private static bool IsPersonsContact(IOperation operation, PersonalNames names)
        => operation switch
        {
            IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read
                => names.IsPersonal(read.Member.Name) && !PersonalDataClassifier.IsTeamSettingsType(read.Member.ContainingType) && !OperatorValues.IsConfigurationRead(read),
            IParameterReferenceOperation parameter => names.IsPersonal(parameter.Parameter.Name),
            _ => false,
        };
}
