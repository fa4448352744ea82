using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>Every type an assembly declares, nested ones included, for DG1008's questions that look at the whole compilation.</summary>
internal static class DeclaredTypes
{
    public static IEnumerable<INamedTypeSymbol> Of(IAssemblySymbol assembly)
    {
        // An explicit stack, not recursion: namespaces nest arbitrarily deep in generated code.
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container) pending.Push(container);
                if (member is INamedTypeSymbol type) yield return type;
            }
        }
    }
}
