using System.Collections.Concurrent;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Constructors of this compilation that copy request content out of a parameter into the object they build: a crash
/// report's <c>new RequestDetails(context.Request)</c> whose body reads <c>request.Form</c> and <c>request.Headers</c>. The
/// caller hands over only the request object, so the copy is seen in the constructor's own body — one level, not followed
/// into further calls.
/// </summary>
internal sealed class RequestCopyingConstructors
{
    /// <summary>Operations looked at in one constructor body: a copy is a handful of assignments.</summary>
    private const int MaxOperations = 2000;

    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IMethodSymbol, ISymbol?> _copied = new(SymbolEqualityComparer.Default);

    public RequestCopyingConstructors(SourceBodies bodies)
    {
        _bodies = bodies;
    }

    /// <summary>The request content the constructor reads from one of its parameters (<c>HttpRequest.Form</c>), or null.</summary>
    public ISymbol? CopiedContent(IMethodSymbol constructor)
    {
        constructor = constructor.OriginalDefinition;
        return _copied.TryGetValue(constructor, out var known) ? known : _copied.GetOrAdd(constructor, Scan(constructor));
    }

    private ISymbol? Scan(IMethodSymbol constructor)
    {
        if (constructor.Parameters.IsEmpty || _bodies.Body(constructor) is not { } body)
        {
            return null;
        }

        var seen = 0;
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (++seen > MaxOperations)
            {
                return null;
            }

            if (operation is IMemberReferenceOperation member && ReadFromParameter(member.Instance, constructor)
                && RequestContent.WholeContentRead(operation) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="instance"/> is a parameter of <paramref name="constructor"/> or a member chain on one (<c>context.Request</c>).</summary>
    private static bool ReadFromParameter(IOperation? instance, IMethodSymbol constructor)
        => WalkShapes.RootVariable(instance) is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, constructor);
}
