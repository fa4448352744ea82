using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// A parameter named for personal data that no person's data can fill: every call of its private method (or local
/// function) passes a constant — a seeding helper called with <c>"admin@school.com"</c>, <c>"staff@school.com"</c>. Only
/// private methods are asked: their every call is in the declaring type, and nothing outside can pass a person's data in.
/// </summary>
internal sealed class ConstantParameters
{
    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public ConstantParameters(SourceBodies bodies)
    {
        _bodies = bodies;
    }

    public bool AlwaysConstant(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol { DeclaredAccessibility: Accessibility.Private } or IMethodSymbol { MethodKind: MethodKind.LocalFunction }
           && (_answers.TryGetValue(parameter, out var known) ? known : _answers.GetOrAdd(parameter, Compute(parameter)));

    private bool Compute(IParameterSymbol parameter)
    {
        var method = ((IMethodSymbol)parameter.ContainingSymbol).OriginalDefinition;
        var calls = 0;
        foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
        {
            var model = _bodies.Model(reference.SyntaxTree);
            foreach (var syntax in reference.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(c => CalledNames.Of(c) == method.Name))
            {
                if (model.GetOperation(syntax) is not IInvocationOperation call
                    || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method)) continue;
                calls++;
                var argument = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
                if (argument is null || !argument.Value.ConstantValue.HasValue) return false;
            }
        }

        return calls > 0;
    }
}
