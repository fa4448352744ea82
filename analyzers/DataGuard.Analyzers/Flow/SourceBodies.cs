using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The operation trees of methods, property getters and field initializers declared in this compilation, for summaries of
/// calls and for constant addresses held in readonly fields.
/// </summary>
internal sealed class SourceBodies
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, IOperation?> _cache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public SourceBodies(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The body of a method or accessor declared in source, or null (metadata, abstract, extern, auto-property).</summary>
    public IOperation? Body(IMethodSymbol method)
    {
        method = method.PartialImplementationPart ?? method;
        var key = method.OriginalDefinition;
        return _cache.TryGetValue(key, out var body) ? body : _cache.GetOrAdd(key, Compute(key));
    }

    /// <summary>The initializer value of a readonly field or get-only property declared in source.</summary>
    public IOperation? Initializer(ISymbol member) => _cache.GetOrAdd(member.OriginalDefinition, m => Compute(m));

    /// <summary>
    /// The value a constructor of the field's type assigns to <c>field.BaseAddress</c> (typed HttpClients configured in their
    /// constructor), or null.
    /// </summary>
    public IOperation? BaseAddressAssignedInConstructors(IFieldSymbol field)
        => AssignedInConstructors(field, target => target is IPropertyReferenceOperation { Property.Name: "BaseAddress", Instance: IFieldReferenceOperation inner } ? inner : null)
            .FirstOrDefault();

    /// <summary>
    /// The values the constructors of the field's type assign to the field itself (<c>_apiUrl = new Uri(baseUrl + token)</c>):
    /// a readonly address set once, from the constructor's arguments or their defaults.
    /// </summary>
    public IEnumerable<IOperation> ValuesAssignedInConstructors(IFieldSymbol field)
        => AssignedInConstructors(field, target => target as IFieldReferenceOperation);

    /// <summary>The values assigned in the constructors to what <paramref name="fieldOf"/> finds to be <paramref name="field"/>.</summary>
    private IEnumerable<IOperation> AssignedInConstructors(IFieldSymbol field, System.Func<IOperation, IFieldReferenceOperation?> fieldOf)
    {
        foreach (var constructor in field.ContainingType.InstanceConstructors)
        {
            if (Body(constructor) is not { } body)
            {
                continue;
            }

            foreach (var operation in body.Descendants())
            {
                if (operation is ISimpleAssignmentOperation assignment && fieldOf(assignment.Target) is { } target
                    && SymbolEqualityComparer.Default.Equals(target.Field, field))
                {
                    yield return assignment.Value;
                }
            }
        }
    }

    private IOperation? Compute(ISymbol symbol)
    {
        var reference = symbol.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null)
        {
            return null;
        }

        // In the IDE a project reference is a compilation reference: the symbols of the other project point at its trees,
        // which this compilation cannot bind. Their bodies are as unknown here as a package's.
        if (!_compilation.ContainsSyntaxTree(reference.SyntaxTree))
        {
            return null;
        }

        var syntax = reference.GetSyntax();
        SyntaxNode? target = symbol switch
        {
            IMethodSymbol => syntax switch
            {
                BaseMethodDeclarationSyntax m when m.Body is not null || m.ExpressionBody is not null => m,
                AccessorDeclarationSyntax a when a.Body is not null || a.ExpressionBody is not null => a,
                ArrowExpressionClauseSyntax arrow => arrow,
                LocalFunctionStatementSyntax local => local,
                // A C# 12 primary constructor's body is its base initializer: class NotFound(string key) : Exception($"{key}").
                TypeDeclarationSyntax { ParameterList: not null } type => type.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault(),
                _ => null,
            },
            IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true } => (syntax as VariableDeclaratorSyntax)?.Initializer?.Value,
            IPropertySymbol { IsReadOnly: true } => syntax is PropertyDeclarationSyntax p
                ? p.Initializer?.Value ?? p.ExpressionBody?.Expression
                : null,
            _ => null,
        };
        if (target is null)
        {
            return null;
        }

        return Model(target.SyntaxTree).GetOperation(target);
    }

    /// <summary>
    /// The semantic model of a tree of this compilation, one per tree: summaries and DG1008's callers need the operations and
    /// symbols of other declarations, and a semantic model is the only way to get them.
    /// </summary>
    public SemanticModel Model(SyntaxTree tree)
    {
#pragma warning disable RS1030
        return _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
