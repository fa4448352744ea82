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
/// <item>middleware (<c>IMiddleware</c>, <c>Invoke(HttpContext)</c>) and a filter registered globally (<see cref="RegisteredFilters"/>:
/// in this compilation, or by a referenced library's audit registration it calls): every controller action, Razor page
/// handler and mapped endpoint handler — but an action or controller marked <c>[AllowAnonymous]</c> only when the wrapper
/// does not skip those (its source never names <c>AllowAnonymous</c>; a library's filter, whose body is out of sight, is
/// taken to skip them: fail closed); a filter that is an attribute, or applied with <c>[TypeFilter]</c>/<c>[ServiceFilter]</c>:
/// the actions and classes that carry it;</item>
/// <item>a pipeline behaviour (<c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>): every request handler's <c>Handle</c>;</item>
/// <item>a command interceptor (<c>IDbCommandInterceptor</c>): every query; a save hook (<c>ISaveChangesInterceptor</c>,
/// an overridden <c>SaveChanges</c>): paths that save.</item>
/// </list>
/// The wrapping component must be a class of this compilation whose own body reaches an audit method, or a filter of a
/// referenced assembly that <see cref="RegisteredFilters.AuditsFromMetadata"/> finds auditing.
/// </summary>
internal sealed class AuditingWrappers
{
    internal static readonly HashSet<string> FilterInterfaces = new(StringComparer.Ordinal)
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
    private static readonly string[] Markers = { "Filter", "Audit", "Middleware", "Invoke", "PipelineBehavior", "Interceptor", "SaveChanges" };

    private readonly Compilation _compilation;
    private readonly AuditCalls _audits;
    private readonly SourceBodies _bodies;
    private readonly RegisteredFilters _registered;
    private readonly Lazy<Found> _found;

    public AuditingWrappers(Compilation compilation, AuditCalls audits, SourceBodies bodies)
    {
        _compilation = compilation;
        _audits = audits;
        _bodies = bodies;
        _registered = new RegisteredFilters(compilation, audits);
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
        if (found.Requests && (handler || IsControllerAction(method) || IsPageHandler(method)) && (found.AnonymousRequests || !AllowsAnonymous(method))) return true;
        if (found.Handlers && !handler && IsRequestHandler(method)) return true;
        if ((found.AttributeFilters.Count > 0 || found.TypeFilters.Count > 0) && CarriesFilter(method, found)) return true;
        return found.Saves && operations.Any(root => root.DescendantsAndSelf().OfType<IInvocationOperation>().Any(c => c.TargetMethod.Name.StartsWith("SaveChanges", StringComparison.Ordinal)));
    }

    private sealed class Found
    {
        public bool Requests, Handlers, Queries, Saves;

        /// <summary>A request wrapper that audits anonymous actions too (its source never looks for <c>AllowAnonymous</c>).</summary>
        public bool AnonymousRequests;

        public readonly List<INamedTypeSymbol> AttributeFilters = new();

        /// <summary>Auditing filters that are no attributes, for <c>[TypeFilter(typeof(F))]</c> and <c>[ServiceFilter(typeof(F))]</c>.</summary>
        public readonly List<INamedTypeSymbol> TypeFilters = new();

        public bool IsEmpty => !Requests && !Handlers && !Queries && !Saves && AttributeFilters.Count == 0 && TypeFilters.Count == 0;
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
            else if (isFilter) found.TypeFilters.Add(type);
            else if (isMiddleware) AddRequestWrapper(found, type);
            found.Handlers |= isBehaviour;
            found.Queries |= isQueryHook;
            found.Saves |= isSaveHook;
        }

        AddRegisteredFilters(found);
        return found;
    }

    /// <summary>
    /// A filter audits every action when registered globally: one of this compilation's auditing filters, or a referenced
    /// library's (<see cref="RegisteredFilters"/>), whose body is out of sight and so is taken to skip anonymous actions.
    /// </summary>
    private void AddRegisteredFilters(Found found)
    {
        var registered = _registered.Find();
        foreach (var filter in registered.Global)
        {
            if (found.TypeFilters.Any(f => SymbolEqualityComparer.Default.Equals(f, filter.OriginalDefinition))) AddRequestWrapper(found, filter);
            else if (_registered.AuditsFromMetadata(filter)) found.Requests = true;
        }

        found.Requests |= registered.LibraryRegistersAuditingFilter;
    }

    private static void AddRequestWrapper(Found found, INamedTypeSymbol type)
    {
        found.Requests = true;
        found.AnonymousRequests |= !type.DeclaringSyntaxReferences.Any(r => r.GetSyntax().ToString().IndexOf(AllowAnonymous, StringComparison.Ordinal) >= 0);
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

    /// <summary>Written in a wrapper that skips anonymous actions: <c>AllowAnonymousAttribute</c>, <c>IAllowAnonymous</c>.</summary>
    private const string AllowAnonymous = "AllowAnonymous";

    /// <summary>The action, its class or a base class is marked <c>[AllowAnonymous]</c>.</summary>
    private static bool AllowsAnonymous(IMethodSymbol method)
    {
        static bool Marked(ISymbol symbol) => symbol.GetAttributes().Any(a => a.AttributeClass?.Name == AllowAnonymous + "Attribute");
        return Marked(method) || BaseTypes.Any(method.ContainingType, Marked);
    }

    private static bool IsControllerAction(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false }
           && method.ContainingType is { } type
           && (PersonalAttributes.InheritsFrom(type, "Microsoft.AspNetCore.Mvc.ControllerBase") || type.Name.EndsWith("Controller", StringComparison.Ordinal));

    private static bool IsPageHandler(IMethodSymbol method)
        => method.Name.StartsWith("On", StringComparison.Ordinal) && method.ContainingType is { } type
           && PersonalAttributes.InheritsFrom(type, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel");

    /// <summary>The <c>Handle</c> of a mediator's request handler (<c>IRequestHandler&lt;TRequest, TResponse&gt;</c>).</summary>
    private static bool IsRequestHandler(IMethodSymbol method) => RequestHandlers.RequestOf(method) is not null;

    /// <summary>
    /// The method, its class or a base class carries one of the auditing filter attributes, or names an auditing filter in
    /// <c>[TypeFilter(typeof(F))]</c>/<c>[ServiceFilter(typeof(F))]</c>.
    /// </summary>
    private bool CarriesFilter(IMethodSymbol method, Found found)
    {
        bool Audits(AttributeData attribute) => attribute.AttributeClass is { } type
            && (found.AttributeFilters.Any(f => SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, f) || BaseTypes.Any(type, t => SymbolEqualityComparer.Default.Equals(t, f)))
                || type.Name is "TypeFilterAttribute" or "ServiceFilterAttribute" && attribute.ConstructorArguments.FirstOrDefault().Value is INamedTypeSymbol filter
                && (found.TypeFilters.Any(f => SymbolEqualityComparer.Default.Equals(f, filter.OriginalDefinition)) || _registered.AuditsFromMetadata(filter)));
        bool Carries(ISymbol symbol) => symbol.GetAttributes().Any(Audits);
        return Carries(method) || BaseTypes.Any(method.ContainingType, Carries);
    }
}
