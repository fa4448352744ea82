using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// The records the program's own calls pass for an untyped parameter (<c>object message</c>, an unconstrained <c>T</c>): a
/// publishing helper that serialises and prints "any message" prints what its callers hand it — a chat message with the
/// sender's and recipient's user names (round 36's eRents, <c>PublishMessageAsync(string queue, object message)</c>). The
/// parameter's own type says nothing, so the types of the arguments decide: the ones with personal members are kept, and a
/// caller that hands on its own untyped parameter is followed, at most <see cref="MaxForwards"/> calls up, each method once.
/// </summary>
internal sealed class PassedRecords
{
    /// <summary>Calls followed upwards from a helper to the caller that knows the record's type (a generic overload, then its callers).</summary>
    private const int MaxForwards = 3;

    /// <summary>Record types kept per parameter: a few show what the helper prints.</summary>
    private const int MaxTypes = 4;

    private readonly Audit.CallSites _sites;
    private readonly Sources.PersonalDataClassifier _classifier;
    private readonly ConcurrentDictionary<IParameterSymbol, ImmutableArray<ITypeSymbol>> _answers = new(SymbolEqualityComparer.Default);

    public PassedRecords(Audit.CallSites sites, Sources.PersonalDataClassifier classifier)
    {
        _sites = sites;
        _classifier = classifier;
    }

    /// <summary>
    /// True for a parameter of the program's own method whose type holds any object: <c>object</c> or a type parameter. An
    /// override (<c>Equals(object obj)</c>) is left out: the framework calls it with anything, and every call of its name
    /// across the compilation would be bound to find out.
    /// </summary>
    public static bool IsUntyped(IParameterSymbol parameter)
        => parameter.Type is { SpecialType: SpecialType.System_Object } or ITypeParameterSymbol
           && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsOverride: false, ExplicitInterfaceImplementations.IsEmpty: true } method
           && !method.Locations.IsEmpty && method.Locations[0].IsInSource;

    /// <summary>The types with personal members that the compilation's calls pass for <paramref name="parameter"/>; empty when none.</summary>
    public ImmutableArray<ITypeSymbol> Of(IParameterSymbol parameter)
        => IsUntyped(parameter) ? _answers.GetOrAdd(parameter.OriginalDefinition, Find) : ImmutableArray<ITypeSymbol>.Empty;

    private ImmutableArray<ITypeSymbol> Find(IParameterSymbol parameter)
    {
        var found = ImmutableArray.CreateBuilder<ITypeSymbol>();
        var visited = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<(IParameterSymbol Parameter, int Depth)>();
        pending.Enqueue((parameter, 0));
        while (pending.Count > 0 && found.Count < MaxTypes)
        {
            var (next, depth) = pending.Dequeue();
            if (!visited.Add(next) || _sites.Of((IMethodSymbol)next.ContainingSymbol) is not { } calls)
            {
                continue;
            }

            foreach (var site in calls)
            {
                var value = Argument(site.Call, next);
                if (value is IParameterReferenceOperation { Parameter: var handed } && IsUntyped(handed))
                {
                    if (depth < MaxForwards) pending.Enqueue((handed.OriginalDefinition, depth + 1));
                }
                else if (value?.Type is { } type && !_classifier.PersonalMembers(type).IsEmpty && !found.Contains(type, SymbolEqualityComparer.Default) && found.Count < MaxTypes)
                {
                    found.Add(type);
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The value a call passes for the parameter, conversions to <c>object</c> removed.</summary>
    private static IOperation? Argument(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter))
            {
                return OperationShapes.Unconverted(argument.Value);
            }
        }

        return null;
    }
}
