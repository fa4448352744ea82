using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The request's path as request content: personal when some route of the program puts a personal value into it
/// (<c>[HttpGet("verify/{nationalId}")]</c>, <c>app.MapGet("/citizens/{email}", …)</c>). A middleware that logs the path of
/// every request then logs those values; a program whose routes carry only ids and slugs logs nothing personal that way.
/// </summary>
internal sealed class PersonalRoutes
{
    /// <summary>
    /// Members whose value is the path as the client sent it, with the route values matched from it. <c>PathBase</c> is left
    /// out: it is where the application is mounted, and route templates match only after it.
    /// </summary>
    private static readonly ImmutableHashSet<string> PathMembers = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Microsoft.AspNetCore.Http.HttpRequest.Path",
        "Microsoft.AspNetCore.Http.HttpRequest.RouteValues",
        "Microsoft.AspNetCore.Routing.RouteData.Values",
        "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetDisplayUrl",
        "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedUrl",
        "Microsoft.AspNetCore.Http.Extensions.UriHelper.GetEncodedPathAndQuery",
        "System.Web.HttpRequest.Path", "System.Web.HttpRequest.RawUrl", "System.Web.HttpRequest.Url",
        "System.Web.HttpRequestBase.Path", "System.Web.HttpRequestBase.RawUrl", "System.Web.HttpRequestBase.Url");

    /// <summary>Simple names of <see cref="PathMembers"/>: the cheap test before the qualified name is built.</summary>
    private static readonly ImmutableHashSet<string> PathMemberNames = SimpleNames.Of(PathMembers);

    /// <summary>Parameters of ASP.NET Core's endpoint-mapping methods that take a route template (<c>MapGet(pattern, …)</c>, <c>MapGroup(prefix)</c>).</summary>
    private static readonly ImmutableHashSet<string> TemplateParameters = ImmutableHashSet.Create(StringComparer.Ordinal, "pattern", "prefix", "template");

    /// <summary>What ends a route parameter's name: a constraint, a default or the optional mark.</summary>
    private static readonly char[] ParameterEnds = { ':', '=', '?' };

    private const string RouteTemplateProvider = "Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider";

    private readonly SourceSyntax _syntax;
    private readonly PersonalNames _names;
    private readonly SourceBodies _bodies;
    private readonly Lazy<bool> _anyPersonal;

    public PersonalRoutes(SourceSyntax syntax, PersonalNames names, SourceBodies bodies)
    {
        _syntax = syntax;
        _names = names;
        _bodies = bodies;
        _anyPersonal = new Lazy<bool>(FindPersonalRoute, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The path member this operation reads (<c>context.Request.Path</c>, <c>Request.GetDisplayUrl()</c>) when a route of the
    /// program can put a personal value into the path; otherwise null. The routes are looked for on the first such read.
    /// </summary>
    public ISymbol? PathRead(IOperation operation)
    {
        var member = operation switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: false } property => (ISymbol)property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };

        return member is { ContainingType: { } owner } && PathMemberNames.Contains(member.Name)
               && PathMembers.Contains(PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + member.Name)
               && _anyPersonal.Value && !ReadInControllerWithoutPersonalRoute(operation)
            ? member
            : null;
    }

    /// <summary>Per controller type: its actions are routed by its own templates and none of them has a personal parameter.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, bool> _impersonalControllers = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// A read of the path inside a controller whose actions all carry route templates of their own, none with a personal
    /// parameter (<c>[HttpGet("{contactId}/Messages")]</c>): the request it handles came by one of those routes, so its path
    /// holds fixed segments and ids whatever other routes of the program carry. Middleware and conventionally routed
    /// controllers see every route, and stay as the program's routes say.
    /// </summary>
    private bool ReadInControllerWithoutPersonalRoute(IOperation operation)
    {
        var model = operation.SemanticModel;
        if (model is null || model.GetEnclosingSymbol(operation.Syntax.SpanStart)?.ContainingType is not { } type)
        {
            return false;
        }

        return _impersonalControllers.GetOrAdd(type, RoutesOnlyImpersonally);
    }

    private bool RoutesOnlyImpersonally(INamedTypeSymbol type)
    {
        var actions = 0;
        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsOverride: false } method)
            {
                continue;
            }

            var templates = RouteTemplates(method);
            if (templates is null)
            {
                // A public method with no route of its own is an action of the conventional routes, unless it says it is none.
                if (method.GetAttributes().Any(a => a.AttributeClass?.Name == "NonActionAttribute"))
                {
                    continue;
                }

                return false;
            }

            actions++;
            foreach (var template in templates)
            {
                if (HasPersonalParameter(template))
                {
                    return false;
                }
            }
        }

        // The controller's own prefix ([Route("api/[controller]")] or [Route("users/{email}")]) is part of every action's path.
        foreach (var template in RouteTemplates(type) ?? Enumerable.Empty<string>())
        {
            if (HasPersonalParameter(template))
            {
                return false;
            }
        }

        return actions > 0;
    }

    /// <summary>The templates of the symbol's routing attributes ([Route], [HttpGet(…)]), or null when it has none.</summary>
    private static System.Collections.Generic.List<string>? RouteTemplates(ISymbol symbol)
    {
        System.Collections.Generic.List<string>? templates = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeType
                || !attributeType.AllInterfaces.Any(i => PersonalAttributes.MetadataName(i) == RouteTemplateProvider))
            {
                continue;
            }

            templates ??= new System.Collections.Generic.List<string>();
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string template)
                {
                    templates.Add(template);
                }
            }
        }

        return templates;
    }

    /// <summary>
    /// True when a route template of this compilation has a parameter whose name is personal. Templates are string literals
    /// holding a <c>{</c>: found in the source's syntax index first, and bound only then, so a program without such literals binds nothing.
    /// </summary>
    private bool FindPersonalRoute()
    {
        foreach (var literal in _syntax.BracedStrings)
        {
            if (HasPersonalParameter(literal.Token.ValueText) && IsRouteTemplate(literal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The literal is the template of a routing attribute (<c>[Route]</c>, <c>[HttpGet]</c>, …) or of an endpoint-mapping call.</summary>
    private bool IsRouteTemplate(LiteralExpressionSyntax literal)
    {
        var model = _bodies.Model(literal.SyntaxTree);
        switch (literal.Parent)
        {
            case AttributeArgumentSyntax { Parent.Parent: AttributeSyntax attribute }:
                return model.GetSymbolInfo(attribute).Symbol is IMethodSymbol { ContainingType: { } type }
                       && type.AllInterfaces.Any(i => PersonalAttributes.MetadataName(i) == RouteTemplateProvider);
            case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } argument when TopLevelStatements.Contain(invocation):
                return IsMappingTemplate(invocation, argument);
            case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } argument:
                return model.GetOperation(invocation) is IInvocationOperation call
                       && call.Arguments.FirstOrDefault(a => a.Syntax == argument)?.Parameter is { } parameter
                       && TemplateParameters.Contains(parameter.Name)
                       && call.TargetMethod.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Among top-level statements, where binding one call binds the whole program: an argument of an endpoint-mapping call
    /// by its name (<c>app.MapGet("/citizens/{email}", …)</c>, <c>MapGroup</c>, <c>MapControllerRoute</c>) that is not named
    /// for a parameter other than a template's.
    /// </summary>
    private static bool IsMappingTemplate(InvocationExpressionSyntax invocation, ArgumentSyntax argument)
        => CalledNames.Of(invocation) is { } name && name.StartsWith("Map", StringComparison.Ordinal)
           && (argument.NameColon is not { } named || TemplateParameters.Contains(named.Name.Identifier.ValueText));

    /// <summary>
    /// Any <c>{name}</c> of the template names personal data. A parameter is written <c>{name}</c>, <c>{name:int}</c>,
    /// <c>{name?}</c>, <c>{name=default}</c> or <c>{*name}</c>; <c>{{</c> is a literal brace.
    /// </summary>
    private bool HasPersonalParameter(string template)
    {
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            if (open + 1 < template.Length && template[open + 1] == '{')
            {
                open++;
                continue;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                return false;
            }

            var name = template.Substring(open + 1, close - open - 1).TrimStart('*');
            var end = name.IndexOfAny(ParameterEnds);
            if (_names.IsPersonal(end >= 0 ? name.Substring(0, end) : name))
            {
                return true;
            }
        }

        return false;
    }
}
