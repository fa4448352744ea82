using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// A parameter named for personal data that no person's data can fill: every call of its private method (or local
/// function) passes a constant — a seeding helper called with <c>"admin@school.com"</c>, <c>"staff@school.com"</c>. Only
/// private methods are asked: their every call is in the declaring type, and nothing outside can pass a person's data in.
/// </summary>
internal sealed class ConstantParameters
{
    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public ConstantParameters(SourceBodies bodies)
    {
        _bodies = bodies;
    }

    public bool AlwaysConstant(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol { DeclaredAccessibility: Accessibility.Private } or IMethodSymbol { MethodKind: MethodKind.LocalFunction }
           && (_answers.TryGetValue(parameter, out var known) ? known : _answers.GetOrAdd(parameter, Compute(parameter)));

    private bool Compute(IParameterSymbol parameter)
        => CallerArguments.Of(parameter, _bodies) is { } values && values.TrueForAll(value => value.ConstantValue.HasValue);
}
