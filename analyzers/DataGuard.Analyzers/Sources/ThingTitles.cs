using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The full or display name of a thing (round 30: a study programme's <c>FullName</c> beside its <c>ShortName</c>, its
/// <c>SortPriority</c> and the <c>Users</c> enrolled in it). A name makes a record personal only when the record is
/// person-shaped; a catalogue entry is not: its type is named for no person or account, no other member is named like a
/// person's data, and a member says what kind of entry it is — a short name or abbreviation beside the full one, a sort
/// order, or a collection of the people it groups. Decided from the declaring type's shape alone.
/// </summary>
internal static class ThingTitles
{
    /// <summary>Words of a title member: <c>FullName</c>, <c>DisplayName</c>, <c>Name</c>, <c>FullTitle</c>.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal) { "full", "display", "name", "title" };

    /// <summary>Words of a member that gives the entry's short form: <c>ShortName</c>, <c>Abbreviation</c>, <c>Acronym</c>.</summary>
    private static readonly HashSet<string> ShortFormWords = new(StringComparer.Ordinal) { "short", "abbreviation", "abbr", "acronym" };

    /// <summary>True when <paramref name="member"/> is the name of a catalogue entry, not of a person.</summary>
    public static bool IsThingsTitle(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { IsStatic: false, Type.SpecialType: SpecialType.System_String } or IFieldSymbol { IsStatic: false, Type.SpecialType: SpecialType.System_String }
           && IsTitle(IdentifierWords.Words(member.Name))
           && member.ContainingType is { } owner && !PersonalDataClassifier.IsFramework(owner)
           && !IdentifierWords.Words(owner.Name).Any(NonPersonRecords.NamesPerson)
           && IsCatalogueEntry(owner, member, names);

    private static bool IsTitle(IReadOnlyList<string> words) => words.Count > 0 && words.All(TitleWords.Contains) && words.Contains("name");

    private static bool IsCatalogueEntry(INamedTypeSymbol owner, ISymbol title, PersonalNames names)
    {
        var kind = false;
        foreach (var other in owner.GetMembers())
        {
            if (other is not (IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false })
                || SymbolEqualityComparer.Default.Equals(other, title))
            {
                continue;
            }

            var words = IdentifierWords.Words(other.Name);
            if (names.IsPersonal(other.Name) || words.Any(NonPersonRecords.PersonOnlyWords.Contains))
            {
                return false;
            }

            kind |= words.Any(ShortFormWords.Contains) || words.Contains("sort") || GroupsPeople(other);
        }

        return kind;
    }

    /// <summary>A collection of people the entry groups: <c>ICollection&lt;User&gt; Users</c>.</summary>
    private static bool GroupsPeople(ISymbol member)
        => PersonalDataClassifier.MemberType(member) is { } type && PersonalDataClassifier.ElementType(type) is INamedTypeSymbol element
           && IdentifierWords.LastWord(element.Name) is { } head && NonPersonRecords.NamesPerson(head);
}
