using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Private fields that hold one of the operator's settings: their initializer and every assignment to them in their type
/// store a constant or a configuration value, at least one of them more than an empty placeholder (<c>_fromEmail =
/// config["Mail:From"] ?? ""</c>, <c>_adminEmail = options.Value.AdminEmail</c>). Their names then describe the organisation's
/// sender or seed account, not a person's data. Only private fields count: nothing outside their type can store a person's
/// value in them. A constructor that configures a connection (<see cref="ConnectionConstructors"/>) stores the operator's settings
/// from its parameters too. Each type's fields are judged together, in one pass over its syntax, the first time one of them is asked.
/// </summary>
internal sealed class SettingFields
{
    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<IFieldSymbol>> _byType = new(SymbolEqualityComparer.Default);

    public SettingFields(SourceBodies bodies) => _bodies = bodies;

    public bool HoldsSetting(IFieldSymbol field)
        => field is { DeclaredAccessibility: Accessibility.Private, IsImplicitlyDeclared: false, ContainingType: { } owner }
           && _byType.GetOrAdd(owner.OriginalDefinition, Judge).Contains(field.OriginalDefinition);

    private ImmutableHashSet<IFieldSymbol> Judge(INamedTypeSymbol type)
    {
        var names = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.DeclaredAccessibility == Accessibility.Private).Select(f => f.Name).ToImmutableHashSet();
        var given = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        var spoiled = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var model = _bodies.Model(reference.SyntaxTree);
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                var (field, value) = Store(node, names, model);
                if (field is null || value is null) continue;
                if (!OperatorValues.IsOperatorValue(value) && !ConnectionConstructors.StoresConnectionParameter(node, value)) spoiled.Add(field);
                else if (!IsPlaceholder(value)) given.Add(field);
            }
        }

        given.ExceptWith(spoiled);
        return given.ToImmutableHashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
    }

    /// <summary>
    /// <c>null</c>, <c>""</c> or <c>default</c>: a field that holds only these is filled where no assignment shows it (a serializer,
    /// an ORM's backing field), so they say nothing about what it holds.
    /// </summary>
    private static bool IsPlaceholder(IOperation value) => value.ConstantValue is { HasValue: true, Value: null or "" };

    /// <summary>The field of one of <paramref name="names"/> that the node stores a value in (initializer or assignment), and the value.</summary>
    private static (IFieldSymbol? Field, IOperation? Value) Store(SyntaxNode node, ImmutableHashSet<string> names, SemanticModel model)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                when names.Contains(declarator.Identifier.ValueText) && declarator.Parent?.Parent is FieldDeclarationSyntax:
                return model.GetOperation(initializer) is IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } initialized
                    ? (fields[0].OriginalDefinition, initialized.Value)
                    : default;
            case AssignmentExpressionSyntax assignment when CalledNames.Of(assignment.Left) is { } name && names.Contains(name):
                // A compound assignment (_list += x) is no setting: the assignment itself stands as its value.
                return model.GetOperation(assignment) is IAssignmentOperation { Target: IFieldReferenceOperation target } stored
                    ? (target.Field.OriginalDefinition, (stored as ISimpleAssignmentOperation)?.Value ?? stored)
                    : default;
            default:
                return default;
        }
    }
}
