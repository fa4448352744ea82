using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Reflection metadata: a <c>Type</c>, <c>MemberInfo</c>, <c>PropertyInfo</c>, <c>ParameterInfo</c> or <c>Assembly</c> describes
/// code, never a person. A method that computes only from such objects (<c>GetClrTypeFullName(Type)</c>,
/// <c>GetDisplayName(PropertyInfo)</c>) returns a type's or member's name, whatever words its own name has.
/// </summary>
internal static class TypeMetadata
{
    /// <summary>True when every parameter (at least one) of the method is reflection metadata.</summary>
    public static bool IsDescribedBy(IMethodSymbol method)
        => method.Parameters.Length > 0 && method.Parameters.All(p => IsReflection(p.Type));

    /// <summary>The type or one of its base types is declared in <c>System.Reflection</c> (<c>System.Type</c> derives from <c>MemberInfo</c>).</summary>
    public static bool IsReflection(ITypeSymbol type)
        => BaseTypes.Any(type, static t => t.ContainingNamespace is { Name: "Reflection", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });
}
