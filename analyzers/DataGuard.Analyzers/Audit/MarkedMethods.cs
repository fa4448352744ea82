using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>Whether a method carries a marker attribute itself, on a method it overrides, or on an interface method it implements.</summary>
internal static class MarkedMethods
{
    public static bool Has(IMethodSymbol method, string attribute)
    {
        var definition = method.OriginalDefinition;
        if (PersonalAttributes.Has(definition, attribute)) return true;

        // Override chains are finite and acyclic in a compilation that binds.
        for (var overridden = definition.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (PersonalAttributes.Has(overridden, attribute)) return true;
        }

        return definition.ContainingType is { } type && type.AllInterfaces
            .SelectMany(i => i.GetMembers(definition.Name).OfType<IMethodSymbol>())
            .Any(candidate => PersonalAttributes.Has(candidate, attribute)
                && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), definition));
    }
}
