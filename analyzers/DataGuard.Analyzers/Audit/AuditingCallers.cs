using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// DG1008's look upwards: a gateway or repository method that reads records is on an audited path when every call of it in
/// this compilation is made from a method that audits — the use case or controller that calls <c>IAudit.CreateAuditEntry</c>
/// beside it — or, up to <see cref="WalkKind.Callers"/> levels, from one whose own callers all do. A method nobody in the
/// compilation calls (a controller action, a public API) has no such caller and stays reported.
/// </summary>
internal sealed class AuditingCallers
{
    private readonly Compilation _compilation;
    private readonly SourceBodies _bodies;
    private readonly AuditCalls _audits;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _answers = new(SymbolEqualityComparer.Default);
    private Dictionary<string, List<InvocationExpressionSyntax>>? _callsByName;

    public AuditingCallers(Compilation compilation, SourceBodies bodies, AuditCalls audits)
    {
        _compilation = compilation;
        _bodies = bodies;
        _audits = audits;
    }

    /// <summary>True when <paramref name="method"/> is called in this compilation, and every caller's path audits.</summary>
    public bool AllAudit(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_answers.TryGetValue(method, out var known)) return known;

        using var walk = BoundedWalk.Enter(WalkKind.Callers, method);
        if (!walk.Entered) return false;

        var callers = Callers(method);
        var audited = callers.Count > 0 && callers.All(caller => _bodies.Body(caller) is { } body && _audits.Audits(new[] { body }) || AllAudit(caller));
        // "No" past the bound or on a cycle is only "not found from here": kept only when this walk saw the whole chain.
        return audited || BoundedWalk.Depth(WalkKind.Callers) == 1 ? _answers.GetOrAdd(method, audited) : audited;
    }

    /// <summary>The methods of this compilation that call <paramref name="method"/>, directly or through what it implements or overrides.</summary>
    private List<IMethodSymbol> Callers(IMethodSymbol method)
    {
        var targets = new HashSet<IMethodSymbol>(CalledAs(method), SymbolEqualityComparer.Default);
        var callers = new List<IMethodSymbol>();
        if (!CallsByName().TryGetValue(method.Name, out var calls)) return callers;

        foreach (var call in calls)
        {
            var model = _bodies.Model(call.SyntaxTree);
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol target
                || !targets.Contains((target.ReducedFrom ?? target).OriginalDefinition)) continue;
            if (call.FirstAncestorOrSelf<SyntaxNode>(IsMember) is not { } member || model.GetDeclaredSymbol(member) is not IMethodSymbol caller) return new List<IMethodSymbol>();
            callers.Add(caller);
        }

        return callers;
    }

    /// <summary>The method itself, the methods it overrides and the interface methods it implements.</summary>
    private static IEnumerable<IMethodSymbol> CalledAs(IMethodSymbol method)
    {
        yield return method;
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden.OriginalDefinition;
        }

        if (method.ContainingType is not { } type) yield break;
        foreach (var candidate in type.AllInterfaces.SelectMany(i => i.GetMembers(method.Name)).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, method))
            {
                yield return candidate.OriginalDefinition;
            }
        }
    }

    private static bool IsMember(SyntaxNode node) => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;

    /// <summary>Every call in the compilation's source by the simple name of its target, found once from syntax.</summary>
    private Dictionary<string, List<InvocationExpressionSyntax>> CallsByName()
    {
        if (Volatile.Read(ref _callsByName) is { } known) return known;

        var index = new Dictionary<string, List<InvocationExpressionSyntax>>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (CalledNames.Of(call) is not { } name) continue;
                if (!index.TryGetValue(name, out var list)) index[name] = list = new List<InvocationExpressionSyntax>();
                list.Add(call);
            }
        }

        return Interlocked.CompareExchange(ref _callsByName, index, null) ?? index;
    }
}
