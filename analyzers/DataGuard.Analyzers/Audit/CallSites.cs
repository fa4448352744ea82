using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Where the compilation's own source calls a method — directly, through a method it overrides or an interface method it
/// implements — and which simple names its source mentions at all. DG1008 looks upwards from a read through these: to the
/// callers' audits (<see cref="AuditingCallers"/>), to what callers do with a returned row (<see cref="DisclosedReads"/>),
/// to the values callers pass as a key (<see cref="SignedInUser"/>), and to methods nothing calls (<see cref="UncalledMethods"/>).
/// The names and calls come from the compilation's one syntax index (<see cref="SourceSyntax"/>); only the calls of the
/// right name are bound, and none among top-level statements (<see cref="TopLevelStatements"/>), where a call has no method
/// around it anyway: there the call's shape (<see cref="CallShapes"/>) decides whether it may be one of the method.
/// </summary>
internal sealed class CallSites
{
    private readonly SourceSyntax _syntax;
    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<Site>?> _known = new(SymbolEqualityComparer.Default);

    public CallSites(SourceSyntax syntax, SourceBodies bodies)
    {
        _syntax = syntax;
        _bodies = bodies;
    }

    /// <summary>One call of a method: the call and the method, accessor or local function that makes it.</summary>
    public readonly struct Site
    {
        public Site(IInvocationOperation call, IMethodSymbol caller)
        {
            Call = call;
            Caller = caller;
        }

        public IInvocationOperation Call { get; }

        public IMethodSymbol Caller { get; }
    }

    /// <summary>
    /// Every call of <paramref name="method"/> in this compilation's source, or null when one of them is made outside any
    /// method (a field initializer, a lambda handed to the framework at start-up): then its callers are not all known. Kept
    /// per method: each call of the name is bound, which binds the whole body around it.
    /// </summary>
    public IReadOnlyList<Site>? Of(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        return _known.TryGetValue(method, out var known) ? known : _known.GetOrAdd(method, Collect(method));
    }

    /// <summary>
    /// True when every call of <paramref name="method"/> is made inside a method and <paramref name="holds"/> for its caller.
    /// Stops at the first call that fails, before binding the calls after it (<see cref="Of"/> binds them all).
    /// </summary>
    public bool AllCallers(IMethodSymbol method, System.Func<IMethodSymbol, bool> holds)
    {
        method = method.OriginalDefinition;
        if (_known.TryGetValue(method, out var known)) return known is not null && known.All(site => holds(site.Caller));

        foreach (var site in Find(method))
        {
            if (site is not { } found || !holds(found.Caller)) return false;
        }

        return true;
    }

    private List<Site>? Collect(IMethodSymbol method)
    {
        var sites = new List<Site>();
        foreach (var site in Find(method))
        {
            if (site is not { } found) return null;
            sites.Add(found);
        }

        return sites;
    }

    /// <summary>The calls of <paramref name="method"/>, bound one at a time; null for a call made outside any method.</summary>
    private IEnumerable<Site?> Find(IMethodSymbol method)
    {
        var targets = new HashSet<IMethodSymbol>(CalledAs(method), SymbolEqualityComparer.Default);
        foreach (var call in _syntax.Calls(method.Name))
        {
            if (TopLevelStatements.Contain(call))
            {
                // Made outside any method whenever it calls this one: judged by its arguments, not bound (that binds the whole program).
                if (!CallShapes.CannotCall(call, method))
                {
                    yield return null;
                    yield break;
                }

                continue;
            }

            var model = _bodies.Model(call.SyntaxTree);
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol target
                || !targets.Contains((target.ReducedFrom ?? target).OriginalDefinition)) continue;
            if (call.FirstAncestorOrSelf<SyntaxNode>(IsMember) is not { } member || model.GetDeclaredSymbol(member) is not IMethodSymbol caller
                || model.GetOperation(call) is not IInvocationOperation operation)
            {
                yield return null;
                yield break;
            }

            yield return new Site(operation, caller);
        }
    }

    /// <summary>
    /// True when the source refers to <paramref name="method"/> other than by calling it: a method group handed on as a delegate
    /// (<c>list.ForEach(Notify)</c>, <c>button.Click += OnClick</c>, <c>new Action&lt;string&gt;(Notify)</c>). Whoever invokes the
    /// delegate passes arguments this compilation does not show, so the method has callers that <see cref="Of"/> cannot list.
    /// A <c>nameof</c> names the method and calls nothing. Only the mentions beyond the calls of the name are bound.
    /// </summary>
    public bool IsReferencedUncalled(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (OnlyCalled(method.Name) || !IsMentioned(method.Name))
        {
            return false;
        }

        var targets = new HashSet<IMethodSymbol>(CalledAs(method), SymbolEqualityComparer.Default);
        foreach (var mention in _syntax.Mentions(method.Name))
        {
            if (IsInvokedName(mention) || IsInsideNameof(mention)) continue;
            // Among top-level statements a name handed on as a value may be the method group: not bound (that binds the whole program).
            if (TopLevelStatements.Contain(mention))
            {
                if (IsHandedOn(mention)) return true;
                continue;
            }

            var info = _bodies.Model(mention.SyntaxTree).GetSymbolInfo(mention);
            if (new[] { info.Symbol }.Concat(info.CandidateSymbols).OfType<IMethodSymbol>()
                .Any(m => targets.Contains((m.ReducedFrom ?? m).OriginalDefinition))) return true;
        }

        return false;
    }

    /// <summary><c>Notify(x)</c>, <c>svc.Notify(x)</c>, <c>svc?.Notify(x)</c>: the name is the invoked expression's.</summary>
    private static bool IsInvokedName(SimpleNameSyntax mention)
    {
        SyntaxNode expression = mention.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == mention => access,
            MemberBindingExpressionSyntax binding when binding.Name == mention => binding,
            _ => mention,
        };
        return expression.Parent is InvocationExpressionSyntax call && call.Expression == expression;
    }

    /// <summary><c>Register(Notify)</c>, <c>x.Click += Notify</c>, <c>Action a = svc.Notify</c>: the name is a value handed on whole.</summary>
    private static bool IsHandedOn(SimpleNameSyntax mention)
    {
        ExpressionSyntax expression = mention.Parent is MemberAccessExpressionSyntax access && access.Name == mention ? access : mention;
        return expression.Parent is ArgumentSyntax or EqualsValueClauseSyntax
               || expression.Parent is AssignmentExpressionSyntax assignment && assignment.Right == expression;
    }

    private static bool IsInsideNameof(SyntaxNode mention)
        => mention.Ancestors().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    /// <summary>True when the source names <paramref name="name"/> anywhere outside declarations: a call, a method group, a <c>nameof</c>.</summary>
    public bool IsMentioned(string name) => _syntax.IsMentioned(name);

    /// <summary>True when every mention of <paramref name="name"/> is the name of a call: no method group, no <c>nameof</c>.</summary>
    public bool OnlyCalled(string name) => _syntax.MentionCount(name) is > 0 and var mentions && mentions == _syntax.Calls(name).Count;

    /// <summary>Every place the source names <paramref name="name"/> outside declarations (a type, a member, a local of that name).</summary>
    public IEnumerable<SimpleNameSyntax> Mentions(string name) => _syntax.Mentions(name);

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
}
