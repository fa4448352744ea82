using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Audit that wraps the handlers instead of sitting in them: an application's middleware, MVC/Razor/endpoint filter, mediator
/// pipeline behaviour or EF Core interceptor that calls an audit method (<see cref="AuditCalls"/>) audits every request,
/// request handler or query that passes through it, so a path it wraps has its audit call although the handler's own body
/// has none. What each wraps, from the framework's own types:
/// <list type="bullet">
/// <item>middleware (<c>IMiddleware</c>, <c>Invoke(HttpContext)</c>) and a filter registered globally: every controller action,
/// Razor page handler and mapped endpoint handler; a filter that is an attribute: the actions and classes that carry it;</item>
/// <item>a pipeline behaviour (<c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>): every request handler's <c>Handle</c>;</item>
/// <item>a command interceptor (<c>IDbCommandInterceptor</c>): every query; a save hook (<c>ISaveChangesInterceptor</c>,
/// an overridden <c>SaveChanges</c>): paths that save.</item>
/// </list>
/// The wrapping component must be a class of this compilation whose own body reaches an audit method.
/// </summary>
internal sealed class AuditingWrappers
{
    private static readonly HashSet<string> FilterInterfaces = new(StringComparer.Ordinal)
    {
        "Microsoft.AspNetCore.Mvc.Filters.IActionFilter", "Microsoft.AspNetCore.Mvc.Filters.IAsyncActionFilter",
        "Microsoft.AspNetCore.Mvc.Filters.IResultFilter", "Microsoft.AspNetCore.Mvc.Filters.IAsyncResultFilter",
        "Microsoft.AspNetCore.Mvc.Filters.IResourceFilter", "Microsoft.AspNetCore.Mvc.Filters.IAsyncResourceFilter",
        "Microsoft.AspNetCore.Mvc.Filters.IPageFilter", "Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter",
        "Microsoft.AspNetCore.Http.IEndpointFilter",
    };

    private const string HttpContext = "Microsoft.AspNetCore.Http.HttpContext";
    private const string Middleware = "Microsoft.AspNetCore.Http.IMiddleware";
    private const string CommandInterceptor = "Microsoft.EntityFrameworkCore.Diagnostics.IDbCommandInterceptor";
    private const string SaveInterceptor = "Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor";
    private const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    /// <summary>Words the wrappers' source must hold before any type is asked (most code bases have none).</summary>
    private static readonly string[] Markers = { "Filter", "Middleware", "Invoke", "PipelineBehavior", "Interceptor", "SaveChanges" };

    private readonly Compilation _compilation;
    private readonly AuditCalls _audits;
    private readonly SourceBodies _bodies;
    private readonly Lazy<Found> _found;

    public AuditingWrappers(Compilation compilation, AuditCalls audits, SourceBodies bodies)
    {
        _compilation = compilation;
        _audits = audits;
        _bodies = bodies;
        _found = new Lazy<Found>(Find, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// True when an auditing component wraps <paramref name="method"/> (or the endpoint handler <paramref name="handler"/>
    /// inside it, when given), or, for a save hook, when <paramref name="operations"/> save.
    /// </summary>
    public bool Wrap(IMethodSymbol method, bool handler, IEnumerable<IOperation> operations)
    {
        var found = _found.Value;
        if (found.IsEmpty) return false;
        if (found.Queries) return true;
        if (found.Requests && (handler || IsControllerAction(method) || IsPageHandler(method))) return true;
        if (found.Handlers && !handler && IsRequestHandler(method)) return true;
        if (found.AttributeFilters.Count > 0 && CarriesFilter(method, found.AttributeFilters)) return true;
        return found.Saves && operations.Any(root => root.DescendantsAndSelf().OfType<IInvocationOperation>().Any(c => c.TargetMethod.Name.StartsWith("SaveChanges", StringComparison.Ordinal)));
    }

    private sealed class Found
    {
        public bool Requests, Handlers, Queries, Saves;
        public readonly List<INamedTypeSymbol> AttributeFilters = new();
        public bool IsEmpty => !Requests && !Handlers && !Queries && !Saves && AttributeFilters.Count == 0;
    }

    private Found Find()
    {
        var found = new Found();
        if (!_compilation.SyntaxTrees.Any(tree => tree.GetText().ToString() is var text && Markers.Any(m => text.IndexOf(m, StringComparison.Ordinal) >= 0))) return found;

        foreach (var type in DeclaredTypes.Of(_compilation.Assembly).Where(t => t is { TypeKind: TypeKind.Class, IsAbstract: false }))
        {
            var interfaces = type.AllInterfaces.Select(i => PersonalAttributes.MetadataName(i.OriginalDefinition)).ToList();
            var isFilter = interfaces.Any(FilterInterfaces.Contains);
            var isMiddleware = interfaces.Contains(Middleware) || type.GetMembers().OfType<IMethodSymbol>().Any(IsConventionInvoke);
            var isBehaviour = type.AllInterfaces.Any(i => i.Name == "IPipelineBehavior" && i.Arity == 2);
            var isQueryHook = interfaces.Contains(CommandInterceptor);
            var isSaveHook = interfaces.Contains(SaveInterceptor) || IsSavingContext(type);
            if (!(isFilter || isMiddleware || isBehaviour || isQueryHook || isSaveHook) || !AuditsInBody(type)) continue;

            if (isFilter && PersonalAttributes.InheritsFrom(type, "System.Attribute")) found.AttributeFilters.Add(type);
            else if (isFilter || isMiddleware) found.Requests = true;
            found.Handlers |= isBehaviour;
            found.Queries |= isQueryHook;
            found.Saves |= isSaveHook;
        }

        return found;
    }

    /// <summary>Some method the class declares reaches an audit method.</summary>
    private bool AuditsInBody(INamedTypeSymbol type)
        => type.GetMembers().OfType<IMethodSymbol>().Any(m => _audits.IsAuditMethod(m) || _bodies.Body(m) is { } body && _audits.Audits(new[] { body }));

    private static bool IsConventionInvoke(IMethodSymbol method)
        => method.Name is "Invoke" or "InvokeAsync" && method.Parameters.Length > 0
           && method.Parameters[0].Type is INamedTypeSymbol first && PersonalAttributes.MetadataName(first) == HttpContext;

    private static bool IsSavingContext(INamedTypeSymbol type)
        => PersonalAttributes.InheritsFrom(type, DbContext)
           && type.GetMembers().OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Name.StartsWith("SaveChanges", StringComparison.Ordinal));

    private static bool IsControllerAction(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false }
           && method.ContainingType is { } type
           && (PersonalAttributes.InheritsFrom(type, "Microsoft.AspNetCore.Mvc.ControllerBase") || type.Name.EndsWith("Controller", StringComparison.Ordinal));

    private static bool IsPageHandler(IMethodSymbol method)
        => method.Name.StartsWith("On", StringComparison.Ordinal) && method.ContainingType is { } type
           && PersonalAttributes.InheritsFrom(type, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel");

    /// <summary>The <c>Handle</c> of a mediator's request handler (<c>IRequestHandler&lt;TRequest, TResponse&gt;</c>).</summary>
    private static bool IsRequestHandler(IMethodSymbol method) => RequestHandlers.RequestOf(method) is not null;

    /// <summary>The method, its class or a base class carries one of the auditing filter attributes.</summary>
    private static bool CarriesFilter(IMethodSymbol method, List<INamedTypeSymbol> filters)
    {
        bool Carries(ISymbol symbol) => symbol.GetAttributes().Any(a => a.AttributeClass is { } attribute
                                                                         && filters.Any(f => SymbolEqualityComparer.Default.Equals(attribute.OriginalDefinition, f) || BaseTypes.Any(attribute, t => SymbolEqualityComparer.Default.Equals(t, f))));
        return Carries(method) || BaseTypes.Any(method.ContainingType, Carries);
    }
}
