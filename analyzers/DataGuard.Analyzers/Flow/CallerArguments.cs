using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What the calls of a private method (or local function) pass for one of its parameters: every call is in the declaring
/// type, so the values found there are all the parameter can hold (a seeding helper's constants, a mailer's configured
/// "log to" address handed down from its public method).
/// </summary>
internal static class CallerArguments
{
    /// <summary>The argument of every call, or null when the method is not private, is never called, or a call passes nothing for it (a default is passed as its constant).</summary>
    public static List<IOperation>? Of(IParameterSymbol parameter, SourceBodies bodies)
    {
        if (parameter.ContainingSymbol is not (IMethodSymbol { DeclaredAccessibility: Accessibility.Private } or IMethodSymbol { MethodKind: MethodKind.LocalFunction }))
        {
            return null;
        }

        var method = ((IMethodSymbol)parameter.ContainingSymbol).OriginalDefinition;
        var values = new List<IOperation>();
        foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
        {
            var model = bodies.Model(reference.SyntaxTree);
            foreach (var syntax in reference.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(c => CalledNames.Of(c) == method.Name))
            {
                if (model.GetOperation(syntax) is not IInvocationOperation call
                    || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method)) continue;
                var argument = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
                if (argument is null) return null;
                values.Add(argument.Value);
            }
        }

        return values.Count > 0 ? values : null;
    }
}
