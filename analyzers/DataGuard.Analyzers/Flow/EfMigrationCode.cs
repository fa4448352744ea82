using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// EF Core's migration code, which its tools write and no request runs: a <c>Migration</c>, its designer half marked
/// <c>[DbContext]</c> and <c>[Migration]</c>, a <c>ModelSnapshot</c>. Round 26: 659 migration files of one compilation (1.64M
/// lines, nearly all designer files) cost DG1008 982 s, most of it the compilation-wide syntax index walking every node of
/// the designers' builder chains. Told by symbol for a method's type, and by syntax for a whole file before any walk.
/// </summary>
internal static class EfMigrationCode
{
    private static readonly string[] Bases =
    {
        "Microsoft.EntityFrameworkCore.Migrations.Migration", "Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot",
    };

    private static readonly string[] Attributes =
    {
        "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute", "Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute",
    };

    /// <summary>The simple names a file writes them with: <c>: Migration</c>, <c>[DbContext(…)]</c>, <c>[Migration("…")]</c>.</summary>
    private static readonly HashSet<string> WrittenNames = new(
        Bases.Concat(Attributes).SelectMany(name => WrittenForms(name.Substring(name.LastIndexOf('.') + 1))), StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<Compilation, IReadOnlyList<SyntaxTree>> ApplicationTrees = new();

    /// <summary>A type EF's tools wrote for migrations: derived from <c>Migration</c> or <c>ModelSnapshot</c>, or marked by them.</summary>
    public static bool IsMigrationType(INamedTypeSymbol type)
        => Bases.Any(b => PersonalAttributes.InheritsFrom(type, b)) || Attributes.Any(a => PersonalAttributes.Has(type, a));

    /// <summary>The compilation's trees but its migration files, once per compilation: what the compilation-wide walks read.</summary>
    public static IReadOnlyList<SyntaxTree> TreesOutsideMigrations(Compilation compilation)
        => ApplicationTrees.GetValue(compilation, c => c.SyntaxTrees.Where(tree => !IsMigrationFile(tree)).ToList());

    /// <summary>
    /// A file whose every type is migration code by its syntax: a base named <c>Migration</c> or <c>ModelSnapshot</c>, or an
    /// attribute named <c>DbContext</c> or <c>Migration</c>. Only the file's namespace-level declarations are read, no body.
    /// </summary>
    public static bool IsMigrationFile(SyntaxTree tree)
    {
        var types = TopLevelTypes(tree.GetRoot()).ToList();
        return types.Count > 0 && types.All(IsWrittenAsMigration);
    }

    private static bool IsWrittenAsMigration(BaseTypeDeclarationSyntax type)
        => type.AttributeLists.SelectMany(list => list.Attributes).Any(a => WrittenNames.Contains(RightmostName(a.Name)))
           || type.BaseList?.Types.FirstOrDefault() is { } first && WrittenNames.Contains(RightmostName(first.Type));

    private static IEnumerable<BaseTypeDeclarationSyntax> TopLevelTypes(SyntaxNode root)
    {
        foreach (var member in root is CompilationUnitSyntax unit ? unit.Members : default)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                foreach (var inner in ns.Members.OfType<BaseTypeDeclarationSyntax>()) yield return inner;
            }
            else if (member is BaseTypeDeclarationSyntax type)
            {
                yield return type;
            }
        }
    }

    private static string RightmostName(TypeSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => "",
    };

    /// <summary><c>MigrationAttribute</c> is written <c>Migration</c> or <c>MigrationAttribute</c>.</summary>
    private static IEnumerable<string> WrittenForms(string typeName)
    {
        yield return typeName;
        if (typeName.EndsWith("Attribute", StringComparison.Ordinal)) yield return typeName.Substring(0, typeName.Length - "Attribute".Length);
    }
}
