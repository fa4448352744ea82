using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// A parameter named for personal data that no person's data can fill: every call of its private method (or local
/// function) passes a constant — a seeding helper called with <c>"admin@school.com"</c>, <c>"staff@school.com"</c> — or
/// hands on a parameter of its own that is always constant in the same way (a demo seeder's <c>SetupDoctorAsync(email: "…")</c>
/// passing <c>email</c> to <c>CreateUserAsync</c>, round 15). Only private methods are asked: their every call is in the
/// declaring type, and nothing outside can pass a person's data in.
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
           && (_answers.TryGetValue(parameter, out var known) ? known : Compute(parameter));

    /// <summary>Handed-on parameters are followed as callers of callers are: bounded, a cycle answers "not shown constant".</summary>
    private bool Compute(IParameterSymbol parameter)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Callers, parameter);
        if (!walk.Entered)
        {
            return false;
        }

        var answer = CallerArguments.Of(parameter, _bodies) is { } values && values.TrueForAll(IsConstantFill);

        // An answer cut short by a cycle or the bound below the first level is not kept.
        if (BoundedWalk.Depth(WalkKind.Callers) <= 1)
        {
            _answers.TryAdd(parameter, answer);
        }

        return answer;
    }

    private bool IsConstantFill(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue.HasValue || value is IParameterReferenceOperation handed && AlwaysConstant(handed.Parameter);
    }
}
