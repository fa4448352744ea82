using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Code that fills or resets the database when the program starts — seeders and EF Core migrations — reads rows to find what
/// is there already, on no one's request: no officer looks anyone up, so DG1008 asks no audit of it. Known by its symbols:
/// a method or type named for seeding (<c>SeedRolesAsync</c>, <c>DbSeeder</c>, <c>SeedServiceProvider</c>), a database
/// initializer (<c>DbInitializer</c>), or a class deriving from EF Core's <c>Migration</c>. The program's entry point
/// (<c>Main</c>, top-level statements) runs once at start-up too: its own statements — repairing roles over all accounts
/// before <c>app.Run()</c> — serve no request, while the handler lambdas it maps are requests of their own.
/// </summary>
internal static class StartupSeeding
{
    private static readonly HashSet<string> SeedWords = new(StringComparer.Ordinal) { "seed", "seeder", "seeding" };

    private static readonly HashSet<string> DatabaseWords = new(StringComparer.Ordinal) { "db", "data", "database" };

    public static bool Is(IMethodSymbol method)
    {
        return NamedForSeeding(method.Name) || method.ContainingType is { } type && IsSeedingType(type);
    }

    /// <summary>A type (or a type it is nested in) named for seeding, a database initializer, a migration, or implementing <c>ISeeder</c>.</summary>
    public static bool IsSeedingType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (NamedForSeeding(current.Name) || IsDatabaseInitializer(current.Name) || IsMigration(current)
                || current.Interfaces.Any(i => NamedForSeeding(i.Name))) return true;
        }

        return false;
    }

    /// <summary>
    /// A type whose values only seeding makes — named for seeding (<c>UserSeedData</c>) or private to a seeding type (a
    /// <c>DataSeeder</c>'s <c>PatientProfileData</c>): its records hold the seeder's made-up people, no one's data.
    /// </summary>
    public static bool IsSeedDataType(INamedTypeSymbol type)
        => NamedForSeeding(type.Name) || type is { DeclaredAccessibility: Accessibility.Private, ContainingType: { } owner } && IsSeedingType(owner);

    /// <summary>
    /// Code that seeds or starts the program: a seeding method or type (<see cref="Is"/>), the entry point, or a local function
    /// of either (<c>async Task CreateAdminUser(…)</c> among the top-level statements).
    /// </summary>
    public static bool IsSeedCode(IMethodSymbol method, Compilation compilation)
    {
        var outer = method;
        while (outer.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction && outer.ContainingSymbol is IMethodSymbol container) outer = container;
        return Is(outer) || IsProgramStart(outer, compilation, System.Threading.CancellationToken.None);
    }

    /// <summary>True for the compilation's entry point: <c>Main</c> or the top-level statements.</summary>
    public static bool IsProgramStart(IMethodSymbol method, Compilation compilation, System.Threading.CancellationToken cancellation)
        => method.MethodKind == MethodKind.Ordinary && method.IsStatic
           && SymbolEqualityComparer.Default.Equals(compilation.GetEntryPoint(cancellation), method);

    private static bool NamedForSeeding(string name) => IdentifierWords.Words(name).Select(IdentifierWords.Singular).Any(SeedWords.Contains);

    private static bool IsDatabaseInitializer(string name)
    {
        var words = IdentifierWords.Words(name);
        return words.Count > 1 && IdentifierWords.LastWord(words) is "initializer" or "initialiser" && words.Take(words.Count - 1).Any(DatabaseWords.Contains);
    }

    /// <summary>EF Core's migration code (<see cref="Flow.EfMigrationCode"/>): a migration, its designer half, a model snapshot.</summary>
    private static bool IsMigration(INamedTypeSymbol type) => Flow.EfMigrationCode.IsMigrationType(type);
}
