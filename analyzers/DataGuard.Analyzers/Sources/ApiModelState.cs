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
/// source) meets the client's invalid values again: there model state stays request content. So does the model state of an
/// action that adds errors whose text it computes (<c>ModelState.TryAddModelError(error.Code, error.Description)</c> after a
/// failed <c>CreateAsync</c>: Identity's descriptions name the user name and e-mail typed); literal texts, resource strings
/// and <c>nameof</c> keep it screened.
/// </summary>
internal static class ApiModelState
{
    private const string ApiControllerAttribute = "Microsoft.AspNetCore.Mvc.ApiControllerAttribute";

    private const string SuppressingOption = "SuppressModelStateInvalidFilter";

    /// <summary>The methods that add an error to model state, and their parameters that carry its text.</summary>
    private static readonly string[] ErrorAdders = { "AddModelError", "TryAddModelError" };

    private static readonly string[] ErrorTexts = { "errorMessage", "exception" };

    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> Suppressed = new();

    /// <summary>True when <paramref name="read"/> is the <c>ModelState</c> of an API controller whose invalid requests the framework answers.</summary>
    public static bool IsScreenedByFramework(IMemberReferenceOperation read)
    {
        if (read.Member.Name != "ModelState" || read.SemanticModel is not { } model) return false;

        var type = model.GetEnclosingSymbol(read.Syntax.SpanStart) is { } enclosing ? EnclosingType(enclosing) : null;
        return type is not null && (IsMarked(type) || IsApiAttribute(model.Compilation.Assembly.GetAttributes()))
               && !Suppressed.GetValue(model.Compilation, c => new StrongBox<bool>(MentionsSuppression(c))).Value
               && !AddsComputedErrors(read);
    }

    /// <summary>
    /// True when the body that reads model state also adds an error to it whose text is computed at run time: an error
    /// object's description, an exception, an interpolation. What such a text holds is not the framework's to screen.
    /// </summary>
    private static bool AddsComputedErrors(IOperation read)
    {
        var body = read;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod: { } method } call && ErrorAdders.Contains(method.Name)
                && method.ContainingType?.Name == "ModelStateDictionary"
                && call.Arguments.Any(a => a.Parameter is { } p && ErrorTexts.Contains(p.Name) && IsComputed(a.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Neither a constant nor a static member's value (a resource string, a message constant of a static class).</summary>
    private static bool IsComputed(IOperation value)
    {
        var unconverted = value is IConversionOperation conversion ? conversion.Operand : value;
        return !unconverted.ConstantValue.HasValue && unconverted is not IMemberReferenceOperation { Member.IsStatic: true };
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
