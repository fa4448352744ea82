using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// <c>ModelState</c> read in an action of an <c>[ApiController]</c> (on the controller, a base controller or the assembly):
/// ASP.NET Core answers 400 with the binding errors before such an action runs, so the model state the action sees holds
/// none of the values the client typed — only the program's own <c>AddModelError</c> texts and validation messages, which
/// name fields, not values. A program that turns that answer off (<c>SuppressModelStateInvalidFilter</c>, anywhere in its
/// source) meets the client's invalid values again: there model state stays request content.
/// </summary>
internal static class ApiModelState
{
    private const string ApiControllerAttribute = "Microsoft.AspNetCore.Mvc.ApiControllerAttribute";

    private const string SuppressingOption = "SuppressModelStateInvalidFilter";

    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> Suppressed = new();

    /// <summary>True when <paramref name="read"/> is the <c>ModelState</c> of an API controller whose invalid requests the framework answers.</summary>
    public static bool IsScreenedByFramework(IMemberReferenceOperation read)
    {
        if (read.Member.Name != "ModelState" || read.SemanticModel is not { } model) return false;

        var type = model.GetEnclosingSymbol(read.Syntax.SpanStart) is { } enclosing ? EnclosingType(enclosing) : null;
        return type is not null && (IsMarked(type) || IsApiAttribute(model.Compilation.Assembly.GetAttributes()))
               && !Suppressed.GetValue(model.Compilation, c => new StrongBox<bool>(MentionsSuppression(c))).Value;
    }

    private static INamedTypeSymbol? EnclosingType(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol type) return type;
        }

        return null;
    }

    private static bool IsMarked(INamedTypeSymbol type)
        => BaseTypes.Any(type, t => IsApiAttribute(t.GetAttributes()));

    private static bool IsApiAttribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        => attributes.Any(a => BaseTypes.Any(a.AttributeClass, t => PersonalAttributes.MetadataName(t) == ApiControllerAttribute));

    private static bool MentionsSuppression(Compilation compilation)
        => compilation.SyntaxTrees.Any(tree => tree.GetText().ToString().IndexOf(SuppressingOption, StringComparison.Ordinal) >= 0);
}
