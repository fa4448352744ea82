using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// A parameter named for personal data that no person's data can fill: every call of its method passes a constant, null or
/// a configuration value — a seeding helper called with <c>"admin@school.com"</c>, <c>"staff@school.com"</c>, a mailer's
/// <c>fromEmail</c> that every caller leaves null or sets to the application's own sender (round 20) — or hands on a
/// parameter of its own that is always filled in the same way (a demo seeder's <c>SetupDoctorAsync(email: "…")</c> passing
/// <c>email</c> to <c>CreateUserAsync</c>, round 15). A private method's every call is in the declaring type. Another
/// method's calls are all known only in an executable (a library's are made from other projects), and only when the
/// framework cannot call it (<see cref="CalledOnlyBySource"/>); then every call in the compilation is read, through the
/// interfaces it implements too. A method the source also refers to without calling it (a method group handed on as a
/// delegate or subscribed to an event) has callers whose arguments are not shown: never constant.
/// </summary>
internal sealed class ConstantParameters
{
    private readonly SourceBodies _bodies;
    private readonly Audit.CallSites _sites;
    private readonly Compilation _compilation;
    private readonly bool _executable;
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _answers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _seeded = new(SymbolEqualityComparer.Default);

    public ConstantParameters(SourceBodies bodies, Audit.CallSites sites, Compilation compilation)
    {
        _bodies = bodies;
        _sites = sites;
        _compilation = compilation;
        _executable = Audit.UncalledMethods.IsExecutable(compilation);
    }

    /// <summary>
    /// A parameter of seeding code that only seeding code fills (a <c>ParentSeeder</c> handed the demo families another
    /// seeder generated): the seed's own records, which are no one's data (round 13's constant rule, across the seeders'
    /// calls). Only in an executable, where every call is in the compilation, and only when every call is known.
    /// </summary>
    public bool FilledBySeedCode(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol method && _executable && IsData(parameter.Type, 0) && CalledOnlyBySource(method)
           && _seeded.GetOrAdd(method.OriginalDefinition, m => !_sites.IsReferencedUncalled(m) && _sites.Of(m) is { Count: > 0 } sites && sites.All(site => Audit.StartupSeeding.IsSeedCode(site.Caller, _compilation)));

    public bool AlwaysConstant(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol method && (IsPrivate(method) || _executable && CalledOnlyBySource(method))
           && (_answers.TryGetValue(parameter, out var known) ? known : Compute(parameter));

    private static bool IsPrivate(IMethodSymbol method) => method is { DeclaredAccessibility: Accessibility.Private } or { MethodKind: MethodKind.LocalFunction };

    /// <summary>
    /// Values and records, not services: a plain value, a type of the program with no package base (<c>ParentData</c>), or a
    /// collection or tuple of them. A seeder handed the database context or a user manager reads what is stored, not the seed.
    /// </summary>
    private static bool IsData(ITypeSymbol type, int depth)
    {
        if (PersonalDataClassifier.IsPlainValue(type))
        {
            return true;
        }

        if (depth > 4 || type is not INamedTypeSymbol named)
        {
            return type is IArrayTypeSymbol array && depth <= 4 && IsData(array.ElementType, depth + 1);
        }

        if (named.IsTupleType)
        {
            return named.TupleElements.All(element => IsData(element.Type, depth + 1));
        }

        if (PersonalDataClassifier.ElementType(named) is { } element)
        {
            return IsData(element, depth + 1);
        }

        return named.Locations.Any(l => l.IsInSource) && OwnBases(named);
    }

    private static bool OwnBases(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            if (current.SpecialType == SpecialType.System_ValueType) return true;
            if (!current.Locations.Any(l => l.IsInSource)) return false;
        }

        return true;
    }

    /// <summary>
    /// An ordinary method without attributes, of a type whose bases are all the program's own and that implements no package's
    /// interface with it: no framework calls it by convention (an action of a <c>Controller</c>, a hub method, a handler).
    /// </summary>
    private static bool CalledOnlyBySource(IMethodSymbol method)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsOverride: false, ContainingType: { } type } || !method.GetAttributes().IsEmpty)
        {
            return false;
        }

        return OwnBases(type) && !type.AllInterfaces.Any(i => !i.Locations.Any(l => l.IsInSource) && Audit.UncalledMethods.Implements(type, i, method));
    }

    /// <summary>Handed-on parameters are followed as callers of callers are: bounded, a cycle answers "not shown constant".</summary>
    private bool Compute(IParameterSymbol parameter)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Callers, parameter);
        if (!walk.Entered)
        {
            return false;
        }

        var answer = Values(parameter) is { } values && values.TrueForAll(IsConstantFill);

        // An answer cut short by a cycle or the bound below the first level is not kept.
        if (BoundedWalk.Depth(WalkKind.Callers) <= 1)
        {
            _answers.TryAdd(parameter, answer);
        }

        return answer;
    }

    /// <summary>What every call passes for the parameter, or null when a call is not known or passes nothing for it.</summary>
    private List<IOperation>? Values(IParameterSymbol parameter)
    {
        var method = (IMethodSymbol)parameter.ContainingSymbol;

        // A method handed on as a delegate (a method group) is called by whoever invokes the delegate, with arguments not
        // shown here: an unknown caller, so the parameter may hold anyone's data.
        if (_sites.IsReferencedUncalled(method))
        {
            return null;
        }

        if (IsPrivate(method))
        {
            return CallerArguments.Of(parameter, _bodies);
        }

        if (_sites.Of(method) is not { Count: > 0 } sites)
        {
            return null;
        }

        var values = new List<IOperation>(sites.Count);
        foreach (var site in sites)
        {
            // A call through an interface binds the interface's parameter: the same position.
            var argument = site.Call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
            if (argument is null) return null;
            values.Add(argument.Value);
        }

        return values;
    }

    private bool IsConstantFill(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return OperatorValues.IsOperatorValue(value) || value is IDefaultValueOperation
               || value is IParameterReferenceOperation handed && AlwaysConstant(handed.Parameter);
    }
}
