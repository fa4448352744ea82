using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The seed list of a seeding class (<c>ApplicationInitializer : ISeeder</c> filling <c>_users.AddRange(new[] { new User {
/// UserName = "maria.lazarova", … } })</c>): a private collection field of a seeding type whose initializer is empty and
/// whose every <c>Add</c>/<c>AddRange</c> in its type adds records built from constants. What the seeder later reads from it
/// — <c>foreach (var user in _users) … user.UserName</c> — is a demo account, not a person's data. A field filled with
/// anything else (rows read from the database, a parameter) or handed to the application's own methods is not a seed list.
/// </summary>
internal sealed class SeedCollections
{
    private static readonly HashSet<string> Adders = new(StringComparer.Ordinal) { "Add", "AddRange" };

    private readonly SourceBodies _bodies;
    private readonly Func<IOperation, bool> _isSeedRecord;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<IFieldSymbol>> _byType = new(SymbolEqualityComparer.Default);

    /// <param name="bodies">The compilation's source, for the semantic models.</param>
    /// <param name="isSeedRecord">True for a record built from constants (<see cref="TaintEvaluator"/> in direct mode).</param>
    public SeedCollections(SourceBodies bodies, Func<IOperation, bool> isSeedRecord)
    {
        _bodies = bodies;
        _isSeedRecord = isSeedRecord;
    }

    public bool HoldsSeedRecords(IFieldSymbol field)
        => field is { DeclaredAccessibility: Accessibility.Private, IsImplicitlyDeclared: false, ContainingType: { } owner }
           && _byType.GetOrAdd(owner.OriginalDefinition, Judge).Contains(field.OriginalDefinition);

    private ImmutableHashSet<IFieldSymbol> Judge(INamedTypeSymbol type)
    {
        if (!Audit.StartupSeeding.IsSeedingType(type)) return ImmutableHashSet<IFieldSymbol>.Empty;

        var names = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.DeclaredAccessibility == Accessibility.Private && IsCollection(f.Type))
            .Select(f => f.Name).ToImmutableHashSet();
        var given = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        var spoiled = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in names.IsEmpty ? ImmutableArray<SyntaxReference>.Empty : type.DeclaringSyntaxReferences)
        {
            var model = _bodies.Model(reference.SyntaxTree);
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => names.Contains(n.Identifier.ValueText)))
            {
                if (model.GetOperation(name) is not IFieldReferenceOperation { Field: var field } use) continue;
                (Judge(use) ? given : spoiled).Add(field.OriginalDefinition);
            }

            foreach (var declarator in reference.GetSyntax().DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => names.Contains(d.Identifier.ValueText)))
            {
                if (declarator.Initializer is { } initializer && model.GetOperation(initializer) is IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } initialized
                    && !IsEmpty(initialized.Value)) spoiled.Add(fields[0].OriginalDefinition);
            }
        }

        given.ExceptWith(spoiled);
        return given.ToImmutableHashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>
    /// True for a use that adds seed records; false for one that fills the field otherwise or hands it to the application's own
    /// code (which may fill it); reads, loops and library calls (<c>_users.Where(…)</c>) pass.
    /// </summary>
    private bool Judge(IFieldReferenceOperation use)
        => use.Parent switch
        {
            IInvocationOperation call when call.Instance == use && Adders.Contains(call.TargetMethod.Name)
                => call.Arguments.All(a => Elements(a.Value).All(_isSeedRecord)),
            IAssignmentOperation assignment when assignment.Target == use => IsEmpty(assignment is ISimpleAssignmentOperation simple ? simple.Value : assignment),
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod: var method } } => _bodies.Body(method) is null,
            _ => true,
        };

    private static IEnumerable<IOperation> Elements(IOperation value)
        => value switch
        {
            IConversionOperation conversion => Elements(conversion.Operand),
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            _ => new[] { value },
        };

    /// <summary><c>new()</c>, <c>new List&lt;User&gt;()</c>, <c>[]</c>: an empty collection to be filled.</summary>
    private static bool IsEmpty(IOperation value)
        => value switch
        {
            IConversionOperation conversion => IsEmpty(conversion.Operand),
            IObjectCreationOperation creation => creation.Arguments.IsEmpty && creation.Initializer is null or { Initializers.IsEmpty: true },
            _ => false,
        };

    private static bool IsCollection(ITypeSymbol type)
        => type.SpecialType != SpecialType.System_String && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);
}
