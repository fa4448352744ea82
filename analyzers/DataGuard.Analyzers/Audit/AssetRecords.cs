using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Rows that describe a thing the organisation keeps — a rental fleet's car, a pool vehicle — carry a plate and the address
/// where the thing stands, but belong to nobody: reading them looks no person up (DG1008; round 14: a car-rental catalogue,
/// fleet management and booking forms). A type is such a row when every personal column is a plate or an address, none is
/// marked personal by attribute, and nothing on it points to one person — no key or reference named for a person
/// (<c>OwnerId</c>, <c>DriverName</c>, <c>UserId</c>) and no single navigation to a person's record. A registry's vehicle
/// with its owner stays a person's record; the bookings a car has (a collection) are judged when they are loaded.
/// </summary>
internal static class AssetRecords
{
    public static bool Is(ITypeSymbol type, IReadOnlyCollection<ISymbol> personalColumns)
    {
        var values = personalColumns.Where(c => !PersonalDataClassifier.IsNavigation(c) && !IsDerived(c, type)).ToList();
        return values.Count > 0 && values.All(IsPlateOrPlace)
               && !personalColumns.Any(c => PersonalDataClassifier.IsNavigation(c) && !OrganisationRecords.IsCollection(c))
               && !Members(type).Any(NonPersonRecords.TiesToPerson);
    }

    /// <summary><c>LicensePlate</c>, <c>PlateNumber</c>, <c>LocationAddress</c>: what identifies the thing and where it stands.</summary>
    private static bool IsPlateOrPlace(ISymbol column)
    {
        if (PersonalAttributes.IsMarked(column)) return false;
        var words = IdentifierWords.Words(column.Name);
        return words.Contains("plate") || IdentifierWords.LastWord(words) == "address" && !words.Any(PersonalNames.IsPersonOrServedNoun);
    }

    /// <summary>
    /// <c>string DisplayName => $"{Make} {Model} - {LicensePlate}"</c>: a get-only property computed from the row's other
    /// properties shows what they hold and is no column of its own.
    /// </summary>
    private static bool IsDerived(ISymbol member, ITypeSymbol type)
    {
        if (member is not IPropertySymbol { SetMethod: null } property || property.DeclaringSyntaxReferences.Length != 1) return false;
        if (property.DeclaringSyntaxReferences[0].GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody: { } body }) return false;
        var others = new HashSet<string>(Members(type).OfType<IPropertySymbol>().Where(p => p.Name != property.Name).Select(p => p.Name), StringComparer.Ordinal);
        return body.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>().Any(name => others.Contains(name.Identifier.ValueText));
    }

    private static IEnumerable<ISymbol> Members(ITypeSymbol type)
        => BaseTypes.Chain(type).TakeWhile(t => t.SpecialType != SpecialType.System_Object)
            .SelectMany(t => t.GetMembers())
            .Where(member => member is IPropertySymbol or IFieldSymbol && !member.IsImplicitlyDeclared);
}
