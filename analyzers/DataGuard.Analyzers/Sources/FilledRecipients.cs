using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The recipient of the program's own message or notification (<c>Notification.Recipient</c>, <c>SmsRequest.To</c>,
/// <c>Receiver</c>) that the program fills from a person's e-mail or phone — <c>Recipient = patient.Email</c>, or a local taken
/// from a list a helper builds of them — to be sent: it holds that person's address or number whatever else it is called,
/// and a worker that logs it logs one (round 22's clinic). Assignments are found in this compilation's source, wherever the
/// type is declared; a recipient filled only with constants, configuration or the team's settings is the organisation's own.
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

    private readonly Compilation _compilation;
    private readonly SourceBodies _bodies;
    private readonly StoredValues _stored;
    private readonly ConcurrentDictionary<ISymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public FilledRecipients(Compilation compilation, SourceBodies bodies)
    {
        _compilation = compilation;
        _bodies = bodies;
        _stored = new StoredValues(bodies);
    }

    /// <summary>True for a text member named as a message's recipient that this compilation fills from a person's e-mail or phone.</summary>
    public bool IsFilledFromPerson(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_String }
               or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false, Type.SpecialType: SpecialType.System_String }
           && IsRecipientName(member.Name)
           && member.ContainingType is { } owner && !PersonalDataClassifier.IsFramework(owner) && !PersonalDataClassifier.IsTeamSettingsType(owner)
           && _answers.GetOrAdd(member.OriginalDefinition, m => IsFilled(m, names));

    private static bool IsRecipientName(string name)
    {
        var words = IdentifierWords.Words(name);
        return words.Any(RecipientWords.Contains) || words.Count > 0 && words[0] == "to" && words.Skip(1).All(AddressWords.Contains);
    }

    private bool IsFilled(ISymbol member, PersonalNames names)
    {
        var search = new WholeIdentifierSearch(new[] { member.Name });
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var text = tree.GetText().ToString();
            SyntaxNode? root = null;
            SemanticModel? model = null;
            for (var index = search.Next(text, 0); index >= 0; index = search.Next(text, index + 1))
            {
                root ??= tree.GetRoot();
                if (root.FindToken(index).Parent is not IdentifierNameSyntax name || name.Identifier.ValueText != member.Name
                    || AssignmentTo(name) is not { } assignment)
                {
                    continue;
                }

                model ??= _compilation.GetSemanticModel(tree);
                if (model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } filled
                    && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member) && HoldsPersonsContact(filled.Value, member, names))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The assignment whose left side is the name (<c>Recipient = …</c>, <c>n.Recipient = …</c>), or null.</summary>
    private static AssignmentExpressionSyntax? AssignmentTo(IdentifierNameSyntax name)
    {
        var left = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
        return left.Parent is AssignmentExpressionSyntax assignment && assignment.Left == left ? assignment : null;
    }

    /// <summary>
    /// True when the value, or what it was stored from, reads a member or parameter named for a person's datum (an e-mail,
    /// a phone) that is neither configuration nor the team's settings.
    /// </summary>
    private bool HoldsPersonsContact(IOperation value, ISymbol member, PersonalNames names)
    {
        var pending = new Queue<(IOperation Operation, int Depth)>();
        pending.Enqueue((value, 0));
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { member };
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

                if (IsPersonsContact(operation, names))
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
