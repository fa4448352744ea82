using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Whether code of another compilation can name a symbol: the one place that says when "nothing here calls it" is knowable.
/// The analyzer sees one compilation at a time, so a library's public member, a protected member of a type others can
/// derive from, or an internal one once the assembly names a friend (<c>InternalsVisibleTo</c>) may have its callers in
/// another project.
/// </summary>
internal sealed class AssemblyBoundary
{
    private const string FriendAttribute = "System.Runtime.CompilerServices.InternalsVisibleToAttribute";

    private readonly Lazy<bool> _hasFriends;

    public AssemblyBoundary(Compilation compilation)
    {
        _hasFriends = new Lazy<bool>(() => compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FriendAttribute),
            System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when other assemblies can name <paramref name="symbol"/>: it and every type that contains it are open to them.</summary>
    public bool IsVisibleOutside(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (!Opens(current)) return false;
        }

        return true;
    }

    private bool Opens(ISymbol symbol) => symbol.DeclaredAccessibility switch
    {
        Accessibility.Public => true,
        // A protected member is open to derived types elsewhere, unless nothing can derive from its type.
        Accessibility.Protected => symbol.ContainingType is not { IsSealed: true },
        Accessibility.ProtectedOrInternal => symbol.ContainingType is not { IsSealed: true } || _hasFriends.Value,
        Accessibility.Internal or Accessibility.ProtectedAndInternal => _hasFriends.Value,
        _ => false,
    };
}
