using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Round 31's school medical system: what a person's health record names. The <c>Name</c> of a condition, diagnosis, allergy,
/// disease or medication on a record tied to a person — a member naming a person (<c>StudentName</c>, <c>PatientId</c>) or
/// the person's medical or health record (<c>MedicalRecordId</c>) — is that person's health data (<c>MedicalCondition.Name</c>,
/// "asthma", logged with the treating doctor); so is a <c>ConditionName</c> or <c>MedicationName</c> there. A catalogue's
/// <c>Medication.Name</c> (stock, no person) is not. And the text that names who performed an action on the record
/// (<c>AdministeredBy</c>, <c>ApprovedBy</c>): a person's name — an audit stamp (<c>CreatedBy</c>, <c>UpdatedBy</c>) only when
/// the type keeps the actor's id apart (<c>CreatedById</c>), since alone it holds an id as often as a name.
/// </summary>
internal static class HealthRecordNames
{
    /// <summary>Words naming what a person's health record holds.</summary>
    private static readonly HashSet<string> HealthWords = new(StringComparer.Ordinal)
    {
        "condition", "diagnosis", "diagnose", "allergy", "disease", "illness", "medication",
    };

    /// <summary>Verbs of the audit stamps every entity carries: their <c>…By</c> is a person's name only beside a separate id.</summary>
    private static readonly HashSet<string> StampVerbs = new(StringComparer.Ordinal)
    {
        "created", "updated", "modified", "deleted", "changed", "edited", "last",
    };

    /// <summary>True when <paramref name="member"/> names a condition or medication on a person's record, or who acted on it.</summary>
    public static bool IsPersonsHealthOrActorName(ISymbol member)
    {
        if (member is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
            || PersonalDataClassifier.MemberType(member)?.SpecialType != SpecialType.System_String
            || member.ContainingType is not { } owner || PersonalDataClassifier.IsFramework(owner))
        {
            return false;
        }

        var words = IdentifierWords.Words(member.Name).Select(IdentifierWords.Singular).ToList();
        return IsActorName(words, owner) || IsHealthName(words, owner) && TiedToPerson(owner, member);
    }

    /// <summary><c>Name</c> on a type named for a health word, or a health word then <c>Name</c>.</summary>
    private static bool IsHealthName(List<string> words, INamedTypeSymbol owner)
        => words.Count == 1 && words[0] == "name" && IdentifierWords.Words(owner.Name).Select(IdentifierWords.Singular).Any(HealthWords.Contains)
           || words.Count == 2 && words[1] == "name" && HealthWords.Contains(words[0]);

    /// <summary><c>AdministeredBy</c>; <c>CreatedBy</c> only beside a <c>CreatedById</c>.</summary>
    private static bool IsActorName(List<string> words, INamedTypeSymbol owner)
        => words.Count == 2 && words[1] == "by" && words[0].EndsWith("ed", StringComparison.Ordinal)
           && (!StampVerbs.Contains(words[0]) || owner.GetMembers().Any(m => string.Equals(m.Name, words[0] + "ById", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Another member names a person (<c>StudentName</c>, <c>PatientId</c>) or a person's medical or health record.</summary>
    private static bool TiedToPerson(INamedTypeSymbol owner, ISymbol member)
    {
        foreach (var other in owner.GetMembers())
        {
            if (other is not (IPropertySymbol or IFieldSymbol) || SymbolEqualityComparer.Default.Equals(other, member))
            {
                continue;
            }

            var words = IdentifierWords.Words(other.Name);
            if (words.Any(PersonalNames.IsPersonOrServedNoun) || words.Contains("record") && (words.Contains("medical") || words.Contains("health")))
            {
                return true;
            }
        }

        return false;
    }
}
