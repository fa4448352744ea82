using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// What a call's syntax alone rules out about its target, for calls that are not bound (<see cref="Flow.TopLevelStatements"/>):
/// a call of the same name with more arguments than the method takes, fewer than it needs, or an argument named for a
/// parameter it lacks calls another method. Anything else may call it.
/// </summary>
internal static class CallShapes
{
    public static bool CannotCall(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        var arguments = call.ArgumentList.Arguments;
        var parameters = method.Parameters;
        // An extension method is called with its receiver as an argument or before the dot: either count may be right.
        var slack = method.IsExtensionMethod || method.MethodKind == MethodKind.ReducedExtension ? 1 : 0;
        var required = parameters.Count(p => !p.IsOptional && !p.IsParams);
        var hasParams = parameters.Length > 0 && parameters[parameters.Length - 1].IsParams;
        if (arguments.Count < required - slack || !hasParams && arguments.Count > parameters.Length + slack) return true;

        return arguments.Any(a => a.NameColon is { } name && !parameters.Any(p => p.Name == name.Name.Identifier.ValueText));
    }
}
