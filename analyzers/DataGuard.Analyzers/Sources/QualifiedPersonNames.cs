using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A name qualified by whom it names — <c>CasualName</c>, <c>AdminName</c> — on a record that holds a person's phone or e-mail
/// (round 31's shift app: <c>InviteSmsPayload(CasualId, PhoneNumber, CasualName, PoolName, VerifyUrl)</c>, which DG1007 already
/// finds personal for its phone). It is the name of the person the record is about when the qualifier names an account
/// (<c>Admin</c>, <c>User</c>, <c>Member</c>) or a type of the program that is itself a person's record (<c>Casual { Name,
/// PhoneNumber }</c>). <c>PoolName</c> names a <c>Pool</c>, which holds no one's contact, and stays a thing's name.
/// </summary>
internal static class QualifiedPersonNames
{
    /// <summary>Namespaces walked outwards from the record's own to find the type its qualifier names.</summary>
    private const int MaxNamespaceSteps = 6;

    /// <summary>True when <paramref name="member"/> is a qualified name of the person its record's phone or e-mail belongs to.</summary>
    public static bool IsPersonsName(ISymbol member, PersonalNames names, Func<INamedTypeSymbol, bool> isOrganisation)
    {
        if (member is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
            || PersonalDataClassifier.MemberType(member)?.SpecialType != SpecialType.System_String
            || member.ContainingType is not { } owner || PersonalDataClassifier.IsFramework(owner))
        {
            return false;
        }

        var words = IdentifierWords.Words(member.Name);
        if (words.Count < 2 || words[words.Count - 1] != "name")
        {
            return false;
        }

        var qualifier = string.Concat(words.Take(words.Count - 1));
        return PersonIdentifiers.HoldsContact(owner, member, names) && !isOrganisation(owner)
               && (NonPersonRecords.NamesPerson(words[words.Count - 2]) || NamedPersonsRecord(qualifier, owner, member, names));
    }

    /// <summary>A type of the program named <paramref name="qualifier"/>, near the record, that holds a person's phone or e-mail itself.</summary>
    private static bool NamedPersonsRecord(string qualifier, INamedTypeSymbol owner, ISymbol member, PersonalNames names)
    {
        var steps = 0;
        for (var scope = owner.ContainingNamespace; scope is not null && steps < MaxNamespaceSteps; scope = scope.ContainingNamespace, steps++)
        {
            foreach (var type in scope.GetTypeMembers())
            {
                if (string.Equals(type.Name, qualifier, StringComparison.OrdinalIgnoreCase) && !SymbolEqualityComparer.Default.Equals(type, owner)
                    && type.Locations.Any(l => l.IsInSource))
                {
                    return PersonIdentifiers.HoldsContact(type, member, names);
                }
            }
        }

        return false;
    }
}
