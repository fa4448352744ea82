using System.Collections.Concurrent;
using System.Collections.Immutable;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Text parameters that hold a person's data because of what their own method does with them, whatever they are called
/// (<see cref="MailRecipients"/>, <see cref="UserIdLookups"/>): each method's body is read once, up to a bound, and the
/// parameters it uses so are kept per method.
/// </summary>
internal abstract class ParametersByUse
{
    /// <summary>Operations looked at in one method: a mailer's or a tool's body is short.</summary>
    private const int MaxOperations = 4000;

    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableHashSet<IParameterSymbol>> _byMethod = new(SymbolEqualityComparer.Default);

    protected ParametersByUse(SourceBodies bodies) => _bodies = bodies;

    /// <summary>True when <paramref name="parameter"/>'s method uses it as the subclass's use.</summary>
    protected bool IsUsed(IParameterSymbol parameter)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var definition = method.OriginalDefinition;
        var used = _byMethod.TryGetValue(definition, out var known) ? known : _byMethod.GetOrAdd(definition, Compute(definition));
        return used.Contains(parameter.OriginalDefinition);
    }

    /// <summary>Adds to <paramref name="found"/> the method's own parameters that <paramref name="operation"/> uses so.</summary>
    protected abstract void Collect(IOperation operation, IMethodSymbol method, ImmutableHashSet<IParameterSymbol>.Builder found);

    private ImmutableHashSet<IParameterSymbol> Compute(IMethodSymbol method)
    {
        if (_bodies.Body(method) is not { } body)
        {
            return ImmutableHashSet<IParameterSymbol>.Empty;
        }

        var found = ImmutableHashSet.CreateBuilder<IParameterSymbol>(SymbolEqualityComparer.Default);
        var seen = 0;
        foreach (var operation in body.Descendants())
        {
            if (++seen > MaxOperations)
            {
                break;
            }

            Collect(operation, method, found);
        }

        return found.ToImmutable();
    }

    /// <summary>Adds the parameter <paramref name="value"/> reads, when it is one of <paramref name="method"/>'s own.</summary>
    protected static void AddIfOwnParameter(ImmutableHashSet<IParameterSymbol>.Builder found, IOperation value, IMethodSymbol method)
    {
        if (OperationShapes.Unconverted(value) is IParameterReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol.OriginalDefinition, method))
        {
            found.Add(reference.Parameter.OriginalDefinition);
        }
    }
}
