using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A page of rows (DG1008): a class, record or tuple whose members are collections and the numbers and flags that page them —
/// <c>CustomerListDto { List&lt;CustomerDto&gt; Items, TotalCount, Page, PageSize, TotalPages }</c>, <c>(IReadOnlyList&lt;Customer&gt;
/// Items, int TotalCount)</c>. The collection is the whole answer: whoever asked for the page gets its rows, unlike a catalogue
/// row that describes itself (<c>MessageCategory { Name, List&lt;Contact&gt; Contacts }</c>) and whose collection may not be loaded
/// (round 23's admin customer list, round 22's wrapped admin lists).
/// </summary>
internal static class PagedRows
{
    /// <summary>The element types of <paramref name="type"/>'s collections when it is a page of rows; empty otherwise.</summary>
    public static List<ITypeSymbol> RowsOf(ITypeSymbol type)
    {
        var rows = new List<ITypeSymbol>();
        foreach (var memberType in MemberTypes(type))
        {
            if (PersonalDataClassifier.ElementType(memberType) is { } row) rows.Add(row);
            else if (!IsCountOrFlag(memberType)) return new List<ITypeSymbol>();
        }

        return rows;
    }

    /// <summary>A tuple's elements; a class's or record's public instance fields and properties.</summary>
    private static IEnumerable<ITypeSymbol> MemberTypes(ITypeSymbol type)
        => type is INamedTypeSymbol { IsTupleType: true } tuple
            ? tuple.TupleElements.Select(e => e.Type)
            : type.TypeKind is TypeKind.Class or TypeKind.Struct && !PersonalDataClassifier.IsPlainValue(type)
                ? type.GetMembers().Where(m => m is { IsStatic: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public })
                    .Select(PersonalDataClassifier.MemberType).OfType<ITypeSymbol>()
                : Enumerable.Empty<ITypeSymbol>();

    /// <summary>A number or a flag, also nullable: a count, a page number, a size, "has next".</summary>
    private static bool IsCountOrFlag(ITypeSymbol type)
        => (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type).SpecialType
            is SpecialType.System_Boolean or >= SpecialType.System_SByte and <= SpecialType.System_Double;
}
